"""``fragc.testing.AppTest``: Streamlit's AppTest API over fragc's runtime (issue 13, point 5)."""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fragc.testing import AppTest, AppTestError

# --------------------------------------------------------------------------- widgets

# (the widget's line, the collection, the interaction, what the app then shows)
Interaction = Callable[[Any], Any]

WIDGETS = [
    pytest.param("st.checkbox('w')", "checkbox", lambda w: w.check(), "True", id="checkbox"),
    pytest.param(
        "st.toggle('w', True)", "toggle", lambda w: w.set_value(False), "False", id="toggle"
    ),
    pytest.param(
        "st.text_input('w')", "text_input", lambda w: w.input("hi"), "hi", id="text_input"
    ),
    pytest.param(
        "st.text_input('w', max_chars=2)",
        "text_input",
        lambda w: w.input("too long"),
        "",
        id="text_input-max-chars",
    ),
    pytest.param(
        "st.text_area('w')", "text_area", lambda w: w.input("a\nb"), "a\nb", id="text_area"
    ),
    pytest.param(
        "st.number_input('w', step=5)",
        "number_input",
        lambda w: w.increment(),
        "5",
        id="number_input-increment",
    ),
    pytest.param(
        "st.number_input('w', min_value=0.0)",
        "number_input",
        lambda w: w.decrement(),
        "0.0",
        id="number_input-decrement-at-min",
    ),
    pytest.param("st.slider('w', 0, 10)", "slider", lambda w: w.set_value(7), "7", id="slider"),
    pytest.param(
        "st.slider('w', 0, 10, (2, 4))",
        "slider",
        lambda w: w.set_range(1, 9),
        "(1, 9)",
        id="slider-range",
    ),
    pytest.param(
        "st.select_slider('w', ['a', 'b', 'c'])",
        "select_slider",
        lambda w: w.set_value("c"),
        "c",
        id="select_slider",
    ),
    pytest.param(
        "st.selectbox('w', [10, 20, 30])", "selectbox", lambda w: w.select(20), "20", id="selectbox"
    ),
    pytest.param(
        "st.selectbox('w', [10, 20, 30])",
        "selectbox",
        lambda w: w.select_index(2),
        "30",
        id="selectbox-index",
    ),
    pytest.param("st.radio('w', ['x', 'y'])", "radio", lambda w: w.set_value("y"), "y", id="radio"),
    pytest.param(
        "st.multiselect('w', ['x', 'y', 'z'], ['x'])",
        "multiselect",
        lambda w: w.select("z").unselect("x"),
        "['z']",
        id="multiselect",
    ),
    pytest.param(
        "st.date_input('w', dt.date(2024, 1, 2))",
        "date_input",
        lambda w: w.set_value(dt.date(2025, 3, 4)),
        "2025-03-04",
        id="date_input",
    ),
    pytest.param(
        "st.time_input('w', dt.time(8, 0))",
        "time_input",
        lambda w: w.increment(),
        "08:15:00",
        id="time_input",
    ),
    pytest.param(
        "st.color_picker('w')",
        "color_picker",
        lambda w: w.pick("ff0000"),
        "#ff0000",
        id="color_picker",
    ),
    pytest.param("st.pills('w', ['a', 'b'])", "pills", lambda w: w.select("b"), "b", id="pills"),
    pytest.param(
        "st.pills('w', ['a', 'b'], selection_mode='multi')",
        "pills",
        lambda w: w.select("a").select("b"),
        "['a', 'b']",
        id="pills-multi",
    ),
    pytest.param(
        "st.segmented_control('w', ['a', 'b'])",
        "segmented_control",
        lambda w: w.select("a"),
        "a",
        id="segmented_control",
    ),
    pytest.param("st.feedback('stars')", "feedback", lambda w: w.set_value(3), "3", id="feedback"),
    pytest.param("st.button('w')", "button", lambda w: w.click(), "True", id="button"),
    pytest.param(
        "st.download_button('w', 'data')",
        "download_button",
        lambda w: w.click(),
        "True",
        id="download_button",
    ),
    pytest.param(
        "st.chat_input('w')", "chat_input", lambda w: w.set_value("hello"), "hello", id="chat_input"
    ),
]


