"""st.text_input and st.text_area: committed on Enter or blur, not per keystroke."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fragc.protocol.elements import TextAreaProps, TextInputProps
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.errors import StreamlitAPIException
from fragc.shim.widgets.registry import WidgetSpec, common_props, register_widget, to_key


def _as_optional_str(value: Any) -> str | None:
    return None if value is None else str(value)


class TextInputMixin(DeltaGeneratorBase):
    def text_input(
        self,
        label: str,
        value: str | None = "",
        max_chars: int | None = None,
        key: Any = None,
        type: str = "default",
        help: str | None = None,
        autocomplete: str | None = None,
        on_change: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        placeholder: str | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        icon: str | None = None,
        width: str | int = "stretch",
    ) -> str | None:
        if type not in ("default", "password"):
            raise StreamlitAPIException(
                f"'{type}' is not a valid text_input type. Valid types are 'default' and "
                "'password'."
            )
        value = _as_optional_str(value)
        if max_chars is not None and value is not None and len(value) > max_chars:
            raise StreamlitAPIException(
                f"`value` ({value}) must be shorter than `max_chars` ({max_chars})."
            )
        labelled = common_props(label, help, disabled, label_visibility)
        props: TextInputProps = {
            **labelled,
            "max_chars": max_chars,
            "type": type,
            "placeholder": placeholder,
            "autocomplete": autocomplete or ("new-password" if type == "password" else ""),
            "icon": icon,
        }
        result, _ = register_widget(
            self,
            WidgetSpec(
                element={"kind": "text_input", "props": props},
                user_key=to_key(key),
                id_parts={
                    "label": label,
                    "value": value,
                    "max_chars": max_chars,
                    "type": type,
                    "help": help,
                    "autocomplete": autocomplete,
                    "placeholder": placeholder,
                },
                default=value,
                deserialize=_as_optional_str,
                on_change=on_change,
                args=args,
                kwargs=kwargs,
            ),
        )
        return result  # type: ignore[no-any-return]

    def text_area(
        self,
        label: str,
        value: str | None = "",
        height: int | str | None = None,
        max_chars: int | None = None,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        placeholder: str | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: str | int = "stretch",
    ) -> str | None:
        value = _as_optional_str(value)
        labelled = common_props(label, help, disabled, label_visibility)
        props: TextAreaProps = {
            **labelled,
            "max_chars": max_chars,
            "placeholder": placeholder,
            "height": height,
        }
        result, _ = register_widget(
            self,
            WidgetSpec(
                element={"kind": "text_area", "props": props},
                user_key=to_key(key),
                id_parts={
                    "label": label,
                    "value": value,
                    "height": height,
                    "max_chars": max_chars,
                    "help": help,
                    "placeholder": placeholder,
                },
                default=value,
                deserialize=_as_optional_str,
                on_change=on_change,
                args=args,
                kwargs=kwargs,
            ),
        )
        return result  # type: ignore[no-any-return]
