"""DOM parity: a form with a submit button."""

import streamlit as st

with st.form("signup"):
    st.text_input("Email")
    st.checkbox("Subscribe")
    submitted = st.form_submit_button("Sign up")
st.write(f"Submitted: {submitted}")
