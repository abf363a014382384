"""``streamlit.runtime.uploaded_file_manager``: the ``UploadedFile`` type apps annotate with."""

from __future__ import annotations

from fragc.shim.uploaded_file import UploadedFile as UploadedFile

__all__ = ["UploadedFile"]
