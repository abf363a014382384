"""``fragc build``: analyse the app, then write the site into OUTDIR in one atomic swap."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import fragc
from fragc import diagnostics, protocol
from fragc.analysis import analyze_app
from fragc.analysis.shim_families import ALL as ALL_FAMILIES
from fragc.analysis.shim_families import ALL_CHUNKS
from fragc.errors import EXIT_USAGE, FragcError
from fragc.packages.page_packages import split_by_page
from fragc.packages.pyodide_lock import shipped_lock
from fragc.packages.resolve import PackagePlan, resolve_packages
from fragc.packages.vendor import write_packages
from fragc.shim import pages
from fragc.site import layout
from fragc.site.assets import Assets, locate_assets
from fragc.site.bundle import write_bundle
from fragc.site.bytecode import precompile
from fragc.site.components import wheel_component_folders, write_components
from fragc.site.compress import precompress
from fragc.site.entry import require_script
from fragc.site.first_visit import FirstVisit, first_visit
from fragc.site.hashing import address_file, address_folder
from fragc.site.hosts import app_file_warnings, host_warnings
from fragc.site.manifest import make_manifest, readable_title
from fragc.site.output import check_output_dir, checkpoint, recover_output, staged_output
from fragc.site.page import render_index
from fragc.site.prerender import Prerender, prerender
from fragc.site.snapshot import FORMAT as SNAPSHOT_FORMAT
from fragc.site.snapshot import make_snapshot

Progress = Callable[[str], None]

# Chunks that compile WebAssembly in the page, which the page's policy must allow (csp.py).
WASM_CHUNKS = frozenset({"graphviz", "deck"})


def _silent(_message: str) -> None:
    pass


@dataclass(frozen=True)
class BuildResult:
    outdir: Path
    manifest: protocol.Manifest
    warnings: tuple[diagnostics.Diagnostic, ...]
    file_count: int
    total_bytes: int
    first_visit: FirstVisit | None = None  # what a first visit downloads, raw and compressed
    # The app's files in app.zip (path in the app -> bytes): site/size_report.py prints them.
    app_sizes: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class BootOptions:
    """What ``fragc build`` does for a fast first load (both on by default)."""

    prerender: bool = True  # paint the build-time first run before Python starts
    snapshot: bool = True  # start Python from a memory snapshot made under Node


def build_site(
    entry: Path,
    outdir: Path,
    *,
    assets: Assets | None = None,
    progress: Progress = _silent,
    pyodide_packages: Path | None = None,
    boot: BootOptions = BootOptions(),
) -> BuildResult:
    """Build ``entry`` into ``outdir``; raises FragcError (and leaves ``outdir`` as it was)."""
    script = require_script(entry)
    app_dir = script.parent
    target = outdir.absolute()
    # A build killed mid-swap may have left OUTDIR parked beside it: put it back first,
    # so that even a build failing on the app leaves the previous site in place.
    recover_output(target)

    progress(f"analysing {entry}")
    analysis = analyze_app(entry, outputs=[target])
    if pyodide_packages is not None and not _is_dir(pyodide_packages):
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
        manifest, app_sizes = _write_site(
            staging,
            script,
            analysis.files_to_bundle(app_dir),
            analysis.fragments,
            assets,
            packages,
            progress,
            boot,
            # A package that calls Streamlit itself may call any of it.
            ALL_FAMILIES if packages.streamlit_users else analysis.shim_families,
            ALL_CHUNKS if packages.streamlit_users else analysis.page_chunks,
            components=analysis.components,
            page_urls=analysis.page_url_paths,
            navigation=analysis.uses_navigation,
            page_packages=split_by_page(analysis, packages).pages,
        )
        visit = first_visit(staging, manifest, precompress(_files(staging), progress))
        file_count, total_bytes = _measure(staging)
        # Limits of the hosts docs/deploy.md covers: warnings, the site is still written.
        found.extend(host_warnings(staging, str(outdir)))
        found.extend(app_file_warnings(app_sizes, str(entry.parent)))
    return BuildResult(
        outdir=target,
        manifest=manifest,
        warnings=tuple(found),
        file_count=file_count,
        total_bytes=total_bytes,
        first_visit=visit,
        app_sizes=app_sizes,
    )


def _write_site(
    site: Path,
    script: Path,
    sources: list[Path],
    fragments: list[protocol.ManifestFragment],
    assets: Assets,
    packages: PackagePlan,
    progress: Progress,
    boot: BootOptions,
    families: Collection[str],
    chunks: Collection[str],
    *,
    components: dict[str, Path] | None = None,
    page_urls: Collection[str] = (),
    navigation: bool = False,
    page_packages: Mapping[str, list[str]] | None = None,
) -> tuple[protocol.Manifest, dict[str, int]]:
    # copyfile, not copy2: files get the usual mode, whatever node_modules had.
    # Source maps stay out of the site: megabytes no visitor needs (they stay in dist/);
    # so do the `fragc dev` client and the drawing libraries the app cannot use.
    unused = [f"fragc-{chunk}.js" for chunk in sorted(ALL_CHUNKS - set(chunks))]
    shutil.copytree(
        assets.runtime_dir,
        site / layout.SITE_ASSETS,
        copy_function=shutil.copyfile,
        ignore=shutil.ignore_patterns("*.map", layout.DEV_CLIENT, *unused),
    )
    (site / layout.SITE_PYODIDE).mkdir()
    for name in layout.PYODIDE_CORE_FILES:
        shutil.copyfile(assets.pyodide_dir / name, site / layout.SITE_PYODIDE / name)
    checkpoint("assets-copied")

    # The entry is always bundled, whatever the analysis lists.
    bundle = write_bundle(
        site / layout.SITE_BUNDLE,
        script.parent,
        [script, *sources],
        bytecode=lambda shim: precompile(
            shim, assets.pyodide_dir, assets.pyodide_version(), progress
        ),
        families=families,
    )
    snapshot: protocol.ManifestSnapshot | None = None
    if boot.snapshot:
        made = make_snapshot(site / layout.SITE_BUNDLE, site / layout.SITE_PYODIDE, progress)
        if made.data is None:
            progress(f"no memory snapshot: {made.reason}; the page boots Python the usual way")
        else:
            (site / layout.SITE_SNAPSHOT).write_bytes(made.data)
            snapshot = protocol.ManifestSnapshot(
                url=address_file(site, layout.SITE_SNAPSHOT),
                format=SNAPSHOT_FORMAT,
                bytes=len(made.data),
                image_bytes=made.image_bytes,
            )
    site_packages = write_packages(site, packages)
    # Every file a page loads gets a content-hashed name (only index.html keeps its own).
    runtime_url = address_folder(site, layout.SITE_ASSETS)
    pyodide_url = address_folder(site, layout.SITE_PYODIDE)
    bundle_url = address_file(site, layout.SITE_BUNDLE)
    package_lock = site_packages.package_lock
    if package_lock is not None:
        packages_url = address_folder(site, package_lock.split("/")[0])
        package_lock = packages_url + package_lock.split("/", 1)[1]
    manifest = make_manifest(
        entry=script.name,
        title=readable_title(script.stem),
        pyodide_version=assets.pyodide_version(),
        bundle=bundle_url,
        bundle_sha256=bundle.sha256,
        files=bundle.files,
        fragments=fragments,
        packages=site_packages,
        page_packages=page_packages,
    )
    manifest["package_lock"] = package_lock
    manifest["navigation"] = navigation
    manifest["runtime"] = runtime_url
    manifest["pyodide"] = pyodide_url
    manifest["snapshot"] = snapshot
    manifest["downloads"] = boot_downloads(site, manifest)
    # Frontends of component packages fragc vendored: taken out of their wheels.
    unpacked = site / ".wheel-components"
    folders = {
        **(components or {}),
        **wheel_component_folders([v.source for v in packages.vendored], unpacked),
    }
    manifest["components"] = write_components(site, folders)
    shutil.rmtree(unpacked, ignore_errors=True)

    pre = Prerender(reason="--no-prerender")
    if boot.prerender:
        pre = prerender(site / bundle_url, manifest)
        if pre.ok:
            progress("pre-rendered the first run: the page shows it before Python starts")
        else:
            progress(f"no pre-render: {pre.reason}; the page shows a skeleton until Python runs")
    (site / layout.SITE_INDEX).write_text(
        render_index(
            assets.templates_dir,
            manifest,
            pre if pre.ok else None,
            wasm=bool(WASM_CHUNKS & set(chunks)),
        ),
        encoding="utf-8",
    )
    # A multipage app: each page's own URL (PAGE/) is a copy of the page that boots the
    # same app and sends the page it names (ARCHITECTURE.md, "Multipage apps").
    folder_pages = [] if navigation else pages.discover(script)[1:]
    url_paths = {page.url_path for page in folder_pages} | set(page_urls)
    for url_path in sorted(url_paths):
        folder = site / url_path
        if url_path in (".", "..") or "/" in url_path or "\\" in url_path or folder.exists():
            continue  # not a folder of its own (or one of the site's): reachable in-app only
        folder.mkdir(exist_ok=True)
        (folder / layout.SITE_INDEX).write_text(
            render_index(
                assets.templates_dir,
                manifest,
                None,  # the pre-render is the entry page's first run
                wasm=bool(WASM_CHUNKS & set(chunks)),
                site_root="../",
            ),
            encoding="utf-8",
        )
    (site / layout.SITE_NOJEKYLL).write_bytes(b"")
    marker = {
        "generator": "fragc",
        "fragc_version": fragc.__version__,
        "protocol_version": protocol.PROTOCOL_VERSION,
        "entry": script.name,
        "bundle_sha256": bundle.sha256,
        "prerender": pre.ok,
        "snapshot": snapshot is not None,
    }
    (site / layout.SITE_MARKER).write_text(json.dumps(marker, indent=2) + "\n", encoding="utf-8")
    return manifest, bundle.sizes


def boot_downloads(site: Path, manifest: protocol.Manifest) -> dict[str, int]:
    """What the worker fetches while booting, with sizes: the page's progress line adds them."""
    pyodide = manifest.get("pyodide", "pyodide/")
    urls = [f"{pyodide}{name}" for name in layout.PYODIDE_BOOT_FILES]
    if not manifest.get("package_lock"):
        urls.append(f"{pyodide}pyodide-lock.json")
    urls.append(manifest["bundle"])
    snapshot = manifest.get("snapshot")
    if snapshot:
        urls.append(snapshot["url"])
    lock = manifest.get("package_lock")
    if lock:
        urls.append(lock)
        folder = lock.rsplit("/", 1)[0]
        booted = _boot_wheels(site / lock, manifest) if manifest.get("page_packages") else None
        urls += sorted(
            f"{folder}/{path.name}"
            for path in (site / folder).iterdir()
            if path.suffix == ".whl" and (booted is None or path.name in booted)
        )
    return {url: (site / url).stat().st_size for url in urls if (site / url).is_file()}


def _boot_wheels(lock_file: Path, manifest: protocol.Manifest) -> set[str]:
    """The wheels booting loads: the boot packages' and their dependencies' (a page's own
    packages come later, when it first runs, and do not count in the boot's progress)."""
    packages = json.loads(lock_file.read_text(encoding="utf-8"))["packages"]
    seen: set[str] = set()
    stack = list(manifest["packages"])
    while stack:
        name = stack.pop()
        if name in seen or name not in packages:
            continue
        seen.add(name)
        stack.extend(packages[name].get("depends", []))
    return {str(packages[name]["file_name"]) for name in seen}


def _files(site: Path) -> list[Path]:
    return sorted(path for path in site.rglob("*") if path.is_file())


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a name too long for the file system: there is no such directory
        return False


def _measure(site: Path) -> tuple[int, int]:
    files = [path for path in site.rglob("*") if path.is_file()]
    return len(files), sum(path.stat().st_size for path in files)
