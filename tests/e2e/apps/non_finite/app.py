"""NaN and infinities in one message: everything renders, as Streamlit renders it."""

import streamlit as st

nan, inf = float("nan"), float("inf")

value = st.number_input("Not a number", value=nan)
st.write(f"value: {value}")
st.slider("Slider at NaN", 0.0, 1.0, nan)
st.write(nan)
st.metric("Metric", nan, inf)
st.json({"a": nan, "b": inf, "c": -inf})
st.line_chart({"a": [1.0, nan, inf, 2.0]})
st.button("Rerun")
st.write("after the numbers")
st.number_input("Unbounded", value=1.0, max_value=inf)
st.write("never shown: the line above raises")
