"""The data grid: st.data_editor on plain data, column types, dataframe selections.

Plain Python data only: pandas is in Pyodide's distribution, which these offline tests
cannot download (tests/shim/test_data_grid.py covers pandas in CPython).
"""

import datetime as dt

import streamlit as st

st.session_state.setdefault("full_runs", 0)
st.session_state.full_runs += 1
st.session_state.setdefault("changes", 0)
st.write(f"Full runs: {st.session_state.full_runs}")


def changed() -> None:
    st.session_state.changes += 1


people = [
    {"name": "Ada", "age": 36, "member": True, "team": "red"},
    {"name": "Alan", "age": 41, "member": False, "team": "blue"},
]
edited = st.data_editor(
    people,
    key="people",
    num_rows="dynamic",
    on_change=changed,
    column_config={
        "name": st.column_config.TextColumn("Name", max_chars=10, validate="^[A-Za-z]+$"),
        "age": st.column_config.NumberColumn("Age", min_value=0, max_value=150, format="%d years"),
        "member": st.column_config.CheckboxColumn("Member"),
        "team": st.column_config.SelectboxColumn("Team", options=["red", "blue", "green"]),
    },
)
st.write(f"Edited: {edited}")
st.write(f"State: {dict(st.session_state.people)}")
st.write(f"Changes: {st.session_state.changes}")

scores = st.data_editor(
    {"a": [1, 2], "b": ["x", "y"]}, disabled=["b"], column_order=["b", "a"], key="scores"
)
st.write(f"Scores: {scores}")

PIXEL = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC"
st.session_state.setdefault("clicked", None)


def clicked() -> None:
    st.session_state.clicked = dict(st.session_state.go)


st.dataframe(
    [
        {
            "site": "https://streamlit.io",
            "logo": PIXEL,
            "trend": [1, 3, 2, 5],
            "done": 0.25,
            "day": dt.date(2024, 1, 31),
            "tags": ["a", "b"],
            "note": "**bold**",
            "open": "Open",
        }
    ],
    column_config={
        "site": st.column_config.LinkColumn("Site", display_text=r"https://(.*?)\.io"),
        "logo": st.column_config.ImageColumn("Logo"),
        "trend": st.column_config.LineChartColumn("Trend", y_min=0, y_max=5),
        "done": st.column_config.ProgressColumn("Done", min_value=0, max_value=1),
        "day": st.column_config.DateColumn("Day", format="D MMM YYYY"),
        "tags": st.column_config.ListColumn("Tags"),
        "note": st.column_config.MarkdownColumn("Note"),
        "open": st.column_config.ButtonColumn("Action", key="go", on_click=clicked),
    },
    hide_index=True,
)
st.write(f"Clicked: {st.session_state.clicked}")


@st.fragment
def pick_rows() -> None:
    st.session_state.setdefault("fragment_runs", 0)
    st.session_state.fragment_runs += 1
    picked = st.dataframe(
        {"city": ["Paris", "Oslo", "Rome"], "temp": [21, 12, 25]},
        on_select="rerun",
        selection_mode="multi-row",
        key="cities",
    )
    st.write(f"Rows: {picked.selection.rows} (fragment runs: {st.session_state.fragment_runs})")


pick_rows()

columns = st.dataframe(
    {"x": [1, 2], "y": [3, 4], "z": [5, 6]},
    on_select="rerun",
    selection_mode="multi-column",
    key="axes",
)
st.write(f"Columns: {columns.selection.columns}")
st.dataframe({"plain": [1, 2]})

# Selections on Vega-Lite charts: a point selection and an interval (brush).
points = {"x": [1, 2, 3], "y": [1, 4, 9]}
picked = st.vega_lite_chart(
    points,
    {
        "mark": {"type": "point", "filled": True, "size": 400},
        "params": [{"name": "pick", "select": {"type": "point", "fields": ["x"]}}],
        "encoding": {
            "x": {"field": "x", "type": "quantitative"},
            "y": {"field": "y", "type": "quantitative"},
        },
    },
    on_select="rerun",
    key="vl_points",
)
st.write(f"Vega points: {dict(picked.selection)}")
brushed = st.vega_lite_chart(
    points,
    {
        "mark": "point",
        "params": [{"name": "brush", "select": "interval"}],
        "encoding": {
            "x": {"field": "x", "type": "quantitative"},
            "y": {"field": "y", "type": "quantitative"},
        },
    },
    on_select="rerun",
    selection_mode="brush",
    key="vl_brush",
)
st.write(f"Vega brush: {sorted(brushed.selection.brush)}")
