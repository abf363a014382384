"""DOM parity: @st.dialog opened by a button, closed by its Close button and by Escape."""

import streamlit as st


@st.dialog("Confirm")
def confirm() -> None:
    st.write("Are you sure?")
    if st.button("Yes"):
        st.session_state.answer = "yes"
        st.rerun()


if st.button("Open dialog"):
    confirm()
st.write(f"Answer: {st.session_state.get('answer', 'none')}")