@pytest.mark.parametrize(("call", "collection", "interact", "shown"), WIDGETS)
def test_each_widget_takes_a_value(
    call: str, collection: str, interact: Interaction, shown: str
) -> None:
    at = AppTest.from_string(
        f"""
        import datetime as dt
        import streamlit as st

        value = {call}
        st.text(str(value))
        """
    ).run()
    assert not at.exception, at.exception
    interact(getattr(at, collection)[0]).run()
    assert not at.exception, at.exception
    assert at.text[0].value == shown


def test_a_widget_value_is_what_python_holds() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.selectbox("Pick", [10, 20, 30], index=1, key="pick")
        st.multiselect("Many", ["x", "y"], ["y"])
        """
    ).run()
    pick = at.selectbox(key="pick")
    assert (pick.value, pick.index, pick.options) == (20, 1, ["10", "20", "30"])
    assert at.multiselect[0].value == ["y"]
    assert at.multiselect[0].indices == [1]
    pick.select(30)
    assert pick.value == 30, "a staged value reads back before the run"
    assert at.session_state["pick"] == 20, "Python sees it only after the run"
    at.run()
    assert at.session_state["pick"] == 30


def test_a_file_upload_reaches_the_app() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        file = st.file_uploader("Data")
        if file is not None:
            st.text(f"{file.name}: {file.read().decode()}")
        """
    ).run()
    at.file_uploader[0].upload("notes.txt", b"hello", "text/plain").run()
    assert at.text[0].value == "notes.txt: hello"


def test_a_disabled_widget_refuses_a_value() -> None:
    at = AppTest.from_string("import streamlit as st\nst.button('Off', disabled=True)\n").run()
    with pytest.raises(AppTestError, match="Cannot update a disabled button widget"):
        at.button[0].click()


def test_an_element_has_no_interaction() -> None:
    at = AppTest.from_string("import streamlit as st\nst.markdown('hi')\n").run()
    with pytest.raises(AppTestError, match=r"click\(\) is not supported for markdown"):
        at.markdown[0].click()


# ------------------------------------------------------------------------- fragments

FRAGMENT_APP = """
import streamlit as st

st.session_state.full_runs = st.session_state.get("full_runs", 0) + 1
st.text(f"full runs: {st.session_state.full_runs}")

@st.fragment
def counter():
    st.session_state.clicks = st.session_state.get("clicks", 0)
    if st.button("Plus one"):
        st.session_state.clicks += 1
    st.text(f"clicks: {st.session_state.clicks}")

counter()
st.button("Outside")
"""


def test_a_widget_inside_a_fragment_reruns_only_the_fragment() -> None:
    at = AppTest.from_string(FRAGMENT_APP).run()
    at.button[0].click().run()
    at.button[0].click().run()
    assert at.text.values == ["full runs: 1", "clicks: 2"]
    at.button[1].click().run()  # outside every fragment: a full run
    assert at.text.values == ["full runs: 2", "clicks: 2"]
    at.run()  # nothing set: a full run
    assert at.text.values == ["full runs: 3", "clicks: 2"]


def test_st_rerun_scoped_to_the_fragment() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.full = st.session_state.get("full", 0) + 1
        st.text(f"full {st.session_state.full}")

        @st.fragment
        def part():
            st.session_state.part = st.session_state.get("part", 0) + 1
            st.text(f"part {st.session_state.part}")
            if st.button("again") and st.session_state.part < 5:
                st.rerun(scope="fragment")

        part()
        """
    ).run()
    at.button[0].click().run()
    assert at.text.values == ["full 1", "part 3"]


# ---------------------------------------------------------------------------- forms

FORM_APP = """
import streamlit as st

with st.form("profile", clear_on_submit={clear}):
    name = st.text_input("Name")
    submitted = st.form_submit_button("Save")
st.text(f"name={{name!r}} submitted={{submitted}}")
"""


def test_form_values_count_only_when_submitted() -> None:
    at = AppTest.from_string(FORM_APP.format(clear=False)).run()
    at.text_input[0].input("Ada").run()
    assert at.text[0].value == "name='' submitted=False"
    at.text_input[0].input("Ada")
    at.form_submit_button[0].click().run()
    assert at.text[0].value == "name='Ada' submitted=True"
    assert at.form[0].key == "profile"


def test_a_cleared_form_submits_its_defaults_next_time() -> None:
    at = AppTest.from_string(FORM_APP.format(clear=True)).run()
    at.text_input[0].input("Ada")
    at.form_submit_button[0].click().run()
    assert at.text[0].value == "name='Ada' submitted=True"
    at.run()
    assert at.text[0].value == "name='Ada' submitted=False"
    at.form_submit_button[0].click().run()
    assert at.text[0].value == "name='' submitted=True"


# --------------------------------------------------------------- state, errors, context


def test_session_state_before_and_after_runs() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("count", 0)
        st.session_state.count += 1
        st.text_input("Name", key="name")
        st.text(f"count {st.session_state.count}, name {st.session_state.name!r}")
        """
    )
    at.session_state["count"] = 10
    at.session_state.name = "preset"
    at.run()
    assert at.text[0].value == "count 11, name 'preset'"
    assert at.session_state.count == 11
    assert "name" in at.session_state
    assert at.text_input(key="name").value == "preset"
    with pytest.raises(KeyError, match='st.session_state has no key "missing"'):
        at.session_state["missing"]


