"""A multipage app (pages/ folder) whose pages load what only they need (issue 9).

Only ``pages/2_Six.py`` imports ``six``: the site loads it when that page first runs,
not at boot. ``pages/3_Broken.py`` raises. The entry and ``pages/1_Counter.py`` each have
a ``run_every`` fragment (the counter's must stop while another page shows), the counter
page a widget (back at its default after the page was left) and its own tab title.
"""

from datetime import timedelta

import streamlit as st

st.title("Home")


@st.fragment(run_every=timedelta(milliseconds=300))
def home_clock() -> None:
    st.session_state.home_ticks = st.session_state.get("home_ticks", 0) + 1
    st.write(f"Home ticks: {st.session_state.home_ticks}")
    st.write(f"Counter ticks so far: {st.session_state.get('counter_ticks', 0)}")


home_clock()
