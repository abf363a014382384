"""The buttons: st.button, st.download_button and st.link_button, as in Streamlit 1.67.

A button is a trigger widget: True only in the run its click caused.

A download button's file travels in its props (base64 bytes, MIME type, file name); the
page turns it into a Blob URL when clicked, so the download needs no server. The click
is also a trigger (True for one run) unless ``on_click="ignore"``.

A link button is an ``<a>`` styled as a button. With ``on_click="ignore"`` (the
default) it is a plain element that returns its handle; with ``"rerun"`` or a callback
it is also a trigger widget that returns True in the run its click caused.

(``st.form_submit_button`` lives with the form, in ``form.py``.)
"""

from __future__ import annotations

import base64
import io
import os
from collections.abc import Callable
from typing import Any

from fragc.protocol.elements import DownloadButtonProps, LinkButtonProps
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.elements.icons import validate_icon_or_emoji
from fragc.shim.errors import DOCS_FORMS, StreamlitAPIException
from fragc.shim.widgets.input_common import (
    FORM_DOCS_INFO,
    StreamlitInvalidLayoutContextError,
    StreamlitValueError,
    callback_for,
    identity_parts,
    refuse_state_writes,
)
from fragc.shim.widgets.registry import WidgetSpec, register_widget, to_key
from fragc.shim.widgets.shortcut import optional_shortcut

BUTTON_TYPES = ("primary", "secondary", "tertiary")

# Streamlit's choices where Python's mimetypes table has none (or a platform-dependent one).
_PREFERRED_EXTENSIONS = {"audio/wav": ".wav", "text/vtt": ".vtt"}


def check_button_type(type: str, command: str = "st.button") -> None:
    if type not in ("primary", "secondary", "tertiary"):
        raise StreamlitAPIException(
            f'The type argument to {command} must be "primary", "secondary", or "tertiary". '
            f'\nThe argument passed was "{type}".'
        )


def _check_type(type: str) -> None:
    if type not in BUTTON_TYPES:
        raise StreamlitValueError("type", ["'primary'", "'secondary'", "'tertiary'"])


def _check_icon_position(icon_position: str) -> None:
    if icon_position not in ("left", "right"):
        raise StreamlitValueError("icon_position", ["'left'", "'right'"])


def _stretch(use_container_width: bool | None, width: str | int) -> bool:
    if use_container_width is not None:
        return bool(use_container_width)
    return width == "stretch"


def data_to_bytes(data: Any) -> tuple[bytes, str]:
    """(bytes, inferred MIME type) of a download's data, as Streamlit converts it."""
    if isinstance(data, str):
        return data.encode(), "text/plain"
    if isinstance(data, io.TextIOWrapper):
        return data.read().encode(), "text/plain"
    if isinstance(data, io.StringIO):
        return data.getvalue().encode(), "text/plain"
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data), "application/octet-stream"
    if isinstance(data, io.BytesIO):
        data.seek(0)
        return data.getvalue(), "application/octet-stream"
    if isinstance(data, (io.BufferedReader, io.RawIOBase)):
        data.seek(0)
        return data.read() or b"", "application/octet-stream"
    raise StreamlitAPIException(f"Invalid binary data format: {type(data)}")


def _file_info_from_data(
    data: Any, file_name: str | None, mime: str | None
) -> tuple[str | None, str | None]:
    """A file opened from disk names itself: fill a missing file_name / mime from it."""
    try:
        name = getattr(data, "name", None)
    except (AttributeError, ValueError, OSError):
        return file_name, mime
    if not isinstance(name, str) or not name:
        return file_name, mime
    if file_name is None:
        file_name = os.path.basename(name)
    if mime is None:
        import mimetypes  # lazily: a slow import in Pyodide (tests/shim/test_boot_cost.py)

        mime = mimetypes.guess_type(file_name)[0]
    return file_name, mime


def default_file_name(mime: str) -> str:
    """Streamlit's name for a download without ``file_name``: streamlit_download + extension."""
    extension = _PREFERRED_EXTENSIONS.get(mime)
    if extension is None:
        import mimetypes  # lazily: a slow import in Pyodide (tests/shim/test_boot_cost.py)

        extension = mimetypes.guess_extension(mime, strict=False) or ""
    return f"streamlit_download{extension}"


