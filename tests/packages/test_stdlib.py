"""Pyodide's standard library as fragc models it, checked against the Pyodide fragc ships."""

from __future__ import annotations

import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from fragc.packages.stdlib import (
    NOT_IN_PYODIDE,
    REMOVED_BY_314,
    STDLIB_MODULES,
    is_stdlib,
    missing_from_pyodide,
)
from tests.conftest import REPO

PYODIDE = REPO / "runtime_js" / "node_modules" / "pyodide"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("os", True, id="os"),
        pytest.param("json", True, id="json"),
        pytest.param("tomllib", True, id="tomllib"),
        pytest.param("annotationlib", True, id="added-in-3.14"),
        pytest.param("sqlite3", True, id="sqlite3-in-pyodide-stdlib"),
        pytest.param("js", True, id="pyodide-js-module"),
        pytest.param("pyodide", True, id="pyodide-package"),
        pytest.param("tkinter", False, id="gui"),
        pytest.param("distutils", False, id="removed-in-3.12"),
        pytest.param("cgi", False, id="removed-in-3.13"),
        pytest.param("numpy", False, id="a-package"),
    ],
)
def test_is_stdlib(name: str, expected: bool) -> None:
    assert is_stdlib(name) is expected


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        pytest.param("tkinter", "a desktop GUI toolkit", id="tkinter"),
        pytest.param("curses", "a terminal library", id="curses"),
        pytest.param("venv", "it manages Python installations", id="venv"),
        pytest.param("imp", "it was removed from the standard library before 3.14", id="imp"),
        pytest.param("os", None, id="present"),
        pytest.param("numpy", None, id="not-stdlib"),
    ],
)
def test_missing_from_pyodide(name: str, reason: str | None) -> None:
    found = missing_from_pyodide(name)
    assert (found is None) == (reason is None)
    if reason is not None:
        assert found is not None
        assert found.startswith(reason)


def _pure_python_stdlib_311() -> set[str]:
    lib = Path(sysconfig.get_paths()["stdlib"])
    return {
        name
        for name in sys.stdlib_module_names
        if (lib / f"{name}.py").is_file() or (lib / name / "__init__.py").is_file()
    }


def test_model_matches_the_shipped_stdlib_zip() -> None:
    """Every pure-Python module fragc calls stdlib is in Pyodide's python_stdlib.zip, and
    every one it says Pyodide lacks is indeed absent (a Pyodide upgrade must update stdlib.py)."""
    with zipfile.ZipFile(PYODIDE / "python_stdlib.zip") as archive:
        shipped = {
            name.split("/")[0].removesuffix(".py").removesuffix(".pyc")
            for name in archive.namelist()
        }
    pure = _pure_python_stdlib_311()
    assert sorted((pure & STDLIB_MODULES) - shipped) == []
    lacking = (set(NOT_IN_PYODIDE) | REMOVED_BY_314) & pure
    assert sorted(lacking & shipped) == []
