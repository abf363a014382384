"""DOM parity: text and markdown."""

import streamlit as st

st.title("Title text")
st.header("Header text")
st.subheader("Subheader text")
st.markdown("Some **bold** and *italic* text with `code`.")
st.write("Plain write")
st.caption("A caption")
st.text("Fixed width text")
st.code("x = 1", language="python")
st.divider()
