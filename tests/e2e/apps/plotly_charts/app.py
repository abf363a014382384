"""Plotly charts: a figure from plotly, a plain dict, selections outside and inside a fragment."""

import plotly.graph_objects as go
import streamlit as st

st.session_state.setdefault("full_runs", 0)
st.session_state.full_runs += 1
st.write(f"Full runs: {st.session_state.full_runs}")

scatter = go.Figure(
    go.Scatter(x=[1, 2, 3, 4], y=[10, 11, 12, 13], mode="markers", name="points"),
    layout={"title": "Scatter"},
)
event = st.plotly_chart(scatter, key="scatter", on_select="rerun")
st.write(f"Selected outside: {event.selection.point_indices}")

st.plotly_chart(
    {"data": [{"type": "bar", "x": ["a", "b", "c"], "y": [3, 1, 2]}], "layout": {"height": 300}},
    theme=None,
    config={"displayModeBar": False},
)


@st.fragment
def picker() -> None:
    st.session_state.setdefault("fragment_runs", 0)
    st.session_state.fragment_runs += 1
    bars = go.Figure(go.Bar(x=["x", "y", "z"], y=[5, 7, 3]))
    picked = st.plotly_chart(bars, key="bars", on_select="rerun", selection_mode="points")
    points = picked["selection"]["points"]
    st.write(
        f"Picked in fragment: {[p['x'] for p in points]} (fragment runs: {st.session_state.fragment_runs})"
    )


picker()
