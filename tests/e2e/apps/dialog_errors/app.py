# st.dialog's errors as the page shows them: one dialog per run, no nesting, a bad width
# only when the dialog opens.
import streamlit as st


@st.dialog("First")
def first():
    st.write("first body")


@st.dialog("Second")
def second():
    st.write("second body")


@st.dialog("Outer")
def outer():
    second()


@st.dialog("Too wide", width="huge")
def too_wide():
    st.write("never shown")


st.write("The app runs")
# Every button first: an error stops the run, and the buttons must stay on the page.
two = st.button("Open two dialogs")
nested = st.button("Open nested dialogs")
bad_width = st.button("Open a bad width")
if two:
    first()
    second()
if nested:
    outer()
if bad_width:
    too_wide()
