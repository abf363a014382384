"""DOM parity: expander, tabs, columns, containers with a height."""

import streamlit as st

with st.expander("Closed expander"):
    st.write("Inside the closed expander")
with st.expander("Open expander", expanded=True):
    st.write("Inside the open expander")

first, second = st.tabs(["Tab one", "Tab two"])
first.write("Content one")
second.write("Content two")

left, right = st.columns(2)
left.write("Left")
right.write("Right")

with st.container(border=True):
    st.write("Bordered container")

with st.container(height=120):
    for i in range(12):
        st.write(f"Line {i}")
