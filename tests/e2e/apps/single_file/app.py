"""Opened from disk as one file: fragments, math, code, a chart, a data file, Stop."""

from pathlib import Path

import streamlit as st

st.session_state.setdefault("clicks", 0)
st.title("One file")


@st.fragment
def counter():
    if st.button("Count"):
        st.session_state.clicks += 1
    st.write(f"clicks: {st.session_state.clicks}")


@st.fragment
def runaway():
    if st.button("Run forever"):
        while True:
            pass


counter()
runaway()
st.latex(r"e^{i\pi} + 1 = 0")
st.code("print('hi')", language="python")
st.line_chart({"a": [1, 3, 2]})
st.write(Path(__file__).with_name("greeting.txt").read_text().strip())
