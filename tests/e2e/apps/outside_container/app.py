# What a fragment writes into a container created outside it accumulates with each
# fragment run until the next full run (the seed document's rule).
import streamlit as st

log = st.container()


@st.fragment
def writer():
    st.button("Write a line")
    log.write("Line from the fragment")


writer()
st.button("Full rerun")
