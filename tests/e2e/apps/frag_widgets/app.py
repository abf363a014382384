# Widgets and state in fragments (issue 3, point 5): callbacks with args and kwargs run
# before the run the event causes, a fragment run forgets only its own widgets that it
# did not draw, a widget written outside the fragment is Streamlit's error, and session
# state written in a fragment is seen by the rest of the app on the next full run.
import streamlit as st

log = st.session_state.setdefault("log", [])
outside = st.container()


def clicked(who, *, times):
    log.append(f"click {who} x{times}")


def changed(name, suffix=""):
    log.append(f"change {name}{suffix}")


def put_a_widget_outside():
    outside.checkbox("A widget outside")


@st.fragment
def controls():
    st.button("Callback button", on_click=clicked, args=("A",), kwargs={"times": 2})
    st.checkbox(
        "Extra field", key="extra", on_change=changed, args=("extra",), kwargs={"suffix": "!"}
    )
    st.write(f"The fragment sees: {', '.join(log) or 'nothing'}")
    if st.session_state.extra:
        st.text_input("Only while checked", key="only_while_checked")
    if st.button("Save to state"):
        st.session_state.saved = "from the fragment"
    if st.button("Write a widget outside"):
        put_a_widget_outside()


st.text_input("Outside the fragment", key="outside_text")
controls()
st.write(f"The app sees: {st.session_state.get('saved', 'nothing saved')}")
st.button("Full rerun")
