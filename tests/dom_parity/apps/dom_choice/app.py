"""DOM parity: composite widgets driven as Streamlit's e2e tests drive them (issue 15)."""

import datetime

import streamlit as st

choice = st.selectbox("Choose", ["Red", "Green", "Blue"])
st.write(f"choice: {choice}")
several = st.multiselect("Several", ["X", "Y", "Z"], default=["X"])
st.write(f"several: {several}")
amount = st.slider("Amount", 0, 10, 3)
st.write(f"amount: {amount}")
day = st.date_input("Day", value=datetime.date(2024, 1, 2))
st.write(f"day: {day}")
when = st.time_input("When", datetime.time(8, 30))
st.text(f"when: {when}")  # st.text: markdown reads ":00" apart
