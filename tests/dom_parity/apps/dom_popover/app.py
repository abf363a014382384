"""DOM parity: a popover with widgets inside, opened by its button and closed with Escape."""

import streamlit as st

with st.popover("Settings"):
    st.write("Inside the popover")
    name = st.text_input("Nickname")
st.write(f"Nickname: {name}")
