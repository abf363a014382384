"""st.metric's delta description, sparkline and format, as Streamlit 1.67 shows them."""

import streamlit as st

st.metric("Described", 10, -5, delta_description="since open")
st.metric("Line chart", 5, 1, chart_data=[1, 3, 2, 5], chart_type="line")
st.metric("Bar chart", 5, 1, chart_data=[1, 3, 2, 5], chart_type="bar")
st.metric("No chart", 5, 1)
st.metric("Compact", 1234567, delta=50000, format="compact")
st.metric("Dollar", 1234.56, delta=-50.25, format="dollar")
st.metric("Printf", 22.5678, delta=10.126, format="%.2f%%")
st.metric("Text stays", "70 °F", delta="+5%", format="compact")
