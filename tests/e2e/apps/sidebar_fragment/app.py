# st.sidebar inside a fragment raises Streamlit's error; `with st.sidebar: fragment()` works.
import streamlit as st

if "sidebar_clicks" not in st.session_state:
    st.session_state.sidebar_clicks = 0


def note_in_sidebar(text):
    # Called from a fragment: the runtime check catches it even where fragc's static
    # rule (a direct st.sidebar call in a fragment's body) cannot see it.
    st.sidebar.write(text)


@st.fragment
def sidebar_counter():
    if st.button("Count in the sidebar"):
        st.session_state.sidebar_clicks += 1
    st.write(f"Sidebar clicks: {st.session_state.sidebar_clicks}")


@st.fragment
def writes_to_the_sidebar():
    note_in_sidebar("Never shown")


with st.sidebar:
    sidebar_counter()
st.write("Main text")
# Last: in a full run the fragment's exception stops the rest of the script.
writes_to_the_sidebar()
