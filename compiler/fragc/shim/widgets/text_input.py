"""st.text_input and st.text_area: committed on Enter or blur, not per keystroke."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fragc.protocol.elements import TextAreaProps, TextInputProps
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.elements.icons import validate_icon_or_emoji
from fragc.shim.errors import StreamlitAPIException
from fragc.shim.widgets.input_common import StreamlitValueError, callback_for, identity_parts
from fragc.shim.widgets.registry import WidgetSpec, common_props, register_widget, to_key
from fragc.shim.widgets.url_binding import check_bind


def _as_optional_str(value: Any) -> str | None:
    return None if value is None else str(value)


# Streamlit 1.67's smart defaults per text_input type: (icon, placeholder, autocomplete).
_TYPE_DEFAULTS: dict[str, tuple[str | None, str | None, str]] = {
    "default": (None, None, ""),
    "password": (None, None, "new-password"),
    "email": (":material/mail:", "you@example.com", "email"),
    "url": (":material/link:", "https://example.com", "url"),
    "phone": (":material/call:", "+1 234 567 8900", "tel"),
    "search": (":material/search:", "Search", "off"),
}


def _text_from_url(max_chars: int | None) -> Callable[[Any], str]:
    """A bound text widget's URL value: the text, cut to max_chars as the field would."""

    def read(text: Any) -> str:
        value = str(text[-1] if isinstance(text, list) else text)
        return value if max_chars is None else value[:max_chars]

    return read


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
        on_change: Callable[..., Any] | str | None = "rerun",
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        placeholder: str | None = None,
        disabled: bool = False,
        required: bool = False,
        label_visibility: str = "visible",
        icon: str | None = None,
        validate: Any = None,
        live: Any = False,
        width: str | int = "stretch",
        bind: str | None = None,
        persist_state: Any = None,
    ) -> str | None:
        if type not in _TYPE_DEFAULTS:
            raise StreamlitValueError("type", [repr(t) for t in _TYPE_DEFAULTS])
        user_key = to_key(key)
        check_bind(bind, user_key)
        callback = callback_for(on_change)
        default_icon, default_placeholder, default_autocomplete = _TYPE_DEFAULTS[type]
        # A given value wins over the type's; "" turns the feature off.
        icon = default_icon if icon is None else icon or None
        placeholder = default_placeholder if placeholder is None else placeholder
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
            "autocomplete": default_autocomplete if autocomplete is None else autocomplete,
            "icon": validate_icon_or_emoji(icon) if icon else None,
            "ignore_rerun": on_change == "ignore",
        }
        result, _ = register_widget(
            self,
            WidgetSpec(
                element={"kind": "text_input", "props": props},
                user_key=user_key,
                # With a key, 1.67 keeps the value across new props but max_chars and
                # validate (key_as_main_identity={"max_chars", "validate"}).
                id_parts=identity_parts(
                    user_key,
                    {
                        "label": label,
                        "value": value,
                        "max_chars": max_chars,
                        "type": type,
                        "help": help,
                        "autocomplete": autocomplete,
                        "placeholder": placeholder,
                        "validate": repr(validate),
                    },
                    keyed=("max_chars", "validate"),
                ),
                default=value,
                deserialize=_as_optional_str,
                on_change=callback,
                args=args,
                kwargs=kwargs,
                bind=bind,
                to_url=str,
                from_url=_text_from_url(max_chars),
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
        on_change: Callable[..., Any] | str | None = "rerun",
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        placeholder: str | None = None,
        disabled: bool = False,
        required: bool = False,
        label_visibility: str = "visible",
        validate: Any = None,
        width: str | int = "stretch",
        bind: str | None = None,
        persist_state: Any = None,
    ) -> str | None:
        user_key = to_key(key)
        check_bind(bind, user_key)
        callback = callback_for(on_change)
        value = _as_optional_str(value)
        labelled = common_props(label, help, disabled, label_visibility)
        props: TextAreaProps = {
            **labelled,
            "max_chars": max_chars,
            "placeholder": placeholder,
            "height": height,
            "ignore_rerun": on_change == "ignore",
        }
        result, _ = register_widget(
            self,
            WidgetSpec(
                element={"kind": "text_area", "props": props},
                user_key=user_key,
                id_parts=identity_parts(
                    user_key,
                    {
                        "label": label,
                        "value": value,
                        "height": height,
                        "max_chars": max_chars,
                        "help": help,
                        "placeholder": placeholder,
                    },
                    keyed=("max_chars",),
                ),
                default=value,
                deserialize=_as_optional_str,
                on_change=callback,
                args=args,
                kwargs=kwargs,
                bind=bind,
                to_url=str,
                from_url=_text_from_url(max_chars),
            ),
        )
        return result  # type: ignore[no-any-return]
