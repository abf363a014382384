"""Streamlit's magic: bare expressions on their own line are written."""

import streamlit as st

"# A magic title"

box = st.container()
st.write("After the box")
with box:
    "Written into the box"

count = 3
count  # noqa: B018 (magic: written, as `streamlit run` does)
