"""Status elements that change while the script runs: progress, spinner, status, toast."""

import time

import streamlit as st

if st.button("Run job"):
    bar = st.progress(0, text="Step 0 of 4")
    for step in range(1, 5):
        time.sleep(0.4)
        bar.progress(step * 25, text=f"Step {step} of 4")
    with st.spinner("Crunching numbers...", show_time=True):
        time.sleep(1.0)
    st.success("Job done")

if st.button("Run status"):
    with st.status("Downloading data...", expanded=True) as status:
        st.write("Searching for data")
        time.sleep(0.6)
        st.write("Found it")
        status.update(label="Download complete!", state="complete", expanded=False)

if st.button("Fail status"):
    try:
        with st.status("Risky step"):
            raise RuntimeError("nope")
    except RuntimeError:
        st.write("caught")

if st.button("Celebrate"):
    st.balloons()
    st.snow()
    st.toast("Hooray!", icon="🎉", duration="long")

try:
    st.progress(150)
except Exception as err:  # Streamlit's StreamlitAPIException, text checked by the test
    st.write(f"progress error: {err}")
