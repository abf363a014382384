"""Pyodide's package lock (``pyodide-lock.json``): what its distribution holds, and the site's own.

The lock lists every package Pyodide's distribution serves: name, version, wheel file,
sha256, the import names it provides (``imports``) and the packages it needs
(``depends``). fragc reads the lock of the Pyodide it ships to map imports to packages,
and writes a *site lock*: the same format and the same packages, except that

* a package vendored into the site points at its wheel beside the lock (a relative
  ``file_name``, resolved by Pyodide against the lock's URL), with that file's sha256;
* every other package points at Pyodide's CDN by absolute URL, so a package the app
  loads at run time (``pyodide.loadPackage``) still resolves as it would without fragc.

The JSON is written here rather than through the ``pyodide-lock`` package: the format
is five plain fields per package, and ``pyodide-lock`` would add pydantic to the
compiler's dependencies for no check fragc needs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from packaging.utils import canonicalize_name

from fragc.errors import SETUP_HINT, FragcError

CDN_TEMPLATE = "https://cdn.jsdelivr.net/pyodide/v{version}/full/"


def cdn_url(pyodide_version: str) -> str:
    """The base URL of Pyodide's own package distribution for this version."""
    return CDN_TEMPLATE.format(version=pyodide_version)


@dataclass(frozen=True)
class LockPackage:
    name: str  # canonical (PEP 503) name, as the lock's keys are
    version: str
    file_name: str
    sha256: str
    imports: tuple[str, ...]
    depends: tuple[str, ...]
    package_type: str = "package"
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def pure_python(self) -> bool:
        """A wheel any Python runs (``-none-any.whl``): PyPI has the same release."""
        return self.file_name.endswith("-none-any.whl")


@dataclass(frozen=True)
class PyodideLock:
    info: Mapping[str, Any]
    packages: Mapping[str, LockPackage]  # by canonical name

    @classmethod
    def load(cls, path: Path) -> PyodideLock:
        return cls.from_json(json.loads(path.read_text(encoding="utf-8")))

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PyodideLock:
        packages: dict[str, LockPackage] = {}
        for key, entry in data.get("packages", {}).items():
            name = canonicalize_name(str(entry.get("name", key)))
            packages[name] = LockPackage(
                name=name,
                version=str(entry["version"]),
                file_name=str(entry["file_name"]),
                sha256=str(entry.get("sha256", "")),
                imports=tuple(entry.get("imports", ())),
                depends=tuple(canonicalize_name(d) for d in entry.get("depends", ())),
                package_type=str(entry.get("package_type", "package")),
                raw=entry,
            )
        return cls(info=dict(data.get("info", {})), packages=packages)

    def get(self, name: str) -> LockPackage | None:
        return self.packages.get(canonicalize_name(name))

    def provider_of(self, top_level: str) -> LockPackage | None:
        """The package whose ``imports`` name this top-level module (first by name)."""
        for name in sorted(self.packages):
            if top_level in self.packages[name].imports:
                return self.packages[name]
        return None

    def closure(self, names: Iterable[str]) -> list[str]:
        """``names`` and everything they depend on, in the lock; sorted, unknown names dropped."""
        seen: set[str] = set()
        stack: list[str] = [canonicalize_name(n) for n in names]
        while stack:
            name = stack.pop()
            if name in seen or name not in self.packages:
                continue
            seen.add(name)
            stack.extend(self.packages[name].depends)
        return sorted(seen)


@dataclass(frozen=True)
class SitePackage:
    """A package the site ships beside its lock (a wheel, or a Pyodide file)."""

    name: str
    version: str
    file_name: str  # relative to the site lock
    sha256: str
    imports: tuple[str, ...]
    depends: tuple[str, ...]
    package_type: str = "package"
    install_dir: str = "site"


def site_lock(base: PyodideLock, vendored: Iterable[SitePackage], cdn: str) -> dict[str, Any]:
    """The site's ``pyodide-lock.json``: Pyodide's lock, vendored packages local, the rest on ``cdn``."""
    packages: dict[str, Any] = {}
    for name, package in sorted(base.packages.items()):
        entry = dict(package.raw)
        entry["file_name"] = _absolute(package.file_name, cdn)
        packages[name] = entry
    for site_package in vendored:
        previous = packages.get(site_package.name, {})
        packages[site_package.name] = {
            **previous,
            "name": site_package.name,
            "version": site_package.version,
            "file_name": site_package.file_name,
            "install_dir": site_package.install_dir,
            "sha256": site_package.sha256,
            "package_type": site_package.package_type,
            "imports": list(site_package.imports),
            "depends": list(site_package.depends),
            "unvendored_tests": previous.get("unvendored_tests", False),
            "tool": previous.get("tool", {}),
        }
    return {"info": dict(base.info), "packages": dict(sorted(packages.items())), "tool": {}}


def _absolute(file_name: str, cdn: str) -> str:
    if "://" in file_name:
        return file_name
    return cdn + file_name


def shipped_lock(pyodide_dir: Path) -> PyodideLock:
    """The lock of the Pyodide fragc ships (``pyodide-lock.json`` among its core files)."""
    path = pyodide_dir / "pyodide-lock.json"
    try:
        return PyodideLock.load(path)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as err:
        # fragc's own installation is broken, not the user's app.
        raise FragcError(
            f"cannot read Pyodide's package lock {path} ({err}); {SETUP_HINT}"
        ) from err
