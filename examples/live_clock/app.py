# A fragment with run_every: the clock reruns every second by itself, while the rest of
# the page only changes on a full run (the button below the clock).
import datetime

import streamlit as st

if "full_runs" not in st.session_state:
    st.session_state.full_runs = 0
    st.session_state.ticks = 0
st.session_state.full_runs += 1

st.title("Live clock")
st.write("This text is outside the fragment.")
st.write(f"Full runs: {st.session_state.full_runs}")


@st.fragment(run_every="1s")
def clock():
    st.session_state.ticks += 1
    st.subheader(datetime.datetime.now().strftime("%H:%M:%S"))
    st.write(f"Clock runs: {st.session_state.ticks}")


clock()
st.button("Rerun full script")
