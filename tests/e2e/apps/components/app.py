"""A custom component (streamlit-component-lib) at the top level and in a fragment.

The frontend is built from frontend_src/ into frontend/ by tests/e2e/test_components.py
(esbuild) before fragc builds the app, which copies frontend/ into the site.
"""

from pathlib import Path

import streamlit as st
import streamlit.components.v1 as components

greeter = components.declare_component("greeter", path=Path(__file__).parent / "frontend")

st.session_state.runs = st.session_state.get("runs", 0) + 1
st.text(f"full runs: {st.session_state.runs}")
name = st.text_input("Name", "Ada")
value = greeter(greeting="Hello", name=name, count=0, default=0, key="main", blob=b"\x01\x02")
st.text(f"main value: {value!r}")


def keep_count() -> None:
    # on_change runs before the fragment does: this run's render args show the new count.
    st.session_state.fcount = st.session_state.frag


@st.fragment
def panel() -> None:
    st.session_state.fruns = st.session_state.get("fruns", 0) + 1
    picked = greeter(
        greeting="Hi",
        name="fragment",
        count=st.session_state.get("fcount", 0),
        key="frag",
        on_change=keep_count,
    )
    st.text(f"fragment value: {picked!r}; fragment runs: {st.session_state.fruns}")


panel()
