"""st.json folded and open, as Streamlit 1.67's viewer shows them."""

import streamlit as st

st.json({"foo": "bar"}, expanded=False)
st.json(["a", "b"], expanded=False)
st.json({"shown": "open"})
