"""Helpers for package tests: real wheel files made on the fly, a small Pyodide lock, a fake PyPI.

Resolution tests use :class:`FakeIndex` instead of pip, so they are fast and need no
network; ``test_wheels.py`` runs the real pip once against PyPI (cached).
"""

from __future__ import annotations

import hashlib
import json
import textwrap
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from fragc.analysis import AppAnalysis, analyze_app
from fragc.packages.pyodide_lock import PyodideLock
from fragc.packages.resolve import PackagePlan, resolve_packages
from fragc.packages.wheels import FetchFailed, Wheel, WheelSource, read_wheel


def make_wheel(
    folder: Path,
    name: str,
    version: str,
    *,
    modules: Sequence[str] = (),
    requires: Sequence[str] = (),
    tag: str = "py3-none-any",
) -> Path:
    """A real (tiny) wheel: ``modules`` are top-level names, each a package with __init__.py."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{name.replace('-', '_')}-{version}"
    path = folder / f"{stem}-{tag}.whl"
    metadata = ["Metadata-Version: 2.1", f"Name: {name}", f"Version: {version}"]
    metadata += [f"Requires-Dist: {r}" for r in requires]
    with zipfile.ZipFile(path, "w") as archive:
        for module in modules or [name.replace("-", "_")]:
            archive.writestr(f"{module}/__init__.py", f"NAME = {module!r}\n")
        archive.writestr(f"{stem}.dist-info/METADATA", "\n".join(metadata) + "\n")
        archive.writestr(f"{stem}.dist-info/WHEEL", f"Wheel-Version: 1.0\nTag: {tag}\n")
        archive.writestr(f"{stem}.dist-info/RECORD", "")
    return path


class FakeIndex:
    """A PyPI with the wheels the test put in it; records what was asked."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.wheels: dict[str, list[Path]] = {}
        self.refuse: dict[str, str] = {}  # name -> reason (a package with no browser wheel)
        self.asked: list[str] = []
        self.options: list[Sequence[str]] = []

    def add(self, name: str, version: str, **kwargs: Any) -> Path:
        path = make_wheel(self.folder / "index", name, version, **kwargs)
        self.wheels.setdefault(canonicalize_name(name), []).append(path)
        return path

    def source(self, options: Sequence[str]) -> WheelSource:
        self.options.append(options)
        return self

    def fetch(self, requirement: Requirement) -> Wheel:
        self.asked.append(str(requirement))
        name = canonicalize_name(requirement.name)
        if name in self.refuse:
            raise FetchFailed(self.refuse[name])
        candidates = [
            read_wheel(path)
            for path in self.wheels.get(name, [])
            if requirement.specifier.contains(read_wheel(path).version, prereleases=True)
        ]
        if not candidates:
            raise FetchFailed(f"there is no project named {requirement.name} on PyPI")
        return max(candidates, key=lambda wheel: Version(wheel.version))


def lock_entry(
    name: str,
    version: str,
    *,
    imports: Sequence[str] = (),
    depends: Sequence[str] = (),
    pure: bool = False,
    sha256: str = "0" * 64,
) -> dict[str, Any]:
    tag = "py3-none-any" if pure else "cp314-cp314-pyemscripten_2026_0_wasm32"
    return {
        "name": name,
        "version": version,
        "file_name": f"{name.replace('-', '_')}-{version}-{tag}.whl",
        "install_dir": "site",
        "sha256": sha256,
        "package_type": "package",
        "imports": list(imports or [name.replace("-", "_")]),
        "depends": list(depends),
        "unvendored_tests": False,
        "tool": {},
    }


def small_lock(extra: Sequence[dict[str, Any]] = ()) -> PyodideLock:
    """A Pyodide lock with a few packages shaped like the real ones."""
    packages = [
        lock_entry("numpy", "2.4.6"),
        lock_entry("pandas", "3.0.2", depends=["numpy", "python-dateutil"]),
        lock_entry("python-dateutil", "2.9.0", imports=["dateutil"], depends=["six"], pure=True),
        lock_entry("six", "1.17.0", pure=True),
        lock_entry("pyyaml", "6.0.2", imports=["yaml"]),
        lock_entry("audioop-lts", "0.2.1", imports=["audioop"]),
        *extra,
    ]
    return PyodideLock.from_json(
        {"info": {"python": "3.14.2"}, "packages": {p["name"]: p for p in packages}}
    )


Resolve = Callable[..., tuple[AppAnalysis, PackagePlan]]


@pytest.fixture
def index(tmp_path: Path) -> FakeIndex:
    return FakeIndex(tmp_path)


@pytest.fixture
def resolve(tmp_path: Path, index: FakeIndex) -> Resolve:
    """``resolve(source, files={...}, lock=..., pyodide_packages=...)``: write the app, analyse
    and resolve it against the fake index and a small lock."""

    def run(
        source: str,
        /,
        files: dict[str, str] | None = None,
        lock: PyodideLock | None = None,
        pyodide_packages: Path | None = None,
    ) -> tuple[AppAnalysis, PackagePlan]:
        app_dir = tmp_path / "app"
        app_dir.mkdir(exist_ok=True)
        for relative, text in (files or {}).items():
            path = app_dir / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        entry = app_dir / "app.py"
        entry.write_text(textwrap.dedent(source).lstrip("\n"), encoding="utf-8")
        analysis = analyze_app(entry)
        plan = resolve_packages(
            analysis,
            lock or small_lock(),
            pyodide_version="314.0.7",
            pyodide_packages=pyodide_packages,
            wheel_source=index.source,
        )
        return analysis, plan

    return run


def sha256_hex(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def lock_json(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data
