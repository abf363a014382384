"""st.audio, st.video and st.pdf in CPython (issue 10), against Streamlit 1.67.

What the page gets (props), what Python refuses (1.67's error texts), and the media
bytes travelling once per session.
"""

from __future__ import annotations

import base64
import io
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fragc.page_model import Node
from tests.shim.harness import AppHarness

MakeApp = Callable[[str], AppHarness]


def one(app: AppHarness, kind: str) -> Node:
    (node,) = [n for n in app.page.elements() if n.kind == kind]
    return node


def media_bytes(node: Node) -> bytes:
    return base64.b64decode(node.props["media"]["data"])


def test_audio_from_bytes_with_times(make_app: MakeApp) -> None:
    app = make_app(
        """
        import streamlit as st
        st.audio(b"RIFF-fake", format="audio/wav", start_time="1m", end_time=75.9, loop=True,
                 autoplay=True, alt="A tone", width=300)
        """
    )
    audio = one(app, "audio")
    assert audio.props["src"] is None
    assert audio.props["media"]["mime"] == "audio/wav"
    assert media_bytes(audio) == b"RIFF-fake"
    assert (audio.props["start_time"], audio.props["end_time"]) == (60, 75)  # whole seconds
    assert (audio.props["loop"], audio.props["autoplay"], audio.props["width"]) == (True, True, 300)
    assert audio.props["alt"] == "A tone"


def test_audio_from_numpy_is_streamlits_wav(make_app: MakeApp) -> None:
    app = make_app(
        """
        import numpy as np
        import streamlit as st
        st.audio(np.array([[0.0, 0.5, -1.0], [1.0, 0.25, 0.0]]), sample_rate=8000)
        """
    )
    with wave.open(io.BytesIO(media_bytes(one(app, "audio")))) as wav:
        assert (wav.getnchannels(), wav.getframerate(), wav.getsampwidth()) == (2, 8000, 2)
        frames = wav.readframes(3)
    # Scaled to the loudest sample (1.0 -> 32767), channels interleaved.
    samples = [int.from_bytes(frames[i : i + 2], "little", signed=True) for i in range(0, 12, 2)]
    assert samples == [0, 32767, 16383, 8191, -32767, 0]


def test_bundled_file_and_url(make_app: MakeApp, tmp_path: Path) -> None:
    (tmp_path / "clip.webm").write_bytes(b"webm-bytes")
    app = make_app(
        f"""
        from pathlib import Path
        import streamlit as st
        st.video(Path({str(tmp_path / "clip.webm")!r}), format="video/webm")
        st.audio("https://example.com/a.mp3")
        st.video("https://youtu.be/dQw4w9WgXcQ", start_time=3)
        """
    )
    video, youtube = [n for n in app.page.elements() if n.kind == "video"]
    assert media_bytes(video) == b"webm-bytes"
    assert video.props["media"]["mime"] == "video/webm"
    assert one(app, "audio").props["src"] == "https://example.com/a.mp3"
    assert youtube.props["src"] == "https://www.youtube.com/embed/dQw4w9WgXcQ"
    assert (youtube.props["youtube"], youtube.props["start_time"]) == (True, 3)


def test_subtitles_vtt_srt_and_files(make_app: MakeApp, tmp_path: Path) -> None:
    (tmp_path / "en.srt").write_text("1\n00:00:01,500 --> 00:00:02,000\nHello\n")
    app = make_app(
        f"""
        import streamlit as st
        st.video(b"v", subtitles={{
            "VTT": "WEBVTT\\n\\n00:00.000 --> 00:01.000\\nHi",
            "File": {str(tmp_path / "en.srt")!r},
            "": b"1\\n00:00:00,000 --> 00:00:01,000\\nBytes",
        }})
        """
    )
    tracks = one(app, "video").props["subtitles"]
    assert [t["label"] for t in tracks] == ["VTT", "File", ""]
    texts = [base64.b64decode(t["media"]["data"]).decode() for t in tracks]
    assert texts[0].startswith("WEBVTT\n\n00:00.000")
    assert texts[1] == "WEBVTT\n\n1\n00:00:01.500 --> 00:00:02.000\nHello"
    assert texts[2].startswith("WEBVTT")
    assert "00:00:00.000 --> 00:00:01.000" in texts[2]
    assert {t["media"]["mime"] for t in tracks} == {"text/vtt"}


