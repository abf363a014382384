"""st.file_uploader: the user's files as ``UploadedFile`` objects, as in Streamlit 1.67.

The page reads each chosen file and puts its bytes (base64) in the widget value, a
list of ``{file_id, name, type, size, data}``; see :mod:`fragc.shim.uploaded_file`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any

from fragc.protocol.elements import FileUploaderProps
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.errors import StreamlitAPIException
from fragc.shim.uploaded_file import UploadedFile, decode_files, describe_files
from fragc.shim.widgets.input_common import (
    StreamlitValueError,
    callback_for,
    identity_parts,
    refuse_state_writes,
)
from fragc.shim.widgets.registry import WidgetSpec, common_props, register_widget, to_key

# Streamlit's server.maxUploadSize default, in megabytes.
DEFAULT_MAX_UPLOAD_SIZE_MB = 200

_CATEGORY_SHORTCUTS = frozenset({"image", "audio", "video", "text"})
_TYPE_PAIRS = [
    (".jpg", ".jpeg"),
    (".mpg", ".mpeg"),
    (".mp4", ".mpeg4"),
    (".tif", ".tiff"),
    (".htm", ".html"),
]


def normalize_upload_types(file_type: str | Sequence[str]) -> list[str]:
    """Streamlit's accepted-type list: shortcuts -> "image/*", extensions -> ".ext" (paired)."""
    entries = [file_type] if isinstance(file_type, str) else list(file_type)
    extensions: list[str] = []
    mime_types: list[str] = []
    for raw in entries:
        entry = raw.strip()
        if not entry:
            continue
        if entry.lower() in _CATEGORY_SHORTCUTS:
            mime_types.append(f"{entry.lower()}/*")
        elif "/" in entry:
            mime_types.append(entry.lower())
        else:
            ext = entry.lower()
            extensions.append(ext if ext.startswith(".") else f".{ext}")
    for a, b in _TYPE_PAIRS:
        if a in extensions and b not in extensions:
            extensions.append(b)
        if b in extensions and a not in extensions:
            extensions.append(a)
    return mime_types + extensions


def enforce_filename_restriction(filename: str, allowed: Sequence[str]) -> None:
    """Refuse a file whose extension is not allowed (only when the types are all extensions)."""
    if "\0" in filename:
        raise StreamlitAPIException("Filename cannot contain null bytes.")
    extensions = [t.lower() for t in allowed if t.startswith(".")]
    if any("/" in t for t in allowed) or not extensions:
        return  # MIME types: the browser's `accept` filter is trusted, as in Streamlit
    if not any(filename.lower().endswith(ext) for ext in extensions):
        raise StreamlitAPIException(
            f"Invalid file extension: `{os.path.splitext(filename)[1]}`. Allowed: {extensions}"
        )


def validate_max_upload_size(max_upload_size: Any) -> None:
    if max_upload_size is not None and (
        isinstance(max_upload_size, bool)
        or not isinstance(max_upload_size, int)
        or max_upload_size < 1
    ):
        raise StreamlitValueError(
            "max_upload_size",
            ["a positive integer"],
            detail="Set it to None to fall back to the `server.maxUploadSize` configuration option.",
        )


class FileUploaderMixin(DeltaGeneratorBase):
    def file_uploader(
        self,
        label: str,
        type: str | Sequence[str] | None = None,
        accept_multiple_files: bool | str = False,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | str | None = "rerun",
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        max_upload_size: int | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: str | int = "stretch",
    ) -> UploadedFile | list[UploadedFile] | None:
        user_key = to_key(key)
        callback = callback_for(on_change)
        validate_max_upload_size(max_upload_size)
        refuse_state_writes(user_key)
        id_parts = identity_parts(
            user_key,
            {
                "max_upload_size": max_upload_size,
                "label": label,
                "type": type,
                "accept_multiple_files": accept_multiple_files,
                "help": help,
                "width": width,
            },
            keyed={"type", "accept_multiple_files", "max_upload_size"},
        )
        allowed = normalize_upload_types(type) if type else []
        multiple = accept_multiple_files is True or accept_multiple_files == "directory"

        def deserialize(raw: Any) -> UploadedFile | list[UploadedFile] | None:
            files = decode_files(raw)
            if multiple:
                return files
            return files[0] if files else None

        labelled = common_props(label, help, disabled, label_visibility)
        props: FileUploaderProps = {
            **labelled,
            "type": allowed,
            "multiple": multiple,
            "directory": accept_multiple_files == "directory",
            "max_upload_size_mb": max_upload_size or DEFAULT_MAX_UPLOAD_SIZE_MB,
            "ignore_rerun": on_change == "ignore",
        }
        result, _ = register_widget(
            self,
            WidgetSpec(
                element={"kind": "file_uploader", "props": props},
                user_key=user_key,
                id_parts=id_parts,
                default=[] if multiple else None,
                deserialize=deserialize,
                serialize=describe_files,
                on_change=callback,
                args=args,
                kwargs=kwargs,
            ),
        )
        if allowed:
            # Checked here, not while decoding, so the error shows where the widget is.
            for uploaded in result if isinstance(result, list) else [result] if result else []:
                enforce_filename_restriction(uploaded.name, allowed)
        return result  # type: ignore[no-any-return]
