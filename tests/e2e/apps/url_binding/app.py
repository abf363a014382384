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

st.write("name:", st.text_input("Name", key="name", bind="query-params", max_chars=5))
st.write("count:", st.number_input("Count", 0, 10, 2, key="count", bind="query-params"))
st.write("fruit:", st.selectbox("Fruit", ["apple", "kiwi"], key="fruit", bind="query-params"))
st.write(
    "size:",
    st.radio("Size", [1, 2, 3], format_func=lambda n: f"size {n}", key="size", bind="query-params"),
)
tags = st.multiselect("Tags", ["a", "b", "c"], key="tags", bind="query-params")
st.write("tags:", ", ".join(tags))
st.write("level:", st.slider("Level", 0, 100, 50, key="level", bind="query-params"))
st.write("span:", st.slider("Span", 0, 100, (10, 20), key="span", bind="query-params"))
