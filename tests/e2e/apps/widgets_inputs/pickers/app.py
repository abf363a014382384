# Date, time and colour pickers (tests/e2e/test_widgets_inputs.py): each widget writes
# what Python received, so the test can compare it with what it set in the page.
import datetime as dt

import streamlit as st

if "runs" not in st.session_state:
    st.session_state.runs = 0
st.session_state.runs += 1
st.write(f"Runs: {st.session_state.runs}")

# A value set through session state before the widget exists is the widget's value.
if "meeting" not in st.session_state:
    st.session_state.meeting = dt.time(14, 30)


def changed(name, *, mark):
    st.session_state.log = f"{name} changed{mark}"


birthday = st.date_input(
    "Birthday",
    dt.date(2000, 1, 15),
    min_value=dt.date(1990, 1, 1),
    max_value=dt.date(2010, 12, 31),
    key="birthday",
    help="The day you were born",
    on_change=changed,
    args=("birthday",),
    kwargs={"mark": "!"},
    format="DD/MM/YYYY",
)
st.write(f"Birthday: {birthday.isoformat()} ({type(birthday).__name__})")

trip = st.date_input("Trip", (dt.date(2024, 7, 1), dt.date(2024, 7, 10)))
st.write(f"Trip: {' to '.join(d.isoformat() for d in trip)} ({len(trip)} dates)")

maybe = st.date_input("Maybe day", value=None)
st.write(f"Maybe day: {maybe}")

alarm = st.time_input("Alarm", dt.time(7, 30), step=dt.timedelta(minutes=5))
st.write(f"Alarm: {alarm.isoformat()}")

meeting = st.time_input("Meeting", key="meeting")
st.write(f"Meeting: {meeting.isoformat()}")

colour = st.color_picker("Theme colour", "#00FFAA", key="theme")
st.write(f"Colour: {colour}")

quiet = st.color_picker("Quiet colour", "#112233", on_change="ignore")
st.write(f"Quiet: {quiet}")

st.date_input("Locked day", dt.date(2020, 1, 1), disabled=True)
st.time_input("Hidden time", dt.time(1, 0), label_visibility="collapsed")

st.write(f"Log: {st.session_state.get('log', '-')}")


@st.fragment
def planner():
    day = st.date_input("Fragment day", dt.date(2024, 2, 29), key="fragment_day")
    st.write(f"Fragment day: {day.isoformat()}")


planner()
