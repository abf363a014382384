import streamlit as st

st.title("Broken")
raise ValueError("this page is broken")
