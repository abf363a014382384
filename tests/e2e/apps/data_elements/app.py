"""Data elements: st.table, st.dataframe, built-in charts, and a chart in a fragment.

The charts only appear once "Show charts" is ticked, so the test can check that the page
downloads vega (a chunk of its own) only then.
"""

import streamlit as st

st.session_state.full_runs = st.session_state.get("full_runs", 0) + 1
st.text(f"full runs: {st.session_state.full_runs}")

st.table({"city": ["Paris", "Oslo"], "temp": [21.5, 12.0], "note": ["**warm**", "cold"]})
st.dataframe(
    [
        {"name": "Grace", "born": 1906},
        {"name": "Ada", "born": 1815},
        {"name": "Alan", "born": 1912},
    ],
    hide_index=True,
)


@st.fragment
def bars() -> None:
    count = st.slider("Bars", 1, 8, 3)
    st.bar_chart(
        {"label": [f"b{i}" for i in range(count)], "value": list(range(1, count + 1))},
        x="label",
        y="value",
    )
    st.caption(f"bars drawn: {count}")


if st.checkbox("Show charts"):
    st.line_chart({"a": [1, 3, 2, 4], "b": [2, 2, 3, 1]})
    bars()
    # A chart in a tab that is hidden at first: drawn at full width once shown.
    first, second = st.tabs(["Notes", "Scatter"])
    first.write("The scatter chart is in the other tab.")
    second.scatter_chart({"x": [1, 2, 3], "y": [3, 1, 2]}, x="x", y="y")
