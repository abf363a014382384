"""Installing fragc needs no Node.js: the sdist carries the built runtime (issue 13, point 4)."""

from __future__ import annotations

import json
import shutil
import tarfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.release.conftest import Dists, Venv

PYODIDE_VERSION = json.loads(
    (REPO / "runtime_js" / "node_modules" / "pyodide" / "package.json").read_text()
)["version"]


def test_the_sdist_carries_the_built_runtime_and_pyodide(dists: Dists) -> None:
    with tarfile.open(dists.sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for wanted in (
        "compiler/fragc/_assets/PREBUILT",
        "compiler/fragc/_assets/runtime/fragc-runtime.js",
        "compiler/fragc/_assets/runtime/fragc-worker.js",
        "compiler/fragc/_assets/runtime/fragc-dev.js",
        "compiler/fragc/_assets/pyodide/pyodide.asm.wasm",
        "compiler/fragc/_assets/pyodide/python_stdlib.zip",
        "compiler/fragc/_assets/templates/index.html.j2",
    ):
        assert wanted in names, wanted
    assert not any(name.endswith(".map") for name in names), "no source maps"
    assert not any("node_modules" in name for name in names)


@pytest.mark.parametrize("kind", ["wheel", "sdist"])
def test_an_install_without_node_builds_an_example(
    kind: str, installed: Callable[[str], Venv], tmp_path: Path
) -> None:
    venv = installed(kind)
    where = venv.run(
        str(venv.bin / "python"), "-c", "import fragc; print(fragc.__file__)", cwd=tmp_path
    )
    assert Path(where.stdout.strip()).is_relative_to(venv.root), where.stdout + where.stderr

    version = venv.run(str(venv.bin / "fragc"), "--version", cwd=tmp_path)
    assert version.stdout.splitlines() == [
        "fragc 0.1.0",
        f"Pyodide {PYODIDE_VERSION}",
        "Streamlit API 1.67.0",
    ]

    shutil.copy(REPO / "examples" / "seed_counters" / "app.py", tmp_path / "app.py")
    # A fresh cache: the shim's bytecode cannot come from an earlier build with Node.
    build = venv.run(
        str(venv.bin / "fragc"),
        "build",
        "app.py",
        "-o",
        "site",
        cwd=tmp_path,
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )
    assert build.returncode == 0, build.stderr
    assert "node not found: the site ships Python sources" in build.stderr
    site = tmp_path / "site"
    # Content-hashed names: app.<hash>.zip, assets/<hash>/, pyodide/<hash>/.
    for pattern in (
        "index.html",
        "app.*.zip",
        "assets/*/fragc-runtime.js",
        "pyodide/*/pyodide.asm.wasm",
    ):
        assert len(list(site.glob(pattern))) == 1, pattern
    assert not list(site.glob("assets/*/fragc-dev.js"))
