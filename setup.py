"""fragc's build hook: build the JS runtime and bring Pyodide's core files into the package.

Everything else about the package is in pyproject.toml. Installing from a checkout
(`pip install .` or `pip install -e .`) runs, in runtime_js/, `npm ci` (skipped when
node_modules already matches package-lock.json) and `npm run build`, then puts into
fragc/_assets/:

* runtime/   runtime_js/dist/* but source maps (fragc-runtime.js, fragc-worker.js, ...)
* pyodide/   Pyodide's core files, from the npm package `pyodide` (never a CDN)
* templates/ templates/*

A wheel gets copies. An editable install gets symlinks into the checkout instead, so
a later `npm run build` or template edit is seen without reinstalling.

An sdist carries those files already built (compiler/fragc/_assets/, marked by
``PREBUILT``): building the sdist needs Node.js, installing it or its wheel does not.
Node is only needed to work on fragc itself.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
from pathlib import Path
from types import ModuleType

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

ROOT = Path(__file__).resolve().parent
RUNTIME_JS = ROOT / "runtime_js"
SOURCE_ASSETS = ROOT / "compiler" / "fragc" / "_assets"
# In an sdist, SOURCE_ASSETS holds the built files (not links) and this marker.
PREBUILT_MARKER = "PREBUILT"


def _load_layout() -> ModuleType:
    # fragc itself is not importable yet (its dependencies may be missing in the build
    # environment); its file list is a dependency-free module, loaded by path.
    path = ROOT / "compiler" / "fragc" / "site" / "layout.py"
    spec = importlib.util.spec_from_file_location("_fragc_layout", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


layout = _load_layout()


def _npm(*args: str) -> None:
    npm = shutil.which("npm")
    if npm is None:
        raise SystemExit(
            "fragc: npm not found. Installing fragc from a checkout builds its JS runtime: "
            "install Node.js 20+ and npm (scripts/bootstrap.sh does it), then retry."
        )
    print(f"fragc: npm {' '.join(args)}  (in {RUNTIME_JS})", flush=True)  # noqa: T201
    subprocess.run([npm, *args], cwd=RUNTIME_JS, check=True)


def build_runtime() -> None:
    """`npm ci` unless node_modules is current, then `npm run build`."""
    lock = RUNTIME_JS / "package-lock.json"
    installed = RUNTIME_JS / "node_modules" / ".package-lock.json"  # npm's record of the tree
    if not lock.exists():
        _npm("install", "--no-audit", "--no-fund")
    elif not installed.exists() or installed.stat().st_mtime < lock.stat().st_mtime:
        _npm("ci", "--no-audit", "--no-fund")
    _npm("run", "build")


def asset_sources() -> dict[str, tuple[Path, tuple[str, ...] | None]]:
    """_assets/<name> -> (folder in the checkout, the files to take; None: all of them)."""
    return {
        layout.ASSETS_RUNTIME: (RUNTIME_JS / "dist", None),
        layout.ASSETS_PYODIDE: (RUNTIME_JS / "node_modules" / "pyodide", layout.PYODIDE_CORE_FILES),
        layout.ASSETS_TEMPLATES: (ROOT / "templates", None),
    }


def _clear(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.is_dir():
        shutil.rmtree(path)


def copy_assets(
    target: Path, sources: dict[str, tuple[Path, tuple[str, ...] | None]] | None = None
) -> None:
    for name, (source, files) in (sources or asset_sources()).items():
        dest = target / name
        _clear(dest)
        if files is None:
            # Source maps are for working on the runtime; sites never ship them.
            shutil.copytree(source, dest, ignore=shutil.ignore_patterns("*.map"))
        else:
            dest.mkdir(parents=True)
            for file in files:
                shutil.copyfile(source / file, dest / file)


def link_assets(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for name, (source, _files) in asset_sources().items():
        dest = target / name
        _clear(dest)
        dest.symlink_to(os.path.relpath(source, target), target_is_directory=True)


def prebuilt_sources() -> dict[str, tuple[Path, tuple[str, ...] | None]]:
    """The built files an sdist carries, as ``asset_sources`` names them."""
    return {name: (SOURCE_ASSETS / name, None) for name in asset_sources()}


def is_prebuilt() -> bool:
    return (SOURCE_ASSETS / PREBUILT_MARKER).is_file()


class BuildPyWithRuntime(build_py):
    """build_py that also builds the JS runtime and installs fragc/_assets."""

    def run(self) -> None:
        super().run()
        if is_prebuilt():
            # An sdist: the runtime is built already; no Node.js needed.
            if not self.editable_mode:
                copy_assets(Path(self.build_lib) / "fragc" / "_assets", prebuilt_sources())
            return
        build_runtime()
        if self.editable_mode:
            link_assets(SOURCE_ASSETS)
        else:
            copy_assets(Path(self.build_lib) / "fragc" / "_assets")


class SdistWithRuntime(sdist):
    """sdist that carries the built runtime, Pyodide's core files and the templates."""

    def make_release_tree(self, base_dir: str, files: list[str]) -> None:
        super().make_release_tree(base_dir, files)
        target = Path(base_dir) / SOURCE_ASSETS.relative_to(ROOT)
        if is_prebuilt():  # an sdist made from an sdist
            copy_assets(target, prebuilt_sources())
        else:
            build_runtime()
            copy_assets(target)
        (target / PREBUILT_MARKER).write_text(
            "Built by `npm run build` when this sdist was made; installing needs no Node.js.\n",
            encoding="utf-8",
        )


setup(cmdclass={"build_py": BuildPyWithRuntime, "sdist": SdistWithRuntime})
