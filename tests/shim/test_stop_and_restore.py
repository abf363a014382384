"""The page's Stop button and worker restarts, on the Python side.

With cross-origin isolation the page ends a run through Pyodide's interrupt buffer, which
raises ``KeyboardInterrupt`` wherever Python is; here the app raises it itself, at the
same places. Without isolation the page terminates the worker and starts a new one,
handing it the session state the old one saved (``session:state``).
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from fragc.shim import state_saving
from fragc.shim.session_state import SessionState
from tests.shim.harness import AppHarness

LOOPING_APP = """
import streamlit as st

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.write("top")

@st.fragment
def looping():
    if st.button("Loop"):
        raise KeyboardInterrupt  # what the interrupt buffer raises inside `while True: pass`
    st.write("loop idle")

@st.fragment
def other():
    if st.button("Other"):
        st.write("other ran")

looping()
other()
if st.button("Loop in the script"):
    raise KeyboardInterrupt
st.write("bottom")
"""


@pytest.fixture
def looping(tmp_path: Path) -> AppHarness:
    app = AppHarness(tmp_path, LOOPING_APP).run()
    yield app
    app.close()


def idle_count(app: AppHarness) -> int:
    return sum(1 for m in app.messages if m["type"] == "session:idle")


def test_a_stopped_fragment_run_ends_like_st_stop_and_the_app_works_again(
    looping: AppHarness,
) -> None:
    before = idle_count(looping)
    looping.click("Loop")
    assert idle_count(looping) == before + 1  # the page learns the run is over
    assert looping.statuses()[-1] == "finished_fragment"
    assert looping.exceptions() == []  # a stop is not an error
    looping.click("Other")
    assert "other ran" in looping.texts()
    looping.run()
    assert looping.texts()[-1] == "bottom"


def test_a_stopped_full_run_prunes_what_it_did_not_reach(looping: AppHarness) -> None:
    looping.click("Loop in the script")
    assert looping.statuses()[-1] == "finished"
    assert "bottom" not in looping.texts()  # as Streamlit clears stale elements after a stop
    looping.run()
    assert looping.texts()[-1] == "bottom"


def test_an_interrupt_that_lands_in_the_runner_itself_still_ends_the_request(
    looping: AppHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*_: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr("fragc.shim.runner.lifetimes.order_fragment_ids", interrupted)
    before = idle_count(looping)
    looping.click("Other")
    assert idle_count(looping) == before + 1
    monkeypatch.undo()
    looping.click("Other")
    assert "other ran" in looping.texts()


# -- what survives a restart ---------------------------------------------------------


class Opaque:
    pass


@pytest.mark.parametrize(
    ("value", "kept", "reason"),
    [
        (None, True, ""),
        (True, True, ""),
        (3, True, ""),
        (2**80, True, ""),  # the page never parses the text: big ints stay exact
        (1.5, True, ""),
        ("text ✓", True, ""),
        ([1, "a", None, [2.5]], True, ""),
        ({"a": {"b": [1, 2]}}, True, ""),
        ((1, 2), False, "not JSON"),  # would come back as a list
        ({1: "a"}, False, "not JSON"),  # would come back with the key "1"
        ({"a": (1,)}, False, "not JSON"),
        (math.nan, False, "not JSON"),
        (math.inf, False, "not JSON"),
        ({1, 2}, False, "not JSON"),
        (b"bytes", False, "not JSON"),
        (Opaque(), False, "not JSON"),
        (list(range(state_saving.MAX_NODES + 1)), False, "too large"),
        ("x" * (state_saving.MAX_CHARS + 1), False, "too large"),
    ],
)
def test_what_session_state_keeps(value: Any, kept: bool, reason: str) -> None:
    state = SessionState()
    state.user["entry"] = value
    text, skipped = state_saving.save(state)
    if kept:
        assert json.loads(text) == {"entry": value}
        assert skipped == []
    else:
        assert json.loads(text) == {}
        assert skipped == [{"key": "entry", "type": type(value).__name__, "reason": reason}]


def test_a_nested_list_deeper_than_the_limit_is_too_large() -> None:
    state = SessionState()
    deep: list[Any] = []
    for _ in range(state_saving.MAX_DEPTH + 5):
        deep = [deep]
    state.user["deep"] = deep
    assert state_saving.save(state)[1][0]["reason"] == "too large"


SAVING_APP = """
import streamlit as st

st.session_state.setdefault("count", 0)
st.session_state.setdefault("frame", object())
if "speed" not in st.session_state:
    st.session_state.speed = 5
st.slider("Speed", 0, 10, key="speed")
st.button("Go", key="go")
if st.button("Add"):
    st.session_state.count += 1
st.write(f"count={st.session_state.count} speed={st.session_state.speed}")
"""


def saved_messages(app: AppHarness) -> list[dict[str, Any]]:
    return [m for m in app.messages if m["type"] == "session:state"]


def test_session_state_is_saved_when_it_changes_and_names_what_it_skips(tmp_path: Path) -> None:
    app = AppHarness(tmp_path, SAVING_APP).run()
    try:
        first = saved_messages(app)
        assert len(first) == 1
        assert json.loads(first[0]["state"]) == {"count": 0, "speed": 5}  # no button key
        assert first[0]["skipped"] == [{"key": "frame", "type": "object", "reason": "not JSON"}]
        app.run()
        assert len(saved_messages(app)) == 1  # nothing changed: nothing sent
        app.click("Add")
        assert json.loads(saved_messages(app)[-1]["state"])["count"] == 1
        # session:state comes before the request's session:idle
        kinds = [m["type"] for m in app.messages]
        assert kinds[-2:] == ["session:state", "session:idle"]
    finally:
        app.close()


def test_a_restarted_worker_gets_state_and_widget_values_back(tmp_path: Path) -> None:
    old = AppHarness(tmp_path, SAVING_APP).run()
    old.click("Add")
    old.click("Add")
    old.set("Speed", 8)
    saved = saved_messages(old)[-1]["state"]
    page_values = dict(old.page.widget_values)
    old.close()

    new = AppHarness(tmp_path, SAVING_APP, restore=saved)
    try:
        # The page's first request after a restart carries the widget values it holds.
        new.request(values=page_values)
        assert new.texts()[-1] == "count=2 speed=8"
        new.click("Add")
        assert new.texts()[-1] == "count=3 speed=8"
        assert new.exceptions() == []
    finally:
        new.close()


def test_a_runner_posts_idle_even_when_saving_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_: SessionState) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(state_saving, "save", broken)
    app = AppHarness(tmp_path, "import streamlit as st\nst.write('hi')\n").run()
    try:
        assert app.messages[-1]["type"] == "session:idle"
        assert app.texts() == ["hi"]
    finally:
        app.close()
