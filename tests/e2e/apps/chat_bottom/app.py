"""A chat app as users write them (issue 10): st.chat_input pinned to the bottom, and
st.bottom holding a caption under it. Every answer is long, so a few turns fill the page."""

import streamlit as st

st.title("Echo chat")
st.session_state.setdefault("messages", [])
for role, text in st.session_state.messages:
    with st.chat_message(role):
        st.write(text)

if prompt := st.chat_input("Say something"):
    reply = f"Echo {len(st.session_state.messages) // 2 + 1}: {prompt}. " + "More words. " * 30
    for role, text in (("user", prompt), ("assistant", reply)):
        st.session_state.messages.append((role, text))
        with st.chat_message(role):
            st.write(text)

st.bottom.caption("Answers are echoes.")
