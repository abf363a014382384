"""``fragc build``: analyse the app, then write the site into OUTDIR in one atomic swap."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import fragc
from fragc import diagnostics, protocol
from fragc.analysis import analyze_app
from fragc.errors import EXIT_USAGE, FragcError
from fragc.packages.pyodide_lock import shipped_lock
from fragc.packages.resolve import PackagePlan, resolve_packages
from fragc.packages.vendor import write_packages
from fragc.site import layout
from fragc.site.assets import Assets, locate_assets
from fragc.site.bundle import write_bundle
from fragc.site.bytecode import precompile
from fragc.site.hosts import host_warnings
from fragc.site.manifest import make_manifest, readable_title
from fragc.site.output import check_output_dir, staged_output
from fragc.site.page import render_index

Progress = Callable[[str], None]


def _silent(_message: str) -> None:
    pass


@dataclass(frozen=True)
class BuildResult:
    outdir: Path
    manifest: protocol.Manifest
    warnings: tuple[diagnostics.Diagnostic, ...]
    file_count: int
    total_bytes: int


def require_script(path: Path) -> Path:
    """The app script, resolved; a missing or odd path is a usage error (exit 2)."""
    if not path.exists():
        raise FragcError(f"{path}: no such file", exit_code=EXIT_USAGE)
    if not path.is_file():
        raise FragcError(
            f"{path} is not a file; give the app's Python script", exit_code=EXIT_USAGE
        )
    if path.suffix != ".py":
        raise FragcError(f"{path} is not a Python script (.py)", exit_code=EXIT_USAGE)
    return path.resolve()


def build_site(
    entry: Path,
    outdir: Path,
    *,
    assets: Assets | None = None,
    progress: Progress = _silent,
    pyodide_packages: Path | None = None,
) -> BuildResult:
    """Build ``entry`` into ``outdir``; raises FragcError (and leaves ``outdir`` as it was)."""
    script = require_script(entry)
    app_dir = script.parent
    target = outdir.absolute()

    progress(f"analysing {entry}")
    analysis = analyze_app(entry)
    if pyodide_packages is not None and not pyodide_packages.is_dir():
        raise FragcError(
            f"--pyodide-packages {pyodide_packages}: no such directory", exit_code=EXIT_USAGE
        )
    assets = assets or locate_assets()
    # Imports and requirements against Pyodide's lock; may run pip (cached).
    packages = resolve_packages(
        analysis,
        lambda: shipped_lock(assets.pyodide_dir),
        pyodide_version=assets.pyodide_version(),
        pyodide_packages=pyodide_packages,
        progress=progress,
    )
    found = [*analysis.diagnostics, *packages.diagnostics]
    if diagnostics.has_errors(found):
        raise FragcError(
            f"{entry}: {diagnostics.summary(found)}; {outdir} was not touched",
            diagnostics=found,
        )
    check_output_dir(target, app_dir)

    for fragment in analysis.fragments:
        progress(
            f"found {fragment['kind']} {fragment['qualname']}() at {fragment['file']}:{fragment['line']}"
        )
    with staged_output(target) as staging:
        manifest = _write_site(
            staging,
            script,
            [*analysis.sources, *analysis.data_files],
            analysis.fragments,
            assets,
            packages,
            progress,
        )
        file_count, total_bytes = _measure(staging)
        # Limits of the hosts docs/deploy.md covers: warnings, the site is still written.
        found.extend(host_warnings(staging, str(outdir)))
    return BuildResult(
        outdir=target,
        manifest=manifest,
        warnings=tuple(found),
        file_count=file_count,
        total_bytes=total_bytes,
    )


def _write_site(
    site: Path,
    script: Path,
    sources: list[Path],
    fragments: list[protocol.ManifestFragment],
    assets: Assets,
    packages: PackagePlan,
    progress: Progress,
) -> protocol.Manifest:
    # copyfile, not copy2: files get the usual mode, whatever node_modules had.
    # Source maps stay out of the site: megabytes no visitor needs (they stay in dist/);
    # so does the `fragc dev` client.
    shutil.copytree(
        assets.runtime_dir,
        site / layout.SITE_ASSETS,
        copy_function=shutil.copyfile,
        ignore=shutil.ignore_patterns("*.map", layout.DEV_CLIENT),
    )
    (site / layout.SITE_PYODIDE).mkdir()
    for name in layout.PYODIDE_CORE_FILES:
        shutil.copyfile(assets.pyodide_dir / name, site / layout.SITE_PYODIDE / name)

    # The entry is always bundled, whatever the analysis lists.
    bundle = write_bundle(
        site / layout.SITE_BUNDLE,
        script.parent,
        [script, *sources],
        bytecode=lambda shim: precompile(
            shim, assets.pyodide_dir, assets.pyodide_version(), progress
        ),
    )
    site_packages = write_packages(site, packages)
    manifest = make_manifest(
        entry=script.name,
        title=readable_title(script.stem),
        pyodide_version=assets.pyodide_version(),
        bundle=layout.SITE_BUNDLE,
        bundle_sha256=bundle.sha256,
        files=bundle.files,
        fragments=fragments,
        packages=site_packages,
    )
    (site / layout.SITE_INDEX).write_text(
        render_index(assets.templates_dir, manifest), encoding="utf-8"
    )
    (site / layout.SITE_NOJEKYLL).write_bytes(b"")
    marker = {
        "generator": "fragc",
        "fragc_version": fragc.__version__,
        "protocol_version": protocol.PROTOCOL_VERSION,
        "entry": script.name,
        "bundle_sha256": bundle.sha256,
    }
    (site / layout.SITE_MARKER).write_text(json.dumps(marker, indent=2) + "\n", encoding="utf-8")
    return manifest


def _measure(site: Path) -> tuple[int, int]:
    files = [path for path in site.rglob("*") if path.is_file()]
    return len(files), sum(path.stat().st_size for path in files)
