# st.dialog in the page: open, rerun only the dialog, close by st.rerun, dismiss (close
# button, Escape) without a run, widths, dismissible=False, on_dismiss, a tall body.
import streamlit as st

st.session_state.setdefault("full_runs", 0)
st.session_state.setdefault("dialog_runs", 0)
st.session_state.full_runs += 1
st.write(f"Full runs: {st.session_state.full_runs}")


@st.dialog("Simple dialog")
def simple():
    st.session_state.dialog_runs += 1
    st.write(f"Dialog runs: {st.session_state.dialog_runs}")
    name = st.text_input("Name")
    st.button("Rerun the dialog")
    if st.button("Submit"):
        st.session_state.submitted = name
        st.rerun()


@st.dialog("Large dialog", width="large")
def large():
    st.write("A wide dialog")


@st.dialog("Locked dialog", dismissible=False)
def locked():
    st.write("Only the button closes me")
    if st.button("Done"):
        st.rerun()


@st.dialog("Rerun on dismiss", on_dismiss="rerun")
def rerun_on_dismiss():
    st.write("Dismissing me reruns the app")


def remember_dismissal():
    st.session_state.dismissed = "by callback"


@st.dialog("Callback on dismiss", on_dismiss=remember_dismissal)
def callback_on_dismiss():
    st.write("Dismissing me calls a callback")


@st.dialog("Tall dialog")
def tall():
    for line in range(60):
        st.write(f"Line {line}")
    if st.button("Bottom button"):
        st.write("Bottom button clicked")


@st.fragment
def unrelated():
    st.session_state.setdefault("unrelated", 0)
    if st.button("Unrelated fragment"):
        st.session_state.unrelated += 1
    st.write(f"Unrelated clicks: {st.session_state.unrelated}")


unrelated()
if "submitted" in st.session_state:
    st.write(f"Submitted: {st.session_state.submitted}")
if "dismissed" in st.session_state:
    st.write(f"Dismissed: {st.session_state.pop('dismissed')}")

openers = {
    "Open simple": simple,
    "Open large": large,
    "Open locked": locked,
    "Open rerun on dismiss": rerun_on_dismiss,
    "Open callback on dismiss": callback_on_dismiss,
    "Open tall": tall,
}
for label, open_dialog in openers.items():
    if st.button(label):
        open_dialog()

with st.sidebar:
    if st.button("Open from the sidebar"):
        simple()
