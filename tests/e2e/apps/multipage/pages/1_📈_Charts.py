import streamlit as st

st.session_state.visits = st.session_state.get("visits", 0) + 1
st.title("Charts")
st.write(f"Visits so far: {st.session_state.visits}")
st.slider("Points", 0, 10, 3, key="points")


@st.dialog("Chart details")
def details():
    st.write("Details of the chart")


if st.button("Show details"):
    details()
