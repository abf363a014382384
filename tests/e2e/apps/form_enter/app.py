"""Forms whose Enter submits, or does not (tests/e2e/test_form_enter.py)."""

import streamlit as st

with st.form("open"):
    st.text_input("Open text")
    if st.form_submit_button("Send open"):
        st.write("open sent")

with st.form("first_disabled"):
    st.text_input("Guarded text")
    st.form_submit_button("Locked", disabled=True)
    if st.form_submit_button("Send guarded"):
        st.write("guarded sent")

with st.form("no_enter", enter_to_submit=False):
    st.number_input("Quiet number", 0, 100)
    if st.form_submit_button("Send quiet"):
        st.write("quiet sent")
