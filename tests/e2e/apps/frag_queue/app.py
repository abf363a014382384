# Scheduling (issue 3, point 7): events that arrive while Python is busy are queued in
# order, duplicates merged, no click lost; a full-run request discards queued fragment
# runs; a fragment request made during a full run runs after it.
import time

import streamlit as st

script_done = False  # True once this full run reached the end (fragment runs see it)
ss = st.session_state
log = ss.setdefault("log", [])
execs = ss.setdefault("execs", {})
clicks = ss.setdefault("clicks", {})


def clicker(name):
    execs[name] = execs.get(name, 0) + 1
    if st.button(f"Click {name}"):
        clicks[name] = clicks.get(name, 0) + 1
        log.append(name)
    st.write(f"{name} ran {execs[name]}, clicked {clicks.get(name, 0)}, saw {','.join(log)}")


@st.fragment
def frag_a():
    if st.button("A sleeps"):
        log.append("A")
        st.write("A is sleeping")
        time.sleep(2)
    st.write("A is awake")


@st.fragment
def frag_b():
    if ss.get("sleepy") and not script_done:
        st.write("The full run sleeps in B")
        time.sleep(2)
    clicker("B")


@st.fragment
def frag_c():
    clicker("C")


frag_a()
frag_b()
frag_c()
st.checkbox("Sleep in full runs", key="sleepy")
st.button("Full rerun")
script_done = True
