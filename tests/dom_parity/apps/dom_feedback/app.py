"""DOM parity: alerts, status, toast."""

import streamlit as st

st.info("Info alert")
st.success("Success alert")
st.warning("Warning alert")
st.error("Error alert")

with st.status("Done status", state="complete"):
    st.write("Status body")
with st.status("Running status", expanded=True):
    st.write("Running body")

st.toast("A toast", duration="infinite")
