"""The Pyodide memory snapshot (site/snapshot.py): its file format, the real one made
under Node from the files the site ships, and the fallback when it cannot be made."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from fragc.site import snapshot
from fragc.site.assets import Assets, locate_assets
from fragc.site.build import BootOptions, build_site
from fragc.site.snapshot import PAGE_SIZE, decode, encode, make_snapshot
from tests.conftest import WriteApp

PAGE = PAGE_SIZE


@pytest.mark.parametrize(
    "image",
    [
        pytest.param(bytes(8 * PAGE), id="all-zero"),
        pytest.param(os.urandom(4 * PAGE), id="no-zero-page"),
        pytest.param(bytes(PAGE) + b"\x01" * PAGE + bytes(2 * PAGE) + b"\x02" * 7, id="mixed"),
        pytest.param(b"", id="empty"),
    ],
)
def test_zero_pages_are_left_out_and_come_back(image: bytes) -> None:
    data = encode(image)
    assert decode(data) == image
    assert snapshot.image_length(data) == len(image)


def test_the_file_is_much_smaller_than_a_mostly_empty_image() -> None:
    image = bytes(64 * PAGE) + os.urandom(PAGE)
    assert len(encode(image)) < 2 * PAGE


def test_a_file_that_is_not_a_snapshot_is_refused() -> None:
    import gzip

    with pytest.raises(ValueError, match="not a fragc snapshot"):
        decode(gzip.compress(b"NOTSNAPS" + bytes(64)))


@pytest.fixture
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A snapshot cache of the test's own (compressed copies stay in the user's cache)."""
    monkeypatch.setattr(snapshot, "cache_dir", lambda: tmp_path / "snapshots")
    return tmp_path / "snapshots"


def test_without_node_there_is_no_snapshot_and_the_build_says_so(
    write_app: WriteApp, tmp_path: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_which = shutil.which
    monkeypatch.setattr(
        shutil, "which", lambda name, *a, **k: None if name == "node" else real_which(name)
    )
    said: list[str] = []
    result = build_site(
        write_app("import streamlit as st\nst.write('hi')\n"),
        tmp_path / "out",
        progress=said.append,
        boot=BootOptions(prerender=False),
    )
    assert result.manifest["snapshot"] is None
    assert (
        "no memory snapshot: Node.js was not found (it makes the snapshot at build time); "
        "the page boots Python the usual way"
    ) in said
    assert not list((tmp_path / "out").glob("snapshot.*"))


def test_a_failing_node_run_is_one_line_not_a_failed_build(
    tmp_path: Path, private_cache: Path, fake_assets: Assets
) -> None:
    # Fake Pyodide files: Node cannot load them.
    app_zip = tmp_path / "app.zip"
    with zipfile.ZipFile(app_zip, "w") as archive:
        archive.writestr("_fragc/fragc/__init__.py", "")
    made = make_snapshot(app_zip, fake_assets.pyodide_dir, lambda _: None)
    assert made.data is None
    assert made.reason.startswith("Node failed: ")
    assert "\n" not in made.reason


def test_the_real_snapshot_holds_the_shim_imported(
    write_app: WriteApp, tmp_path: Path, private_cache: Path
) -> None:
    """Made under Node from the site's own Pyodide files, then cached for the next build."""
    assert shutil.which("node"), "the development machine has Node (make setup installs it)"
    assets = locate_assets()
    script = write_app("import streamlit as st\nst.write('hi')\n")
    result = build_site(script, tmp_path / "one", assets=assets, boot=BootOptions(prerender=False))
    manifest = result.manifest["snapshot"]
    assert manifest is not None
    assert manifest["format"] == "fragc-snapshot-1"
    data = (tmp_path / "one" / manifest["url"]).read_bytes()
    assert manifest["bytes"] == len(data)
    image = decode(data)
    assert len(image) == manifest["image_bytes"] > 10_000_000
    # The image holds the shim's modules (their names are in the interpreter's memory).
    assert b"fragc.shim.bridge" in image
    assert b"fragc.shim.api" in image
    assert result.manifest["downloads"][manifest["url"]] == len(data)
    # The second build takes it from the cache: no Node run.
    said: list[str] = []
    build_site(
        script,
        tmp_path / "two",
        assets=assets,
        progress=said.append,
        boot=BootOptions(prerender=False),
    )
    assert not [line for line in said if "memory snapshot" in line]
    assert list((tmp_path / "two").glob("snapshot.*.bin"))[0].read_bytes() == data


def test_node_is_given_exactly_the_files_the_site_ships(
    tmp_path: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch, fake_assets: Assets
) -> None:
    seen: dict[str, str] = {}

    def fake_run(
        command: list[str], *, input: str, **kwargs: object
    ) -> subprocess.CompletedProcess[str]:
        import json

        request = json.loads(input)
        seen.update(request)
        with zipfile.ZipFile(request["shim"]) as archive:
            seen["names"] = ",".join(sorted(archive.namelist()))
        Path(request["out"]).write_bytes(b"\x07" * PAGE)
        return subprocess.CompletedProcess(command, 0, "", "")

    monkeypatch.setattr(snapshot.subprocess, "run", fake_run)
    monkeypatch.setattr(snapshot.shutil, "which", lambda name: "/usr/bin/node")
    app_zip = tmp_path / "app.zip"
    with zipfile.ZipFile(app_zip, "w") as archive:
        archive.writestr("_fragc/fragc/shim/bridge.py", "x = 1\n")
        archive.writestr("app/app.py", "import streamlit\n")  # the app: not in the snapshot
    made = make_snapshot(app_zip, fake_assets.pyodide_dir, lambda _: None)
    assert made.data is not None
    assert decode(made.data) == b"\x07" * PAGE
    assert seen["indexURL"] == str(fake_assets.pyodide_dir)
    assert seen["stdLibURL"] == str(fake_assets.pyodide_dir / "python_stdlib.zip")
    assert seen["names"] == "_fragc/fragc/shim/bridge.py"
