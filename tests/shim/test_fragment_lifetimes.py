"""Fragment behaviour that Streamlit 1.67 changed after 1.40 (nesting, lifetimes, APIs).

Each case was checked against the streamlit==1.67.0 source: runtime/fragment.py,
runtime/scriptrunner/script_runner.py, commands/execution_control.py,
elements/dialog_decorator.py and elements/lib/dialog.py.
"""

from __future__ import annotations

import pytest

NESTED_WITH_HANDLE = """
import streamlit as st

@st.fragment
def inner(name):
    st.write(f"inner {name}")

@st.fragment
def outer():
    st.button("rerun outer")
    box = st.container()
    with box:
        inner("a")
    box.write("tail")

outer()
"""


def test_nested_fragment_in_a_parent_rerun_keeps_the_parents_containers(make_app):
    # 1.67 (#12514): a nested fragment called inline by its rerunning parent keeps the
    # parent's live cursors; restoring copies made `box.write` overwrite `inner`.
    app = make_app(NESTED_WITH_HANDLE)
    assert app.texts() == ["inner a", "tail"]
    app.click("rerun outer")
    assert app.texts() == ["inner a", "tail"]


def test_widget_check_after_a_nested_fragment_uses_the_parents_path(make_app):
    # The parent's fragment path comes back after the child returns: a widget inside
    # the parent is fine, one outside it is still the error.
    app = make_app(
        """
        import streamlit as st

        outside = st.container()

        @st.fragment
        def inner():
            st.write("inner")

        @st.fragment
        def outer():
            inner()
            st.button("inside after inner")
            outside.checkbox("outside after inner")

        outer()
        """
    )
    assert app.widget("inside after inner", "button")
    (shown,) = app.exceptions()
    assert shown == (
        "StreamlitFragmentWidgetsNotAllowedOutsideError: Fragments cannot write widgets to "
        "outside containers."
    )


def test_a_queued_child_is_skipped_when_its_parent_ran_in_the_same_pass(make_app):
    # 1.67 (#10719): the parent draws the child inline; running the child again would
    # duplicate its widgets.
    app = make_app(
        """
        import streamlit as st

        if "runs" not in st.session_state:
            st.session_state.runs = {"outer": 0, "inner": 0}

        @st.fragment
        def inner():
            st.session_state.runs["inner"] += 1
            st.button("inner button")

        @st.fragment
        def outer():
            st.session_state.runs["outer"] += 1
            inner()

        outer()
        """
    )
    inner_id = app.widget("inner button").fragment_id
    outer_id = app.page.roots[0].children[0].fragment_id
    app.request([inner_id, outer_id])  # order does not matter: the child is a descendant
    assert app.exceptions() == []
    app.request([outer_id, inner_id])
    assert app.exceptions() == []
    from fragc.shim.session import get_session

    assert get_session().state.get_item("runs") == {"outer": 3, "inner": 3}


RUN_EVERY_CHILD = """
import streamlit as st

@st.fragment(run_every=5)
def clock():
    st.write("tick")

@st.fragment
def panel():
    if st.checkbox("show clock", value=True):
        clock()
    else:
        st.write("no clock")

panel()
"""


def test_a_child_its_parent_no_longer_calls_is_forgotten_with_its_timer(make_app):
    app = make_app(RUN_EVERY_CHILD)
    (clock_id,) = app.timers
    app.set("show clock", False)
    assert app.timers == {}  # timer:clear reached the page
    assert [m for m in app.messages if m["type"] == "timer:clear"][-1]["fragment_ids"] == [clock_id]
    app.tick(clock_id)  # a tick that raced the clear: ignored, nothing overwritten
    assert app.texts() == ["no clock"]
    assert app.statuses()[-1] == "finished_fragment"
    app.set("show clock", True)
    assert list(app.timers) == [clock_id]


