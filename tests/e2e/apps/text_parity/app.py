"""st.text as Streamlit 1.67 draws it: a span keeping spaces, its text's width."""

import streamlit as st

st.text("Lorem\n\nipsum\ndolor")
st.text("Lorem      ipsum\tdolor")
st.text("Stretched text", width="stretch")
st.text("A text with help", help="Some help")
