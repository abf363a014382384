"""Writing OUTDIR atomically, and only where fragc may write.

The site is written into a staging folder beside OUTDIR (``.OUT.fragc-new-*``), then
swapped in. Wherever the build stops, even killed, OUTDIR holds the old site or the
new one, never nothing:

* where the platform can exchange two folders in one step (Linux ``renameat2``
  with ``RENAME_EXCHANGE``, macOS ``renamex_np`` with ``RENAME_SWAP``), staging and
  OUTDIR trade places, then the old site (now in the staging folder) is deleted;
* elsewhere (or on a file system that refuses the exchange) the old OUTDIR is parked
  in ``.OUT.fragc-old-*/OUT`` and the staging folder renamed to OUTDIR: a build
  killed between those two renames leaves OUTDIR missing for a moment, and the next
  build (:func:`recover_output`) first puts the parked site back.

The next build also removes what killed builds left beside OUTDIR (staging and
parked folders). Builds writing beside the same OUTDIR take turns (an advisory lock
on OUTDIR's parent folder, where the platform has ``flock``), so that cleaning never
removes the staging folder of a build still running. A build that fails, on the app
or on the file system (read-only, full, a name too long), removes its staging
folder, leaves OUTDIR as it was, and says what failed as one :class:`FragcError`.

A non-empty folder without fragc's marker file is never replaced: it is someone else's.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fragc.errors import FragcError
from fragc.site import layout

_SITE_MODE = 0o755  # mkdtemp makes 0o700; a site must be readable by any web server
NEW_INFIX = ".fragc-new-"  # staging folders: .OUT.fragc-new-XXXX
OLD_INFIX = ".fragc-old-"  # parked old sites: .OUT.fragc-old-XXXX/OUT


def checkpoint(step: str) -> None:
    """Called at each step of writing and swapping; tests replace it to kill the build
    there (tests/site/test_output_swap.py). Does nothing."""


def check_output_dir(outdir: Path, app_dir: Path) -> None:
    """Raise FragcError unless ``outdir`` is missing, empty, or a previous fragc build."""
    if app_dir == outdir or app_dir.is_relative_to(outdir):
        raise FragcError(
            f"the output directory {outdir} holds the app itself; choose another with -o"
        )
    with filesystem_errors(f"cannot use {outdir} as the output directory"):
        for ancestor in outdir.parents:
            if ancestor.exists():
                if not ancestor.is_dir():
                    raise FragcError(
                        f"cannot use {outdir} as the output directory: {ancestor} is a file, "
                        "not a folder; choose another with -o"
                    )
                break
        if not outdir.exists():
            return
        if not outdir.is_dir():
            raise FragcError(f"{outdir} exists and is not a directory; choose another with -o")
        if (outdir / layout.SITE_MARKER).is_file() or not any(outdir.iterdir()):
            return
    raise FragcError(
        f"{outdir} is not empty and was not written by fragc (no {layout.SITE_MARKER}); "
        "refusing to replace it: choose another directory with -o, or empty it first"
    )


@contextmanager
def filesystem_errors(doing: str) -> Iterator[None]:
    """Turn an OSError into a one-line FragcError: ``<doing>: <reason>: <file>``."""
    try:
        yield
    except OSError as err:
        reason = err.strerror or str(err) or type(err).__name__
        where = f": {err.filename}" if err.filename else ""
        raise FragcError(f"{doing}: {reason}{where}") from err


def recover_output(outdir: Path) -> None:
    """Undo what a killed build left: put a parked site back, remove stale folders."""
    parent = outdir.parent
    if not parent.is_dir():
        return
    with _exclusive(parent):
        _recover(outdir)


@contextmanager
def staged_output(outdir: Path) -> Iterator[Path]:
    """Yield an empty staging directory; on a clean exit it replaces ``outdir``.

    File-system errors (here and in the caller's writing) become FragcError; the
    staging directory is removed on any failure.
    """
    with filesystem_errors(f"cannot write the site to {outdir}"):
        outdir.parent.mkdir(parents=True, exist_ok=True)
    with _exclusive(outdir.parent):
        _recover(outdir)
        with filesystem_errors(f"cannot write the site to {outdir}"):
            staging = Path(tempfile.mkdtemp(prefix=_prefix(outdir, NEW_INFIX), dir=outdir.parent))
        checkpoint("staging-created")
        try:
            with filesystem_errors(f"cannot write the site to {outdir}"):
                yield staging
                checkpoint("site-written")
                os.chmod(staging, _SITE_MODE)
                _swap_in(staging, outdir)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise


def _prefix(outdir: Path, infix: str) -> str:
    return f".{outdir.name}{infix}"


def _swap_in(staging: Path, outdir: Path) -> None:
    if not outdir.exists():
        checkpoint("before-rename")
        staging.rename(outdir)  # one atomic step: nothing was there
        checkpoint("renamed")
        return
    checkpoint("before-swap")
    if exchange(staging, outdir):
        # `staging` now holds the old site.
        checkpoint("exchanged")
        shutil.rmtree(staging, ignore_errors=True)
        return
    # Park the old output inside a fresh directory: a unique name, same file system.
    trash = Path(tempfile.mkdtemp(prefix=_prefix(outdir, OLD_INFIX), dir=outdir.parent))
    parked = trash / outdir.name
    outdir.rename(parked)
    checkpoint("parked-old")
    try:
        staging.rename(outdir)
    except BaseException:
        parked.rename(outdir)  # put the previous build back before reporting
        shutil.rmtree(trash, ignore_errors=True)
        raise
    checkpoint("moved-in")
    shutil.rmtree(trash, ignore_errors=True)


def _recover(outdir: Path) -> None:
    """Under the lock: restore a parked site if OUTDIR is missing, remove leftovers."""
    stale = _leftovers(outdir)
    if not os.path.lexists(outdir):
        parked = [
            folder / outdir.name
            for folder in stale
            if folder.name.startswith(_prefix(outdir, OLD_INFIX))
            and (folder / outdir.name / layout.SITE_MARKER).is_file()
        ]
        if parked:
            newest = max(parked, key=lambda path: path.stat().st_mtime)
            newest.rename(outdir)
    for folder in stale:
        shutil.rmtree(folder, ignore_errors=True)


def _leftovers(outdir: Path) -> list[Path]:
    pattern = re.compile(
        re.escape("." + outdir.name)
        + "(?:"
        + re.escape(NEW_INFIX)
        + "|"
        + re.escape(OLD_INFIX)
        + ").+"
    )
    try:
        names = os.listdir(outdir.parent)
    except OSError:
        return []
    return sorted(
        outdir.parent / name
        for name in names
        if pattern.fullmatch(name) and (outdir.parent / name).is_dir()
    )


# ------------------------------------------------------------------ platform


def exchange(first: Path, second: Path) -> bool:
    """Swap two directories in one atomic step; False when the platform cannot."""
    call = _exchange_function()
    if call is None:
        return False
    # Non-zero: the file system does not support it (EINVAL) or the call failed; the
    # caller then swaps with two renames, which report their own errors.
    return call(os.fsencode(first), os.fsencode(second)) == 0


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2  # linux/fs.h
_RENAME_SWAP = 2  # macOS stdio.h

# Platform -> the C library's call, and how to ask it to exchange a and b.
_EXCHANGE_CALLS: dict[str, tuple[str, Callable[[Any, bytes, bytes], Any]]] = {
    "linux": ("renameat2", lambda f, a, b: f(_AT_FDCWD, a, _AT_FDCWD, b, _RENAME_EXCHANGE)),
    "darwin": ("renamex_np", lambda f, a, b: f(a, b, _RENAME_SWAP)),
}


@functools.cache
def _exchange_function() -> Callable[[bytes, bytes], int] | None:
    if sys.platform not in _EXCHANGE_CALLS:
        return None
    name, call = _EXCHANGE_CALLS[sys.platform]
    try:
        function = getattr(ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True), name)
    except (OSError, AttributeError):  # no C library found, or one older than the call
        return None
    return lambda a, b: int(call(function, a, b))


@contextmanager
def _exclusive(folder: Path) -> Iterator[None]:
    """Hold an advisory lock on ``folder`` (POSIX ``flock``; nothing elsewhere)."""
    try:
        import fcntl
    except ImportError:  # Windows
        yield
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock
