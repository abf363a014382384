"""st.audio, st.video and st.pdf, with Streamlit 1.67's signatures, checks and texts.

A URL (``http(s)://``, ``data:``) is shown as it is; a YouTube link becomes YouTube's
embed player, as in Streamlit. Everything else is bytes: raw bytes, a file-like
object, a path to a file bundled with the app (the worker's working directory holds
them), or for ``st.audio`` a NumPy array with ``sample_rate`` (turned into a WAV the
way Streamlit does). Bytes travel once per session (``fragc.shim.media_files``).

``st.pdf`` needs the ``streamlit-pdf`` component under Streamlit; fragc shows PDFs
itself, in the browser's PDF viewer.
"""

from __future__ import annotations

import io
import os
import re
from datetime import timedelta
from pathlib import Path
from typing import Any

from fragc.protocol.elements import AudioProps, MediaRef, PdfProps, SubtitleTrack, VideoProps
from fragc.shim import context
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.elements.image import MediaFileStorageError
from fragc.shim.elements.layout_params import (
    StreamlitIncompatibleParametersError,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    validate_height,
    validate_width,
)
from fragc.shim.errors import (
    StreamlitAPIException,
    StreamlitDuplicateElementId,
    StreamlitValueError,
)
from fragc.shim.media_files import mark_sent, media_ref
from fragc.shim.widgets.registry import compute_element_id
from fragc.timeparse import time_to_seconds

MediaTime = int | float | timedelta | str

TIMEDELTA_PARSE_ERROR_MESSAGE = (
    "Failed to convert '{param_name}' to a timedelta. "
    "Please use a string in a format supported by "
    "[Pandas Timedelta constructor]"
    "(https://pandas.pydata.org/docs/reference/api/pandas.Timedelta.html), "
    'e.g. `"10s"`, `"15 seconds"`, or `"1h23s"`. Got: {param_value}'
)

# Streamlit's YOUTUBE_RE (elements/media.py), verbatim.
YOUTUBE_RE = re.compile(
    r"^((https?://(?:www\.)?(?:m\.)?youtube\.com))/((?:oembed\?url=https?%3A//(?:www\.)youtube.com/watch\?(?:v%3D)(?P<video_id_1>[\w\-]{10,20})&format=json)|(?:attribution_link\?a=.*watch(?:%3Fv%3D|%3Fv%3D)(?P<video_id_2>[\w\-]{10,20}))(?:%26feature.*))|(https?:)?(\/\/)?((www\.|m\.)?youtube(-nocookie)?\.com\/((watch)?\?(app=desktop&)?(feature=\w*&)?v=|embed\/|v\/|e\/)|youtu\.be\/)(?P<video_id_3>[\w\-]{10,20})"
)
_SRT_LINE = re.compile(r"\d{2}:\d{2}:\d{2},\d{3} --> \d{2}:\d{2}:\d{2},\d{3}")
_SRT_TIME = re.compile(r"(\d{2}:\d{2}:\d{2}),(\d{3})")
_SUBTITLE_FORMATS = (".srt", ".vtt")
_MEDIA_TYPES = ["str", "bytes", "Path", "BytesIO", "file-like", "ndarray"]


def is_url(text: str, schemes: tuple[str, ...] = ("http", "https", "data")) -> bool:
    """Streamlit's ``url_util.is_url``: a known scheme, and a host (http) or a body (data)."""
    scheme, colon, rest = text.partition(":")
    if not colon or scheme.lower() not in schemes:
        return False
    if scheme.lower() in ("http", "https"):
        return rest.startswith("//") and bool(rest[2:].split("/", 1)[0])
    return bool(rest)


def youtube_embed_url(url: str) -> str | None:
    match = YOUTUBE_RE.match(url)
    if not match:
        return None
    code = match.group("video_id_1") or match.group("video_id_2") or match.group("video_id_3")
    return f"https://www.youtube.com/embed/{code}"


def parse_start_end(start_time: Any, end_time: Any) -> tuple[int, int | None]:
    """Whole seconds, as Streamlit truncates them; its error texts for bad strings."""
    try:
        start = time_to_seconds(start_time)
        if start is None:
            raise ValueError
        start_seconds = int(start)
    except (ValueError, TypeError):
        raise StreamlitAPIException(
            TIMEDELTA_PARSE_ERROR_MESSAGE.format(param_name="start_time", param_value=start_time)
        ) from None
    try:
        end = time_to_seconds(end_time)
    except ValueError:
        raise StreamlitAPIException(
            TIMEDELTA_PARSE_ERROR_MESSAGE.format(param_name="end_time", param_value=end_time)
        ) from None
    return start_seconds, None if end is None else int(end)


def _is_numpy_array(data: Any) -> bool:
    return type(data).__module__ == "numpy" and type(data).__name__ == "ndarray"


def wav_from_array(data: Any, sample_rate: int) -> bytes:
    """Streamlit's ``_make_wav``: 16-bit PCM, scaled to the loudest sample.

    A 1D array is one channel; a 2D array is one row per channel.
    """
    import wave

    import numpy as np

    samples = np.array(data, dtype=float)
    if samples.ndim == 1:
        channels = 1
    elif samples.ndim == 2:
        channels = samples.shape[0]
        samples = samples.T.ravel()
    else:
        raise StreamlitAPIException("Numpy array audio input must be a 1D or 2D array.")
    if samples.size == 0:
        frames = samples.astype(np.int16).tobytes()
    else:
        frames = ((samples / np.max(np.abs(samples))) * 32767).astype(np.int16).tobytes()
    with io.BytesIO() as buffer:
        with wave.open(buffer, mode="wb") as out:
            out.setnchannels(channels)
            out.setframerate(sample_rate)
            out.setsampwidth(2)
            out.setcomptype("NONE", "NONE")
            out.writeframes(frames)
        return buffer.getvalue()


def read_media(data: Any) -> bytes | None:
    """The bytes of anything Streamlit's ``_marshall_av_media`` takes (None: nothing)."""
    if data is None:
        return None
    if isinstance(data, Path):
        data = str(data)
    if isinstance(data, str):
        try:
            with open(data, "rb") as handle:
                return handle.read()
        except OSError as error:
            raise MediaFileStorageError(f"Error opening '{data}'") from error
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    if isinstance(data, io.BytesIO):
        data.seek(0)
        return data.getvalue()
    if isinstance(data, (io.RawIOBase, io.BufferedReader)):
        data.seek(0)
        read = data.read()
        return None if read is None else bytes(read)
    if _is_numpy_array(data):
        return bytes(data.tobytes())
    raise StreamlitInvalidParameterTypeError("data", type(data).__name__, _MEDIA_TYPES)


def _as_url(data: Any) -> str | None:
    """``data`` when it is a URL to show as is (a path to an existing file is not)."""
    if isinstance(data, Path):
        data = str(data)
    if isinstance(data, str) and not os.path.isfile(data) and is_url(data):
        return data
    return None


def normalize_alt(alt: Any) -> str | None:
    """Streamlit's ``normalize_alt``: None, empty and blank all mean no description."""
    if alt is None:
        return None
    text = alt.decode() if isinstance(alt, bytes) else str(alt)
    return text.strip() or None


# ----------------------------------------------------------------------- subtitles


def _is_srt(data: bytes) -> bool:
    try:
        header = data[:33].decode("utf-8").strip()
    except UnicodeDecodeError:
        return False
    lines = header.split("\n")
    return len(lines) >= 2 and lines[0].isdigit() and bool(_SRT_LINE.search(lines[1]))


def _srt_to_vtt(data: bytes) -> bytes:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise StreamlitAPIException("Could not decode the input stream as UTF-8.") from error
    return ("WEBVTT\n\n" + _SRT_TIME.sub(r"\1.\2", text)).strip().encode("utf-8")


def subtitle_vtt(data: Any) -> bytes:
    """Streamlit's ``process_subtitle_data``: VTT as given, SRT converted, files read."""
    if isinstance(data, (str, Path)):
        if os.path.isfile(data):
            suffix = Path(data).suffix.lower()
            if suffix not in _SUBTITLE_FORMATS:
                raise StreamlitValueError(
                    "subtitles", list(_SUBTITLE_FORMATS), detail=f"Got {suffix}."
                )
            content = Path(data).read_bytes()
            return _srt_to_vtt(content) if suffix == ".srt" else content
        if isinstance(data, Path):
            raise StreamlitAPIException(f"File {data} does not exist.")
        text = data.strip()
        if text.startswith("WEBVTT") or text == "":
            return text.encode("utf-8")
        if _is_srt(text.encode("utf-8")):
            return _srt_to_vtt(text.encode("utf-8"))
        raise StreamlitValueError("subtitles", ["VTT-formatted text", "SRT-formatted text"])
    if isinstance(data, io.BytesIO):
        content = data.getvalue()
    elif isinstance(data, bytes):
        content = data
    else:
        raise StreamlitInvalidParameterTypeError(
            "subtitles", type(data).__name__, ["str", "bytes", "Path", "BytesIO"]
        )
    return _srt_to_vtt(content) if _is_srt(content) else content


def _subtitle_items(subtitles: Any) -> list[tuple[str, Any]]:
    if not subtitles:
        return []
    if isinstance(subtitles, (str, bytes, io.BytesIO, Path)):
        return [("default", subtitles)]
    if isinstance(subtitles, dict):
        return list(subtitles.items())
    raise StreamlitInvalidParameterTypeError(
        "subtitles", type(subtitles).__name__, ["str", "bytes", "BytesIO", "Path", "dict"]
    )