def test_the_app_s_exception_is_an_element() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.text("before")
        raise ValueError("boom")
        """
    ).run()
    assert at.text.values == ["before"]
    (error,) = at.exception
    assert error.value == "boom"
    assert error.message == "boom"
    assert any("raise ValueError" in line for line in error.stack_trace)


def test_a_syntax_error_is_an_exception_element() -> None:
    at = AppTest.from_string("import streamlit as st\nst.text('x'\n").run()
    assert at.exception[0].value.startswith("'(' was never closed")


def test_a_script_that_never_ends_times_out() -> None:
    at = AppTest.from_string(
        """
        import time
        import streamlit as st
        st.text("started")
        while True:
            time.sleep(0.1)
        """
    )
    started = time.monotonic()
    with pytest.raises(RuntimeError, match=r"AppTest script run timed out after 0.5\(s\)"):
        at.run(timeout=0.5)
    assert time.monotonic() - started < 5


def test_context_reaches_st_context() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.text(f"{st.context.theme.type} {st.context.timezone} {st.context.locale}")
        """
    )
    at.context = {"theme": "dark", "timezone": "Europe/Berlin", "locale": "de-DE"}
    at.run()
    assert at.text[0].value == "dark Europe/Berlin de-DE"
    at.context = {"colour": "red"}
    with pytest.raises(AppTestError, match="does not support 'colour'"):
        at.run()


# ------------------------------------------------------------------------ the tree


def test_blocks_and_keys() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.sidebar.markdown("side")
        left, right = st.columns([2, 1])
        left.markdown("left")
        one, two = st.tabs(["One", "Two"])
        two.markdown("in two")
        with st.expander("More"):
            st.markdown("hidden")
        with st.chat_message("assistant"):
            st.markdown("hello")
        st.text_input("Keyed", key="k")
        """
    ).run()
    assert at.sidebar.markdown.values == ["side"]
    assert "side" not in at.main.markdown.values
    assert [c.weight for c in at.columns] == pytest.approx([2 / 3, 1 / 3])
    assert at.columns[0].markdown.values == ["left"]
    assert [t.label for t in at.tabs] == ["One", "Two"]
    assert at.tabs[1].markdown.values == ["in two"]
    assert at.expander[0].label == "More"
    assert at.chat_message[0].name == "assistant"
    assert at.get_by_key("k").label == "Keyed"
    assert len(at.get("tabs")) == 2


def test_from_file_is_relative_to_the_test(tmp_path: Path) -> None:
    at = AppTest.from_file("apps/multipage/main.py").run()
    assert at.text[0].value == "main page"
    with pytest.raises(FileNotFoundError, match="Relative paths are resolved against"):
        AppTest.from_file("apps/missing.py")


def test_runs_leave_the_test_process_as_they_found_it() -> None:
    streamlit_before = sys.modules.get("streamlit")
    sleep_before = time.sleep
    cwd_before = os.getcwd()
    path_before = list(sys.path)
    AppTest.from_string("import streamlit as st\nst.text('x')\n").run()
    assert sys.modules.get("streamlit") is streamlit_before
    assert time.sleep is sleep_before
    assert os.getcwd() == cwd_before
    assert sys.path == path_before


def test_two_apps_keep_their_own_state() -> None:
    source = """
    import streamlit as st
    st.session_state.n = st.session_state.get("n", 0) + 1
    st.text(str(st.session_state.n))
    """
    first = AppTest.from_string(source).run()
    second = AppTest.from_string(source + "\n").run()
    first.run()
    first.run()
    second.run()
    assert (first.text[0].value, second.text[0].value) == ("3", "2")
