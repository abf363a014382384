# Fragment identity (issue 3, point 1): the id is the function plus the place it is
# called, not its arguments. Every fragment counts its own executions.
import time

import streamlit as st

runs = st.session_state.setdefault("runs", {})


def count(name):
    runs[name] = runs.get(name, 0) + 1
    return runs[name]


@st.fragment
def greet(name, place):
    # One function called at two places: two fragments, each with its latest arguments.
    n = count(place)
    st.button(f"Greet at {place}")
    st.write(f"{place}: hello {name} (run {n})")


@st.fragment
def row(i):
    n = count(f"row {i}")
    st.button(f"Row {i}")
    st.write(f"row {i} ran {n}")


@st.fragment
def counter():
    n = count("counter")
    st.button("Count")
    st.write(f"counter ran {n}")


first = st.text_input("First name", "Ann")
if st.checkbox("Banner above the greetings"):
    # Shifts the greetings down one slot: new fragment ids for them.
    st.write("Banner")
greet(first, "top")
greet("Bob", "bottom")

for i in range(3):
    row(i)

hide = st.checkbox("Hide the counter")
if hide:
    # Slow on purpose: a click on the counter during this full run arrives late, for a
    # fragment this run forgets. (The notice goes to the sidebar so that the counter's
    # button stays in its slot, clickable, until the run ends.)
    st.sidebar.write("Hiding the counter")
    time.sleep(1)
else:
    counter()
st.write("End of the app")
