"""st.dialog: a modal whose body is a fragment.

As in Streamlit 1.67, calling a dialog function opens a ``dialog`` block in the event
root (so a dialog opened from the sidebar is not styled as sidebar content) and runs the
body as a fragment inside it: the dialog's widgets rerun only the dialog. The dialog
closes when a full run does not call it again (``st.rerun()`` inside it), or when the
user dismisses it, which is page-only unless ``on_dismiss`` asks for a rerun.

Checks happen where 1.67 makes them: the title when the function is decorated; width,
position and ``on_dismiss`` when the dialog is opened (a bad width only fails once the
app opens the dialog); then the element id (the same dialog twice in a run is a
duplicate id), then "one dialog per run".
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from fragc import protocol
from fragc.protocol.elements import DialogProps
from fragc.shim import context
from fragc.shim.errors import (
    StreamlitDuplicateElementId,
    StreamlitInvalidLayoutContextError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from fragc.shim.fragment import make_fragment
from fragc.shim.session import get_session
from fragc.shim.session_state import WidgetMeta
from fragc.shim.widgets.registry import compute_element_id

_WIDTHS = ("small", "medium", "large")
_POSITIONS = ("left", "center", "right")
_MAX_PIXEL_WIDTH = 2**32 - 1


def dialog(
    title: Any,
    *,
    width: str | int = "small",
    position: str = "center",
    dismissible: bool = True,
    icon: str | None = None,
    on_dismiss: str | Callable[..., Any] = "ignore",
) -> Any:
    """``@st.dialog("Title", ...)``; bare ``@st.dialog`` takes the function as the title
    and fails on the empty title, as in Streamlit."""
    decorate = functools.partial(
        _dialog_decorator,
        width=width,
        position=position,
        dismissible=dismissible,
        icon=icon,
        on_dismiss=on_dismiss,
    )
    if isinstance(title, str):
        return lambda func: decorate(func, title)
    return decorate(title, "")


def _dialog_decorator(
    func: Callable[..., Any],
    title: str,
    *,
    width: str | int,
    position: str,
    dismissible: bool,
    icon: str | None,
    on_dismiss: str | Callable[..., Any],
) -> Callable[..., Any]:
    if title is None or title == "":
        raise StreamlitMissingRequiredParameterError(
            "title", detail='For example: `@st.dialog("Example Title")`.'
        )

    @functools.wraps(func)
    def wrap(*args: Any, **kwargs: Any) -> None:
        ctx = context.get_ctx()
        if ctx is None:
            return None
        block = _open_dialog(ctx, title, width, position, dismissible, icon, on_dismiss)

        def dialog_content() -> None:
            func(*args, **kwargs)

        # Every dialog's content function has the same name and place, so the user
        # function's qualname keeps their fragment ids apart (Streamlit's extra hash).
        dialog_content.__module__ = "streamlit.elements.dialog_decorator"
        dialog_content.__qualname__ = "dialog_content"
        # The dialog stays mounted in the event root when the fragment that opened it
        # reruns, so its body lives until the next full run (1.67's FULL_APP_SCOPED).
        fragment = make_fragment(
            dialog_content,
            additional_hash_info=func.__qualname__,
            full_app_scoped=True,
            defined_as=func,
        )
        with block:
            fragment()
        return None

    return wrap


def _width(width: str | int) -> tuple[str, int | None]:
    """(the preset, the pixels) of a dialog's ``width``."""
    if isinstance(width, str) and width in _WIDTHS:
        return width, None
    if isinstance(width, int) and not isinstance(width, bool) and 0 < width <= _MAX_PIXEL_WIDTH:
        # As the proto does: the preset stays "small" for a page that ignores pixels.
        return "small", width
    raise StreamlitValueError(
        "width",
        ["'small'", "'medium'", "'large'", "a positive integer"],
        detail=f"Got {width!r}.",
    )


def _check_on_dismiss(on_dismiss: Any) -> None:
    if callable(on_dismiss) or on_dismiss in ("ignore", "rerun"):
        return
    raise StreamlitValueError("on_dismiss", ["'rerun'", "'ignore'", "a callback function"])


def _open_dialog(
    ctx: context.RunContext,
    title: str,
    width: str | int,
    position: str,
    dismissible: bool,
    icon: str | None,
    on_dismiss: str | Callable[..., Any],
) -> Any:
    from fragc.shim import api

    if "dialog" in api._main._active()._ancestors:
        raise StreamlitInvalidLayoutContextError("Dialogs may not be nested inside other dialogs.")
    _check_on_dismiss(on_dismiss)
    preset, pixels = _width(width)
    if position not in _POSITIONS:
        raise StreamlitValueError("position", ["'left'", "'center'", "'right'"])
    props: DialogProps = {
        "title": title,
        "width": preset,
        "position": position,
        "dismissible": bool(dismissible),
        "icon": icon,
        "is_open": True,
    }
    if pixels is not None:
        props["pixel_width"] = pixels

    widget_id = compute_element_id(
        "dialog",
        None,
        "",
        {
            "title": title,
            "dismissible": dismissible,
            "width": width,
            "position": position,
            "icon": icon,
            "on_dismiss": "callback" if callable(on_dismiss) else str(on_dismiss),
            "root": protocol.ROOT_EVENT,
        },
    )
    if widget_id in ctx.widget_ids_this_run:
        raise StreamlitDuplicateElementId("dialog")
    ctx.widget_ids_this_run.add(widget_id)
    if on_dismiss != "ignore":
        props["dismiss_widget_id"] = widget_id
        _register_dismiss_trigger(ctx, widget_id, on_dismiss)

    if ctx.has_dialog_opened:
        raise StreamlitInvalidLayoutContextError(
            "Only one dialog is allowed to be opened at the same time. Please make sure to not "
            "call a dialog-decorated function more than once in a script run."
        )
    ctx.has_dialog_opened = True
    event_root = type(api._main)(protocol.ROOT_EVENT)
    return event_root._block({"kind": "dialog", "props": props})


def _register_dismiss_trigger(
    ctx: context.RunContext, widget_id: str, on_dismiss: str | Callable[..., Any]
) -> None:
    """Dismissing such a dialog is a trigger, like a button click: it starts a run."""
    meta = WidgetMeta(
        id=widget_id,
        kind="dialog",
        user_key=None,
        fragment_id=ctx.current_fragment_id,
        deserialize=bool,
        serialize=bool,
        on_change=on_dismiss if callable(on_dismiss) else None,
        is_trigger=True,
        reset_value=False,
    )
    get_session().state.register(meta, False)