def test_an_outer_rerun_does_not_duplicate_the_inner_timer(make_app):
    app = make_app(RUN_EVERY_CHILD.replace('st.checkbox("show clock", value=True)', "True"))
    (clock_id,) = app.timers
    outer_id = app.page.roots[0].children[0].fragment_id
    app.request([outer_id])
    timer_sets = [m for m in app.messages if m["type"] == "timer:set"]
    # Python announces the timer at each call (as Streamlit); the page keeps one per id.
    assert {m["fragment_id"] for m in timer_sets} == {clock_id}
    assert list(app.timers) == [clock_id]


def test_a_dialog_opened_by_a_fragment_outlives_that_fragments_reruns(make_app):
    app = make_app(
        """
        import streamlit as st

        @st.dialog("Details")
        def details():
            if st.button("inside"):
                st.write("inside clicked")

        @st.fragment
        def opener():
            if st.button("open"):
                details()
            st.button("other")

        opener()
        """
    )
    app.click("open")
    app.click("other")  # the opener reruns without calling the dialog: it stays
    assert [n.kind for n in app.page.walk(root=2)][0] == "dialog"
    app.click("inside")
    assert app.exceptions() == []
    assert "inside clicked" in app.texts(root=2)


@pytest.mark.parametrize(
    ("call", "text"),
    [
        pytest.param('st.rerun("fragment")', "full 1 frag 3", id="positional-fragment"),
        pytest.param('st.rerun("app")', "full 2 frag 3", id="positional-app"),
    ],
)
def test_rerun_takes_its_scope_positionally(make_app, call, text):
    app = make_app(
        f"""
        import streamlit as st

        for name in ("full", "frag"):
            st.session_state.setdefault(name, 0)
        st.session_state.full += 1

        @st.fragment
        def f():
            st.session_state.frag += 1
            if st.button("go") and st.session_state.frag == 2:
                {call}
            st.write(f"full {{st.session_state.full}} frag {{st.session_state.frag}}")

        f()
        """
    )
    app.click("go")
    assert app.texts() == [text]
    assert app.exceptions() == []


def test_rerun_with_a_fragment_key_is_1_67s_error(make_app):
    app = make_app('import streamlit as st\nst.rerun("charts")\n')
    (shown,) = app.exceptions()
    assert shown.startswith(
        "StreamlitAPIException: Passing a fragment key to `st.rerun()` is only allowed from a "
        "widget callback"
    )


def test_fragment_accepts_1_67s_parallel_and_key(make_app):
    app = make_app(
        """
        import streamlit as st

        @st.fragment(parallel=True, key="charts")
        def f():
            st.button("again")
            st.write("ran")

        f()
        """
    )
    app.click("again")
    assert app.texts() == ["ran"]
    assert app.statuses()[-1] == "finished_fragment"


@pytest.mark.parametrize(
    ("options", "props"),
    [
        pytest.param(
            "", {"width": "small", "position": "center", "dismissible": True}, id="default"
        ),
        pytest.param('width="medium"', {"width": "medium"}, id="medium"),
        pytest.param("width=640", {"width": "small", "pixel_width": 640}, id="pixels"),
        pytest.param(
            'position="right", icon="🔥"', {"position": "right", "icon": "🔥"}, id="drawer"
        ),
        pytest.param("dismissible=False", {"dismissible": False}, id="not-dismissible"),
    ],
)
def test_dialog_props(make_app, options, props):
    app = make_app(
        f"""
        import streamlit as st

        @st.dialog("Title", {options})
        def d():
            st.write("body")

        d()
        """
    )
    (block,) = [n for n in app.page.walk(root=2) if n.kind == "dialog"]
    assert props.items() <= block.props.items()
    assert "dismiss_widget_id" not in block.props  # on_dismiss="ignore": page-only


def test_a_bad_dialog_width_fails_only_when_the_dialog_opens(make_app):
    app = make_app(
        """
        import streamlit as st

        @st.dialog("Title", width="huge")
        def d():
            st.write("body")

        st.write("the app runs")
        if st.button("open"):
            d()
        """
    )
    assert app.exceptions() == []
    app.click("open")
    (shown,) = app.exceptions()
    assert shown.startswith("StreamlitValueError: Invalid `width` value.")
