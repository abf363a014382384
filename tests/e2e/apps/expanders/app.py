"""Expanders as Streamlit 1.67 draws and keeps them: icons, keyed state across a shift."""

import streamlit as st

st.expander("Material icon", icon=":material/bolt:").write("Material body")
st.expander("Emoji icon", icon="🎈").write("Emoji body")
st.expander("No icon").write("Plain body")

if st.toggle("Insert a line above"):
    st.write("Inserted line")

with st.expander("Keyed", key="keyed"):
    st.write("Keyed body")
with st.expander("Unkeyed"):
    st.write("Unkeyed body")
