"""DOM parity: color_picker, pills, segmented_control, feedback, file_uploader, time_input."""

import datetime

import streamlit as st

color = st.color_picker("Colour", "#ff0000")
pill = st.pills("Pill", ["North", "South"])
segment = st.segmented_control("Segment", ["Day", "Night"], default="Day")
stars = st.feedback("stars")
files = st.file_uploader("Upload")
when = st.time_input("Alarm", datetime.time(8, 30))
st.write(f"Picked: {color} {pill} {segment} {stars} {when}")
