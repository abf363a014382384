# An exception in a fragment run is shown in place; the rest of the page keeps working.
import streamlit as st

if "outside_clicks" not in st.session_state:
    st.session_state.outside_clicks = 0


@st.fragment
def fragile():
    if st.button("Explode"):
        raise ValueError("boom")
    st.write("The fragment is fine.")


fragile()
if st.button("Count outside"):
    st.session_state.outside_clicks += 1
st.write(f"Outside clicks: {st.session_state.outside_clicks}")
