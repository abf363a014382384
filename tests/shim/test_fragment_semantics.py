"""Fragment behaviour in CPython, checked against Streamlit's (reference sections 2-6)."""

from __future__ import annotations

import pytest

from fragc.shim.fragment import fragment_id_for


def test_id_depends_on_place_not_arguments(make_app):
    app = make_app(
        """
        import streamlit as st

        @st.fragment
        def greet(name):
            st.button("again", key=name)
            st.write(f"hello {name}")

        greet("ann")
        greet("bob")
        """
    )
    ids = {n.fragment_id for n in app.page.elements("markdown")}
    assert len(ids) == 2
    bob = app.page.elements("button")[1]
    app.click("again") if False else app.request(
        [bob.fragment_id], triggers={bob.widget["id"]: True}
    )
    assert app.texts() == ["hello ann", "hello bob"]


def test_streamlit_id_formula():
    def f() -> None: ...

    f.__module__ = "__main__"
    f.__qualname__ = "f"
    import hashlib

    assert fragment_id_for(f, (0, 1)) == hashlib.md5(b"__main__.f[0, 1]").hexdigest()


def test_fragment_in_a_loop_reruns_with_its_own_arguments(make_app):
    app = make_app(
        """
        import streamlit as st

        if "n" not in st.session_state:
            st.session_state.n = {}

        @st.fragment
        def row(i):
            st.session_state.n[i] = st.session_state.n.get(i, 0) + 1
            st.button(f"row {i}")
            st.write(f"row {i} ran {st.session_state.n[i]}")

        for i in range(3):
            row(i)
        """
    )
    app.click("row 1")
    app.click("row 1")
    assert app.texts() == ["row 0 ran 1", "row 1 ran 3", "row 2 ran 1"]


def test_fragment_output_replaces_only_its_slot_and_stale_elements_go(make_app):
    app = make_app(
        """
        import streamlit as st

        st.write("top")

        @st.fragment
        def f():
            more = st.checkbox("more")
            st.write("always")
            if more:
                st.write("sometimes")

        f()
        st.write("bottom")
        """
    )
    app.set("more", True)
    assert app.texts() == ["top", "always", "sometimes", "bottom"]
    app.set("more", False)
    assert app.texts() == ["top", "always", "bottom"]


def test_outside_container_accumulates_until_full_run(make_app):
    app = make_app(
        """
        import streamlit as st

        outside = st.container()
        ph = st.empty()

        @st.fragment
        def f():
            st.button("go")
            outside.write("line")
            ph.write(f"placeholder")

        f()
        st.button("full")
        """
    )
    assert app.texts().count("line") == 1
    app.click("go")
    app.click("go")
    assert app.texts().count("line") == 3
    assert app.texts().count("placeholder") == 1
    app.click("full")
    assert app.texts().count("line") == 1


def test_globals_of_last_full_run_persist_across_fragment_runs(make_app):
    app = make_app(
        """
        import streamlit as st

        counter = 0

        @st.fragment
        def f():
            global counter
            counter += 1
            st.button("go")
            st.write(f"counter {counter}")

        f()
        st.button("full")
        """
    )
    app.click("go")
    app.click("go")
    assert "counter 3" in app.texts()
    app.click("full")
    assert "counter 1" in app.texts()


NESTED = """
import streamlit as st

if "runs" not in st.session_state:
    st.session_state.runs = {"outer": 0, "inner": 0}

@st.fragment(run_every=5)
def inner():
    st.session_state.runs["inner"] += 1
    st.button("inner")
    st.write(f"inner {st.session_state.runs['inner']}")

@st.fragment
def outer():
    st.session_state.runs["outer"] += 1
    st.button("outer")
    st.write(f"outer {st.session_state.runs['outer']}")
    inner()

outer()
"""


def test_nested_inner_click_reruns_only_inner(make_app):
    app = make_app(NESTED)
    app.click("inner")
    assert app.texts() == ["outer 1", "inner 2"]
    app.click("outer")
    assert app.texts() == ["outer 2", "inner 3"]
    # The inner timer is registered once, however often the outer fragment reruns.
    assert len(app.timers) == 1
    assert sum(m["type"] == "timer:set" for m in app.messages) == 2  # one per call; page dedupes


def test_widget_state_cleanup_is_scoped_to_the_fragment(make_app):
    app = make_app(
        """
        import streamlit as st

        show = st.checkbox("show outside", value=True)
        if show:
            st.text_input("outside", key="o")

        @st.fragment
        def f():
            if st.checkbox("show inside", value=True):
                st.text_input("inside", key="i")

        f()
        """
    )
    app.set("outside", "kept")
    app.set("inside", "typed")
    app.set("show inside", False)  # fragment run: the inside input is not drawn
    from fragc.shim import api

    assert "i" not in api.session_state  # cleaned up inside the fragment
    assert api.session_state["o"] == "kept"  # widgets outside are untouched by fragment runs
    app.set("show inside", True)
    inside = app.widget("inside")
    assert inside.widget["value"] == ""  # back to its default


