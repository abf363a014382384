# st.chat_input and st.chat_message (tests/e2e/test_widgets_inputs.py).
import streamlit as st

if "runs" not in st.session_state:
    st.session_state.runs = 0
    st.session_state.history = []
    st.session_state.submits = 0
st.session_state.runs += 1
st.write(f"Runs: {st.session_state.runs}")

for role, text in st.session_state.history:
    with st.chat_message(role):
        st.write(text)


def submitted():
    st.session_state.submits += 1


def suggest():
    st.session_state.prompt = "Suggested question"


prompt = st.chat_input("Say something", key="prompt", on_submit=submitted, max_chars=50)
if prompt:
    st.session_state.history += [("user", prompt), ("assistant", f"Echo: {prompt}")]
    with st.chat_message("user"):
        st.write(prompt)
    reply = st.chat_message("assistant")
    reply.write(f"Echo: {prompt}")
st.write(f"Prompt value: {prompt!r}, submits: {st.session_state.submits}")
st.button("Suggest", on_click=suggest)
st.button("Rerun")

with st.chat_message("Parrot", avatar="🦜"):
    st.write("A message with an emoji avatar")


@st.fragment
def side_chat():
    with st.container(border=True):
        message = st.chat_input("Fragment chat")
        st.write(f"Fragment got: {message}")


side_chat()
