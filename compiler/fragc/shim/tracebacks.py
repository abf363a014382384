"""Turn an exception into what ``stException`` shows: the message and the user's frames.

Frames inside fragc's own code are dropped, so the user sees their file and line, as
`streamlit run` shows them, not the shim's internals.
"""

from __future__ import annotations

import traceback
from pathlib import Path

from fragc.protocol.elements import ExceptionProps

_SHIM_DIR = str(Path(__file__).resolve().parent)


def _is_user_frame(filename: str) -> bool:
    try:
        resolved = str(Path(filename).resolve())
    except (OSError, ValueError):
        resolved = filename
    return not resolved.startswith(_SHIM_DIR) and "importlib._bootstrap" not in filename


def exception_props(exc: BaseException) -> ExceptionProps:
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if _is_user_frame(f.filename)]
    if isinstance(exc, SyntaxError) and exc.filename:
        # A syntax error has no frame of its own: its location is in the exception.
        frames.append(
            traceback.FrameSummary(exc.filename, exc.lineno or 0, "<module>", line=exc.text)
        )
    rows: list[str] = []
    for frame in frames:
        rows.append(f'File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        if frame.line:
            rows.append(f"    {frame.line.strip()}")
    last = frames[-1] if frames else None
    message = exc.msg if isinstance(exc, SyntaxError) else str(exc)
    return {
        "type": type(exc).__name__,
        "message": message,
        "traceback": rows,
        "file": last.filename if last else None,
        "line": last.lineno if last else None,
    }
