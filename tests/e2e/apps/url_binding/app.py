"""Widgets bound to the URL with bind="query-params" (tests/e2e/test_url_binding.py)."""

import streamlit as st

st.write("dark:", st.checkbox("Dark", key="dark", bind="query-params"))
st.write("sound:", st.toggle("Sound", value=True, key="sound", bind="query-params"))

if st.button("Unbind"):
    st.session_state.unbound = True
if st.session_state.get("unbound"):
    st.write("wide:", st.checkbox("Wide", key="wide"))
else:
    st.write("wide:", st.checkbox("Wide", key="wide", bind="query-params"))

# A keyed checkbox keeps its value when its label changes (the key is its identity).
label = "Later label" if st.toggle("Relabel") else "First label"
st.write("kept:", st.checkbox(label, value=True, key="kept"))
