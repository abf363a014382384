import six
import streamlit as st

st.title("Six")
st.write(f"six {six.__version__} is here")
