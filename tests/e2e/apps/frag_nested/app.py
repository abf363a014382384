# Nested fragments (issue 3, point 4), after Streamlit's st_fragments_nested: every part
# counts its executions; an inner widget reruns only the inner fragment, an outer rerun
# rebuilds the inner ones, and the clock's run_every timer is not duplicated by them.
import time

import streamlit as st

runs = st.session_state.setdefault("runs", {})
ticks = st.session_state.setdefault("ticks", [])


def count(name):
    runs[name] = runs.get(name, 0) + 1
    return runs[name]


st.write(f"outside ran {count('outside')}")
st.button("Rerun the whole app")


@st.fragment(run_every=0.5)
def clock():
    ticks.append(time.monotonic())
    recent = ticks[-5:]
    gap = (recent[-1] - recent[0]) / (len(recent) - 1) if len(recent) > 1 else 0.0
    st.write(f"clock ticks: {len(ticks)}")
    st.write(f"clock gap: {gap:.2f}")


@st.fragment
def inner2():
    with st.container(border=True):
        st.write(f"inner2 ran {count('inner2')}")
        st.button("Rerun inner2")


@st.fragment
def inner():
    with st.container(border=True):
        st.write(f"inner ran {count('inner')}")
        st.button("Rerun inner")
        inner2()


@st.fragment
def outer():
    with st.container(border=True):
        st.write(f"outer ran {count('outer')}")
        st.button("Rerun outer")
        inner()
        if st.toggle("Clock"):
            clock()


outer()
