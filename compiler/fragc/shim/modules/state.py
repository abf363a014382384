"""``streamlit.runtime.state``: the session state types and aliases apps annotate with."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from fragc.shim.query_params import QueryParamsProxy as QueryParamsProxy
from fragc.shim.session import get_session as _get_session
from fragc.shim.session_state import SessionState as SessionState
from fragc.shim.session_state import SessionStateProxy as SessionStateProxy

# Streamlit's aliases (runtime/state/common.py), for type hints of helper libraries.
WidgetArgs = tuple[Any, ...] | list[Any]
WidgetKwargs = dict[str, Any]
WidgetCallback = Callable[..., None]
OnChangeMode = Literal["rerun", "ignore"]
SafeSessionState = SessionState  # Streamlit's thread-safe wrapper; one thread here


def get_session_state() -> SessionStateProxy:
    return SessionStateProxy(lambda: _get_session().state)


def __getattr__(name: str) -> Any:
    if name == "session_state":
        return get_session_state()
    raise AttributeError(f"fragc does not provide `streamlit.runtime.state.{name}`")
