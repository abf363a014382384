# Re-entry and pruning (issue 3, point 2): a fragment run writes back into its own slot,
# what it no longer writes goes, what lies outside it stays, and what it wrote into an
# outside container accumulates until the next full run. Layouts created inside the
# fragment follow the number of parts chosen in it.
import streamlit as st

st.session_state.setdefault("full_runs", 0)
st.session_state.full_runs += 1
st.write(f"Above the fragment (full run {st.session_state.full_runs})")
log = st.container()


@st.fragment
def parts():
    n = int(st.number_input("Parts", min_value=1, max_value=4, value=2))
    for i, column in enumerate(st.columns(n)):
        column.write(f"Column {i}")
    for i, tab in enumerate(st.tabs([f"Tab {i}" for i in range(n)])):
        tab.write(f"Tab body {i}")
    for i in range(n):
        with st.expander(f"Expander {i}"):
            st.write(f"Expander body {i}")
    slots = [st.empty() for _ in range(n)]
    for i, slot in enumerate(slots):
        slot.write(f"Empty {i}")
    if n % 2:
        st.write("An odd number of parts")
    log.write(f"Logged {n}")


parts()
st.write("Below the fragment")
st.button("Full rerun")
