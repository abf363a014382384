"""st.number_input: int or float inferred from the arguments, as Streamlit does."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fragc.protocol.elements import NumberInputProps
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.errors import (
    StreamlitAPIException,
    StreamlitMixedNumericTypesError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
)
from fragc.shim.widgets import js_number
from fragc.shim.widgets.input_common import callback_for, identity_parts
from fragc.shim.widgets.registry import WidgetSpec, common_props, register_widget, to_key
from fragc.shim.widgets.url_binding import check_bind


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _numeric_kind(named: dict[str, Any]) -> bool:
    """True when the widget is an int widget; raise on a mix of ints and floats."""
    given = {name: v for name, v in named.items() if v is not None}
    if not given:
        return False  # st.number_input("x") is a float widget, value 0.0
    ints = [name for name, v in given.items() if _is_int(v)]
    floats = [name for name, v in given.items() if isinstance(v, float)]
    if ints and floats:
        lines = "\n".join(f"`{name}` has {type(v).__name__} type." for name, v in given.items())
        raise StreamlitMixedNumericTypesError(
            f"All numerical arguments must be of the same type.\n{lines}"
        )
    return bool(ints) and not floats


class NumberInputMixin(DeltaGeneratorBase):
    def number_input(
        self,
        label: str,
        min_value: int | float | None = None,
        max_value: int | float | None = None,
        value: int | float | str | None = "min",
        step: int | float | None = None,
        format: str | None = None,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | str | None = "rerun",
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        placeholder: str | None = None,
        disabled: bool = False,
        required: bool = False,
        label_visibility: str = "visible",
        icon: str | None = None,
        width: str | int = "stretch",
        bind: str | None = None,
        persist_state: Any = None,
    ) -> int | float | None:
        user_key = to_key(key)
        check_bind(bind, user_key)
        callback = callback_for(on_change)
        explicit_value = None if value == "min" else value
        is_int = _numeric_kind(
            {"value": explicit_value, "min_value": min_value, "max_value": max_value, "step": step}
        )
        if value == "min":
            value = min_value if min_value is not None else (0 if is_int else 0.0)
        if step is None:
            step = 1 if is_int else 0.01
        if step == 0:
            raise StreamlitAPIException("Step must be a positive number.")
        if format is None:
            format = "%d" if is_int else "%0.2f"
        if value is not None and not isinstance(value, str):
            if min_value is not None and value < min_value:
                raise StreamlitValueBelowMinError(value, min_value)
            if max_value is not None and value > max_value:
                raise StreamlitValueAboveMaxError(value, max_value)
        _check_js_bounds(is_int, min_value, max_value, step, value)

        def deserialize(raw: Any) -> int | float | None:
            if raw is None:
                return None
            return int(raw) if is_int else float(raw)

        labelled = common_props(label, help, disabled, label_visibility)
        props: NumberInputProps = {
            **labelled,
            "min": min_value,
            "max": max_value,
            "step": step,
            "format": format,
            "is_int": is_int,
            "placeholder": placeholder,
            "icon": icon,
            "ignore_rerun": on_change == "ignore",
        }

        def from_url(text: Any) -> int | float:
            # A number the field could hold: in bounds (else the URL loses it).
            number = deserialize(float(text[-1] if isinstance(text, list) else text))
            assert number is not None
            if (min_value is not None and number < min_value) or (
                max_value is not None and number > max_value
            ):
                raise ValueError(number)
            return number

        result, _ = register_widget(
            self,
            WidgetSpec(
                element={"kind": "number_input", "props": props},
                user_key=user_key,
                # With a key, the key alone (1.67's key_as_main_identity=True).
                id_parts=identity_parts(
                    user_key,
                    {
                        "label": label,
                        "min_value": min_value,
                        "max_value": max_value,
                        "value": value,
                        "step": step,
                        "format": format,
                        "help": help,
                        "placeholder": placeholder,
                    },
                ),
                default=value,
                deserialize=deserialize,
                on_change=callback,
                args=args,
                kwargs=kwargs,
                bind=bind,
                to_url=_number_to_url,
                from_url=from_url,
            ),
        )
        return result  # type: ignore[no-any-return]


def _number_to_url(value: Any) -> str:
    """A number as the URL shows it: 5, 2.5 (no trailing .0 for a whole float)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _check_js_bounds(is_int: bool, *named: Any) -> None:
    """Streamlit 1.67's JSNumber checks of min_value, max_value, step and value, in order."""
    names = ("`min_value`", "`max_value`", "`step`", "`value`")
    for name, number in zip(names, named, strict=True):
        if number is None or isinstance(number, str):
            continue
        if is_int:
            js_number.validate_int_bounds(int(number), name)
        else:
            js_number.validate_float_bounds(number, name)
