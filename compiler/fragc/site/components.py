"""Custom component frontends, copied into the site where their frames load them.

Each folder ``declare_component(path=...)`` names (``fragc.analysis.components``) is
copied to ``components/<hash>/``, named by the hash of all it holds (like the runtime's
folder: its files name each other relatively, so the folder is addressed as a whole).
The manifest's ``components`` maps the path as the app names it to that URL, which
the page's component frame loads (``runtime_js/src/render/components.js``).

Components installed as packages (``pip install streamlit-aggrid``) ship their frontend
inside the wheel fragc vendors: :func:`wheel_component_folders` takes each folder with
an ``index.html`` out of a wheel whose code calls ``declare_component``, named
``site-packages/<path in the wheel>``, as the shim names a folder under site-packages.
"""

from __future__ import annotations

import os
import shutil
import zipfile
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from fragc.site.hashing import HASH_LENGTH, tree_digest

SITE_COMPONENTS = "components"
SITE_PACKAGES_KEY = "site-packages"  # the key prefix of a component inside a package
_SKIPPED = shutil.ignore_patterns("*.map", "node_modules", ".*")


def write_components(site: Path, folders: dict[str, Path]) -> dict[str, str]:
    """Copy each folder into the site; return {path in the app: URL relative to index.html}."""
    urls: dict[str, str] = {}
    staging = site / f".{SITE_COMPONENTS}.unhashed"
    for name, folder in sorted(folders.items()):
        shutil.copytree(folder, staging, copy_function=shutil.copyfile, ignore=_SKIPPED)
        short = tree_digest(staging)[:HASH_LENGTH]
        target = site / SITE_COMPONENTS / short
        if target.exists():  # the same frontend declared twice
            shutil.rmtree(staging)
        else:
            target.parent.mkdir(exist_ok=True)
            staging.rename(target)
        urls[name] = f"{SITE_COMPONENTS}/{short}/"
    return urls


def folder_signature(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """Names, sizes and times of what would be copied: cheap enough for every `fragc dev` save."""
    found: list[tuple[str, int, int]] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d != "node_modules" and not d.startswith("."))
        for name in sorted(files):
            if name.endswith(".map") or name.startswith("."):
                continue
            stat = os.stat(os.path.join(root, name))
            found.append(
                (os.path.relpath(os.path.join(root, name), folder), stat.st_size, stat.st_mtime_ns)
            )
    return tuple(found)


def wheel_component_folders(wheels: Iterable[Path], into: Path) -> dict[str, Path]:
    """Extract the component frontends of vendored wheels into ``into``.

    A wheel counts when one of its modules calls ``declare_component``; each of its
    folders holding an ``index.html`` (outside ``*.dist-info``) is then a frontend.
    """
    found: dict[str, Path] = {}
    for wheel in wheels:
        with zipfile.ZipFile(wheel) as archive:
            names = archive.namelist()
            declares = any(
                name.endswith(".py") and b"declare_component" in archive.read(name)
                for name in names
            )
            if not declares:
                continue
            roots = sorted(
                {
                    str(PurePosixPath(name).parent)
                    for name in names
                    if PurePosixPath(name).name == "index.html"
                    and ".dist-info/" not in name
                    and "/node_modules/" not in name
                }
            )
            for root in roots:
                target = into / root
                for name in names:
                    if name.startswith(root + "/") and not name.endswith("/"):
                        destination = target / name[len(root) + 1 :]
                        destination.parent.mkdir(parents=True, exist_ok=True)
                        destination.write_bytes(archive.read(name))
                found[f"{SITE_PACKAGES_KEY}/{root}"] = target
    return found
