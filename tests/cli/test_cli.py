"""The fragc command as a user runs it: `python -m fragc ...` in a subprocess.

These builds use the real runtime and Pyodide files (`make setup` or `pip install -e .`
provides them).
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import urllib.request
import zipfile
from pathlib import Path
from typing import Any, cast

import pytest

from tests.conftest import REPO

GOOD_APP = """\
import streamlit as st

@st.fragment
def counter():
    st.button("Plus one")

counter()
"""

# Line 3, column 12: the parenthesis that never closes.
BAD_APP = """\
import streamlit as st

def broken(:
    pass
"""


def fragc(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fragc", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO / "compiler")},
        timeout=120,
    )


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    (tmp_path / "good.py").write_text(GOOD_APP, encoding="utf-8")
    (tmp_path / "bad.py").write_text(BAD_APP, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not python", encoding="utf-8")
    return tmp_path


def assert_no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr + result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param((), "choose a command", id="no-command"),
        pytest.param(("build",), "required: APP.py", id="build-without-app"),
        pytest.param(("build", "missing.py"), "missing.py: no such file", id="build-missing-file"),
        pytest.param(("build", "notes.txt"), "not a Python script", id="build-not-python"),
        pytest.param(("check", "missing.py"), "missing.py: no such file", id="check-missing-file"),
        pytest.param(
            ("check", "good.py", "--format", "xml"), "invalid choice", id="check-bad-format"
        ),
        pytest.param(("serve", "nowhere"), "nowhere: no such directory", id="serve-missing-dir"),
        pytest.param(("dev",), "required: APP.py", id="dev-without-app"),
        pytest.param(("dev", "missing.py"), "missing.py: no such file", id="dev-missing-file"),
        pytest.param(("dev", "notes.txt"), "not a Python script", id="dev-not-python"),
        pytest.param(("serve", "."), "has no index.html", id="serve-not-a-site"),
        pytest.param(("frobnicate",), "invalid choice", id="unknown-command"),
    ],
)
def test_bad_usage_exits_2(workdir: Path, args: tuple[str, ...], message: str) -> None:
    result = fragc(*args, cwd=workdir)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert_no_traceback(result)


def test_version(workdir: Path) -> None:
    result = fragc("--version", cwd=workdir)
    pyodide = json.loads(
        (REPO / "runtime_js" / "node_modules" / "pyodide" / "package.json").read_text()
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "fragc 0.1.0",
        f"Pyodide {pyodide['version']}",
        "Streamlit API 1.67.0",
    ]


def site_manifest(site: Path) -> dict[str, Any]:
    html = (site / "index.html").read_text(encoding="utf-8")
    return cast(
        dict[str, Any], json.loads(html.split('id="fragc-manifest">')[1].split("</script>")[0])
    )


def test_build(workdir: Path) -> None:
    result = fragc("build", "good.py", "-o", "site", cwd=workdir)
    assert result.returncode == 0, result.stderr
    site = workdir / "site"
    manifest = site_manifest(site)
    assert re.fullmatch(r"app\.[0-9a-f]{12}\.zip", manifest["bundle"])
    for name in ("index.html", ".nojekyll", "fragc-build.json", manifest["bundle"]):
        assert (site / name).is_file(), name
    assert re.fullmatch(r"assets/[0-9a-f]{12}/", manifest["runtime"])
    for name in ("fragc-runtime.js", "fragc-worker.js", "fragc-runtime.css"):
        assert (site / manifest["runtime"] / name).is_file(), name
    assert (site / manifest["pyodide"] / "pyodide.asm.wasm").stat().st_size > 1_000_000
    # The build ends with what a first visit downloads, then how to serve the site.
    assert "first visit downloads" in result.stderr
    assert re.search(r"^total\s+[\d.]+\s+[\d.]+\s+[\d.]+$", result.stderr, re.MULTILINE)
    assert "fragc: pre-rendered the first run" in result.stderr
    assert result.stderr.rstrip().endswith("fragc serve site")
    assert result.stdout == ""


def test_build_defaults_to_dist(workdir: Path) -> None:
    result = fragc("build", "good.py", cwd=workdir)
    assert result.returncode == 0, result.stderr
    assert (workdir / "dist" / "index.html").is_file()


def test_built_page_loads_nothing_from_the_network(workdir: Path) -> None:
    assert fragc("build", "good.py", "-o", "site", cwd=workdir).returncode == 0
    html = (workdir / "site" / "index.html").read_text(encoding="utf-8")
    assert not re.search(r"https?://", html)
    manifest = site_manifest(workdir / "site")
    assert re.fullmatch(r"app\.[0-9a-f]{12}\.zip", manifest["bundle"])
    assert [f["qualname"] for f in manifest["fragments"]] == ["counter"]


def test_app_errors_exit_1_with_located_diagnostics(workdir: Path) -> None:
    result = fragc("build", "bad.py", "-o", "site", cwd=workdir)
    assert result.returncode == 1
    assert re.search(r"^bad\.py:3:\d+: FRG\d{3} ", result.stderr, re.MULTILINE), result.stderr
    assert "def broken(:" in result.stderr
    assert re.search(r"^\s+\^$", result.stderr, re.MULTILINE), result.stderr
    assert_no_traceback(result)
    assert not (workdir / "site").exists()


def test_failed_build_keeps_the_previous_site(workdir: Path) -> None:
    assert fragc("build", "good.py", "-o", "site", cwd=workdir).returncode == 0
    before = (workdir / "site" / "index.html").read_bytes()

    result = fragc("build", "bad.py", "-o", "site", cwd=workdir)
    assert result.returncode == 1
    assert (workdir / "site" / "index.html").read_bytes() == before
    assert not [path for path in workdir.iterdir() if ".fragc-" in path.name]


def test_refuses_a_directory_fragc_did_not_write(workdir: Path) -> None:
    (workdir / "mine").mkdir()
    (workdir / "mine" / "thesis.tex").write_text("precious", encoding="utf-8")

    result = fragc("build", "good.py", "-o", "mine", cwd=workdir)
    assert result.returncode == 1
    assert "not written by fragc" in result.stderr
    assert_no_traceback(result)
    assert [path.name for path in (workdir / "mine").iterdir()] == ["thesis.tex"]


@pytest.mark.parametrize(
    ("app", "code"),
    [pytest.param("good.py", 0, id="clean"), pytest.param("bad.py", 1, id="errors")],
)
def test_check_json(workdir: Path, app: str, code: int) -> None:
    result = fragc("check", app, "--format", "json", cwd=workdir)
    assert result.returncode == code, result.stderr
    found = json.loads(result.stdout)
    assert [(d["file"], d["line"], d["severity"]) for d in found if d["severity"] == "error"] == (
        [("bad.py", 3, "error")] if code else []
    )


def test_check_text(workdir: Path) -> None:
    result = fragc("check", "bad.py", cwd=workdir)
    assert result.returncode == 1
    assert re.search(r"^bad\.py:3:\d+: FRG\d{3} ", result.stdout, re.MULTILINE), result.stdout
    assert "1 error" in result.stderr
    assert_no_traceback(result)


def test_serve_prints_its_url_and_serves_wasm_as_wasm(workdir: Path) -> None:
    assert fragc("build", "good.py", "-o", "site", cwd=workdir).returncode == 0
    server = subprocess.Popen(
        [sys.executable, "-m", "fragc", "serve", "site", "--port", "0"],
        cwd=workdir,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO / "compiler")},
    )
    try:
        assert server.stdout is not None
        line = server.stdout.readline()  # blocks until the server is listening
        match = re.search(r"http://127\.0\.0\.1:\d+/", line)
        assert match, line
        wasm = site_manifest(workdir / "site")["pyodide"] + "pyodide.asm.wasm"
        with urllib.request.urlopen(match.group(0) + wasm) as response:
            assert response.headers.get_content_type() == "application/wasm"
    finally:
        server.send_signal(signal.SIGINT)
        _out, err = server.communicate(timeout=30)
    assert server.returncode == 0, err
    assert "Traceback" not in err


READS_BY_VARIABLE = """\
from pathlib import Path
import streamlit as st

HERE = Path(__file__).parent

def load(path="data/sales.csv"):
    return open(HERE / path).read()

st.write(load())
"""


@pytest.mark.parametrize(
    ("big_bytes", "warned"),
    [
        pytest.param(100 * 2**20, False, id="at-githubs-limit"),
        pytest.param(101 * 2**20, True, id="over-githubs-limit"),
    ],
)
def test_build_reports_what_the_app_folder_weighs(
    tmp_path: Path, big_bytes: int, warned: bool
) -> None:
    app = tmp_path / "app"
    (app / "data").mkdir(parents=True)
    (app / "app.py").write_text(READS_BY_VARIABLE, encoding="utf-8")
    (app / "data" / "sales.csv").write_text("region,total\nnorth,7\n", encoding="utf-8")
    with (app / "data" / "big.bin").open("wb") as big:
        big.truncate(big_bytes)  # sparse: no disk used, zeros when read
    (app / "data" / "mid.csv").write_bytes(b"1,2\n" * 600_000)  # 2.4 MB
    (app / "scratch").mkdir()
    (app / "scratch" / "dump.csv").write_bytes(b"0" * 3_000_000)
    (app / "pyproject.toml").write_text('[tool.fragc]\nexclude = ["scratch"]\n', encoding="utf-8")
    result = fragc(
        "build", "app/app.py", "-o", "site", "--no-prerender", "--no-snapshot", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    report = result.stderr[result.stderr.index("app.zip carries") :]
    report = report[: report.index("\n\n")]
    big_mb = big_bytes / 1_000_000
    shipped = ["app.py", "data/big.bin", "data/mid.csv", "data/sales.csv", "pyproject.toml"]
    total_mb = sum((app / name).stat().st_size for name in shipped) / 1_000_000
    assert report.splitlines() == [
        f"app.zip carries 5 files of the app: {total_mb:.2f} MB before compression",
        f"{big_mb:8.2f} MB  data/big.bin",
        "    2.40 MB  data/mid.csv",
        "leave out what the app does not read with [tool.fragc] exclude",
    ]
    warnings = re.findall(r"^(\S+):1:1: FRG080 (.*)$", result.stderr, re.MULTILINE)
    expected = [
        (
            "app/data/big.bin",
            "app/data/big.bin is 101.0 MiB, bundled into app.zip: GitHub refuses files over "
            "100.0 MiB (in the app's repository and in a site pushed to a branch), and every "
            "visit downloads it and holds it in the browser's memory",
        )
    ]
    assert warnings == (expected if warned else [])
    assert_no_traceback(result)
    manifest = site_manifest(tmp_path / "site")
    names = zipfile.ZipFile(tmp_path / "site" / manifest["bundle"]).namelist()
    assert sorted(n for n in names if n.startswith("app/")) == [f"app/{n}" for n in shipped]
