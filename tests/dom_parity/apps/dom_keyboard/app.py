"""DOM parity: Tab order through a page of widgets, Enter submitting a form."""

import streamlit as st

first = st.text_input("First")
st.checkbox("Second")
st.button("Third")
with st.form("entry"):
    note = st.text_input("Note")
    sent = st.form_submit_button("Send")
st.write(f"First: {first}; note: {note}; sent: {sent}")
