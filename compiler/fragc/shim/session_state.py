"""Session state and widget state, with Streamlit's precedence and cleanup rules.

A widget's value is, in order: a value the app assigned through ``st.session_state[key]``
since the widget was last drawn; what the page sent for this run; what it had in the
last run; a value the app stored under its key before the widget first existed; its
default. Widgets not drawn in a run are forgotten at the end of it, but a fragment run
only forgets widgets of the fragments that ran (Streamlit's ``_remove_stale_widgets``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass, field
from typing import Any

from fragc.shim import context
from fragc.shim.errors import (
    DOCS_SESSION_STATE_INIT,
    StreamlitAPIException,
    StreamlitValueAssignmentNotAllowedError,
)


@dataclass
class WidgetMeta:
    id: str
    kind: str
    user_key: str | None
    fragment_id: str | None
    deserialize: Callable[[Any], Any]
    serialize: Callable[[Any], Any]
    on_change: Callable[..., Any] | None = None
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    # Buttons and chat inputs: True (or the message) for one run, then back to reset_value.
    is_trigger: bool = False
    reset_value: Any = None


class SessionState:
    def __init__(self) -> None:
        self.user: dict[str, Any] = {}
        self.widget_values: dict[str, Any] = {}
        self.metas: dict[str, WidgetMeta] = {}
        self.key_to_id: dict[str, str] = {}
        self.assigned: dict[str, Any] = {}  # widget keys assigned by the app, not yet drawn
        # A value the app stored under a widget's key before the widget was first drawn:
        # Streamlit keeps it (in its old state, under the user key) after the widget is
        # gone, so the widget drawn again later starts from it, not from its default.
        self.pre_registered: dict[str, Any] = {}
        self.page_values: dict[str, Any] = {}  # serialized values the page sent for this run
        # Widgets whose page value was already read, with the serde of the run that drew
        # what the user saw: an option index means an option of *those* options, even
        # when this run's options differ (a keyed widget keeps its id when they change).
        self.page_read: set[str] = set()

    # -- mapping used by st.session_state ---------------------------------------------

    def get_item(self, key: str) -> Any:
        if key in self.assigned:
            return self.assigned[key]
        widget_id = self.key_to_id.get(key)
        if widget_id is not None and widget_id in self.widget_values:
            return self.widget_values[widget_id]
        return self.user[key]  # KeyError: the proxy turns it into Streamlit's message

    def set_item(self, key: str, value: Any) -> None:
        ctx = context.get_ctx()
        if ctx is not None and (
            key in ctx.widget_user_keys_this_run or key in ctx.form_ids_this_run
        ):
            raise StreamlitAPIException(
                f"`st.session_state.{key}` cannot be modified after the widget with key `{key}` "
                "is instantiated."
            )
        if key in self.key_to_id:
            self.assigned[key] = value
        else:
            self.user[key] = value

    def del_item(self, key: str) -> None:
        found = False
        self.pre_registered.pop(key, None)
        for store in (self.user, self.assigned):
            if key in store:
                del store[key]
                found = True
        widget_id = self.key_to_id.pop(key, None)
        if widget_id is not None:
            self.widget_values.pop(widget_id, None)
            self.metas.pop(widget_id, None)
            found = True
        if not found:
            raise KeyError(key)

    def keys(self) -> list[str]:
        keys = dict.fromkeys(self.user)
        keys.update(dict.fromkeys(self.assigned))
        keys.update((key, None) for key, wid in self.key_to_id.items() if wid in self.widget_values)
        return list(keys)

    # -- the run lifecycle ------------------------------------------------------------

    def on_script_will_rerun(
        self, page_values: dict[str, Any], trigger_values: dict[str, Any]
    ) -> list[WidgetMeta]:
        """Apply what the page sent; return the widgets whose callbacks must run, in order."""
        self.reset_triggers()
        self.page_values = {**page_values, **trigger_values}
        changed: list[WidgetMeta] = []
        for widget_id, meta in self.metas.items():
            if widget_id not in self.page_values:
                continue
            new = meta.deserialize(self.page_values[widget_id])
            self.page_read.add(widget_id)
            old = self.widget_values.get(widget_id, meta.reset_value)
            self.widget_values[widget_id] = new
            if meta.is_trigger:
                if widget_id in trigger_values and new != meta.reset_value:
                    changed.append(meta)
            elif new != old:
                changed.append(meta)
        return changed

    def register(self, meta: WidgetMeta, default: Any) -> tuple[Any, bool]:
        """Record a widget drawn in this run; return its value and whether the page must adopt it."""
        key = meta.user_key
        if key is not None and meta.is_trigger and (key in self.assigned or key in self.user):
            raise StreamlitValueAssignmentNotAllowedError(key)
        self.metas[meta.id] = meta
        if key is not None:
            self.key_to_id[key] = meta.id
        set_value = False
        if key is not None and key in self.assigned:
            value = self.assigned.pop(key)
            set_value = True
        elif meta.id in self.page_read and meta.id in self.widget_values:
            value = self.widget_values[meta.id]
        elif meta.id in self.page_values:
            value = meta.deserialize(self.page_values[meta.id])
        elif meta.id in self.widget_values:
            value = self.widget_values[meta.id]
        elif key is not None and key in self.user:
            value = self.user.pop(key)
            self.pre_registered[key] = value
            set_value = True
        else:
            value = default
        if key is not None:
            # A plain entry of the same key was restored after a worker restart
            # (state_saving.py); the widget holds the value from now on.
            self.user.pop(key, None)
        self.widget_values[meta.id] = value
        return value, set_value

    def on_script_finished(
        self, widget_ids_this_run: set[str], fragment_ids_this_run: list[str]
    ) -> None:
        """Forget widgets not drawn in this run (only inside the fragments that ran)."""
        for widget_id, meta in list(self.metas.items()):
            if widget_id in widget_ids_this_run:
                continue
            if fragment_ids_this_run and meta.fragment_id not in fragment_ids_this_run:
                continue
            del self.metas[widget_id]
            self.widget_values.pop(widget_id, None)
            if meta.user_key is not None and self.key_to_id.get(meta.user_key) == widget_id:
                del self.key_to_id[meta.user_key]
                if meta.user_key in self.pre_registered:
                    self.user.setdefault(meta.user_key, self.pre_registered.pop(meta.user_key))
        self.reset_triggers()

    def reset_triggers(self) -> None:
        self.page_values = {}
        self.page_read = set()
        for widget_id, meta in self.metas.items():
            if meta.is_trigger:
                self.widget_values[widget_id] = meta.reset_value


class SessionStateProxy(MutableMapping[str, Any]):
    """``st.session_state``: attribute and item access over the session's state."""

    def __init__(self, get_state: Callable[[], SessionState]) -> None:
        object.__setattr__(self, "_get_state", get_state)

    @property
    def _state(self) -> SessionState:
        return self._get_state()  # type: ignore[no-any-return]

    def __getitem__(self, key: str) -> Any:
        try:
            return self._state.get_item(str(key))
        except KeyError:
            raise KeyError(
                f'st.session_state has no key "{key}". Did you forget to initialize it? '
                f"More info: {DOCS_SESSION_STATE_INIT}"
            ) from None

    def __setitem__(self, key: str, value: Any) -> None:
        self._state.set_item(str(key), value)

    def __delitem__(self, key: str) -> None:
        try:
            self._state.del_item(str(key))
        except KeyError:
            raise KeyError(
                f'st.session_state has no key "{key}". Did you forget to initialize it? '
                f"More info: {DOCS_SESSION_STATE_INIT}"
            ) from None

    def __getattr__(self, key: str) -> Any:
        try:
            return self._state.get_item(key)
        except KeyError:
            raise AttributeError(
                f'st.session_state has no attribute "{key}". Did you forget to initialize it? '
                f"More info: {DOCS_SESSION_STATE_INIT}"
            ) from None

    def __setattr__(self, key: str, value: Any) -> None:
        self._state.set_item(key, value)

    def __delattr__(self, key: str) -> None:
        try:
            self._state.del_item(key)
        except KeyError:
            raise AttributeError(
                f'st.session_state has no attribute "{key}". Did you forget to initialize it? '
                f"More info: {DOCS_SESSION_STATE_INIT}"
            ) from None

    def __contains__(self, key: object) -> bool:
        try:
            self._state.get_item(str(key))
        except KeyError:
            return False
        return True

    def __iter__(self) -> Iterator[str]:
        return iter(self._state.keys())

    def __len__(self) -> int:
        return len(self._state.keys())

    def to_dict(self) -> dict[str, Any]:
        return {key: self[key] for key in self}

    def __repr__(self) -> str:
        return repr(self.to_dict())

    _repr_html_ = None  # keep notebooks from probing it
