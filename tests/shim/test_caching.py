"""st.cache_data and st.cache_resource in CPython: hits, copies, expiry, eviction, errors."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from fragc.shim import caching


@pytest.fixture(autouse=True)
def fresh_caches() -> Iterator[None]:
    # Caches are global to the Python process (one browser tab), like Streamlit's.
    caching.clear_all()
    yield
    caching.clear_all()


COUNTER_APP = """
import streamlit as st

if "calls" not in st.session_state:
    st.session_state.calls = 0

@st.cache_data{params}
def square(x):
    st.session_state.calls += 1
    return {{"value": x * x}}

first = square(3)
second = square(3)
st.write(f"value={{second['value']}} calls={{st.session_state.calls}} same={{first is second}}")
square(4)
st.write(f"after 4: calls={{st.session_state.calls}}")
st.button("rerun")
"""


@pytest.mark.parametrize(
    "params",
    [
        pytest.param("", id="bare"),
        pytest.param("()", id="parens"),
        pytest.param("(ttl=60)", id="ttl"),
    ],
)
def test_cache_data_hits_return_copies_and_survive_reruns(make_app, params):
    app = make_app(COUNTER_APP.format(params=params))
    assert app.texts() == ["value=9 calls=1 same=False", "after 4: calls=2"]
    app.click("rerun")  # the script re-creates the function: its cache is found again
    assert app.texts() == ["value=9 calls=2 same=False", "after 4: calls=2"]


def test_cache_resource_returns_the_same_object(make_app):
    app = make_app(
        """
        import streamlit as st

        @st.cache_resource
        def connection(url):
            return {"url": url, "opened": object()}

        a = connection("db://one")
        b = connection(url="db://one")
        c = connection("db://two")
        st.write(f"{a is connection('db://one')} {a is c}")
        """
    )
    assert app.texts() == ["True False"]


def test_clear_one_function_one_entry_or_everything(make_app):
    app = make_app(
        """
        import streamlit as st

        st.session_state.setdefault("calls", [])

        @st.cache_data
        def load(x):
            st.session_state.calls.append(x)
            return x

        @st.cache_resource
        def res(x):
            st.session_state.calls.append(f"r{x}")
            return x

        load(1); load(2); res(1)
        if st.button("one"):
            load.clear(1)
        if st.button("func"):
            load.clear()
        if st.button("all data"):
            st.cache_data.clear()
        if st.button("all resources"):
            st.cache_resource.clear()
        load(1); load(2); res(1)
        st.write(" ".join(map(str, st.session_state.calls)))
        """
    )
    assert app.texts() == ["1 2 r1"]
    app.click("one")
    assert app.texts() == ["1 2 r1 1"]
    app.click("func")
    assert app.texts() == ["1 2 r1 1 1 2"]
    app.click("all data")
    assert app.texts() == ["1 2 r1 1 1 2 1 2"]
    app.click("all resources")
    assert app.texts() == ["1 2 r1 1 1 2 1 2 r1"]


def test_ttl_expires_entries(make_app, monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(caching.time, "monotonic", lambda: now[0])
    app = make_app(
        """
        import streamlit as st
        from datetime import timedelta
        st.session_state.setdefault("calls", 0)

        @st.cache_data(ttl="1m")
        def a():
            st.session_state.calls += 1

        @st.cache_data(ttl=timedelta(seconds=30))
        def b():
            st.session_state.calls += 10

        a(); b()
        st.write(str(st.session_state.calls))
        st.button("again")
        """
    )
    assert app.texts() == ["11"]
    now[0] += 31
    app.click("again")
    assert app.texts() == ["21"]
    now[0] += 30
    app.click("again")
    assert app.texts() == ["32"]


def test_max_entries_drops_the_least_recently_used(make_app):
    app = make_app(
        """
        import streamlit as st
        st.session_state.setdefault("calls", [])

        @st.cache_data(max_entries=2)
        def f(x):
            st.session_state.calls.append(x)
            return x

        f(1); f(2); f(1); f(3); f(1); f(2)
        st.write(str(st.session_state.calls))
        """
    )
    # 2 was the least recently used when 3 came in.
    assert app.texts() == ["[1, 2, 3, 2]"]


def test_underscore_arguments_and_hash_funcs(make_app):
    app = make_app(
        """
        import threading
        import streamlit as st
        st.session_state.setdefault("calls", 0)

        class Point:
            def __init__(self, x):
                self.x = x
                self.lock = threading.Lock()

        @st.cache_data(hash_funcs={Point: lambda p: p.x})
        def norm(p, _lock):
            st.session_state.calls += 1
            return p.x

        norm(Point(1), threading.Lock())
        norm(Point(1), threading.Lock())
        norm(Point(2), threading.Lock())
        st.write(str(st.session_state.calls))
        """
    )
    assert app.texts() == ["2"]


UNHASHABLE = """Cannot hash argument 'lock' (of type `_thread.lock`) in 'use'.

