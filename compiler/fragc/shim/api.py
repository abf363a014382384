"""The ``streamlit`` module as the app sees it (``import streamlit as st``).

Every public name here is bound to the main container, the sidebar, or a module-level
function, with Streamlit 1.67's signatures. A name Streamlit has and fragc does not is
an error that names the function (``FragcNotImplementedError``), never a bare
``AttributeError`` from fragc's internals; the compiler reports the same names at build
time from :data:`IMPLEMENTED`.
"""

from __future__ import annotations

from typing import Any

from fragc import protocol
from fragc.shim import context
from fragc.shim.delta_generator import DeltaGenerator
from fragc.shim.dialog import dialog as dialog
from fragc.shim.errors import (
    FragcNotImplementedError,
    StreamlitAPIException,
)
from fragc.shim.execution import rerun as rerun
from fragc.shim.execution import stop as stop
from fragc.shim.fragment import experimental_fragment as experimental_fragment
from fragc.shim.fragment import fragment as fragment
from fragc.shim.session import get_session
from fragc.shim.session_state import SessionStateProxy

__version__ = "1.67.0"  # the Streamlit version whose behaviour fragc follows

_main = DeltaGenerator(protocol.ROOT_MAIN, is_main=True)
sidebar = DeltaGenerator(protocol.ROOT_SIDEBAR)
_bottom = DeltaGenerator(protocol.ROOT_BOTTOM)

session_state = SessionStateProxy(lambda: get_session().state)

# -- elements on the main container (they follow `with` blocks) -------------------------
write = _main.write
markdown = _main.markdown
caption = _main.caption
text = _main.text
title = _main.title
header = _main.header
subheader = _main.subheader
code = _main.code
json = _main.json
divider = _main.divider
exception = _main.exception
info = _main.info
success = _main.success
warning = _main.warning
error = _main.error
toast = _main.toast
metric = _main.metric
container = _main.container
empty = _main.empty
columns = _main.columns
tabs = _main.tabs
expander = _main.expander
button = _main.button
checkbox = _main.checkbox
toggle = _main.toggle
text_input = _main.text_input
text_area = _main.text_area
number_input = _main.number_input


def set_page_config(
    page_title: str | None = None,
    page_icon: str | None = None,
    layout: str | None = None,
    initial_sidebar_state: str | int | None = None,
    menu_items: dict[str, Any] | None = None,
) -> None:
    if layout not in (None, "centered", "wide"):
        raise StreamlitAPIException(
            f'`layout` must be "centered" or "wide" (got "{layout}")'
        )
    message: dict[str, Any] = {"type": "page:config"}
    if page_title is not None:
        message["title"] = str(page_title)
    if page_icon is not None:
        message["icon"] = str(page_icon)
    if layout is not None:
        message["layout"] = layout
    if isinstance(initial_sidebar_state, str):
        message["initial_sidebar_state"] = initial_sidebar_state
    ctx = context.get_ctx()
    if ctx is not None:
        ctx.flush()  # keep the order: elements before, config after
        ctx.post(message)


IMPLEMENTED: frozenset[str] = frozenset(
    name for name in dict(globals()) if not name.startswith("_") and name not in {
        "annotations", "Any", "protocol", "context", "DeltaGenerator", "FragcNotImplementedError",
        "StreamlitAPIException", "get_session", "SessionStateProxy", "F",
    }
) | {"__version__"}


def __getattr__(name: str) -> Any:
    # Module-level __getattr__ only sees names that do not exist above.
    if name.startswith("__"):
        raise AttributeError(name)
    raise FragcNotImplementedError(
        f"`st.{name}` is not available in fragc yet. fragc runs your script in the browser with "
        "its own implementation of Streamlit's API; see docs/api.md for what it covers."
    )