def test_pdf(make_app: MakeApp) -> None:
    app = make_app("import streamlit as st\nst.pdf(b'%PDF-1.4 x', height=300, alt='Doc')\n")
    pdf = one(app, "pdf")
    assert media_bytes(pdf) == b"%PDF-1.4 x"
    assert (pdf.props["height"], pdf.props["alt"], pdf.props["media"]["mime"]) == (
        300,
        "Doc",
        "application/pdf",
    )


def test_media_bytes_are_sent_once_per_session(make_app: MakeApp) -> None:
    app = make_app(
        """
        import streamlit as st
        st.audio(b"same bytes")
        st.audio(b"same bytes", start_time=1)
        st.button("again")
        """
    )
    first, second = [n for n in app.page.elements() if n.kind == "audio"]
    assert "data" in first.props["media"]
    assert "data" not in second.props["media"]  # the same bytes, already sent in this run
    assert first.props["media"]["id"] == second.props["media"]["id"]
    app.click("again")
    again = [n for n in app.page.elements() if n.kind == "audio"]
    assert all("data" not in n.props["media"] for n in again)
    assert {n.props["media"]["id"] for n in again} == {first.props["media"]["id"]}


ERRORS = [
    (
        'st.audio(b"x", start_time="soon")',
        "StreamlitAPIException: Failed to convert 'start_time' to a timedelta. Please use a string "
        "in a format supported by [Pandas Timedelta constructor](https://pandas.pydata.org/docs/"
        'reference/api/pandas.Timedelta.html), e.g. `"10s"`, `"15 seconds"`, or `"1h23s"`. Got: soon',
    ),
    (
        'st.video(b"x", start_time=5, end_time=2)',
        "StreamlitAPIException: Invalid start_time and end_time combination.",
    ),
    (
        "import numpy as np\nst.audio(np.zeros(3))",
        "StreamlitMissingRequiredParameterError: The `sample_rate` parameter is required. Must "
        "be specified when `data` is a numpy array.",
    ),
    (
        "st.audio(3.5)",
        "StreamlitInvalidParameterTypeError: Invalid `data` type. Expected one of: str, bytes, "
        "Path, BytesIO, file-like, ndarray. Provided type: float.",
    ),
    (
        'st.audio("no_such.wav")',
        "MediaFileStorageError: Error opening 'no_such.wav'",
    ),
    (
        'st.video("https://www.youtube.com/watch?v=dQw4w9WgXcQ", subtitles="WEBVTT")',
        "StreamlitIncompatibleParametersError: `subtitles` and `data=<YouTube URL>` cannot be "
        "used together. Subtitles are not supported for YouTube videos.",
    ),
    (
        'st.video(b"x", subtitles="not subtitles")',
        "StreamlitAPIException: Failed to process the provided subtitle 'default': Invalid "
        "`subtitles` value. Supported values: VTT-formatted text, SRT-formatted text.",
    ),
    (
        "st.pdf(None)",
        "StreamlitMissingRequiredParameterError: The `data` parameter is required. Please "
        "provide a valid PDF file path, URL, bytes data, or file-like object.",
    ),
    (
        'st.video(b"x", autoplay=True)\nst.video(b"x", autoplay=True)',
        "StreamlitDuplicateElementId: There are multiple `video` elements with the same "
        "auto-generated ID.",
    ),
]


@pytest.mark.parametrize(("call", "error"), ERRORS)
def test_errors_are_streamlits(make_app: MakeApp, call: str, error: str) -> None:
    app = make_app("import streamlit as st\n" + call + "\n")
    (shown,) = app.exceptions()
    assert shown.startswith(error)


def test_props_name_only_json(make_app: MakeApp) -> None:
    app = make_app(
        'import streamlit as st\nst.audio(io.BytesIO(b"x"))\n'.replace("st\n", "st\nimport io\n")
    )
    props: dict[str, Any] = one(app, "audio").props
    assert set(props) == {
        "src",
        "media",
        "start_time",
        "end_time",
        "loop",
        "autoplay",
        "alt",
        "width",
    }