To address this, you can tell Streamlit not to hash this argument by adding a
leading underscore to the argument's name in the function signature:

```
@st.{decorator}
def use(_lock, ...):
    ...
```"""


@pytest.mark.parametrize("decorator", ["cache_data", "cache_resource"])
def test_unhashable_argument_is_streamlits_error(make_app, decorator):
    app = make_app(
        f"""
        import threading
        import streamlit as st

        @st.{decorator}
        def use(lock):
            return 1

        use(threading.Lock())
        """
    )
    assert app.exceptions() == [f"UnhashableParamError: {UNHASHABLE.format(decorator=decorator)}"]


def test_unpicklable_return_value_is_an_error_for_cache_data_only(make_app):
    app = make_app(
        """
        import threading
        import streamlit as st

        @st.cache_resource
        def lock_resource():
            return threading.Lock()

        lock_resource()
        st.write("resource ok")

        @st.cache_data
        def lock_data():
            return threading.Lock()

        lock_data()
        """
    )
    assert app.texts() == ["resource ok"]
    (error,) = app.exceptions()
    assert error.startswith(
        "UnserializableReturnValueError: Cannot serialize the return value (of type "
        "`_thread.lock`) in `lock_data()`."
    )


@pytest.mark.parametrize(
    ("decorator", "error"),
    [
        pytest.param(
            "st.cache_data(ttl='soon')",
            "StreamlitBadTimeStringError: Time string doesn't look right. It should be formatted "
            "as `'1d2h34m'` or `2 days`, for example. Got: soon",
            id="bad-ttl",
        ),
        pytest.param(
            "st.cache_data(persist='cloud')",
            "StreamlitValueError: Invalid `persist` value. Supported values: 'disk', None.",
            id="persist",
        ),
        pytest.param(
            "st.cache_resource(scope='user')",
            "StreamlitValueError: Invalid `scope` value. Supported values: 'global', 'session'.",
            id="scope",
        ),
        pytest.param(
            "st.cache_data(max_size='lots')",
            "StreamlitValueError: Invalid `max_size` value. Supported values: a positive byte "
            "size. Use an integer number of bytes or a positive value with an explicit unit, such "
            'as "500MB", "1.5GB", or "200KiB".',
            id="max-size",
        ),
        pytest.param(
            "st.cache_data(refresh_mode='background')",
            "StreamlitMissingRequiredParameterError: The `ttl` parameter is required. Set a "
            'positive `ttl` (for example `ttl="1h"`) or use `refresh_mode="foreground"`.',
            id="background-without-ttl",
        ),
    ],
)
def test_bad_decorator_arguments(make_app, decorator, error):
    app = make_app(f"import streamlit as st\n@{decorator}\ndef f():\n    return 1\n")
    assert app.exceptions() == [error]


def test_cached_methods_bind_their_instance(make_app):
    app = make_app(
        """
        import streamlit as st
        st.session_state.setdefault("calls", 0)

        class Repo:
            @st.cache_data
            def rows(_self, n):
                st.session_state.calls += 1
                return list(range(n))

        repo = Repo()
        repo.rows(3); Repo().rows(3); repo.rows(4)
        repo.rows.clear(3)
        repo.rows(3)
        st.write(str(st.session_state.calls))
        """
    )
    assert app.texts() == ["3"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param(None, None, id="none"),
        pytest.param(1024, 1024, id="int"),
        pytest.param("1.5KiB", 1536, id="binary-unit"),
        pytest.param("2 mb", 2 * 1024**2, id="space-lowercase"),
    ],
)
def test_max_size_parsing(value, expected):
    assert caching.max_size_to_bytes(value) == expected


def test_ttl_accepts_timedelta_and_numbers():
    assert caching._ttl_seconds(timedelta(minutes=2)) == 120
    assert caching._ttl_seconds(5) == 5
    assert caching._ttl_seconds(None) is None


def spinner_texts(app) -> list[str]:
    return [
        d["element"]["props"]["text"]
        for m in app.messages
        if m["type"] == "run:deltas"
        for d in m["deltas"]
        if d.get("element", {}).get("kind") == "spinner"
    ]


def test_a_miss_shows_the_outermost_spinner_only(make_app):
    app = make_app(
        """
        import streamlit as st

        @st.cache_data
        def inner(x):
            return x

        @st.cache_data(show_spinner="Loading data")
        def outer(x):
            return inner(x) + 1

        @st.cache_resource(show_spinner=False)
        def quiet():
            return 1

        outer(1); outer(1); inner(2); quiet()
        st.write("done")
        """
    )
    # The hit draws nothing; the direct miss of inner() gets the default text.
    assert spinner_texts(app) == ["Loading data", "Running `inner(...)`."]
    assert app.page.elements("spinner") == []  # each spinner went when its call returned
    assert app.texts() == ["done"]


REPLAY_APP = """
import streamlit as st

