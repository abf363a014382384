"""Forms for the browser tests (tests/e2e/test_forms.py)."""

import streamlit as st

st.session_state.runs = st.session_state.get("runs", 0) + 1
st.write(f"Runs: {st.session_state.runs}")

with st.form("profile"):
    name = st.text_input("Name")
    size = st.radio("Size", ["S", "M", "L"])
    level = st.slider("Level", 0, 10, 5)
    saved = st.form_submit_button("Save")
st.write(f"profile: {saved} {name!r} {size!r} {level!r}")

with st.form("search", clear_on_submit=True):
    query = st.text_input("Query")
    tags = st.multiselect("Tags", ["news", "sport", "art"])
    searched = st.form_submit_button("Search")
st.write(f"search: {searched} {query!r} {tags!r}")

with st.form("note", enter_to_submit=False):
    st.text_input("Note")
    sent = st.form_submit_button("Send note")
st.write(f"note sent: {sent}")

with st.form("lonely"):
    st.text_input("Orphan")


@st.fragment
def order() -> None:
    with st.form("order"):
        quantity = st.number_input("Quantity", 1, 10, 1)
        if st.form_submit_button("Order"):
            st.write(f"ordered-in-fragment: {quantity}")


order()
