"""A popover with help=, as Streamlit 1.67 shows it: the shared tooltip on hover."""

import streamlit as st

with st.popover("Settings", help="Change **the** settings"):
    st.write("Inside the popover")
with st.popover("Wide settings", help="Stretched", width="stretch"):
    st.write("Inside the wide popover")
with st.popover("No help"):
    st.write("Plain")
