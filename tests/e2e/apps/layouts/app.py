"""Layouts in the browser: columns, tabs, expander, popover, scrolling container, sidebar."""

import streamlit as st

st.title("Layouts")

left, right = st.columns([2, 1], border=True)
left.write("Left column")
right.write("Right column")

first, second = st.tabs(["First tab", "Second tab"])
first.write("Content of the first tab")


@st.fragment
def tab_counter():
    st.session_state.tab_clicks = st.session_state.get("tab_clicks", 0) + 1
    st.button("Count in the tab")
    st.write(f"Tab fragment ran {st.session_state.tab_clicks} times")


with second:
    st.write("Content of the second tab")
    tab_counter()

with st.expander("More details", icon="🔍"):
    st.write("Hidden details")

with st.popover("Open settings"):
    st.write("Popover content")
    enabled = st.checkbox("Enable feature")
st.write(f"Feature enabled: {enabled}")

with st.container(height=150, key="scroller"):
    for i in range(30):
        st.write(f"Line {i}")

if "messages" not in st.session_state:
    st.session_state.messages = [f"Message {i}" for i in range(8)]
if st.button("Add a message"):
    st.session_state.messages.append(f"Message {len(st.session_state.messages)}")
with st.container(height=200, key="chat"):
    for text in st.session_state.messages:
        with st.chat_message("user"):
            st.write(text)

slot = st.empty()
slot.write("Placeholder first")
slot.write("Placeholder replaced")

with st.sidebar:
    st.write("Sidebar content")
