"""DOM parity: a sidebar with a widget, collapsed and expanded again by its buttons."""

import streamlit as st

st.sidebar.title("Side")
flag = st.sidebar.checkbox("Side flag")
st.write(f"Flag: {flag}")
