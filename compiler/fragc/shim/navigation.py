"""``st.switch_page`` for the pages of a ``pages/`` folder (``shim/pages.py``)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from fragc.shim import context, pages
from fragc.shim import query_params as query_params_mod
from fragc.shim.errors import StreamlitAPIException, SwitchPageException
from fragc.shim.session import get_session


class StreamlitPageNotFoundError(StreamlitAPIException):
    """Raised when the linked page cannot be found (Streamlit 1.67's text)."""


def page_not_found(
    page: str, entry: Path, uses_pages_directory: bool
) -> StreamlitPageNotFoundError:
    directory = os.path.basename(str(entry.parent))
    if uses_pages_directory:
        return StreamlitPageNotFoundError(
            f"Could not find page: `{page}`. You must provide a file path relative to the "
            f"entrypoint file (from the directory `{directory}`). Only the entrypoint file and "
            "files in the `pages/` directory are supported."
        )
    return StreamlitPageNotFoundError(
        f"Could not find page: `{page}`. You must provide a `Page` object or file path "
        "relative to the entrypoint file. Only pages previously defined by `st.Page` and "
        "passed to `st.navigation` are allowed."
    )


def resolve(page: str | Path) -> pages.Page:
    """The page a path relative to the entry names, or Streamlit's error."""
    session = get_session()
    text = str(page)
    if os.path.isabs(text) or ".." in Path(text).parts:
        raise StreamlitAPIException(
            f"The page path `{text}` is not allowed: use a path relative to the entrypoint "
            "file, inside the app's directory."
        )
    found = pages.find_by_script(session.pages, text)
    if found is None:
        raise page_not_found(text, session.script_path, session.is_multipage)
    return found


def switch_page(page: str | Path, *, query_params: dict[str, Any] | None = None) -> None:
    """Stop this run and run ``page`` (a path relative to the entry script) instead."""
    target = resolve(page)
    if context.get_ctx() is None:
        return
    # As in Streamlit: the new page starts with only the query parameters given here.
    query_params_mod.current().from_dict(query_params or {})
    raise SwitchPageException(target)
