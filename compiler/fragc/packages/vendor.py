"""Writing the app's packages into the site: ``packages/*.whl`` and ``packages/pyodide-lock.json``.

The worker passes the site lock to ``loadPyodide({lockFileURL})``; Pyodide resolves a
relative ``file_name`` against the lock's own URL, so the wheels sit beside it, and
loads CDN packages from their absolute URLs (see :mod:`fragc.packages.pyodide_lock`).
An app that needs no package gets neither folder nor lock: the worker then uses
Pyodide's own lock as before.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from fragc.packages.pyodide_lock import site_lock
from fragc.packages.resolve import PackagePlan

SITE_PACKAGES = "packages"  # OUTDIR/packages/: vendored wheels and the site lock
SITE_PACKAGE_LOCK = f"{SITE_PACKAGES}/pyodide-lock.json"


@dataclass(frozen=True)
class SitePackages:
    """What the manifest says about packages (see protocol.Manifest)."""

    packages: list[str]  # names the worker loads at boot
    package_lock: str | None  # the site lock's URL relative to index.html
    cdn_packages: list[str]  # the ones the page downloads from Pyodide's CDN


def write_packages(site: Path, plan: PackagePlan) -> SitePackages:
    if not plan.load or plan.lock is None:
        return SitePackages(packages=[], package_lock=None, cdn_packages=[])
    folder = site / SITE_PACKAGES
    folder.mkdir()
    for vendored in plan.vendored:
        shutil.copyfile(vendored.source, folder / vendored.package.file_name)
    lock = site_lock(plan.lock, [v.package for v in plan.vendored], plan.cdn_base)
    # Compact: the browser downloads the whole lock at every start.
    (site / SITE_PACKAGE_LOCK).write_text(
        json.dumps(lock, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8"
    )
    return SitePackages(
        packages=list(plan.load), package_lock=SITE_PACKAGE_LOCK, cdn_packages=list(plan.cdn)
    )
