"""What the input and media widgets share: Streamlit 1.67's parameter errors, the
``on_change="rerun" | "ignore"`` modes, keyed widget identity, session-state write rules.

The error classes carry 1.67's exact message texts (``streamlit/errors.py``), so a user
comparing fragc's output with ``streamlit run`` sees the same words.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from fragc.shim.elements.layout_params import (
    StreamlitInvalidParameterTypeError as StreamlitInvalidParameterTypeError,
)
from fragc.shim.elements.layout_params import (
    StreamlitValueOutOfRangeError as StreamlitValueOutOfRangeError,
)
from fragc.shim.errors import (
    StreamlitAPIException,
    StreamlitValueAssignmentNotAllowedError,
)
from fragc.shim.errors import (
    StreamlitInvalidLayoutContextError as StreamlitInvalidLayoutContextError,
)
from fragc.shim.errors import (
    StreamlitMissingRequiredParameterError as StreamlitMissingRequiredParameterError,
)
from fragc.shim.errors import StreamlitValueError as StreamlitValueError
from fragc.shim.session import get_session

ON_CHANGE_MODES = ("rerun", "ignore")


class StreamlitInvalidMinMaxError(StreamlitAPIException):
    """``min_value`` is greater than ``max_value``."""

    def __init__(self, min_value: object, max_value: object) -> None:
        if min_value == max_value:
            message = (
                f"The `min_value` and `max_value` parameters are both set to {min_value}. "
                "They must not be equal."
            )
        else:
            message = (
                f"The `min_value`, set to {min_value}, cannot be greater than the "
                f"`max_value`, set to {max_value}."
            )
        super().__init__(message)


FORM_DOCS_INFO = (
    "\n\nFor more information, refer to the\n[documentation for forms]"
    "(https://docs.streamlit.io/develop/api-reference/execution-flow/st.form).\n"
)


def callback_for(
    callback: object, *, param_name: str = "on_change", modes: Collection[str] = ON_CHANGE_MODES
) -> Callable[..., Any] | None:
    """The callable behind ``on_change`` (None for a mode string), as 1.67 validates it."""
    if callback is None:
        return None
    if callable(callback):
        return callback
    if isinstance(callback, str) and callback in ON_CHANGE_MODES:
        if callback in modes:
            return None
        raise StreamlitAPIException(
            f'`{param_name}="{callback}"` is not supported on this widget. '
            f"Pass a callback, or omit `{param_name}`."
        )
    valid = [repr(mode) for mode in modes] + ["a callback function"]
    raise StreamlitValueError(param_name, valid)


def identity_parts(
    user_key: str | None, parts: dict[str, Any], keyed: Collection[str] = ()
) -> dict[str, Any]:
    """The id inputs: all of ``parts`` unkeyed; with a key only those named in ``keyed``.

    1.67 makes the key a widget's main identity (``key_as_main_identity``): changing a
    keyed widget's label or bounds keeps its value; only the listed parameters reset it.
    """
    if user_key is None:
        return parts
    return {name: value for name, value in parts.items() if name in keyed}


def refuse_state_writes(user_key: str | None) -> None:
    """File uploaders and download/link buttons cannot be set through st.session_state."""
    if user_key is None:
        return
    state = get_session().state
    if user_key in state.assigned or user_key in state.user:
        raise StreamlitValueAssignmentNotAllowedError(user_key)


def state_value(user_key: str | None) -> tuple[bool, Any]:
    """(True, value) when the app's session state holds ``user_key``, else (False, None)."""
    if user_key is None:
        return False, None
    try:
        return True, get_session().state.get_item(user_key)
    except KeyError:
        return False, None