def test_callbacks_run_before_the_run_with_args(make_app):
    app = make_app(
        """
        import streamlit as st

        log = st.session_state.setdefault("log", [])

        def cb(tag, *, extra):
            log.append(f"cb {tag} {extra} value={st.session_state.box}")

        @st.fragment
        def f():
            st.checkbox("box", key="box", on_change=cb, args=("a",), kwargs={"extra": 1})
            log.append("fragment body")

        f()
        """
    )
    app.set("box", True)
    from fragc.shim import api

    assert api.session_state["log"] == ["fragment body", "cb a 1 value=True", "fragment body"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        pytest.param(
            "st.sidebar.write('x')",
            "StreamlitAPIException: Calling `st.sidebar` in a function wrapped with "
            "`st.fragment` is not supported.",
            id="sidebar-direct",
        ),
        pytest.param(
            "with st.sidebar:\n                st.write('x')",
            "StreamlitAPIException: Calling `st.sidebar`",
            id="with-sidebar-inside",
        ),
        pytest.param(
            "outside.button('b')",
            "StreamlitFragmentWidgetsNotAllowedOutsideError: Fragments cannot write widgets to "
            "outside containers.",
            id="widget-outside",
        ),
        pytest.param(
            "st.rerun(scope='fragment')",
            'StreamlitInvalidLayoutContextError: scope="fragment" can only be specified from '
            "`@st.fragment`-decorated functions during fragment reruns.",
            id="fragment-rerun-in-full-run",
        ),
        pytest.param("raise ValueError('boom')", "ValueError: boom", id="exception"),
    ],
)
def test_errors_inside_fragments_are_shown_in_the_fragment(make_app, body, message):
    app = make_app(
        f"""
        import streamlit as st

        outside = st.container()

        @st.fragment
        def f():
            {body}

        f()
        st.write("after")
        """
    )
    (shown,) = app.exceptions()
    assert shown.startswith(message)
    exc = app.page.elements("exception")[0]
    assert exc.fragment_id is not None
    assert "after" not in app.texts()  # a full run stops at the fragment's exception


def test_sidebar_fragment_called_inside_with_sidebar_works(make_app):
    app = make_app(
        """
        import streamlit as st

        @st.fragment
        def f():
            st.button("side")
            st.write("in the sidebar")

        with st.sidebar:
            f()
        """
    )
    assert app.exceptions() == []
    assert app.texts(root=1) == ["in the sidebar"]
    app.click("side")
    assert app.texts(root=1) == ["in the sidebar"]


def test_exception_in_fragment_run_does_not_stop_other_queued_fragments(make_app):
    app = make_app(
        """
        import streamlit as st

        @st.fragment
        def a():
            if st.checkbox("fail"):
                raise ValueError("boom")

        @st.fragment
        def b():
            st.session_state.b = st.session_state.get("b", 0) + 1
            st.write(f"b ran {st.session_state.b}")

        a()
        b()
        """
    )
    fail = app.widget("fail")
    b_id = app.page.elements("markdown")[0].fragment_id
    app.request([fail.fragment_id, b_id], values={fail.widget["id"]: True})
    assert app.exceptions() == ["ValueError: boom"]
    assert app.texts() == ["b ran 2"]


def test_stop_in_fragment_ends_only_that_run(make_app):
    app = make_app(
        """
        import streamlit as st

        @st.fragment
        def f():
            st.button("go")
            if st.session_state.get("stop"):
                st.write("before stop")
                st.stop()
            st.write("end of fragment")

        f()
        st.session_state.stop = True
        st.write("outside")
        """
    )
    app.click("go")
    assert app.texts() == ["before stop", "outside"]


def test_rerun_fragment_scope_loops_until_condition(make_app):
    app = make_app(
        """
        import streamlit as st

        st.session_state.setdefault("count", 0)

        @st.fragment
        def f():
            if st.button("count"):
                pass
            st.session_state.count += 1
            st.write(f"count {st.session_state.count}")
            if st.session_state.count % 5 != 1:
                st.rerun(scope="fragment")

        f()
        """
    )
    app.click("count")
    assert app.texts() == ["count 6"]


def test_late_event_for_forgotten_fragment_is_ignored(make_app):
    app = make_app(
        """
        import streamlit as st

        @st.fragment(run_every="2s")
        def clock():
            st.write("tick")

        if st.checkbox("show clock", value=True):
            clock()
        """
    )
    (clock_id,) = app.timers
    app.set("show clock", False)
    assert app.timers == {}  # a full run clears timers; the fragment was not called again
    before = len(app.messages)
    app.tick(clock_id)
    assert [m["type"] for m in app.messages[before:]] == ["session:idle"]
    assert app.exceptions() == []


