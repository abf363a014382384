"""The dev build: the site kept in one folder, rewritten only where an edit changed it.

The first build writes everything ``fragc build`` writes. A later build analyses the
app again (diagnostics must be fresh, and the analysis is what names the files to
bundle) and then rewrites only what differs:

* ``app.zip`` when the app's files changed (the shim's precompiled bytecode is kept in
  memory: the shim does not change while ``fragc dev`` runs);
* ``packages/`` when the app's requirements or its imports of packages changed (the
  resolver, and pip, run only then);
* ``index.html`` (the manifest, with the build id the page compares);
* the runtime and Pyodide's core files never: they are fragc's, not the app's.

A build with errors writes nothing: the page keeps running the last good build and
shows the diagnostics. Each build returns a :class:`DevBuild`, the event the page gets.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import fragc
from fragc import diagnostics, protocol
from fragc.analysis import AppAnalysis, analyze_app
from fragc.errors import FragcError
from fragc.packages.pyodide_lock import shipped_lock
from fragc.packages.requirements import pep723_blocks
from fragc.packages.resolve import PackagePlan, resolve_packages
from fragc.packages.stdlib import is_stdlib
from fragc.packages.vendor import SITE_PACKAGES, SitePackages, write_packages
from fragc.project import PYPROJECT
from fragc.site import layout
from fragc.site.assets import Assets, locate_assets
from fragc.site.bundle import write_bundle
from fragc.site.bytecode import precompile
from fragc.site.components import folder_signature, write_components
from fragc.site.manifest import make_manifest, readable_title
from fragc.site.page import render_index

Progress = Callable[[str], None]

# Where the page listens for builds (relative to index.html); served by fragc.dev.server.
EVENTS_PATH = "_fragc/dev/events"

# The files whose content decides the app's packages, besides its imports.
_REQUIREMENT_FILES = ("requirements.txt", PYPROJECT)


def _silent(_message: str) -> None:
    pass


@dataclass(frozen=True)
class DevBuild:
    """One build's outcome, as the page receives it (see :meth:`to_json`).

    ``build_id`` counts the builds that changed the site; a page whose build id is
    lower reloads the app. ``rewritten`` names what this build wrote.
    """

    build_id: int
    ok: bool
    diagnostics: tuple[diagnostics.Diagnostic, ...] = ()
    message: str | None = None  # an error that is not about a place in the app
    manifest: protocol.Manifest | None = None
    package_files: Mapping[str, str] = field(default_factory=dict)
    rewritten: tuple[str, ...] = ()
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "build_id": self.build_id,
            "ok": self.ok,
            "message": self.message,
            "diagnostics": [
                {**_diagnostic_json(d), "source": _source_line(d.file, d.line)}
                for d in self.diagnostics
            ],
            "manifest": self.manifest,
            "package_files": dict(self.package_files),
            "rewritten": list(self.rewritten),
            "text": self.text(),
        }

    def text(self) -> str:
        """Why the build failed, as the terminal shows it (source line and caret included)."""
        if self.ok:
            return ""
        return diagnostics.format_text(self.diagnostics) + (self.message or "") + "\n"


def _diagnostic_json(d: diagnostics.Diagnostic) -> dict[str, Any]:
    return {
        "code": d.code,
        "name": d.name,
        "severity": d.severity,
        "message": d.message,
        "file": d.file,
        "line": d.line,
        "col": d.col,
        "hint": d.hint,
    }


def _source_line(file: str, line: int) -> str | None:
    try:
        lines = Path(file).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    return lines[line - 1] if 0 < line <= len(lines) else None


class DevBuilder:
    """Builds ``entry`` into ``site`` again and again; one instance per ``fragc dev``."""

    def __init__(
        self,
        entry: Path,
        site: Path,
        *,
        assets: Assets | None = None,
        pyodide_packages: Path | None = None,
        progress: Progress = _silent,
    ) -> None:
        self.entry = entry
        self.script = entry.resolve()
        self.app_dir = self.script.parent
        self.site = site
        self.assets = assets or locate_assets()
        self.pyodide_packages = pyodide_packages
        self.progress = progress
        self.build_id = 0
        self._site_written = False
        self._package_key: str | None = None
        self._plan: PackagePlan | None = None
        self._site_packages = SitePackages(packages=[], package_lock=None, cdn_packages=[])
        self._package_files: dict[str, str] = {}
        self._shim_bytecode: dict[str, bytes] | None = None
        self._bundle_sha256: str | None = None
        self._bundle_files: list[protocol.ManifestFile] = []
        self._index: str | None = None
        self._components: dict[str, str] = {}  # path in the app -> URL in the site
        self._components_key: object = None

    # -- the build ----------------------------------------------------------------------

    def build(self) -> DevBuild:
        """Analyse and rewrite what changed; never raises for a problem in the app."""
        try:
            return self._build()
        except FragcError as error:
            return DevBuild(
                build_id=self.build_id,
                ok=False,
                diagnostics=error.diagnostics,
                message=error.message if not error.diagnostics else None,
            )

    def _build(self) -> DevBuild:
        if not self.script.is_file():
            raise FragcError(f"{self.entry}: no such file (was it renamed or deleted?)")
        analysis = analyze_app(self.entry, outputs=[self.site])
        plan, packages_changed = self._packages(analysis)
        found = (*analysis.diagnostics, *plan.diagnostics)
        if diagnostics.has_errors(found):
            summary = diagnostics.summary(found)
            return DevBuild(build_id=self.build_id, ok=False, diagnostics=found, message=summary)

        rewritten: list[str] = []
        if not self._site_written:
            self._write_fixed_files()
            rewritten.append("runtime")
        if packages_changed:
            self._write_packages(plan)
            rewritten.append(SITE_PACKAGES)
        if self._write_bundle(analysis):
            rewritten.append(layout.SITE_BUNDLE)
        if self._write_components(analysis):
            rewritten.append("components")
        if rewritten:
            self.build_id += 1
        manifest = self._manifest(analysis)
        if self._write_index(manifest):
            rewritten.append(layout.SITE_INDEX)
        self._site_written = True
        return DevBuild(
            build_id=self.build_id,
            ok=True,
            diagnostics=found,
            manifest=manifest,
            package_files=dict(self._package_files),
            rewritten=tuple(rewritten),
        )

    # -- the parts ----------------------------------------------------------------------

    def _packages(self, analysis: AppAnalysis) -> tuple[PackagePlan, bool]:
        """The package plan; resolved again only when what decides it changed."""
        key = self._package_inputs(analysis)
        if self._plan is not None and key == self._package_key:
            return self._plan, False
        assets = self.assets
        plan = resolve_packages(
            analysis,
            lambda: shipped_lock(assets.pyodide_dir),
            pyodide_version=assets.pyodide_version(),
            pyodide_packages=self.pyodide_packages,
            progress=self.progress,
        )
        changed = self._plan is None or _plan_files(plan) != _plan_files(self._plan)
        self._plan, self._package_key = plan, key
        return plan, changed

    def _package_inputs(self, analysis: AppAnalysis) -> str:
        digest = hashlib.sha256()
        # Standard-library imports never need a package: adding `import json` must not run pip.
        packages = [name for name in analysis.external_modules if not is_stdlib(name)]
        digest.update("\0".join(packages).encode())
        for name in _REQUIREMENT_FILES:
            path = self.app_dir / name
            digest.update(b"\1" + (path.read_bytes() if path.is_file() else b"-"))
        for source in analysis.sources:
            text = source.read_text(encoding="utf-8", errors="replace")
            blocks = [block for block in pep723_blocks(text) if block[0] == "script"]
            digest.update(b"\2" + (blocks[0][3].encode() if blocks else b"-"))
        if self.pyodide_packages is not None:
            digest.update(str(self.pyodide_packages).encode())
        return digest.hexdigest()

    def _write_fixed_files(self) -> None:
        """The runtime, Pyodide's core files, the marker: once per ``fragc dev``."""
        self.site.mkdir(parents=True, exist_ok=True)
        assets_dir = self.site / layout.SITE_ASSETS
        if assets_dir.exists():
            shutil.rmtree(assets_dir)
        shutil.copytree(
            self.assets.runtime_dir,
            assets_dir,
            copy_function=shutil.copyfile,
            ignore=shutil.ignore_patterns("*.map"),
        )
        pyodide_dir = self.site / layout.SITE_PYODIDE
        pyodide_dir.mkdir(exist_ok=True)
        for name in layout.PYODIDE_CORE_FILES:
            shutil.copyfile(self.assets.pyodide_dir / name, pyodide_dir / name)
        (self.site / layout.SITE_NOJEKYLL).write_bytes(b"")
        marker = {
            "generator": "fragc",
            "fragc_version": fragc.__version__,
            "protocol_version": protocol.PROTOCOL_VERSION,
            "entry": self.script.name,
            "dev": True,
        }
        _replace(self.site / layout.SITE_MARKER, json.dumps(marker, indent=2) + "\n")

    def _write_packages(self, plan: PackagePlan) -> None:
        folder = self.site / SITE_PACKAGES
        if folder.exists():
            shutil.rmtree(folder)
        self._site_packages = write_packages(self.site, plan)
        self._package_files = _plan_files(plan)

    def _write_bundle(self, analysis: AppAnalysis) -> bool:
        """Write app.zip if its content changed; True when it did."""
        target = self.site / layout.SITE_BUNDLE
        staging = target.with_name(f".{target.name}.new")
        bundle = write_bundle(
            staging,
            self.app_dir,
            [self.script, *analysis.files_to_bundle(self.app_dir)],
            bytecode=self._bytecode,
        )
        if bundle.sha256 == self._bundle_sha256 and target.is_file():
            staging.unlink()
            return False
        os.replace(staging, target)
        self._bundle_sha256 = bundle.sha256
        self._bundle_files = bundle.files
        return True

    def _bytecode(self, shim: Mapping[str, bytes]) -> Mapping[str, bytes]:
        if self._shim_bytecode is None:
            self._shim_bytecode = precompile(
                shim, self.assets.pyodide_dir, self.assets.pyodide_version(), self.progress
            )
        return self._shim_bytecode

    def _manifest(self, analysis: AppAnalysis) -> protocol.Manifest:
        assert self._bundle_sha256 is not None
        manifest = make_manifest(
            entry=self.script.name,
            title=readable_title(self.script.stem),
            pyodide_version=self.assets.pyodide_version(),
            bundle=layout.SITE_BUNDLE,
            bundle_sha256=self._bundle_sha256,
            files=self._bundle_files,
            fragments=analysis.fragments,
            packages=self._site_packages,
        )
        if self._components:
            manifest["components"] = dict(self._components)
        manifest["dev"] = {
            "events": EVENTS_PATH,
            "build_id": self.build_id,
            "package_files": dict(self._package_files),
        }
        return manifest

    def _write_components(self, analysis: AppAnalysis) -> bool:
        """Copy the component frontends again when one of them changed (a new build of it)."""
        key = sorted(
            (name, folder_signature(folder)) for name, folder in analysis.components.items()
        )
        if key == self._components_key:
            return False
        self._components_key = key
        shutil.rmtree(self.site / "components", ignore_errors=True)
        self._components = write_components(self.site, analysis.components)
        return True

    def _write_index(self, manifest: protocol.Manifest) -> bool:
        # `fragc dev` carries every chunk, Graphviz's WebAssembly among them.
        index = render_index(self.assets.templates_dir, manifest, wasm=True)
        if index == self._index:
            return False
        _replace(self.site / layout.SITE_INDEX, index)
        self._index = index
        return True


def _plan_files(plan: PackagePlan) -> dict[str, str]:
    """Each package the site loads -> its wheel's URL (relative to the site, or the CDN's)."""
    files: dict[str, str] = {}
    for vendored in plan.vendored:
        files[vendored.package.name] = f"{SITE_PACKAGES}/{vendored.package.file_name}"
    for name in plan.load:
        if name in files or plan.lock is None:
            continue
        package = plan.lock.get(name)
        if package is not None:
            files[name] = (
                package.file_name
                if "://" in package.file_name
                else plan.cdn_base + package.file_name
            )
    return files


def _replace(path: Path, text: str) -> None:
    """Write ``path`` atomically: a request never reads half a file."""
    staging = path.with_name(f".{path.name}.new")
    staging.write_text(text, encoding="utf-8")
    os.replace(staging, path)
