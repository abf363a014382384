"""What the optional families share: Streamlit's read-only state dicts and the
selection widgets (a chart or a grid whose selection reruns the app).

A selection is a widget whose value is a JSON object (``{"selection": {...}}``): the page
commits a new one when the user selects, and Python hands the app Streamlit's state
object for it (``PlotlyState``, ``DataframeState``...). Unlike Streamlit, the object
travels as JSON itself rather than as JSON text inside the message.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final

from fragc import protocol
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.errors import StreamlitValueError
from fragc.shim.widgets.input_common import callback_for, refuse_state_writes
from fragc.shim.widgets.registry import WidgetSpec, register_widget, to_key

READ_ONLY_ERROR: Final = (
    "Widget state is read-only because modifying nested values has no effect "
    "on the app. For widget states that support programmatic updates "
    "(e.g. st.dataframe selections), assign a new dictionary to the Session "
    "State key instead, for example:\n"
    "    st.session_state['my_key'] = {'selection': {'rows': [0]}}"
)


class AttributeDictionary(dict[Any, Any]):
    """A dict whose items are also attributes (Streamlit's ``AttributeDictionary``)."""

    def __getattr__(self, key: str) -> Any:
        try:
            item = self.__getitem__(key)
        except KeyError as err:
            raise AttributeError(
                f"'{type(self).__name__}' object has no attribute '{key}'"
            ) from err
        return AttributeDictionary(item) if isinstance(item, dict) else item

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value


class ReadOnlyAttributeDictionary(AttributeDictionary):
    """A widget's state handed to the app: reading works, any change is a TypeError."""

    def __getitem__(self, key: Any) -> Any:
        item = super().__getitem__(key)
        return ReadOnlyAttributeDictionary(item) if isinstance(item, dict) else item

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError as err:
            raise AttributeError(
                f"'{type(self).__name__}' object has no attribute '{key}'"
            ) from err

    def _refuse(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError(READ_ONLY_ERROR)

    __setattr__ = __setitem__ = __delitem__ = __ior__ = _refuse
    clear = pop = popitem = setdefault = update = _refuse

    def __copy__(self) -> ReadOnlyAttributeDictionary:
        return type(self)(dict.copy(self))

    def __deepcopy__(self, memo: dict[int, Any]) -> ReadOnlyAttributeDictionary:
        return type(self)({copy.deepcopy(k, memo): copy.deepcopy(v, memo) for k, v in self.items()})


def plain(value: Any) -> Any:
    """A state object as plain JSON-able dicts and lists (what travels to the page)."""
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def check_on_select(on_select: Any) -> Callable[..., Any] | None:
    """1.67's ``validate_on_change_mode(on_select, ("rerun", "ignore"))``: the callback."""
    if on_select is None:
        raise StreamlitValueError("on_select", ["'rerun'", "'ignore'", "a callback function"])
    return callback_for(on_select, param_name="on_select")


def selection_widget(
    dg: DeltaGeneratorBase,
    element: protocol.Element,
    *,
    key: Any,
    on_select: Any,
    id_parts: dict[str, Any],
    deserialize: Callable[[Any], Any],
    writes_allowed: bool = False,
    sanitize: Callable[[Any], tuple[Any, bool]] | None = None,
) -> Any:
    """Draw ``element`` as a widget whose value is its selection; return the state object."""
    user_key = to_key(key)
    if not writes_allowed:
        refuse_state_writes(user_key)
    value, _ = register_widget(
        dg,
        WidgetSpec(
            element=element,
            user_key=user_key,
            id_parts=id_parts,
            default=deserialize(None),
            deserialize=deserialize,
            serialize=plain,
            on_change=check_on_select(on_select),
            sanitize=sanitize,
        ),
    )
    return value


def as_set(value: str | Iterable[str]) -> set[str]:
    return {value} if isinstance(value, str) else set(value)
