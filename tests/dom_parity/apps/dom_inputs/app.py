"""DOM parity: input widgets."""

import datetime

import streamlit as st

st.button("Press")
st.checkbox("Tick")
st.toggle("Switch")
st.radio("Pick one", ["A", "B", "C"])
st.selectbox("Choose", ["Red", "Green"])
st.multiselect("Several", ["X", "Y", "Z"], default=["X"])
st.slider("Amount", 0, 10, 3)
st.text_input("Name", placeholder="Your name")
st.text_area("Notes")
st.number_input("Count", value=2)
st.date_input("Day", value=datetime.date(2024, 1, 2))
st.button("Disabled button", disabled=True)
