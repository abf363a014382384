import streamlit as st

st.text("main page")
st.slider("slider", 0, 10, key="slider")
