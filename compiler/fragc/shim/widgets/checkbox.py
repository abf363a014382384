"""st.checkbox and st.toggle: one boolean, drawn as a box or a switch."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fragc.protocol.elements import CheckboxProps
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.widgets.input_common import callback_for, identity_parts
from fragc.shim.widgets.registry import WidgetSpec, common_props, register_widget, to_key
from fragc.shim.widgets.url_binding import bool_from_url, bool_to_url, check_bind


class CheckboxMixin(DeltaGeneratorBase):
    def checkbox(
        self,
        label: str,
        value: bool = False,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | str | None = None,
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: str | int = "content",
        wrap: bool | None = None,
        bind: str | None = None,
        persist_state: Any = None,
    ) -> bool:
        return self._boolean_widget(
            "checkbox",
            label,
            value,
            key,
            help,
            on_change,
            args,
            kwargs,
            disabled,
            label_visibility,
            bind,
        )

    def toggle(
        self,
        label: str,
        value: bool = False,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | str | None = None,
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: str | int = "content",
        wrap: bool | None = None,
        bind: str | None = None,
        persist_state: Any = None,
    ) -> bool:
        return self._boolean_widget(
            "toggle",
            label,
            value,
            key,
            help,
            on_change,
            args,
            kwargs,
            disabled,
            label_visibility,
            bind,
        )

    def _boolean_widget(
        self,
        id_type: str,
        label: str,
        value: bool,
        key: Any,
        help: str | None,
        on_change: Callable[..., Any] | str | None,
        args: tuple[Any, ...] | None,
        kwargs: dict[str, Any] | None,
        disabled: bool,
        label_visibility: str,
        bind: str | None,
    ) -> bool:
        user_key = to_key(key)
        check_bind(bind, user_key)
        callback = callback_for(on_change)
        props: CheckboxProps = {
            **common_props(label, help, disabled, label_visibility),
            "toggle": id_type == "toggle",
            "ignore_rerun": on_change == "ignore",
        }
        result, _ = register_widget(
            self,
            WidgetSpec(
                element={"kind": "checkbox", "props": props},
                user_key=user_key,
                # "toggle" vs "checkbox" keeps the two apart, as Streamlit's id does.
                # With a key, the key alone (1.67's key_as_main_identity): new props keep the value.
                id_parts=identity_parts(
                    user_key,
                    {"type": id_type, "label": label, "value": bool(value), "help": help},
                    keyed=("type",),
                ),
                default=bool(value),
                deserialize=bool,
                on_change=callback,
                args=args,
                kwargs=kwargs,
                bind=bind,
                to_url=bool_to_url,
                from_url=bool_from_url,
            ),
        )
        return bool(result)
