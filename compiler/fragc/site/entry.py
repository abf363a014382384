"""The app script a command is given: checked before anything else is imported.

Its own module so that ``fragc check`` does not import the site writer (jinja2, the
snapshot and pre-render machinery) just to check a path.
"""

from __future__ import annotations

from pathlib import Path

from fragc.errors import EXIT_USAGE, FragcError


def require_script(path: Path) -> Path:
    """The app script, resolved; a missing or odd path is a usage error (exit 2)."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        shown = str(path).encode("utf-8", "replace").decode("utf-8")
        raise FragcError(
            f"{shown}: the file name is not valid UTF-8, which the site cannot carry; "
            "rename the file",
            exit_code=EXIT_USAGE,
        ) from None
    try:
        exists, is_file = path.exists(), path.is_file()
        resolved = path.resolve() if is_file else path
    except (OSError, RuntimeError) as err:  # a name too long, a symlink loop
        reason = getattr(err, "strerror", None) or str(err)
        raise FragcError(f"{path}: {reason}", exit_code=EXIT_USAGE) from None
    if not exists:
        raise FragcError(f"{path}: no such file", exit_code=EXIT_USAGE)
    if not is_file:
        raise FragcError(
            f"{path} is not a file; give the app's Python script", exit_code=EXIT_USAGE
        )
    if path.suffix != ".py":
        raise FragcError(f"{path} is not a Python script (.py)", exit_code=EXIT_USAGE)
    return resolved
