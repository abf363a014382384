"""The app of docs/testing.md's browser test example (tests/e2e/test_testing_example.py)."""

import streamlit as st

name = st.text_input("Name", key="name")
if st.button("Greet"):
    st.session_state.greetings = st.session_state.get("greetings", 0) + 1
st.markdown(f"Hello, {name or 'nobody'}!")
st.write(f"Greetings: {st.session_state.get('greetings', 0)}")
with st.expander("Details"):
    st.write("Built by fragc")