@pytest.mark.parametrize(
    ("run_every", "interval"),
    [
        pytest.param("3", 3.0, id="int"),
        pytest.param("2.5", 2.5, id="float"),
        pytest.param("'2s'", 2.0, id="seconds-string"),
        pytest.param("'1m'", 60.0, id="minute-string"),
        pytest.param("__import__('datetime').timedelta(minutes=2)", 120.0, id="timedelta"),
    ],
)
def test_run_every_forms(make_app, run_every, interval):
    app = make_app(
        f"""
        import streamlit as st

        @st.fragment(run_every={run_every})
        def f():
            st.write("x")

        f()
        """
    )
    assert list(app.timers.values()) == [interval]


# Values only known at run time (the build reports literal ones: FRG010, FRG012). The
# browser's timer cannot wait past 2**31-1 ms and would fire every millisecond instead;
# NaN and negatives would do the same: clamped, or no timer (docs/differences.md).
MAX_TIMER_SECONDS = (2**31 - 1) / 1000


@pytest.mark.parametrize(
    ("run_every", "timers"),
    [
        pytest.param("10**100", [MAX_TIMER_SECONDS], id="huge-int"),
        pytest.param("float('inf')", [MAX_TIMER_SECONDS], id="infinity"),
        pytest.param("'30d'", [MAX_TIMER_SECONDS], id="thirty-days"),
        pytest.param(
            "__import__('datetime').timedelta(days=999)", [MAX_TIMER_SECONDS], id="timedelta"
        ),
        pytest.param("float('nan')", [], id="nan"),
        pytest.param("-5", [], id="negative"),
        pytest.param("MAX", [MAX_TIMER_SECONDS], id="exactly-the-limit"),
    ],
)
def test_run_every_past_a_browser_timer_is_clamped(make_app, run_every, timers):
    app = make_app(
        f"""
        import streamlit as st

        MAX = {MAX_TIMER_SECONDS!r}
        every = {run_every}

        @st.fragment(run_every=every)
        def f():
            st.write("x")

        f()
        """
    )
    assert list(app.timers.values()) == timers
    assert app.exceptions() == []


def test_bad_run_every_string_is_streamlits_error(make_app):
    app = make_app(
        """
        import streamlit as st

        @st.fragment(run_every="abc")
        def f():
            st.write("x")

        f()
        """
    )
    assert app.exceptions() == [
        "StreamlitBadTimeStringError: Time string doesn't look right. It should be formatted "
        "as `'1d2h34m'` or `2 days`, for example. Got: abc"
    ]


def test_button_is_true_only_in_the_run_its_click_caused(make_app):
    app = make_app(
        """
        import streamlit as st

        @st.fragment
        def f():
            st.write(f"clicked {st.button('b')}")
            st.checkbox("other")

        f()
        """
    )
    app.click("b")
    assert app.texts() == ["clicked True"]
    app.set("other", True)
    assert app.texts() == ["clicked False"]


def test_session_state_written_in_fragment_is_seen_on_next_full_run(make_app):
    app = make_app(
        """
        import streamlit as st

        st.write(f"main sees {st.session_state.get('v', 0)}")

        @st.fragment
        def f():
            if st.button("inc"):
                st.session_state.v = st.session_state.get("v", 0) + 1

        f()
        st.button("full")
        """
    )
    app.click("inc")
    assert app.texts() == ["main sees 0"]
    app.click("full")
    assert app.texts() == ["main sees 1"]


def test_streamlit_submodule_import_names_what_fragc_lacks(make_app):
    app = make_app(
        """
        import streamlit as st
        import streamlit.source_util
        """
    )
    (shown,) = app.exceptions()
    assert shown.startswith("ModuleNotFoundError: fragc does not provide `streamlit.source_util`")


def test_unknown_st_name_is_a_clear_error(make_app):
    app = make_app(
        """
        import streamlit as st
        st.no_such_thing("x")
        """
    )
    (shown,) = app.exceptions()
    assert shown.startswith(
        "FragcNotImplementedError: `st.no_such_thing` is not available in fragc"
    )


def test_fragment_container_names_the_definition_the_compiler_found(make_app, tmp_path):
    from fragc.analysis import analyze_app

    source = """
        import streamlit as st

        @st.fragment
        def outer():
            st.write("outer")

            @st.dialog("Hi")
            def hello():
                st.write("hi")

            hello()

        outer()
        """
    app = make_app(source)
    labels = {n.props["fragment"] for n in app.page.walk() if n.is_block and "fragment" in n.props}
    manifest_ids = {f["id"] for f in analyze_app(tmp_path / "app.py").fragments}
    assert labels == {"app.py:outer", "app.py:outer.<locals>.hello"}
    assert labels == manifest_ids
