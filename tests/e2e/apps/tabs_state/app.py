"""Tabs as Streamlit 1.67 draws and keeps them: overflow arrows, keyed state across a shift."""

import streamlit as st

st.tabs([f"Overflowing tab {i}" for i in range(25)])
st.tabs(["Few", "Tabs"])

if st.toggle("Insert a line above"):
    st.write("Inserted line")

overview, details = st.tabs(["Overview", "Details"], key="keyed")
overview.write("Overview body")
details.write("Details body")

left, right = st.sidebar.tabs(["Left", "Right"])
left.write("Left body")
right.write("Right body")
