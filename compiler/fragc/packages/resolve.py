"""Package resolution: every import and declared requirement of the app, mapped to what the site ships.

The order follows what Python itself would find first in the browser:

1. ``streamlit`` (and its submodules) is fragc's shim: never a package.
2. The standard library of Pyodide's Python (:mod:`fragc.packages.stdlib`).
3. The app's own modules (the analysis found them beside the app).
4. The app's declared requirements and their dependencies, each taken from
   Pyodide's distribution when its lock has the package at a version that satisfies
   the requirement, else from PyPI as a pure-Python wheel (:mod:`fragc.packages.wheels`).
5. Any other package of Pyodide's lock whose ``imports`` name the module.

An import none of these satisfies is an ``unresolved-import`` error (a warning inside
``try: ... except ImportError:``); a requirement with no wheel the browser can
install is a ``no-browser-wheel`` error.

Then every package of Pyodide's lock the app needs (with its ``depends``, computed
here so the site holds the whole closure) gets a source: the local Pyodide
distribution given with ``--pyodide-packages``, else PyPI for the pure-Python ones
(at exactly the version Pyodide pins), else Pyodide's CDN, with a
``pyodide-cdn-package`` warning naming them.
"""

from __future__ import annotations

import functools
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from fragc.analysis import AppAnalysis
from fragc.analysis.imports import ModuleImport
from fragc.catalogue.no_browser_wheel import NoBrowserWheel
from fragc.catalogue.optional_import_unresolved import OptionalImportUnresolved
from fragc.catalogue.pyodide_cdn_package import PyodideCdnPackage
from fragc.catalogue.pyodide_package_missing import PyodidePackageMissing
from fragc.catalogue.unresolved_import import WHERE_FRAGC_LOOKED, UnresolvedImport
from fragc.diagnostics import Diagnostic
from fragc.packages.pyodide_lock import LockPackage, PyodideLock, SitePackage, cdn_url
from fragc.packages.requirements import REQUIREMENTS_TXT, Declared, declared_requirements
from fragc.packages.stdlib import is_stdlib, missing_from_pyodide
from fragc.packages.wheels import FetchFailed, PipWheels, Wheel, WheelSource, satisfies, sha256_of

# Distributions fragc itself provides in the browser (its shim), never fetched.
PROVIDED_BY_FRAGC = frozenset({"streamlit"})

Progress = Callable[[str], None]
WheelSourceFactory = Callable[[Sequence[str]], WheelSource]


def _silent(_message: str) -> None:
    pass


@dataclass(frozen=True)
class Vendored:
    """A file the site ships in ``packages/``, and its entry in the site lock."""

    source: Path
    package: SitePackage


@dataclass
class PackagePlan:
    """What the build writes for the app's packages, and what it found wrong."""

    lock: PyodideLock | None  # Pyodide's lock, when the app needed it
    cdn_base: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    load: list[str] = field(default_factory=list)  # packages the worker loads at boot
    vendored: list[Vendored] = field(default_factory=list)
    cdn: list[str] = field(default_factory=list)  # packages the page fetches from the CDN
    # Packages that require `streamlit` themselves: their calls are not in the app's
    # source, so the build bundles every optional part of the shim for them.
    streamlit_users: list[str] = field(default_factory=list)
    # Top-level module -> the package that provides it, for every import the app's
    # files make (packages/page_packages.py splits the packages by page with it).
    providers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _Origin:
    """Where the app asked for a package (a requirement line or an import)."""

    file: str
    line: int
    col: int
    what: str  # "requirement tabulate==0.9" / "import numpy"


@dataclass
class _WheelChoice:
    wheel: Wheel
    extras: set[str] = field(default_factory=set)


def target_environment(python: str) -> dict[str, str]:
    """PEP 508 marker values of Pyodide's Python (``python`` is e.g. ``3.14.2``)."""
    major_minor = ".".join(python.split(".")[:2])
    return {
        "implementation_name": "cpython",
        "implementation_version": python,
        "os_name": "posix",
        "platform_machine": "wasm32",
        "platform_python_implementation": "CPython",
        "platform_release": "",
        "platform_system": "Emscripten",
        "platform_version": "",
        "python_full_version": python,
        "python_version": major_minor,
        "sys_platform": "emscripten",
    }


def _marker_holds(marker: Marker | None, env: dict[str, str], extras: set[str]) -> bool:
    if marker is None:
        return True
    return any(marker.evaluate({**env, "extra": extra}) for extra in (extras or {""}))


