"""st.color_picker: a hex colour string, as in Streamlit 1.67."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from fragc.protocol.elements import ColorPickerProps
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.errors import StreamlitAPIException
from fragc.shim.widgets.input_common import (
    StreamlitInvalidParameterTypeError,
    callback_for,
    identity_parts,
)
from fragc.shim.widgets.registry import WidgetSpec, common_props, register_widget, to_key

HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")


def _deserializer(default: str) -> Callable[[Any], str]:
    def deserialize(raw: Any) -> str:
        # An empty or malformed value from the page means the default, as in Streamlit.
        if raw is None or raw == "":
            return default
        text = str(raw)
        if not text.startswith("#"):
            text = f"#{text}"
        return text if HEX_COLOR.match(text) else default

    return deserialize


class ColorPickerMixin(DeltaGeneratorBase):
    def color_picker(
        self,
        label: str,
        value: str | None = None,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | str | None = "rerun",
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: str | int = "content",
        bind: str | None = None,
        persist_state: Any = None,
    ) -> str:
        user_key = to_key(key)
        callback = callback_for(on_change)
        id_parts = identity_parts(
            user_key, {"label": label, "value": str(value), "help": help, "width": width}
        )
        if value is None:
            value = "#000000"
        if not isinstance(value, str):
            raise StreamlitInvalidParameterTypeError(
                "value",
                type(value).__name__,
                ["str"],
                detail="Pass a hex string like `'#00FFAA'` or `'#000'`.",
            )
        if not HEX_COLOR.match(value):
            raise StreamlitAPIException(
                f"'{value}' is not a valid hex code for colors. Valid ones are like "
                "'#00FFAA' or '#000'."
            )
        labelled = common_props(label, help, disabled, label_visibility)
        props: ColorPickerProps = {**labelled, "ignore_rerun": on_change == "ignore"}
        result, _ = register_widget(
            self,
            WidgetSpec(
                element={"kind": "color_picker", "props": props},
                user_key=user_key,
                id_parts=id_parts,
                default=value,
                deserialize=_deserializer(value),
                serialize=str,
                on_change=callback,
                args=args,
                kwargs=kwargs,
            ),
        )
        return result  # type: ignore[no-any-return]
