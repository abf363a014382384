# Globals (issue 3, point 3): a fragment run sees the module globals of the last full
# run, and what it changes in them lasts until the next full run.
import streamlit as st

counter = 0
items = []
mode = st.session_state.get("mode", "initial")  # read once per full run


@st.fragment
def bump():
    global counter
    if st.button("Bump"):
        counter += 1
        items.append(counter)
        st.session_state.mode = "changed"
    st.write(f"Global counter: {counter}, items: {items}")
    st.write(f"Mode seen by the fragment: {mode}")


bump()
st.button("Full rerun")
