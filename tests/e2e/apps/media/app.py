"""Media and frames (issue 10): st.audio, st.video, st.pdf, st.iframe, components.v1.

The test checks what the page shows and what the players do: the audio starts at
start_time and stops at end_time, the bundled video plays muted from start_time with
its two subtitle tracks, the PDF's bytes reach the viewer, and the frames have their
HTML, size and sandbox. "Rerun" runs the app again: media bytes are sent once per
session, so the players must keep working from what the page kept.
"""

import io
import math
import struct
import wave
from pathlib import Path

import streamlit as st
import streamlit.components.v1 as components
from streamlit import runtime
from streamlit.runtime.scriptrunner import add_script_run_ctx, get_script_run_ctx

st.session_state.runs = st.session_state.get("runs", 0) + 1
st.text(f"runs: {st.session_state.runs}")

# Runtime idioms: apps ask whether they run under Streamlit, and read the run context.
ctx = get_script_run_ctx()
st.text(f"runtime exists: {runtime.exists()} / {st.runtime.exists()}")
st.text(f"session id: {len(ctx.session_id)} chars; thread helper: {add_script_run_ctx('t')}")

# Three seconds of a 440 Hz tone, as a WAV file in memory.
rate = 8000
frames = b"".join(
    struct.pack("<h", int(12000 * math.sin(2 * math.pi * 440 * i / rate))) for i in range(3 * rate)
)
buffer = io.BytesIO()
with wave.open(buffer, "wb") as out:
    out.setnchannels(1)
    out.setsampwidth(2)
    out.setframerate(rate)
    out.writeframes(frames)
st.audio(buffer.getvalue(), start_time=1, end_time=2)

st.video(
    Path(__file__).parent / "clip.webm",
    format="video/webm",
    start_time="2s",
    autoplay=True,
    muted=True,
    loop=True,
    subtitles={
        "Bundled": "subs.vtt",
        "From SRT": "1\n00:00:00,000 --> 00:00:05,000\nConverted from SRT\n",
    },
)

st.pdf("hello.pdf", height=240)

components.html(
    "<p id='inside'>Inside components.html</p><div style='height:400px'>tall</div>",
    height=120,
    scrolling=True,
)
st.iframe("<h2 id='measured'>Measured</h2><div style='height:300px'>block</div>")
st.iframe(Path("report.html"), height=200)
with st.container(key="frames"):
    st.components.v1.iframe("data:text/html,<b id='url-frame'>from a data URL</b>", height=90)

st.button("Rerun")
