"""Selection widgets for the browser tests (tests/e2e/test_widgets_selection.py).

Each widget writes what Python received; the fragment's widgets must rerun only the
fragment, so "Runs" (full runs) stays where it was.
"""

import datetime as dt

import streamlit as st

st.session_state.runs = st.session_state.get("runs", 0) + 1
st.write(f"Runs: {st.session_state.runs}")

size = st.radio("Size", ["S", "M", "L"], captions=["small", "medium", "large"], horizontal=True)
st.write(f"radio: {size!r}")
number = st.selectbox("Number", [1, 2, 3], index=None, format_func=lambda n: f"#{n}")
st.write(f"selectbox: {number!r}")
fruits = st.multiselect(
    "Fruits", ["apple", "banana", "cherry"], default=["banana"], max_selections=2
)
st.write(f"multiselect: {fruits!r}")

level = st.slider("Level", 0, 10, 3)
st.write(f"slider: {level!r}")
span = st.slider("Span", 0.0, 1.0, (0.2, 0.8))
st.write(f"range: {span!r}")
day = st.slider("Day", value=dt.date(2024, 1, 15), format="MMM D, YYYY")
st.write(f"date: {day!r}")
color = st.select_slider("Color", ["red", "green", "blue"], value="green")
st.write(f"select_slider: {color!r}")

mode = st.segmented_control("Mode", ["Walk", "Bike", "Car"], default="Walk")
st.write(f"segmented: {mode!r}")
rating = st.feedback("stars")
st.write(f"feedback: {rating!r}")
quiet = st.pills("Quiet", ["hush", "shh"], on_change="ignore")  # no run of its own
st.write(f"quiet: {quiet!r}")


@st.fragment
def in_fragment() -> None:
    flavour = st.radio("Flavour", ["vanilla", "mint"])
    st.write(f"radio-in-fragment: {flavour!r}")
    heat = st.select_slider("Heat", ["mild", "hot", "fire"])
    st.write(f"slider-in-fragment: {heat!r}")
    toppings = st.pills("Toppings", ["cheese", "ham", "olives"], selection_mode="multi")
    st.write(f"pills-in-fragment: {toppings!r}")
    thumbs = st.feedback("thumbs")
    st.write(f"feedback-in-fragment: {thumbs!r}")


in_fragment()
