"""The build warns when the site breaks a static host's limit (issue 13, point 2)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from fragc.site.assets import Assets
from fragc.site.build import build_site
from fragc.site.hosts import MB, MIB, host_warnings
from tests.conftest import WriteApp

Make = Callable[[Path], None]


def sized(relative: str, size: int) -> Make:
    """A sparse file: any size, instantly, no disk used."""

    def make(site: Path) -> None:
        path = site / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as file:
            file.truncate(size)

    return make


def many(folder: str, count: int) -> Make:
    def make(site: Path) -> None:
        (site / folder).mkdir(parents=True, exist_ok=True)
        for index in range(count):
            (site / folder / f"f{index}").touch()

    return make


@pytest.mark.parametrize(
    ("make", "messages"),
    [
        pytest.param(sized("pyodide/pyodide.asm.wasm", 9 * MIB), [], id="fits-everywhere"),
        pytest.param(
            sized("packages/big.whl", 12 * MIB),
            [
                "dist/packages/big.whl is 12.0 MiB: Hugging Face Spaces takes a git push of files over 10 MiB only through Git LFS (`hf upload` uses it); 10.0 MiB"
            ],
            id="over-hugging-face",
        ),
        pytest.param(
            sized("app.zip", 26 * MIB),
            [
                "dist/app.zip is 26.0 MiB: Cloudflare Pages serves no file over 25.0 MiB",
                "dist/app.zip is 26.0 MiB: Hugging Face Spaces takes a git push of files over 10 MiB only through Git LFS (`hf upload` uses it); 10.0 MiB",
            ],
            id="over-cloudflare",
        ),
        pytest.param(
            many("app", 1001),
            ["the site has 1001 files: itch.io takes at most 1000"],
            id="too-many-files-for-itch",
        ),
        pytest.param(
            sized("a" * 241, 1),
            [f"dist/{'a' * 241}: a path of 241 characters; itch.io takes at most 240"],
            id="path-too-long-for-itch",
        ),
    ],
)
def test_limits(tmp_path: Path, make: Make, messages: list[str]) -> None:
    site = tmp_path / "site"
    site.mkdir()
    make(site)
    found = host_warnings(site, "dist")
    assert [d.message for d in found] == messages
    assert all((d.code, d.severity) == ("FRG080", "warning") for d in found)


def test_site_size_limits(tmp_path: Path) -> None:
    site = tmp_path / "site"
    for index in range(3):
        sized(f"data/part{index}.bin", 180 * MB)(site)
    sized("data/part3.bin", 460 * MB)(site)
    messages = [d.message for d in host_warnings(site, "out/")]
    assert "the site is 1000.0 MB: GitHub Pages takes at most 1000.0 MB" not in messages
    assert "the site is 1000.0 MB: itch.io takes at most 500.0 MB" in messages
    assert "out/data/part3.bin is 460.0 MB: itch.io serves no file over 200.0 MB" in messages
    sized("data/part4.bin", 1)(site)  # one byte over GitHub's 1 GB
    messages = [d.message for d in host_warnings(site, "out")]
    assert "the site is 1000.0 MB: GitHub Pages takes at most 1000.0 MB" in messages


def test_the_build_reports_them(write_app: WriteApp, fake_assets: Assets, tmp_path: Path) -> None:
    with (fake_assets.pyodide_dir / "pyodide.asm.wasm").open("wb") as wasm:
        wasm.truncate(26 * MIB)
    result = build_site(
        write_app("import streamlit as st\n"), tmp_path / "dist", assets=fake_assets
    )
    over = [d for d in result.warnings if d.code == "FRG080"]
    wasm = f"{result.manifest['pyodide']}pyodide.asm.wasm"  # pyodide/<content hash>/
    assert [d.file for d in over] == [f"{tmp_path / 'dist'}/{wasm}"] * 2
    assert (tmp_path / "dist" / "index.html").is_file(), "a warning: the site is written"
    assert os.path.getsize(tmp_path / "dist" / wasm) == 26 * MIB
