from datetime import timedelta

import streamlit as st

st.set_page_config(page_title="Counter page")
st.title("Counter")
st.slider("Level", 0, 10, 3, key="level")


@st.fragment(run_every=timedelta(milliseconds=300))
def counter_clock() -> None:
    st.session_state.counter_ticks = st.session_state.get("counter_ticks", 0) + 1
    st.write(f"Counter ticks: {st.session_state.counter_ticks}")


counter_clock()
