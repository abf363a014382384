"""The app's folder: the files the site carries by default, as ``streamlit run`` sees them.

``streamlit run app.py`` runs with the app's folder as the working directory, so the
app can open any file there by a path it computes at run time (``open(HERE / path)``
with ``path`` an argument), which no static analysis can name. So ``fragc build``
bundles the folder: every file under it, except what is no part of the app

* tool folders: hidden ones (``.git``, ``.venv``, ``.mypy_cache``, ``.streamlit``,
  whose ``config.toml`` and ``secrets.toml`` the analysis handles itself), caches
  (``__pycache__``), ``node_modules``, ``site-packages``, ``venv``, and any virtual
  environment whatever its name (a folder with ``pyvenv.cfg`` or ``conda-meta/``);
* sites fragc built (a folder with ``fragc-build.json``, the OUTDIR being written),
  custom components' frontends (the site has its own copy), and
  what :mod:`fragc.analysis.never_bundled` keeps out (secrets, version control);
* hidden files (``.gitignore``, ``.env``), editor scratch files, compiled ``.pyc``;
* what ``[tool.fragc] exclude`` names (:class:`Globs`).

The walk reads names and sizes only (``os.scandir``), never a file's content, except
for the few never-bundled rules that must (a ``.pem`` holding a private key).
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Collection, Iterable
from pathlib import Path, PurePosixPath

from fragc.analysis.never_bundled import SITE_MARKER, NeverBundled
from fragc.project import ConfigValue

# Folders no app reads its data from: caches and installed packages.
SKIPPED_FOLDERS = frozenset({"__pycache__", "node_modules", "site-packages", "venv"})
_SKIPPED_SUFFIXES = (".pyc", ".pyo")


def is_scratch(name: str) -> bool:
    """Editor and OS scratch files: never part of an app."""
    return (
        name.startswith(".#")
        or name.endswith(("~", ".swp", ".swx", ".swo", ".tmp"))
        or name in (".DS_Store", "4913")  # 4913: vim's probe that the folder is writable
    )


def is_tool_folder(folder: Path) -> bool:
    """A folder that holds tools, caches, environments or a built site, not the app's data."""
    name = folder.name
    if name.startswith(".") or name in SKIPPED_FOLDERS:
        return True
    # A virtual environment (or a conda one) whatever its name, and a site fragc built.
    return any(
        os.path.exists(os.path.join(folder, marker))
        for marker in ("pyvenv.cfg", "conda-meta", SITE_MARKER)
    )


class Globs:
    """``[tool.fragc] exclude``: glob patterns relative to the app's folder.

    A pattern matches a path component by component (``*``, ``?``, ``[...]`` within one
    name, ``**`` for any number of folders); one that matches a folder matches all its
    files, so ``notebooks`` and ``notebooks/**`` both leave that folder out.
    """

    def __init__(self, patterns: Iterable[ConfigValue] = ()) -> None:
        self.patterns = [(entry, PurePosixPath(entry.value).parts) for entry in patterns]

    def __bool__(self) -> bool:
        return bool(self.patterns)

    def match(self, relative: str, *, folders: bool = True) -> ConfigValue | None:
        """The pattern that names ``relative`` (a POSIX path), or with ``folders`` a
        folder above it."""
        parts = PurePosixPath(relative).parts
        depths = range(1, len(parts) + 1) if folders else (len(parts),)
        for entry, pattern in self.patterns:
            if any(_match(pattern, parts[:depth]) for depth in depths):
                return entry
        return None


def _match(pattern: tuple[str, ...], parts: tuple[str, ...]) -> bool:
    if not pattern:
        return not parts
    head, rest = pattern[0], pattern[1:]
    if head == "**":
        return any(_match(rest, parts[skip:]) for skip in range(len(parts) + 1))
    return bool(parts) and fnmatch.fnmatchcase(parts[0], head) and _match(rest, parts[1:])


def folder_files(
    root: Path,
    never: NeverBundled,
    exclude: Globs,
    outputs: Collection[Path] = (),
) -> list[Path]:
    """The files under ``root`` (the app's folder, resolved) the site carries, sorted.

    ``outputs``: folders left out whatever they hold: the OUTDIR being written (before
    it holds a site's marker), component frontends (copied into the site on their own).
    """
    skipped = {path.resolve() for path in outputs}
    found: list[Path] = []
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:  # unreadable, or removed while we looked
            continue
        for entry in entries:
            path = Path(entry.path)
            try:
                relative = path.relative_to(root).as_posix()
                if entry.is_dir(follow_symlinks=False):
                    # A linked folder is not followed: it may loop, or lead out of the app.
                    if not (is_tool_folder(path) or path in skipped or exclude.match(relative)):
                        stack.append(path)
                    continue
                name = entry.name
                if (
                    name.startswith(".")
                    or is_scratch(name)
                    or name.endswith(_SKIPPED_SUFFIXES)
                    or not entry.is_file()  # follows a link: a link to a file counts
                    or exclude.match(relative)
                ):
                    continue
                resolved = path.resolve() if entry.is_symlink() else path
                if not resolved.is_relative_to(root) or never.reason(resolved) is not None:
                    continue
                relative.encode("utf-8")
            except (OSError, UnicodeEncodeError, ValueError):
                continue  # gone, a link loop, or a name no zip entry can carry
            found.append(resolved)
    return sorted(set(found))
