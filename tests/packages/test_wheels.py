"""Wheels from PyPI through pip, the cache, and reading wheels (issue 5, item 4).

The tests marked "real pip" ask PyPI (through pip's own HTTP cache) for a tiny
pure-Python package, ``tabulate`` (no dependencies), and for ``psutil`` (binary wheels
only); everything else runs offline.
"""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from fragc.packages.wheels import (
    FetchFailed,
    PipWheels,
    _run,
    read_wheel,
    runs_in_browser,
    top_level_modules,
    user_cache_dir,
)
from tests.packages.conftest import make_wheel, sha256_hex


@pytest.mark.parametrize(
    ("file_name", "expected"),
    [
        pytest.param("tabulate-0.9.0-py3-none-any.whl", True, id="py3"),
        pytest.param("six-1.17.0-py2.py3-none-any.whl", True, id="py2-py3"),
        pytest.param("x-1.0-py314-none-any.whl", True, id="py314"),
        pytest.param("x-1.0-py315-none-any.whl", False, id="newer-python"),
        pytest.param("x-1.0-py2-none-any.whl", False, id="python-2-only"),
        pytest.param("x-1.0-cp314-cp314-manylinux_2_17_x86_64.whl", False, id="manylinux"),
        pytest.param("x-1.0-cp39-abi3-macosx_11_0_arm64.whl", False, id="abi3"),
        pytest.param("x-1.0-cp314-cp314-pyemscripten_2026_0_wasm32.whl", False, id="pyodide-built"),
        pytest.param("x-1.0.tar.gz", False, id="sdist"),
    ],
)
def test_runs_in_browser(file_name: str, expected: bool) -> None:
    assert runs_in_browser(file_name) is expected


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        pytest.param(
            ["tabulate/__init__.py", "tabulate-0.9.dist-info/METADATA"], ("tabulate",), id="package"
        ),
        pytest.param(["six.py", "six-1.17.0.dist-info/RECORD"], ("six",), id="module"),
        pytest.param(
            ["dateutil/tz/tz.py", "dateutil/__init__.py", "x-1.data/scripts/run"],
            ("dateutil",),
            id="data-dir-skipped",
        ),
        pytest.param(
            ["_cffi_backend.py", "cffi/__init__.py"], ("_cffi_backend", "cffi"), id="several"
        ),
        pytest.param(["LICENSE", "not-a-name/x.py"], (), id="not-importable"),
    ],
)
def test_top_level_modules(names: list[str], expected: tuple[str, ...]) -> None:
    assert top_level_modules(names) == expected


def test_read_wheel(tmp_path: Path) -> None:
    path = make_wheel(
        tmp_path, "python-slugify", "8.0.4", modules=["slugify"], requires=["text-unidecode>=1.3"]
    )
    wheel = read_wheel(path)
    assert (wheel.name, wheel.version, wheel.imports) == ("python-slugify", "8.0.4", ("slugify",))
    assert [str(r) for r in wheel.requires] == ["text-unidecode>=1.3"]
    assert wheel.sha256 == sha256_hex(path)


def test_user_cache_dir_can_be_overridden(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FRAGC_CACHE_DIR", str(tmp_path / "c"))
    assert user_cache_dir() == tmp_path / "c"
    monkeypatch.delenv("FRAGC_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert user_cache_dir() == tmp_path / "xdg" / "fragc"


class NoPip:
    """A pip runner that must not be called (the cache must answer)."""

    def __call__(self, args: Sequence[str]) -> subprocess.CompletedProcess[str]:
        raise AssertionError(f"pip was run: {' '.join(args)}")


def test_real_pip_downloads_a_pure_wheel_then_the_cache_answers(tmp_path: Path) -> None:
    pip = PipWheels(cache_dir=tmp_path)
    wheel = pip.fetch(Requirement("tabulate==0.9.0"))
    assert wheel.path == tmp_path / "wheels" / "tabulate-0.9.0-py3-none-any.whl"
    assert (wheel.name, wheel.version, wheel.imports) == ("tabulate", "0.9.0", ("tabulate",))
    recorded = wheel.path.with_name(wheel.path.name + ".sha256").read_text(encoding="utf-8")
    assert recorded.strip() == wheel.sha256 == sha256_hex(wheel.path)

    again = PipWheels(cache_dir=tmp_path, run=NoPip()).fetch(Requirement("tabulate==0.9.0"))
    assert again == wheel

    # A cached wheel that changed since pip saved it is not trusted: pip is asked again.
    wheel.path.write_bytes(b"truncated")
    with pytest.raises(AssertionError, match="pip was run"):
        PipWheels(cache_dir=tmp_path, run=NoPip()).fetch(Requirement("tabulate==0.9.0"))


def test_real_pip_refuses_a_binary_only_package(tmp_path: Path) -> None:
    with pytest.raises(FetchFailed) as failure:
        PipWheels(cache_dir=tmp_path).fetch(Requirement("psutil"))
    assert failure.value.reason.startswith(
        "PyPI has psutil but no pure-Python wheel (py3-none-any) of it for Python 3.14"
    )
    assert list((tmp_path / "wheels").glob("*.whl")) == []


def test_real_pip_reports_an_unknown_project(tmp_path: Path) -> None:
    with pytest.raises(FetchFailed) as failure:
        PipWheels(cache_dir=tmp_path).fetch(Requirement("fragc-surely-no-such-project-xyz"))
    assert (
        failure.value.reason == "there is no project named fragc-surely-no-such-project-xyz on PyPI"
    )


def completed(
    stdout: str = "", stderr: str = "", code: int = 1
) -> subprocess.CompletedProcess[str]:
    return subprocess.CompletedProcess([], code, stdout, stderr)


@pytest.mark.parametrize(
    ("probe", "requirement", "reason"),
    [
        pytest.param(
            completed("tabulate (0.9.0)\nAvailable versions: 0.9.0, 0.8.10\n", code=0),
            "tabulate>=1",
            "no release of tabulate matches >=1 (PyPI has 0.9.0, 0.8.10)",
            id="no-matching-version",
        ),
        pytest.param(
            completed(stderr="ERROR: No matching distribution found for nope\n"),
            "nope",
            "there is no project named nope on PyPI",
            id="no-project",
        ),
        pytest.param(
            completed(stderr="ERROR: Could not connect\n"),
            "tabulate",
            "pip could not reach the package index (Network is unreachable)",
            id="offline",
        ),
    ],
)
def test_failure_reasons(
    tmp_path: Path, probe: subprocess.CompletedProcess[str], requirement: str, reason: str
) -> None:
    def run(args: Sequence[str]) -> subprocess.CompletedProcess[str]:
        if "download" in args:
            return completed(stderr="ERROR: Network is unreachable\n")
        return probe

    with pytest.raises(FetchFailed) as failure:
        PipWheels(cache_dir=tmp_path, run=run).fetch(Requirement(requirement))
    assert failure.value.reason == reason


def test_a_pip_that_cannot_start_is_a_failed_run() -> None:
    result = _run(["/nonexistent/python", "-m", "pip", "x" * 200_000])
    assert result.returncode == 1
    assert result.stderr.startswith("ERROR: pip could not start: ")
