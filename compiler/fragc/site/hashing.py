"""Content-hashed names: every file a page loads, except ``index.html``, changes its URL
when (and only when) its bytes change, so a static host may let browsers keep it forever.

Pyodide derives the names of its own files from one folder URL (``indexURL``), and the
runtime's files name each other relatively (the page its lazy chunks, the CSS its
fonts), so a folder is addressed as a whole: ``assets/<hash>/``, ``pyodide/<hash>/``,
``packages/<hash>/``, where the hash covers every name and byte inside. A single file
(``app.zip``) gets the hash in its own name: ``app.<hash>.zip``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

HASH_LENGTH = 12  # hex digits: 48 bits, far beyond the files one site ever has


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def tree_digest(folder: Path) -> str:
    """sha256 over every file's relative path and contents, in a fixed order."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(file_digest(path).encode() + b"\0")
    return digest.hexdigest()


def address_folder(site: Path, name: str) -> str:
    """Move ``site/name/*`` into ``site/name/<hash>/``; return that folder's URL (with "/")."""
    folder = site / name
    short = tree_digest(folder)[:HASH_LENGTH]
    parked = site / f".{name}.unhashed"
    folder.rename(parked)
    folder.mkdir()
    parked.rename(folder / short)
    return f"{name}/{short}/"


def address_file(site: Path, name: str) -> str:
    """Rename ``site/stem.ext`` to ``site/stem.<hash>.ext``; return the new relative URL."""
    path = site / name
    short = file_digest(path)[:HASH_LENGTH]
    stem, dot, suffix = path.name.partition(".")
    renamed = path.with_name(f"{stem}.{short}{dot}{suffix}")
    path.rename(renamed)
    return renamed.relative_to(site).as_posix()
