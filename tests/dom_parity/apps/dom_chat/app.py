"""DOM parity: chat messages and the chat input."""

import streamlit as st

with st.chat_message("user"):
    st.write("Hello")
with st.chat_message("assistant"):
    st.write("Hi there")
st.chat_input("Say something")
