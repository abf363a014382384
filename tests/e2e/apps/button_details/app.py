"""Buttons: icons, icon positions, keyboard shortcuts, help; checkboxes as click targets
(tests/e2e/test_button_details.py)."""

import streamlit as st

if st.button("Save", key="save", shortcut="Ctrl+J"):
    st.write("saved by Save")
if st.button("Next", key="next", shortcut="ArrowRight", type="tertiary"):
    st.write("moved by Next")
st.button("Off", key="off", shortcut="k", disabled=True)
st.text_input("Notes")

st.button("Like", key="like", icon=":material/thumb_up:")
st.button("Star", key="star", icon="⭐", icon_position="right")
st.button("Busy", key="busy", icon="spinner")

st.button("Helpful", key="helpful", help="what Helpful does")
if st.button("Wide", key="wide", help="what Wide does", width="stretch"):
    st.write("clicked Wide")

st.write("agree:", st.checkbox("Agree"))
st.write("loud:", st.toggle("Loud"))

st.link_button("Docs", "./?opened=docs", shortcut="Ctrl+Alt+L")
