"""st.checkbox and st.toggle: one boolean, drawn as a box or a switch."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fragc.protocol.elements import CheckboxProps
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.widgets.registry import WidgetSpec, common_props, register_widget, to_key


class CheckboxMixin(DeltaGeneratorBase):
    def checkbox(
        self,
        label: str,
        value: bool = False,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: str | int = "content",
    ) -> bool:
        return self._boolean_widget(
            "checkbox", label, value, key, help, on_change, args, kwargs, disabled, label_visibility
        )

    def toggle(
        self,
        label: str,
        value: bool = False,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: str | int = "content",
    ) -> bool:
        return self._boolean_widget(
            "toggle", label, value, key, help, on_change, args, kwargs, disabled, label_visibility
        )

    def _boolean_widget(
        self,
        id_type: str,
        label: str,
        value: bool,
        key: Any,
        help: str | None,
        on_change: Callable[..., Any] | None,
        args: tuple[Any, ...] | None,
        kwargs: dict[str, Any] | None,
        disabled: bool,
        label_visibility: str,
    ) -> bool:
        props: CheckboxProps = {
            **common_props(label, help, disabled, label_visibility),
            "toggle": id_type == "toggle",
        }
        result, _ = register_widget(
            self,
            WidgetSpec(
                element={"kind": "checkbox", "props": props},
                user_key=to_key(key),
                # "toggle" vs "checkbox" keeps the two apart, as Streamlit's id does.
                id_parts={"type": id_type, "label": label, "value": bool(value), "help": help},
                default=bool(value),
                deserialize=bool,
                on_change=on_change,
                args=args,
                kwargs=kwargs,
            ),
        )
        return bool(result)