def download_file(data: Any, file_name: str | None, mime: str | None) -> tuple[str, str, str]:
    """(the bytes in base64, the MIME type, the file name) a download button carries."""
    if callable(data):
        # Streamlit calls the function when the button is clicked, on the server; fragc
        # has no server to ask at click time, so it calls it now.
        data = data()
    file_name, mime = _file_info_from_data(data, file_name, mime)
    payload, inferred = data_to_bytes(data)
    mime = mime or inferred
    return base64.b64encode(payload).decode("ascii"), mime, file_name or default_file_name(mime)


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
        icon_position: str = "left",
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: str | int = "content",
        shortcut: str | None = None,
        wrap: bool | None = None,
    ) -> bool:
        check_button_type(type)
        _check_icon_position(icon_position)
        keys = optional_shortcut(shortcut)
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
                element={
                    "kind": "button",
                    "props": {
                        "label": str(label),
                        "help": help,
                        "type": type,
                        "icon": validate_icon_or_emoji(icon) if icon is not None else None,
                        "icon_position": icon_position,
                        "disabled": bool(disabled),
                        "use_container_width": stretch,
                        "shortcut": keys,
                    },
                },
                user_key=user_key,
                id_parts=identity_parts(
                    user_key,
                    {
                        "label": label,
                        "icon": icon,
                        "help": help,
                        "is_form_submitter": False,
                        "type": type,
                        "use_container_width": stretch,
                        "icon_position": icon_position,
                        "shortcut": keys,
                    },
                ),
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

    def download_button(
        self,
        label: str,
        data: Any,
        file_name: str | None = None,
        mime: str | None = None,
        key: Any = None,
        help: str | None = None,
        on_click: Callable[..., Any] | str | None = "rerun",
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        type: str = "secondary",
        icon: str | None = None,
        icon_position: str = "left",
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: str | int = "content",
        shortcut: str | None = None,
        wrap: bool | None = None,
    ) -> bool:
        _check_type(type)
        _check_icon_position(icon_position)
        keys = optional_shortcut(shortcut)
        user_key = to_key(key)
        label = "" if label is None else str(label)
        callback = callback_for(on_click, param_name="on_click")
        refuse_state_writes(user_key)
        if self._active()._form_id and callback is None:
            # (With a callback the registry's "callbacks in forms" error comes first, as in 1.67.)
            raise StreamlitInvalidLayoutContextError(
                f"`st.download_button()` can't be used in an `st.form()`.{FORM_DOCS_INFO}"
            )
        shown_icon = validate_icon_or_emoji(icon) if icon is not None else None
        payload, file_mime, shown_name = download_file(data, file_name, mime)
        props: DownloadButtonProps = {
            "label": label,
            "help": help,
            "type": type,
            "icon": shown_icon,
            "icon_position": icon_position,
            "disabled": bool(disabled),
            "use_container_width": _stretch(use_container_width, width),
            "ignore_rerun": on_click == "ignore",
            "shortcut": keys,
            "data": payload,
            "mime": file_mime,
            "file_name": shown_name,
        }
        value, _ = register_widget(
            self,
            WidgetSpec(
                element={"kind": "download_button", "props": props},
                user_key=user_key,
                id_parts=identity_parts(
                    user_key,
                    {
                        "label": label,
                        "icon": icon,
                        "file_name": file_name,
                        "mime": mime,
                        "help": help,
                        "type": type,
                        "width": width,
                        "icon_position": icon_position,
                        "shortcut": shortcut,
                    },
                ),
                default=False,
                deserialize=bool,
                on_change=callback,
                args=args,
                kwargs=kwargs,
                is_trigger=True,
                reset_value=False,
            ),
        )
        return bool(value)

    def link_button(
        self,
        label: str,
        url: str,
        *,
        key: Any = None,
        on_click: Callable[..., Any] | str = "ignore",
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        help: str | None = None,
        type: str = "secondary",
        icon: str | None = None,
        icon_position: str = "left",
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: str | int = "content",
        shortcut: str | None = None,
        wrap: bool | None = None,
    ) -> Any:
        _check_type(type)
        _check_icon_position(icon_position)
        keys = optional_shortcut(shortcut)
        user_key = to_key(key)
        label = "" if label is None else str(label)
        callback = callback_for(on_click, param_name="on_click")
        props: LinkButtonProps = {
            "label": label,
            "url": str(url),
            "help": help,
            "type": type,
            "icon": validate_icon_or_emoji(icon) if icon is not None else None,
            "icon_position": icon_position,
            "disabled": bool(disabled),
            "use_container_width": _stretch(use_container_width, width),
            "ignore_rerun": on_click == "ignore",
            "shortcut": keys,
        }
        if on_click == "ignore":
            return self._enqueue({"kind": "link_button", "props": props}, key=user_key)
        refuse_state_writes(user_key)
        value, _ = register_widget(
            self,
            WidgetSpec(
                element={"kind": "link_button", "props": props},
                user_key=user_key,
                id_parts=identity_parts(
                    user_key,
                    {
                        "label": label,
                        "icon": icon,
                        "url": url,
                        "help": help,
                        "type": type,
                        "width": width,
                        "icon_position": icon_position,
                        "shortcut": shortcut,
                    },
                ),
                default=False,
                deserialize=bool,
                on_change=callback,
                args=args,
                kwargs=kwargs,
                is_trigger=True,
                reset_value=False,
            ),
        )
        return bool(value)
