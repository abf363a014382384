"""st.button: True only in the run its click caused."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.errors import DOCS_FORMS, StreamlitAPIException
from fragc.shim.widgets.registry import WidgetSpec, register_widget, to_key


def check_button_type(type: str, command: str = "st.button") -> None:
    if type not in ("primary", "secondary", "tertiary"):
        raise StreamlitAPIException(
            f'The type argument to {command} must be "primary", "secondary", or "tertiary". '
            f'\nThe argument passed was "{type}".'
        )


class ButtonMixin(DeltaGeneratorBase):
    def button(
        self,
        label: str,
        key: Any = None,
        help: str | None = None,
        on_click: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        type: str = "secondary",
        icon: str | None = None,
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: str | int = "content",
    ) -> bool:
        check_button_type(type)
        if self._active()._form_id:
            raise StreamlitAPIException(
                "`st.button()` can't be used in an `st.form()`.\n\nFor more information, refer "
                f"to the [documentation for forms]({DOCS_FORMS})."
            )
        user_key = to_key(key)
        stretch = bool(use_container_width) or width == "stretch"
        value, _ = register_widget(
            self,
            WidgetSpec(
                kind="button",
                props={
                    "label": str(label),
                    "help": help,
                    "type": type,
                    "icon": icon,
                    "disabled": bool(disabled),
                    "use_container_width": stretch,
                },
                user_key=user_key,
                id_parts={
                    "label": label,
                    "icon": icon,
                    "help": help,
                    "is_form_submitter": False,
                    "type": type,
                    "use_container_width": stretch,
                },
                default=False,
                deserialize=bool,
                on_change=on_click,
                args=args,
                kwargs=kwargs,
                is_trigger=True,
                reset_value=False,
            ),
        )
        return bool(value)
