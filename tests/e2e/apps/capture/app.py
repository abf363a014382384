"""st.camera_input and st.audio_input (issue 10): what Python receives from the browser."""

import io
import wave

import streamlit as st

photo = st.camera_input("Take a picture")
if photo is None:
    st.text("photo: None")
else:
    is_jpeg = photo.getvalue().startswith(bytes([0xFF, 0xD8, 0xFF]))
    st.text(f"photo: {photo.name.startswith('camera-input-')} {photo.type} jpeg={is_jpeg}")

recording = st.audio_input("Say something", sample_rate=16000)
if recording is None:
    st.text("recording: None")
else:
    with wave.open(io.BytesIO(recording.getvalue())) as wav:
        seconds = wav.getnframes() / wav.getframerate()
        st.text(
            f"recording: {recording.name.endswith('_audio.wav')} {recording.type} "
            f"rate={wav.getframerate()} channels={wav.getnchannels()} long={seconds > 0.5}"
        )
