# Control flow in fragments (issue 3, point 6): st.rerun() app and fragment scope, the
# scope error in a full run, st.stop() in a fragment, and an exception in a fragment
# run that does not stop the other fragments queued with it.
import time

import streamlit as st

ss = st.session_state
ss.setdefault("full_runs", 0)
ss.setdefault("fragment_runs", 0)
ss.setdefault("tail_clicks", 0)
ss.full_runs += 1
st.write(f"Full runs: {ss.full_runs}")


def rerun_this_fragment():
    st.rerun(scope="fragment")


@st.fragment
def reruns():
    ss.fragment_runs += 1
    if st.button("Rerun the app"):
        st.rerun()
    if st.button("Rerun the fragment"):
        ss.again = True
        st.rerun(scope="fragment")
    if ss.pop("again", False):
        st.write("Rerun by scope=fragment")
    st.write(f"Fragment runs: {ss.fragment_runs}")


@st.fragment
def scoped_in_full_run():
    if ss.get("scope_in_full_run"):
        rerun_this_fragment()  # during a full run: Streamlit's error
    st.write("No fragment-scoped rerun")


@st.fragment
def stopper():
    if st.button("Stop here"):
        st.write("Before the stop")
        st.stop()
    st.write("After the stop point")


@st.fragment
def slow():
    if st.button("Slow"):
        st.write("Slow is sleeping")
        time.sleep(2)  # long enough for the test's next clicks on a busy machine
    st.write("Slow is done")


@st.fragment
def explode():
    if st.button("Explode"):
        raise ValueError("boom")
    st.write("Explode is fine")


@st.fragment
def tail():
    if st.button("Count after"):
        ss.tail_clicks += 1
    st.write(f"Tail clicks: {ss.tail_clicks}")


st.checkbox("Fragment-scoped rerun in a full run", key="scope_in_full_run")
reruns()
stopper()
slow()
explode()
tail()
scoped_in_full_run()
st.write("End of the app")
