# File uploads, downloads, link buttons and images (tests/e2e/test_widgets_inputs.py).
import io
import struct
import zlib

import streamlit as st

if "runs" not in st.session_state:
    st.session_state.runs = 0
    st.session_state.clicks = 0
st.session_state.runs += 1
st.write(f"Runs: {st.session_state.runs}")


def png(width, height, rgb):
    """A one-colour PNG, built without Pillow."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


doc = st.file_uploader("Upload a text file", type=["txt", "csv"], key="doc")
if doc is None:
    st.write("No file yet")
else:
    text = doc.read().decode()
    again = doc.getvalue().decode()
    st.write(
        f"Got {doc.name} ({doc.type}, {doc.size} bytes): {text} / {again} / {type(doc).__name__}"
    )

pictures = st.file_uploader("Upload pictures", type="png", accept_multiple_files=True)
st.write(f"Pictures: {', '.join(f'{p.name}={p.size}' for p in pictures) or 'none'}")


def count_click(step):
    st.session_state.clicks += step


st.download_button("Download text", "hello from fragc", file_name="hello.txt", mime="text/plain")
got_bytes = st.download_button(
    "Download bytes", b"\x00\x01\x02binary", file_name="data.bin", on_click=count_click, args=(1,)
)
st.write(f"Bytes button: {got_bytes}, clicks: {st.session_state.clicks}")
st.download_button(
    "Download quietly", io.BytesIO(b"quiet bytes"), file_name="quiet.txt", on_click="ignore"
)
st.download_button("Download unnamed", "a,b\n1,2\n", mime="text/csv")

st.link_button("Open docs", "https://docs.streamlit.io", help="Streamlit's documentation")
if st.link_button("Open blank page", "about:blank", on_click="rerun"):
    st.write("The link button ran the app")

st.image(png(4, 2, (255, 0, 0)), caption="A red bar", width=40)
st.image("green.png", caption="Green from a file")  # a file bundled beside the app
st.image(
    [png(1, 1, (0, 0, 255)), png(1, 1, (0, 0, 0))],
    caption=["blue", "black"],
    alt=["Blue dot", "Black dot"],
)
