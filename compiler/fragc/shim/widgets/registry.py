"""What every widget call does before and after it draws: ids, checks, state, callbacks.

Each widget module builds its element (kind and props, typed per kind in
``fragc.protocol.elements``) and calls :func:`register_widget`, which enforces
Streamlit's rules in Streamlit's order (fragment path policy, callbacks in forms,
duplicate keys then duplicate ids), resolves the value through session state and emits
the element with its widget info.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from fragc import protocol
from fragc.protocol.elements import LabelledProps
from fragc.shim import cache_replay, context
from fragc.shim.errors import (
    CachedWidgetWarning,
    StreamlitAPIException,
    StreamlitDuplicateElementId,
    StreamlitDuplicateElementKey,
    StreamlitFragmentWidgetsNotAllowedOutsideError,
)
from fragc.shim.session import get_session
from fragc.shim.session_state import WidgetMeta
from fragc.shim.widgets import url_binding

if TYPE_CHECKING:
    from fragc.shim.dg_base import DeltaGeneratorBase

GENERATED_ID_PREFIX = "$$ID"


def identity(value: Any) -> Any:
    return value


@dataclass
class WidgetSpec:
    """One widget call, as the widget module describes it."""

    # {"kind": ..., "props": ...}: what the page draws; a block when `is_block`.
    element: protocol.Element | protocol.Block
    user_key: str | None
    # The parameters that make up the auto-generated id (Streamlit's per-widget list).
    id_parts: dict[str, Any]
    default: Any
    deserialize: Callable[[Any], Any] = identity
    serialize: Callable[[Any], Any] = identity
    on_change: Callable[..., Any] | None = None
    args: tuple[Any, ...] | None = None
    kwargs: dict[str, Any] | None = None
    is_trigger: bool = False
    reset_value: Any = None
    callback_allowed_in_form: bool = False
    # Streamlit's "validate and sync with options": given the value the widget resolved
    # to, return (the value it shows, whether that replaced it). A replaced value is
    # stored and pushed to the page (set_value), as 1.67 does when a selection is no
    # longer among the options. It may raise (too many selections in a multiselect).
    sanitize: Callable[[Any], tuple[Any, bool]] | None = None
    # A container whose state is a widget (tabs, expander, popover with on_change): the
    # call opens the block carrying the widget instead of writing an element.
    is_block: bool = False
    # bind="query-params" (widgets/url_binding.py): the value kept in the URL, in the
    # text `to_url` makes of it and `from_url` reads back (raising for a bad one).
    bind: str | None = None
    to_url: Callable[[Any], Any] | None = None
    from_url: Callable[[Any], Any] | None = None

    @property
    def kind(self) -> str:
        return self.element["kind"]


def to_key(key: Any) -> str | None:
    if key is None:
        return None
    text = str(key)
    if text.startswith(GENERATED_ID_PREFIX):
        raise StreamlitAPIException("Keys beginning with $$ID are reserved.")
    return text


def compute_element_id(kind: str, user_key: str | None, form_id: str, parts: dict[str, Any]) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    digest.update(kind.encode())
    if user_key is not None:
        digest.update(user_key.encode())
    for name, value in parts.items():
        digest.update(f"{name}={value!r};".encode())
    digest.update(form_id.encode())
    ctx = context.get_ctx()
    if ctx is not None and ctx.active_page:
        digest.update(f"page={ctx.active_page}".encode())
    return f"{GENERATED_ID_PREFIX}-{digest.hexdigest()}-{user_key}"


def register_widget(dg: DeltaGeneratorBase, spec: WidgetSpec) -> tuple[Any, Any]:
    """Draw a widget; return (its value for this run, the element's handle)."""
    target = dg._active()
    if cache_replay.computing() and context.get_ctx() is not None:
        # Streamlit 1.67 warns where the widget is made inside a cached function.
        cast("Any", target).exception(CachedWidgetWarning())
    registered = register_state(dg, spec)
    if registered is None:
        return spec.default, target
    value, info = registered
    if spec.is_block:
        block = cast("protocol.Block", spec.element)
        return value, target._block(block, key=spec.user_key, widget=info)
    handle = target._enqueue(cast("protocol.Element", spec.element), key=spec.user_key, widget=info)
    return value, handle


def register_state(
    dg: DeltaGeneratorBase, spec: WidgetSpec
) -> tuple[Any, protocol.WidgetInfo] | None:
    """A widget's checks and state without drawing it (an element may hold several
    widgets: a data grid's button columns). None outside a run."""
    target = dg._active()
    ctx = context.get_ctx()
    if ctx is None:
        return None

    if ctx.current_fragment_id is not None and ctx.current_fragment_delta_path:
        inside = target._cursor.peek()[: len(ctx.current_fragment_delta_path)]
        if inside != ctx.current_fragment_delta_path:
            raise StreamlitFragmentWidgetsNotAllowedOutsideError()

    form_id = target._form_id
    if form_id and spec.on_change is not None and not spec.callback_allowed_in_form:
        raise StreamlitAPIException(
            "Within a form, callbacks can only be defined on `st.form_submit_button`. Defining "
            "callbacks on other widgets inside a form is not allowed."
        )

    widget_id = compute_element_id(spec.kind, spec.user_key, form_id, spec.id_parts)
    if spec.user_key is not None and spec.user_key in ctx.widget_user_keys_this_run:
        raise StreamlitDuplicateElementKey(spec.user_key)
    if widget_id in ctx.widget_ids_this_run:
        raise StreamlitDuplicateElementId(spec.kind)
    ctx.widget_ids_this_run.add(widget_id)
    if spec.user_key is not None:
        ctx.widget_user_keys_this_run.add(spec.user_key)

    state = get_session().state
    meta = WidgetMeta(
        id=widget_id,
        kind=spec.kind,
        user_key=spec.user_key,
        fragment_id=ctx.current_fragment_id,
        deserialize=spec.deserialize,
        serialize=spec.serialize,
        on_change=spec.on_change,
        args=tuple(spec.args or ()),
        kwargs=dict(spec.kwargs or {}),
        is_trigger=spec.is_trigger,
        reset_value=spec.reset_value,
    )
    bound = spec.bind == "query-params" and spec.user_key is not None
    given = bound and (
        widget_id in state.page_values
        or spec.user_key in state.assigned
        or spec.user_key in state.user
    )
    value, set_value = state.register(meta, spec.default)
    if bound and spec.from_url is not None and spec.user_key is not None:
        seeded, url_value = url_binding.seed(
            widget_id, spec.user_key, spec.default, spec.from_url, given=given
        )
        if seeded:
            value = url_value
            state.widget_values[widget_id] = value
            set_value = True
    if spec.sanitize is not None:
        value, replaced = spec.sanitize(value)
        if replaced:
            state.widget_values[widget_id] = value
            set_value = True

    if bound and spec.to_url is not None and spec.user_key is not None:
        url_binding.sync(spec.user_key, value, spec.default, spec.to_url)
    elif spec.user_key is not None and not spec.is_trigger:
        url_binding.unbind(spec.user_key)

    info: protocol.WidgetInfo = {"id": widget_id, "value": spec.serialize(value)}
    if spec.is_trigger:
        info["trigger"] = True  # the page sends it with one run and never stores it
    if form_id:
        info["form_id"] = form_id
        # What clear_on_submit puts back in the page after a submit.
        info["default"] = spec.serialize(spec.default)
    if set_value:
        info["set_value"] = True
    return value, info


def common_props(
    label: str,
    help: str | None,
    disabled: bool,
    label_visibility: str,
) -> LabelledProps:
    if label_visibility not in ("visible", "hidden", "collapsed"):
        raise StreamlitAPIException(
            f"Unsupported label_visibility option '{label_visibility}'. Valid values are "
            "'visible', 'hidden' or 'collapsed'."
        )
    return {
        "label": str(label),
        "help": help,
        "disabled": bool(disabled),
        "label_visibility": label_visibility,
    }
