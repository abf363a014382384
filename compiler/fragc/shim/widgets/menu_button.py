"""st.menu_button: a button that opens a menu; the option picked is the value for one run.

Like a button click, the pick is a one-run trigger: the call returns the chosen
option in the run the pick starts, then None again (Streamlit's
``string_trigger_value``). On the wire the pick is the option's index.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fragc.protocol.elements import MenuButtonProps
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.elements.icons import validate_material_icon
from fragc.shim.elements.layout_params import validate_width
from fragc.shim.errors import DOCS_FORMS, StreamlitAPIException
from fragc.shim.widgets.input_common import (
    StreamlitInvalidLayoutContextError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
    callback_for,
    refuse_state_writes,
)
from fragc.shim.widgets.options import OptionIndex
from fragc.shim.widgets.registry import WidgetSpec, register_widget, to_key


class MenuButtonMixin(DeltaGeneratorBase):
    def menu_button(
        self,
        label: str,
        options: Any,
        *,
        key: Any = None,
        help: str | None = None,
        on_click: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        type: str = "secondary",
        icon: str | None = None,
        disabled: bool = False,
        width: int | str = "content",
        format_func: Callable[[Any], Any] = str,
        wrap: bool | None = None,
    ) -> Any:
        user_key = to_key(key)
        label = "" if label is None else str(label)
        callback = callback_for(on_click, param_name="on_click", modes=())
        refuse_state_writes(user_key)
        if self._active()._form_id:
            raise StreamlitInvalidLayoutContextError(
                "`st.menu_button()` can't be used in an `st.form()`.\n\nFor more information, "
                f"refer to the\n[documentation for forms]({DOCS_FORMS}).\n"
            )
        if type not in ("primary", "secondary", "tertiary"):
            raise StreamlitValueError("type", ["'primary'", "'secondary'", "'tertiary'"])
        validate_width(width, allow_content=True)
        choices = OptionIndex(options, format_func)
        if not choices.options:
            raise StreamlitMissingRequiredParameterError(
                "options", detail="Provide at least one option."
            )
        if len(set(choices.labels)) != len(choices.labels):
            raise StreamlitAPIException(
                "The `format_func` produced duplicate labels for the menu button options. Each "
                "formatted option label must be unique."
            )
        if isinstance(icon, str) and icon.startswith(":material"):
            icon = validate_material_icon(icon)

        def deserialize(raw: Any) -> Any:
            if raw is None:
                return None
            try:
                return choices.option_at(raw)
            except KeyError:
                return None

        props: MenuButtonProps = {
            "label": label,
            "options": choices.labels,
            "help": help,
            "type": type,
            "icon": icon,
            "disabled": bool(disabled),
            "width": width,
            "wrap": wrap,
        }
        value, _ = register_widget(
            self,
            WidgetSpec(
                element={"kind": "menu_button", "props": props},
                user_key=user_key,
                id_parts={}
                if user_key is not None
                else {
                    "label": label,
                    "options": choices.labels,
                    "help": help,
                    "type": type,
                    "icon": icon,
                    "width": width,
                },
                default=None,
                deserialize=deserialize,
                serialize=lambda value: choices.index_of(value),
                on_change=callback,
                args=args,
                kwargs=kwargs,
                is_trigger=True,
                reset_value=None,
            ),
        )
        return value