class _Resolver:
    def __init__(
        self,
        analysis: AppAnalysis,
        lock: PyodideLock | Callable[[], PyodideLock],
        pyodide_version: str,
        pyodide_packages: Path | None,
        wheel_source: WheelSourceFactory,
        progress: Progress,
        check_only: bool = False,
    ) -> None:
        self.analysis = analysis
        self._lock = lock
        self.pyodide_packages = pyodide_packages
        self.make_source = wheel_source
        self.progress = progress
        self.check_only = check_only
        self.plan = PackagePlan(lock=None, cdn_base=cdn_url(pyodide_version))
        self.wheels: dict[str, _WheelChoice] = {}
        self.from_lock: dict[str, _Origin] = {}  # lock packages asked for, and by what
        self.source: WheelSource | None = None
        # Import names of declared requirements that failed: their imports are reported
        # once, as the requirement's error, not again as unresolved imports.
        self.failed_imports: set[str] = set()

    @property
    def lock(self) -> PyodideLock:
        """Pyodide's lock, read the first time an import or requirement needs it."""
        if self.plan.lock is None:
            self.plan.lock = self._lock if isinstance(self._lock, PyodideLock) else self._lock()
        return self.plan.lock

    @functools.cached_property
    def env(self) -> dict[str, str]:
        return target_environment(str(self.lock.info.get("python", "3.14.0")))

    def report(self, diagnostic: Diagnostic) -> None:
        self.plan.diagnostics.append(diagnostic)

    # ----------------------------------------------------------- requirements

    def requirements(self) -> None:
        app_dir = self.analysis.app_dir
        entry_source = next(
            (f.source for f in self.analysis.files if f.source.path == self.analysis.entry), None
        )
        entry_text = entry_source.text if entry_source else ""
        entry_display = entry_source.display if entry_source else str(self.analysis.entry)
        declared = declared_requirements(app_dir, entry_text, entry_display, self.analysis.project)
        self.plan.diagnostics.extend(declared.diagnostics)
        if declared.requirements:
            self.source = self.make_source(declared.pip_options)
        queue: deque[tuple[Requirement, Declared, str | None, set[str]]] = deque(
            (d.requirement, d, None, {""}) for d in declared.requirements
        )
        while queue:
            requirement, declared_by, parent, parent_extras = queue.popleft()
            if not _marker_holds(requirement.marker, self.env, parent_extras):
                continue
            self._require(requirement, declared_by, parent, queue)

    def _require(
        self,
        requirement: Requirement,
        declared: Declared,
        parent: str | None,
        queue: deque[tuple[Requirement, Declared, str | None, set[str]]],
    ) -> None:
        name = canonicalize_name(requirement.name)
        origin = _Origin(declared.file, declared.line, declared.col, f"requirement {declared.text}")
        needed_by = f" (needed by {parent})" if parent else ""
        if name in PROVIDED_BY_FRAGC:
            if parent:
                self.plan.streamlit_users.append(parent)
            return
        chosen = self._chosen_version(name)
        if chosen is not None:
            if requirement.url is None and not satisfies(chosen, requirement.specifier):
                self._no_wheel(
                    declared,
                    f"{requirement}{needed_by} conflicts with {name} {chosen}, "
                    "chosen for another requirement: no single release satisfies both",
                )
            elif name in self.wheels and requirement.extras - self.wheels[name].extras:
                choice = self.wheels[name]
                new = set(requirement.extras) - choice.extras
                choice.extras |= new
                queue.extend((r, declared, name, new) for r in choice.wheel.requires)
            return
        in_lock = self.lock.get(name)
        top_level_hashes = declared.hashes if parent is None else ()
        if (
            in_lock is not None
            and requirement.url is None
            and not top_level_hashes
            and satisfies(in_lock.version, requirement.specifier)
        ):
            self.from_lock.setdefault(name, origin)
            return
        assert self.source is not None
        try:
            wheel = self.source.fetch(requirement)
        except FetchFailed as failure:
            reason = failure.reason
            if in_lock is not None and requirement.url is None and not top_level_hashes:
                reason = (
                    f"Pyodide's distribution has {name} {in_lock.version}, which does not "
                    f"satisfy {requirement.specifier}; and {reason}"
                )
            self._no_wheel(
                declared,
                f"{requirement}{needed_by} has no wheel that runs in the browser: {reason}",
            )
            self.failed_imports.add(_import_name_guess(name))
            return
        if top_level_hashes and wheel.sha256 not in top_level_hashes:
            self._no_wheel(
                declared,
                f"{requirement}: the wheel pip downloaded ({wheel.path.name}) has sha256 "
                f"{wheel.sha256}, not one of the --hash values written here",
            )
            self.failed_imports.update(wheel.imports)
            return
        choice = _WheelChoice(wheel, extras=set(requirement.extras))
        self.wheels[name] = choice
        queue.extend((r, declared, name, set(requirement.extras) or {""}) for r in wheel.requires)

    def _chosen_version(self, name: str) -> str | None:
        if name in self.wheels:
            return self.wheels[name].wheel.version
        if name in self.from_lock:
            package = self.lock.packages[name]
            return package.version
        return None

    def _no_wheel(self, declared: Declared, message: str) -> None:
        self.report(
            NoBrowserWheel.diagnostic(
                message,
                file=declared.file,
                line=declared.line,
                col=declared.col,
                hint="use a pure-Python alternative or a package of Pyodide's distribution "
                "(https://pyodide.org/en/stable/usage/packages-in-pyodide.html)",
            )
        )

    # ---------------------------------------------------------------- imports

    def imports(self) -> None:
        provided: dict[str, str] = {}
        for name, choice in self.wheels.items():
            for module in choice.wheel.imports:
                provided.setdefault(module, name)
        for name in self.lock.closure(self.from_lock) if self.from_lock else ():
            for module in self.lock.packages[name].imports:
                provided.setdefault(module, name)
        seen: set[tuple[str, int, int, str]] = set()
        for imported in self.analysis.imports:
            key = (imported.file, imported.line, imported.col, imported.top_level)
            if imported.local or key in seen:
                continue
            seen.add(key)
            self._import(imported, provided)
        self.plan.providers = provided

    def _import(
        self,
        imported: ModuleImport,
        provided: dict[str, str],
    ) -> None:
        top = imported.top_level
        if top in PROVIDED_BY_FRAGC or is_stdlib(top) or top in provided:
            return
        if top in self.failed_imports:
            return  # its requirement failed, and said so
        if _is_dir(self.analysis.app_dir / top):
            return  # a namespace package beside the app (a folder without __init__.py)
        package = self.lock.provider_of(top)
        if package is not None:
            origin = _Origin(imported.file, imported.line, imported.col, f"import {top}")
            self.from_lock.setdefault(package.name, origin)
            provided[top] = package.name
            return
        optional = imported.guarded
        rule = OptionalImportUnresolved if optional else UnresolvedImport
        missing = missing_from_pyodide(top)
        if missing is not None:
            message = (
                f"module {top!r} is part of CPython's standard library but not of "
                f"Pyodide's: {missing}"
            )
            hint = "the browser cannot provide it; remove the import or guard it"
        else:
            message = f"no module named {top!r} in the built site: {WHERE_FRAGC_LOOKED}"
            hint = (
                f"add the distribution that provides {top!r} to {REQUIREMENTS_TXT} beside "
                f"the app (e.g. `{top.replace('_', '-')}`)"
            )
        if optional:
            message += " (the app's `except ImportError` fallback will run)"
        self.report(
            rule.diagnostic(
                message, file=imported.file, line=imported.line, col=imported.col, hint=hint
            )
        )

    # ------------------------------------------------------------- vendoring

    def vendor(self) -> None:
        for name, choice in sorted(self.wheels.items()):
            wheel = choice.wheel
            depends: list[str] = []
            for requirement in wheel.requires:
                dep = canonicalize_name(requirement.name)
                if dep in PROVIDED_BY_FRAGC or not _marker_holds(
                    requirement.marker, self.env, choice.extras or {""}
                ):
                    continue
                if dep in self.wheels or dep in self.lock.packages:
                    depends.append(dep)
            self.plan.vendored.append(
                Vendored(
                    wheel.path,
                    SitePackage(
                        name=name,
                        version=wheel.version,
                        file_name=wheel.path.name,
                        sha256=wheel.sha256,
                        imports=wheel.imports,
                        depends=tuple(sorted(set(depends))),
                    ),
                )
            )
        cdn_by_root: dict[str, list[str]] = {}
        placed: set[str] = set(self.wheels)
        for root, origin in sorted(self.from_lock.items()):
            for name in self.lock.closure([root]):
                if name in placed:
                    if name in self.plan.cdn:
                        cdn_by_root.setdefault(root, []).append(name)
                    continue
                placed.add(name)
                if self._vendor_lock_package(self.lock.packages[name], origin):
                    continue
                self.plan.cdn.append(name)
                cdn_by_root.setdefault(root, []).append(name)
        self.plan.cdn.sort()
        self.plan.load = sorted({*self.wheels, *self.from_lock})
        for root, names in cdn_by_root.items():
            origin = self.from_lock[root]
            listed = ", ".join(names)
            self.report(
                PyodideCdnPackage.diagnostic(
                    f"{origin.what}: the page will download {listed} from Pyodide's CDN "
                    f"({self.plan.cdn_base}) when it starts, so the site needs the network",
                    file=origin.file,
                    line=origin.line,
                    col=origin.col,
                    hint="build with --pyodide-packages DIR (an unpacked Pyodide "
                    "distribution of the same version) to ship them in the site",
                )
            )

    def _vendor_lock_package(self, package: LockPackage, origin: _Origin) -> bool:
        """Find a file for a lock package; False when only the CDN has it."""
        if self.pyodide_packages is not None:
            path = self.pyodide_packages / package.file_name
            problem = None
            if not path.is_file():
                problem = f"{package.file_name} is not in {self.pyodide_packages}"
            elif package.sha256 and sha256_of(path) != package.sha256:
                problem = (
                    f"{path} is not the file of Pyodide's lock (sha256 differs): "
                    "a distribution of another Pyodide version?"
                )
            if problem is None:
                site_package = _site_package(package, package.file_name, package.sha256)
                self.plan.vendored.append(Vendored(path, site_package))
                return True
            self.report(
                PyodidePackageMissing.diagnostic(
                    f"{origin.what} needs {package.name} {package.version}: {problem}",
                    file=origin.file,
                    line=origin.line,
                    col=origin.col,
                    hint="use the full distribution of the Pyodide version fragc ships",
                )
            )
            return True  # reported; not a CDN fallback the user did not ask for
        if package.pure_python and package.package_type == "package":
            if self.check_only:
                return True  # only the build fetches it; PyPI has every pure release
            if self.source is None:
                self.source = self.make_source(())
            try:
                wheel = self.source.fetch(Requirement(f"{package.name}=={package.version}"))
            except FetchFailed:
                return False  # PyPI does not have it (or is unreachable): the CDN does
            self.plan.vendored.append(
                Vendored(wheel.path, _site_package(package, wheel.path.name, wheel.sha256))
            )
            return True
        return False


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a module name too long for the file system: not a folder beside the app
        return False


