"""st.dialog: a modal whose body is a fragment.

As in Streamlit, calling a dialog function opens a ``dialog`` block in the event root
(so a dialog opened from the sidebar is not styled as sidebar content) and runs the body
as a fragment inside it: the dialog's widgets rerun only the dialog. The dialog closes
when a full run does not call it again (``st.rerun()`` inside it), or when the user
dismisses it, which is page-only unless ``on_dismiss`` asks for a rerun.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from fragc import protocol
from fragc.shim import context
from fragc.shim.errors import StreamlitAPIException
from fragc.shim.fragment import make_fragment
from fragc.shim.session import get_session
from fragc.shim.session_state import WidgetMeta
from fragc.shim.widgets.registry import compute_element_id, identity

_WIDTHS = ("small", "medium", "large")
_NO_TITLE = (
    "A non-empty `title` argument has to be provided for dialogs, for example "
    '`@st.dialog("Example Title")`.'
)


def dialog(
    title: Any = "",
    *,
    width: str = "small",
    dismissible: bool = True,
    on_dismiss: str | Callable[..., Any] = "ignore",
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    if callable(title) or not title:
        # Bare @st.dialog passes the function as the title: Streamlit's error either way.
        raise StreamlitAPIException(_NO_TITLE)
    if width not in _WIDTHS:
        raise StreamlitAPIException(
            f"Invalid width '{width}'. Valid values are 'small', 'medium', and 'large'."
        )
    if not (on_dismiss in ("ignore", "rerun") or callable(on_dismiss)):
        raise StreamlitAPIException(
            f"You have passed {on_dismiss} to `on_dismiss`. But only 'ignore', 'rerun', or a "
            "callable is supported."
        )

    def decorator(func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def wrap(*args: Any, **kwargs: Any) -> None:
            ctx = context.get_ctx()
            if ctx is None:
                return None
            block = _open_dialog(ctx, str(title), width, dismissible, on_dismiss)

            def dialog_content() -> None:
                func(*args, **kwargs)

            # Every dialog's content function has the same name and place, so the user
            # function's qualname keeps their fragment ids apart (Streamlit's extra hash).
            dialog_content.__module__ = "streamlit.elements.dialog_decorator"
            dialog_content.__qualname__ = "dialog_content"
            fragment = make_fragment(dialog_content, additional_hash_info=func.__qualname__)
            with block:
                fragment()
            return None

        return wrap

    return decorator


def _open_dialog(
    ctx: context.RunContext,
    title: str,
    width: str,
    dismissible: bool,
    on_dismiss: str | Callable[..., Any],
) -> Any:
    from fragc.shim import api

    if "dialog" in api._main._active()._ancestors:
        raise StreamlitAPIException("Dialogs may not be nested inside other dialogs.")
    if ctx.has_dialog_opened:
        raise StreamlitAPIException(
            "Only one dialog is allowed to be opened at the same time. Please make sure to not "
            "call a dialog-decorated function more than once in a script run."
        )
    ctx.has_dialog_opened = True
    props: dict[str, Any] = {
        "title": title,
        "width": width,
        "dismissible": bool(dismissible),
        "is_open": True,
    }
    if on_dismiss != "ignore":
        props["dismiss_widget_id"] = _register_dismiss_trigger(ctx, title, on_dismiss)
    event_root = type(api._main)(protocol.ROOT_EVENT)
    return event_root._block("dialog", props)


def _register_dismiss_trigger(
    ctx: context.RunContext, title: str, on_dismiss: str | Callable[..., Any]
) -> str:
    """Dismissing such a dialog is a trigger, like a button click: it starts a run."""
    widget_id = compute_element_id("dialog", None, "", {"title": title})
    ctx.widget_ids_this_run.add(widget_id)
    meta = WidgetMeta(
        id=widget_id,
        kind="dialog",
        user_key=None,
        fragment_id=ctx.current_fragment_id,
        deserialize=bool,
        serialize=identity,
        on_change=on_dismiss if callable(on_dismiss) else None,
        is_trigger=True,
        reset_value=False,
    )
    get_session().state.register(meta, False)
    return widget_id
