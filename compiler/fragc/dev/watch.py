"""Which files of the app's folder changed: a poll of modification times, stdlib only.

A dev loop watches one small folder, so a full scan every tenth of a second costs well
under a millisecond per hundred files and needs no native watcher (inotify, FSEvents,
...) and no dependency. Folders nobody edits by hand (version control, caches, virtual
environments, ``node_modules``, the site fragc writes) are skipped, and so are the
scratch files editors write next to the one being saved (``.#x``, ``x~``, ``.x.swp``).
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path

# A file's identity for change detection: (mtime in ns, size). An editor that saves
# within the same mtime tick still changes the size in all but contrived cases.
Stamp = tuple[int, int]
Snapshot = dict[Path, Stamp]

SKIPPED_DIRS = frozenset(
    {"__pycache__", "node_modules", "dist", "build", "site-packages", ".git", ".hg", ".svn"}
)


def is_scratch(name: str) -> bool:
    """Editor and OS scratch files: never part of an app."""
    return (
        name.startswith(".#")
        or name.endswith(("~", ".swp", ".swx", ".swo", ".tmp"))
        or name in (".DS_Store", "4913")  # 4913: vim's probe that the folder is writable
    )


def _is_skipped_dir(entry: os.DirEntry[str]) -> bool:
    name = entry.name
    if name in SKIPPED_DIRS:
        return True
    # Hidden folders (.venv, .mypy_cache, ...) except .streamlit, where secrets.toml lives.
    if name.startswith(".") and name != ".streamlit":
        return True
    # Any virtual environment, whatever its name.
    return os.path.isfile(os.path.join(entry.path, "pyvenv.cfg"))


def _walk(folder: Path, excluded: Collection[Path]) -> Iterator[tuple[Path, os.stat_result]]:
    try:
        entries = list(os.scandir(folder))
    except OSError:  # removed or unreadable while we looked: nothing there to watch
        return
    for entry in entries:
        try:
            if entry.is_dir(follow_symlinks=False):
                path = Path(entry.path)
                if not _is_skipped_dir(entry) and path not in excluded:
                    yield from _walk(path, excluded)
            elif entry.is_file() and not is_scratch(entry.name):
                yield Path(entry.path), entry.stat()
        except OSError:
            continue


def snapshot(folder: Path, excluded: Collection[Path] = ()) -> Snapshot:
    """Every watched file under ``folder`` with its stamp."""
    return {path: (st.st_mtime_ns, st.st_size) for path, st in _walk(folder, excluded)}


@dataclass(frozen=True)
class Changes:
    added: frozenset[Path]
    modified: frozenset[Path]
    removed: frozenset[Path]

    @property
    def paths(self) -> frozenset[Path]:
        return self.added | self.modified | self.removed

    def __bool__(self) -> bool:
        return bool(self.added or self.modified or self.removed)


def diff(before: Snapshot, after: Snapshot) -> Changes:
    return Changes(
        added=frozenset(after.keys() - before.keys()),
        modified=frozenset(p for p in after.keys() & before.keys() if after[p] != before[p]),
        removed=frozenset(before.keys() - after.keys()),
    )


class Watcher:
    """``poll()`` returns what changed since the previous poll (empty ``Changes`` if nothing)."""

    def __init__(self, folder: Path, excluded: Collection[Path] = ()) -> None:
        self.folder = folder
        self.excluded = frozenset(path.resolve() for path in excluded)
        self._last = snapshot(folder, self.excluded)

    def poll(self) -> Changes:
        current = snapshot(self.folder, self.excluded)
        changes = diff(self._last, current)
        self._last = current
        return changes