class MediaMixin(DeltaGeneratorBase):
    def audio(
        self,
        data: Any,
        format: str = "audio/wav",
        start_time: MediaTime = 0,
        *,
        sample_rate: int | None = None,
        end_time: MediaTime | None = None,
        loop: bool = False,
        autoplay: bool = False,
        alt: str | None = None,
        width: int | str = "stretch",
    ) -> Any:
        start, end = parse_start_end(start_time, end_time)
        validate_width(width)
        is_array = _is_numpy_array(data)
        if is_array and sample_rate is None:
            raise StreamlitMissingRequiredParameterError(
                "sample_rate", detail="Must be specified when `data` is a numpy array."
            )
        if context.get_ctx() is None:
            return self._active()
        url = _as_url(data)
        ref: MediaRef | None = None
        if url is None:
            payload = (
                wav_from_array(data, int(sample_rate))
                if is_array and sample_rate is not None
                else read_media(data)
            )
            ref = None if payload is None else media_ref(payload, format)
        props: AudioProps = {
            "src": url,
            "media": ref,
            "start_time": start,
            "end_time": end,
            "loop": bool(loop),
            "autoplay": bool(autoplay),
            "alt": normalize_alt(alt),
            "width": width if isinstance(width, int) else None,
        }
        if autoplay:
            _register_autoplay("audio", dict(props), format, sample_rate=sample_rate)
        handle = self._enqueue({"kind": "audio", "props": props})
        mark_sent(ref)
        return handle

    def video(
        self,
        data: Any,
        format: str = "video/mp4",
        start_time: MediaTime = 0,
        *,
        subtitles: Any = None,
        end_time: MediaTime | None = None,
        loop: bool = False,
        autoplay: bool = False,
        muted: bool = False,
        alt: str | None = None,
        width: int | str = "stretch",
    ) -> Any:
        start, end = parse_start_end(start_time, end_time)
        validate_width(width)
        if start < 0 or (end is not None and end <= start):
            raise StreamlitAPIException("Invalid start_time and end_time combination.")
        if context.get_ctx() is None:
            return self._active()
        url = _as_url(data)
        youtube = youtube_embed_url(url) if url else None
        if youtube and subtitles:
            raise StreamlitIncompatibleParametersError(
                "subtitles",
                "data=<YouTube URL>",
                explanation="Subtitles are not supported for YouTube videos.",
            )
        ref: MediaRef | None = None
        if url is None:
            payload = read_media(data)
            ref = None if payload is None else media_ref(payload, format)
        tracks: list[SubtitleTrack] = []
        for label, subtitle in _subtitle_items(subtitles):
            try:
                vtt = subtitle_vtt(subtitle)
            except (TypeError, ValueError, StreamlitAPIException) as error:
                raise StreamlitAPIException(
                    f"Failed to process the provided subtitle {label!r}: {error}"
                ) from error
            tracks.append({"label": label or "", "media": media_ref(vtt, "text/vtt")})
        video: VideoProps = {
            "src": youtube or url,
            "youtube": youtube is not None,
            "media": ref,
            "start_time": start,
            "end_time": end,
            "loop": bool(loop),
            "autoplay": bool(autoplay),
            "muted": bool(muted),
            "subtitles": tracks,
            "alt": normalize_alt(alt),
            "width": width if isinstance(width, int) else None,
        }
        if autoplay:
            _register_autoplay("video", dict(video), format)
        handle = self._enqueue({"kind": "video", "props": video})
        mark_sent(ref, *(track["media"] for track in tracks))
        return handle

    def pdf(
        self,
        data: Any,
        *,
        height: int | str = 500,
        key: str | None = None,
        alt: str | None = None,
    ) -> Any:
        if data is None:
            raise StreamlitMissingRequiredParameterError(
                "data",
                detail=(
                    "Please provide a valid PDF file path, URL, bytes data, or file-like object."
                ),
            )
        validate_height(height)
        if context.get_ctx() is None:
            return self._active()
        url = _as_url(data)
        ref: MediaRef | None = None
        if url is None:
            payload = read_media(data)
            ref = None if payload is None else media_ref(payload, "application/pdf")
        pdf: PdfProps = {
            "src": url,
            "media": ref,
            "height": height if isinstance(height, int) else None,
            "alt": normalize_alt(alt),
        }
        handle = self._enqueue({"kind": "pdf", "props": pdf}, key=None if key is None else str(key))
        mark_sent(ref)
        return handle


def _register_autoplay(kind: str, props: dict[str, Any], mime: str, **extra: Any) -> None:
    """An autoplaying media element has an id (Streamlit's): two alike in a run are an error."""
    ctx = context.get_ctx()
    if ctx is None:
        return
    media = props.get("media") or {}
    parts = {key: value for key, value in props.items() if key not in ("media", "subtitles")}
    parts.update(mime=mime, content=media.get("id"), **extra)
    element_id = compute_element_id(kind, None, "", parts)
    if element_id in ctx.widget_ids_this_run:
        raise StreamlitDuplicateElementId(kind)
    ctx.widget_ids_this_run.add(element_id)
