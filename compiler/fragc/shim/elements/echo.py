"""``st.echo``: show the code of a ``with`` block, then run it (Streamlit 1.67's rules).

The code is read from the app's own source file (it is in the site's bundle, so this
works in the browser too), found with ``ast``: the lines from the block's first
statement (its decorators included) to the end of the ``with`` statement, dedented.
``code_location="above"`` reserves the slot first (an ``st.empty``) and fills it after
the block ran, so the code sits above the block's output.
"""

from __future__ import annotations

import ast
import contextlib
import linecache
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any, Literal

_SKIPPED_FILES = (contextlib.__file__, __file__)


def _caller_frame() -> FrameType | None:
    """The user's frame that entered ``with st.echo():`` (past contextlib and this module)."""
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename in _SKIPPED_FILES:
        frame = frame.f_back  # type: ignore[assignment]
    return frame


def _source_lines(frame: FrameType) -> list[str]:
    filename = frame.f_code.co_filename
    path = Path(filename)
    if not path.is_file():
        # The script is compiled under its bare name ("app.py"); the session knows where it is.
        from fragc.shim.session import get_session

        try:
            script = get_session().script_path
        except RuntimeError:
            script = None
        if script is not None and script.name == path.name:
            path = script
    if path.is_file():
        return path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines = linecache.getlines(filename, frame.f_globals)
    if not lines:
        raise OSError(f"could not get source code of {filename}")
    return lines


def _with_block(tree: ast.AST, line: int) -> ast.With | None:
    """The innermost ``with`` statement whose header holds ``line``."""
    found: ast.With | None = None
    for node in ast.walk(tree):
        if isinstance(node, (ast.With, ast.AsyncWith)) and node.body:
            header_end = node.body[0].lineno - 1
            decorators = getattr(node.body[0], "decorator_list", [])
            if decorators:
                header_end = min(d.lineno for d in decorators) - 1
            if node.lineno <= line <= max(header_end, node.lineno):
                if found is None or node.lineno >= found.lineno:
                    found = node  # type: ignore[assignment]
    return found


def echo_code(frame: FrameType) -> str:
    lines = _source_lines(frame)
    block = _with_block(ast.parse("".join(lines)), frame.f_lineno)
    if block is None:
        raise OSError("could not find the `with st.echo()` block in the source")
    first = block.body[0]
    start = min([first.lineno] + [d.lineno for d in getattr(first, "decorator_list", [])])
    end = block.end_lineno or first.lineno
    return textwrap.dedent("".join(lines[start - 1 : end]))


@contextlib.contextmanager
def echo(code_location: Literal["above", "below"] = "above") -> Iterator[None]:
    from fragc.shim import api

    show: Any
    if code_location == "below":
        show = api._main
    else:
        show = api._main.empty()  # the code goes here once the block has run
    code: str | None = None
    error: str | None = None
    frame = _caller_frame()
    try:
        if frame is None:
            raise OSError("could not find the calling code")
        code = echo_code(frame)
    except (OSError, SyntaxError) as err:
        error = f"Unable to display code. {err}"
    finally:
        del frame
    yield
    if code is not None:
        show.code(code, "python")
    elif error is not None:
        show.warning(error)
