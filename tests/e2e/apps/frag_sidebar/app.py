# st.sidebar and fragments (issue 3, point 10): a fragment called inside `with st.sidebar`
# works and reruns alone; a container it opens in the sidebar is fine; writing straight
# to the sidebar from a fragment is Streamlit's error, `with st.sidebar:` included.
import streamlit as st

clicks = st.session_state.setdefault("clicks", {"sidebar": 0, "main": 0})
st.session_state.setdefault("full_runs", 0)
st.session_state.full_runs += 1
st.write(f"Full runs: {st.session_state.full_runs}")


def write_with_sidebar(text):
    # A helper, so that fragc's static rule (which reads the fragment's own body) lets
    # the app build and the runtime check is what answers.
    with st.sidebar:
        st.write(text)


@st.fragment
def sidebar_counter():
    if st.button("Count in the sidebar"):
        clicks["sidebar"] += 1
    st.write(f"Sidebar clicks: {clicks['sidebar']}")


@st.fragment
def main_fragment():
    with st.sidebar.container():
        st.write("A note in a sidebar container, from a fragment")
    if st.button("Write with st.sidebar"):
        write_with_sidebar("Never shown")
    st.write("The main fragment is fine")


with st.sidebar:
    sidebar_counter()
main_fragment()
