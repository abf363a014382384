"""ECharts charts: a display-only JSON-string spec drawn as SVG, a bar chart whose point
selection reruns only its fragment."""

import json

import streamlit as st

st.session_state.setdefault("full_runs", 0)
st.session_state.full_runs += 1
st.write(f"Full runs: {st.session_state.full_runs}")

visits = {
    "xAxis": {"type": "category", "data": ["Mon", "Tue", "Wed"]},
    "yAxis": {"type": "value"},
    "series": [{"type": "line", "data": [3, 7, 5]}],
}
st.echarts_chart(
    json.dumps(visits), renderer="svg", theme=None, height=240, key="visits", alt="Visits per day"
)


@st.fragment
def picker() -> None:
    st.session_state.setdefault("fragment_runs", 0)
    st.session_state.fragment_runs += 1
    # Bars fill the lower half of a chart without margins: a click at 3/4 of the height
    # hits bar i at (i + 0.5) / 3 of the width; the upper half is empty.
    bars = {
        "grid": {"left": 0, "right": 0, "top": 0, "bottom": 0},
        "xAxis": {"type": "category", "data": ["a", "b", "c"], "show": False},
        "yAxis": {"type": "value", "min": 0, "max": 10, "show": False},
        "series": [
            {
                "type": "bar",
                "name": "Sales",
                "data": [5, 5, 5],
                "barWidth": "90%",
                "selectedMode": "multiple",
            }
        ],
    }
    event = st.echarts_chart(bars, on_select="rerun", height=300)
    picked = [i for group in event.selection.selected for i in group["data_indices"]]
    names = [group["series_name"] for group in event.selection.selected]
    st.write(f"Picked: {picked} {names} (fragment runs: {st.session_state.fragment_runs})")


picker()
