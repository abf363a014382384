"""DOM parity: metrics (deltas up, down, off; help) and help= tooltips on widgets."""

import streamlit as st

st.metric("Temperature", "70 °F", "1.2 °F", help="Measured at noon")
st.metric("Wind", "9 mph", "-8%")
st.metric("Humidity", "86%", "4%", delta_color="inverse")
st.metric("Pressure", "1013 hPa")
st.text_input("City", help="Where you live")
st.checkbox("Metric units", help="Celsius and km/h")
st.button("Refresh", help="Fetch again")
