"""A fragment beside a page that grows (issue 16): "Lines outside" sets how many plain
elements the page holds outside the fragment. The test checks that a fragment rerun
changes only the fragment's part of the page, by the same count of DOM changes whatever
the page holds, and that unchanged elements keep their DOM nodes across any rerun."""

import streamlit as st

lines = st.number_input("Lines outside", min_value=0, value=20, step=10)


@st.fragment
def counter():
    st.session_state.clicks = st.session_state.get("clicks", 0) + 1
    st.button("Fragment button")
    st.write(f"Fragment ran {st.session_state.clicks} times.")


counter()
st.button("Full rerun")
for line in range(int(lines)):
    st.write(f"Line {line} outside the fragment.")
