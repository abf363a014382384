"""``UploadedFile``: a file the user gave a file uploader (or a chat input), as in Streamlit.

Streamlit's server keeps uploads in its UploadedFileManager and the widget value only
names them; fragc has no server, so the page sends each file's bytes (base64) inside
the widget value on every run, and Python decodes them here. Python sends back only
the files' names and ids (the page already holds the bytes).
"""

from __future__ import annotations

import base64
import binascii
import io
from typing import Any


class UploadedFile(io.BytesIO):
    """A ``BytesIO`` holding the file's bytes, with ``file_id``, ``name``, ``type``, ``size``."""

    def __init__(self, file_id: str, name: str, type: str, data: bytes) -> None:
        super().__init__(data)
        self.file_id = file_id
        self.name = name
        self.type = type
        self.size = len(data)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UploadedFile):
            return NotImplemented
        return self.file_id == other.file_id

    def __hash__(self) -> int:
        return hash(self.file_id)

    def __repr__(self) -> str:
        return f"UploadedFile(file_id={self.file_id!r}, name={self.name!r}, type={self.type!r}, size={self.size})"


def decode_files(raw: Any) -> list[UploadedFile]:
    """The page's file list ``[{file_id, name, type, size, data}]`` -> UploadedFiles.

    An entry without readable bytes is dropped, like a file Streamlit's storage lost
    (its ``DeletedFile``).
    """
    files: list[UploadedFile] = []
    if not isinstance(raw, list):
        return files
    for entry in raw:
        if not isinstance(entry, dict) or not isinstance(entry.get("data"), str):
            continue
        try:
            data = base64.b64decode(entry["data"], validate=True)
        except (binascii.Error, ValueError):
            continue
        files.append(
            UploadedFile(
                file_id=str(entry.get("file_id", "")),
                name=str(entry.get("name", "")),
                type=str(entry.get("type") or "application/octet-stream"),
                data=data,
            )
        )
    return files


def describe_files(files: Any) -> list[dict[str, Any]]:
    """What Python tells the page about files it holds: ids and names, never the bytes."""
    if files is None:
        return []
    items = files if isinstance(files, list) else [files]
    return [
        {"file_id": f.file_id, "name": f.name, "type": f.type, "size": f.size}
        for f in items
        if isinstance(f, UploadedFile)
    ]