if "runs" not in st.session_state:
    st.session_state.runs = 0


@st.cache_data
def drawn():
    st.session_state.runs += 1
    st.markdown(f"inside {st.session_state.runs}")
    st.code("x = 1")
    return 1


@st.cache_data
def with_widget():
    st.markdown("with a widget")
    st.checkbox("inside box")
    return 2


@st.cache_resource
def opens_a_container():
    with st.container():
        st.markdown("in a container")
    return 3


st.write("before")
drawn()
with_widget()
opens_a_container()
st.write("after")
"""


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        pytest.param(
            1,
            ["before", "inside 1", "x = 1", "with a widget", "in a container", "after"],
            id="miss",
        ),
        # A hit draws the plain elements again (Streamlit's replay), not a widget's or
        # a container's: those entries keep nothing to replay.
        pytest.param(2, ["before", "inside 1", "x = 1", "after"], id="hit"),
    ],
)
def test_a_hit_draws_again_what_the_function_drew(make_app, run, expected):
    app = make_app(REPLAY_APP)
    for _ in range(run - 1):
        app.run()
    assert [text for text in app.texts() if text != "inside box"] == expected


def test_a_widget_in_a_cached_function_gets_streamlits_warning_where_it_is_made(make_app):
    app = make_app(
        """
        import streamlit as st

        @st.cache_data
        def inner():
            st.radio("radio", ["a", "b"])

        @st.cache_data
        def outer():
            inner()
            st.selectbox("box", ["a", "b"])

        outer()
        st.checkbox("outside")
        """
    )
    warnings = app.page.elements("exception")
    # One for each widget made inside a cached function, none for the one outside.
    assert [w.props["type"] for w in warnings] == ["CachedWidgetWarning"] * 2
    assert "widget command in a cached function" in warnings[0].props["message"]