def _import_name_guess(name: str) -> str:
    """The usual import name of a distribution (``python-foo`` -> ``python_foo``)."""
    return canonicalize_name(name).replace("-", "_")


def _site_package(package: LockPackage, file_name: str, sha256: str) -> SitePackage:
    return SitePackage(
        name=package.name,
        version=package.version,
        file_name=file_name,
        sha256=sha256,
        imports=package.imports,
        depends=package.depends,
        package_type=package.package_type,
        install_dir=str(package.raw.get("install_dir", "site")),
    )


def resolve_packages(
    analysis: AppAnalysis,
    lock: PyodideLock | Callable[[], PyodideLock],
    *,
    pyodide_version: str,
    pyodide_packages: Path | None = None,
    wheel_source: WheelSourceFactory | None = None,
    progress: Progress = _silent,
    check_only: bool = False,
) -> PackagePlan:
    """Resolve the app's imports and requirements; see the module docs for the order.

    ``lock`` may be a function reading it: an app that imports only the standard
    library, its own modules and streamlit never needs Pyodide's lock.

    ``wheel_source`` makes the source of PyPI wheels from pip's index options (tests
    pass a fake); the default is pip with the user cache. ``check_only`` (``fragc
    check``) skips fetching the pure-Python packages of Pyodide's lock, which only the
    site needs: the diagnostics are the same.
    """
    if wheel_source is None:

        def wheel_source(options: Sequence[str]) -> WheelSource:
            return PipWheels(pip_options=options, progress=progress)

    resolver = _Resolver(
        analysis, lock, pyodide_version, pyodide_packages, wheel_source, progress, check_only
    )
    resolver.requirements()
    resolver.imports()
    resolver.vendor()
    return resolver.plan
