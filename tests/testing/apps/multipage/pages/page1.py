import streamlit as st

st.text("page 1")
