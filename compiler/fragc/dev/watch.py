"""Which files of the app's folder changed: a poll of modification times.

A dev loop watches one small folder, so a full scan every tenth of a second costs well
under a millisecond per hundred files and needs no native watcher (inotify, FSEvents,
...) and no dependency. It watches what the site carries (analysis/app_folder.py: the
app's folder less tool folders, caches, virtual environments, ``node_modules`` and sites
fragc built) plus ``.streamlit/`` (its ``config.toml``), and skips the scratch files
editors write next to the one being saved (``.#x``, ``x~``, ``.x.swp``).
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path

from fragc.analysis.app_folder import is_scratch, is_tool_folder

# A file's identity for change detection: (mtime in ns, size). An editor that saves
# within the same mtime tick still changes the size in all but contrived cases.
Stamp = tuple[int, int]
Snapshot = dict[Path, Stamp]


def _is_skipped_dir(path: Path) -> bool:
    # .streamlit holds config.toml (and secrets.toml, which an app reading st.secrets ships).
    return path.name != ".streamlit" and is_tool_folder(path)


def _walk(folder: Path, excluded: Collection[Path]) -> Iterator[tuple[Path, os.stat_result]]:
    try:
        entries = list(os.scandir(folder))
    except OSError:  # removed or unreadable while we looked: nothing there to watch
        return
    for entry in entries:
        try:
            if entry.is_dir(follow_symlinks=False):
                path = Path(entry.path)
                if not _is_skipped_dir(path) and path not in excluded:
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
