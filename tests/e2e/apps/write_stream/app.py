# st.write_stream in a chat-like fragment: the reply grows word by word while the
# generator sleeps between words, then the whole text is returned.
import time

import streamlit as st

WORDS = ["Streaming", "reply", "from", "a", "generator."]


def reply():
    for word in WORDS:
        yield word + " "
        time.sleep(0.5)  # slow enough for the test to see the text mid-run


@st.fragment
def chat():
    if st.button("Ask"):
        answer = st.write_stream(reply)
        st.write(f"returned {len(answer.split())} words")


chat()
