"""The seed document's two apps, as a user clicks through them."""

from __future__ import annotations

SEED_COUNTERS = """
import streamlit as st

if "script_runs" not in st.session_state:
    st.session_state.script_runs = 0
    st.session_state.fragment_runs = 0

@st.experimental_fragment
def fragment():
    st.session_state.fragment_runs += 1
    st.button("Rerun fragment")
    st.write(f"Fragment says it ran {st.session_state.fragment_runs} times.")

fragment()
st.session_state.script_runs += 1
st.button("Rerun full script")
st.write(f"Full script says it ran {st.session_state.script_runs} times.")
st.write(f"Full script sees that fragment ran {st.session_state.fragment_runs} times.")
"""


def test_fragment_click_reruns_only_the_fragment(make_app):
    app = make_app(SEED_COUNTERS)
    assert app.texts()[1:] == [
        "Fragment says it ran 1 times.",
        "Full script says it ran 1 times.",
        "Full script sees that fragment ran 1 times.",
    ]
    app.click("Rerun fragment")
    app.click("Rerun fragment")
    assert app.texts()[1:] == [
        "Fragment says it ran 3 times.",
        "Full script says it ran 1 times.",
        "Full script sees that fragment ran 1 times.",
    ]
    app.click("Rerun full script")
    assert app.texts()[1:] == [
        "Fragment says it ran 4 times.",
        "Full script says it ran 2 times.",
        "Full script sees that fragment ran 4 times.",
    ]


def test_experimental_fragment_warns_above_the_fragment(make_app):
    app = make_app(SEED_COUNTERS)
    warning = app.page.elements("alert")[0]
    assert warning.props["variant"] == "warning"
    assert warning.props["body"].startswith("Please replace `st.experimental_fragment`")
    assert warning.fragment_id is None


SEED_RERUN = """
import streamlit as st

if "clicks" not in st.session_state:
    st.session_state.clicks = 0

@st.fragment
def count_to_five():
    if st.button("Plus one!"):
        st.session_state.clicks += 1
        if st.session_state.clicks % 5 == 0:
            st.rerun()
    return

count_to_five()
st.header(f"Multiples of five clicks: {st.session_state.clicks // 5}")

if st.button("Check click count"):
    st.toast(f"## Total clicks: {st.session_state.clicks}")
"""


def test_rerun_from_fragment_updates_the_header_every_five_clicks(make_app):
    app = make_app(SEED_RERUN)
    for _ in range(4):
        app.click("Plus one!")
    assert "Multiples of five clicks: 0" in app.texts()
    app.click("Plus one!")
    assert "Multiples of five clicks: 1" in app.texts()
    assert app.statuses()[-2:] == ["early_for_rerun", "finished"]


def test_toast_shows_total_clicks(make_app):
    app = make_app(SEED_RERUN)
    app.click("Plus one!")
    app.click("Check click count")
    assert [n.props["body"] for n in app.page.elements("toast")] == ["## Total clicks: 1"]
