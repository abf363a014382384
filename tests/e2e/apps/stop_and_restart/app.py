"""Runaway code, out of memory, a dead Python: the Stop button and the restart."""

import sys

import streamlit as st

st.session_state.setdefault("clicks", 0)
st.session_state.setdefault("handle", object())  # not JSON: lost when Python restarts

st.title("Stop and restart")


@st.fragment
def runaway():
    if st.button("Run forever"):
        while True:
            pass
    st.write("runaway is idle")


@st.fragment
def counter():
    if st.button("Count"):
        st.session_state.clicks += 1
    st.write(f"clicks: {st.session_state.clicks}")


runaway()
counter()
name = st.text_input("Name")
st.write(f"hello {name or 'nobody'}, from {st.query_params.get('from', '-')}")
if st.button("Use all memory"):
    # 2 GiB of pointers: more than Pyodide's 32-bit Python can address, so MemoryError
    # comes at once, without the machine paying for the memory.
    st.write(len([0] * 2**29))
if st.button("Crash Python"):
    # Recursion through a C function overflows the C stack: Pyodide's fatal error, after
    # which this Python can never run again.
    sys.setrecursionlimit(10**6)

    def deeper(n: int) -> list[object]:
        return list(map(deeper, [n + 1]))

    deeper(0)
st.write("end of script")
