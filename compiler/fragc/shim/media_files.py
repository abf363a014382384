"""Bytes the page shows as media (audio, video, PDF, subtitles), sent once per session.

Streamlit keeps such bytes in its media file manager and the element only carries a
URL. fragc has no server: the bytes travel inside the element's props. A video sent
again on every rerun would cost its size in JSON each time, so each payload is named by
its content hash and its bytes are sent only the first time this session shows it; the
page keeps them (as a Blob URL) for the session and later deltas only name them
(``runtime_js/src/render/media_store.js``).
"""

from __future__ import annotations

import base64
import hashlib

from fragc.protocol.elements import MediaRef
from fragc.shim.session import get_session


def media_ref(data: bytes, mime: str) -> MediaRef:
    """``{id, mime, size}`` plus ``data`` (base64) unless this session sent it already.

    Call :func:`mark_sent` once the element carrying the reference has been emitted:
    a call that fails before that must not leave the page without the bytes.
    """
    digest = hashlib.sha256(mime.encode() + b"\0" + data).hexdigest()[:32]
    ref: MediaRef = {"id": digest, "mime": mime, "size": len(data)}
    if digest not in get_session().media_sent:
        ref["data"] = base64.b64encode(data).decode("ascii")
    return ref


def mark_sent(*refs: MediaRef | None) -> None:
    sent = get_session().media_sent
    for ref in refs:
        if ref is not None:
            sent.add(str(ref["id"]))
