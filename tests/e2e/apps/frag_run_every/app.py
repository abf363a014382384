# run_every (issue 3, points 1 and 7): int, float, timedelta and Streamlit's time strings,
# Streamlit's error for a string it cannot read, and a clock that a full run stops calling.
# Issue 17.2: intervals a browser timer cannot take (known only at run time, so the build
# lets them through) are clamped or set no timer, instead of firing every millisecond.
from datetime import timedelta

import streamlit as st

ticks = st.session_state.setdefault("ticks", {})


def tick(name):
    ticks[name] = ticks.get(name, 0) + 1
    st.write(f"{name} ticks: {ticks[name]}")


@st.fragment(run_every=1)
def every_int():
    tick("int")


@st.fragment(run_every=0.5)
def every_float():
    tick("float")


@st.fragment(run_every=timedelta(milliseconds=700))
def every_timedelta():
    tick("timedelta")


@st.fragment(run_every="800ms")
def every_string():
    tick("string")


def bad_interval():
    return "soon"


def forever():
    return 10**100  # past 2**31-1 ms: clamped to 24.8 days (docs/differences.md)


def not_a_number():
    return float("nan")  # no timer, as for 0


@st.fragment(run_every=forever())
def every_forever():
    tick("forever")


@st.fragment(run_every=not_a_number())
def every_nan():
    tick("nan")


@st.fragment(run_every=bad_interval())
def every_bad():
    st.write("never shown")


bad = st.button("Use a bad interval")
stop_int = st.checkbox("Stop the int clock")
every_float()
every_timedelta()
every_forever()
every_nan()
every_string()
if not stop_int:  # not called by a full run: forgotten, and its timer with it
    every_int()
if bad:
    every_bad()
