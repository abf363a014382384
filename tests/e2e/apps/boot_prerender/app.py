# Pre-render and fast boot (issue 12): a page config, text, widgets outside and inside a
# fragment, the sidebar. The build runs this once in CPython; the page paints that run
# before Python starts in the browser.
import streamlit as st

st.set_page_config(page_title="Boot check", page_icon="🚀", layout="wide")

if "runs" not in st.session_state:
    st.session_state.runs = 0
st.session_state.runs += 1

st.title("Boot check")
st.write(f"Script runs: {st.session_state.runs}")
st.sidebar.write("In the sidebar")

if st.button("Add one"):
    st.session_state.added = st.session_state.get("added", 0) + 1
st.write(f"Added {st.session_state.get('added', 0)} times")

shout = st.checkbox("Shout")
st.write("HELLO" if shout else "hello")


@st.fragment
def panel():
    if st.button("Ping"):
        st.write("pong")
    st.caption("fragment ready")


panel()
