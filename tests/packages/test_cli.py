"""`fragc check` / `fragc build` on package and data-file problems: exit codes, text, JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import assert_no_traceback, fragc


def write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder / "app.py"


def test_check_reports_an_unresolved_import_as_text(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": "import streamlit as st\nimport nosuchmod\n"})
    result = fragc("check", "app.py", cwd=tmp_path)
    assert_no_traceback(result)
    assert result.returncode == 1
    assert result.stdout.startswith(
        "app.py:2:1: FRG060 no module named 'nosuchmod' in the built site: not in the standard "
        "library, not a file beside the app, not in requirements.txt / PEP 723 / [tool.fragc], "
        "not in Pyodide's distribution\n"
        "  2 | import nosuchmod\n"
        "      ^\n"
        "  hint: add the distribution that provides 'nosuchmod' to requirements.txt"
    )


def test_check_json(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "app.py": "try:\n    import fancy\nexcept ImportError:\n    fancy = None\n"
            "rows = open('rows.csv').read()\n"
        },
    )
    result = fragc("check", "app.py", "--format", "json", cwd=tmp_path)
    assert result.returncode == 1  # the missing data file is an error; the import only warns
    found = [
        (d["code"], d["severity"], d["file"], d["line"], d["col"])
        for d in json.loads(result.stdout)
    ]
    assert found == [
        ("FRG070", "error", "app.py", 5, 8),
        ("FRG061", "warning", "app.py", 2, 5),
    ]


def test_check_with_only_warnings_succeeds(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": "try:\n    import fancy\nexcept ImportError:\n    pass\n"})
    result = fragc("check", "app.py", cwd=tmp_path)
    assert result.returncode == 0
    assert "FRG061" in result.stdout


def test_build_fails_on_a_requirement_without_browser_wheel(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": "import psutil\n", "requirements.txt": "psutil\n"})
    result = fragc("build", "app.py", "-o", "out", cwd=tmp_path)
    assert_no_traceback(result)
    assert result.returncode == 1
    assert (
        "requirements.txt:1:1: FRG062 psutil has no wheel that runs in the browser: PyPI has "
        "psutil but no pure-Python wheel (py3-none-any) of it for Python 3.14"
    ) in result.stderr
    assert not (tmp_path / "out").exists()


def test_build_warns_about_cdn_packages_and_succeeds(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": "import streamlit as st\nimport yaml\n"})
    result = fragc("build", "app.py", "-o", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "app.py:2:1: FRG063 import yaml: the page will download pyyaml from Pyodide's CDN" in (
        result.stderr
    )
    # The site's own lock, in a content-hashed folder (packages/<hash>/).
    assert len(list((tmp_path / "out" / "packages").glob("*/pyodide-lock.json"))) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(
            ["--pyodide-packages", "no-such-dir"],
            "--pyodide-packages no-such-dir: no such directory",
            id="missing-dir",
        ),
    ],
)
def test_build_usage_errors(tmp_path: Path, args: list[str], message: str) -> None:
    write(tmp_path, {"app.py": "import streamlit as st\n"})
    result = fragc("build", "app.py", "-o", "out", *args, cwd=tmp_path)
    assert result.returncode == 2
    assert f"fragc: error: {message}" in result.stderr


def test_build_fails_on_a_missing_data_file(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": "import pandas as pd\ndf = pd.read_csv('sales.csv')\n"})
    result = fragc("build", "app.py", "-o", "out", cwd=tmp_path)
    assert result.returncode == 1
    assert "app.py:2:6: FRG070 pd.read_csv() reads sales.csv, which does not exist" in result.stderr
