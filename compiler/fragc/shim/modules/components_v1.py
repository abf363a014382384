"""``streamlit.components.v1``: ``html``, ``iframe`` and ``declare_component``.

``html``/``iframe`` write Streamlit's ``iframe`` element (``fragc.shim.elements.iframe``)
to the current container. ``declare_component(name, path=...)`` returns a
:class:`CustomComponent`; calling it draws the component's frontend (the folder
``path`` names, which ``fragc build`` copies into the site) in an iframe that speaks
Streamlit's component protocol (``runtime_js/src/widgets/custom_component.js``): the page
sends the call's keyword arguments as render args, and a value the frontend sets with
``Streamlit.setComponentValue`` comes back as the call's return value in the run it
starts. A component is a widget: ``key``, ``default``, ``on_change`` and forms work as
in Streamlit.

``declare_component(url=...)`` points at a development server, which a static site
cannot reach: ``fragc check`` reports it (FRG036) and the page shows the same reason.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from fragc.shim import context
from fragc.shim.widgets.custom_component import (
    CustomComponent,
    MarshallComponentException,
    _has_session,
)

__all__ = ["CustomComponent", "MarshallComponentException", "declare_component", "html", "iframe"]


def html(
    html: str,
    width: int | None = None,
    height: int | None = None,
    scrolling: bool = False,
    *,
    tab_index: int | None = None,
) -> Any:
    from fragc.shim import api

    return api._main._html(html, width, height, scrolling, tab_index=tab_index)


def iframe(
    src: str,
    width: int | None = None,
    height: int | None = None,
    scrolling: bool = False,
    *,
    tab_index: int | None = None,
) -> Any:
    from fragc.shim import api

    return api._main._iframe(src, width, height, scrolling, tab_index=tab_index)


def _caller_module_name(depth: int) -> str:
    # Streamlit names a component "<module>.<name>"; the script itself ("__main__") is
    # named after its file. sys._getframe, not inspect: inspect is slow in Pyodide.
    frame = sys._getframe(depth + 1)
    name = str(frame.f_globals.get("__name__", "__main__"))
    if name == "__main__":
        name = os.path.splitext(os.path.basename(frame.f_code.co_filename))[0]
    return name


def declare_component(
    name: str, path: str | Path | None = None, url: str | None = None
) -> CustomComponent:
    if path is not None and isinstance(path, Path):
        path = str(path)
    component = CustomComponent(
        name=f"{_caller_module_name(1)}.{name}",
        path=path,
        url=url,
        module_name=_caller_module_name(1),
    )
    if context.get_ctx() is not None or _has_session():
        component.check_path()
    return component
