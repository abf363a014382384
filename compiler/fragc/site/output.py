"""Writing OUTDIR atomically, and only where fragc may write.

The site is written into a staging directory next to OUTDIR, then swapped in with
renames (old OUTDIR away, staging in, old deleted). A build that fails at any point
removes its staging directory and leaves the previous OUTDIR as it was. A non-empty
directory without fragc's marker file is never replaced: it is someone else's.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fragc.errors import FragcError
from fragc.site import layout

_SITE_MODE = 0o755  # mkdtemp makes 0o700; a site must be readable by any web server


def check_output_dir(outdir: Path, app_dir: Path) -> None:
    """Raise FragcError unless ``outdir`` is missing, empty, or a previous fragc build."""
    if app_dir == outdir or app_dir.is_relative_to(outdir):
        raise FragcError(
            f"the output directory {outdir} holds the app itself; choose another with -o"
        )
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
def staged_output(outdir: Path) -> Iterator[Path]:
    """Yield an empty staging directory; on a clean exit it replaces ``outdir``."""
    outdir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.fragc-new-", dir=outdir.parent))
    try:
        yield staging
        os.chmod(staging, _SITE_MODE)
        _swap_in(staging, outdir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _swap_in(staging: Path, outdir: Path) -> None:
    if not outdir.exists():
        staging.rename(outdir)
        return
    # Park the old output inside a fresh directory: a unique name, same file system.
    trash = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.fragc-old-", dir=outdir.parent))
    parked = trash / outdir.name
    outdir.rename(parked)
    try:
        staging.rename(outdir)
    except BaseException:
        parked.rename(outdir)  # put the previous build back before reporting
        shutil.rmtree(trash, ignore_errors=True)
        raise
    shutil.rmtree(trash, ignore_errors=True)
