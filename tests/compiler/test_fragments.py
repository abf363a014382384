"""Which functions the compiler lists as fragments, and what the manifest says of them."""

from __future__ import annotations

import pytest

from tests.compiler.conftest import Analyze

# (source, [(qualname, line, kind, decorator, run_every)])
MATCHES = [
    pytest.param(
        """
        import streamlit as st

        @st.fragment
        def f():
            st.write("hi")
        """,
        [("f", 4, "fragment", "st.fragment", None)],
        id="bare",
    ),
    pytest.param(
        """
        import streamlit as st

        @st.fragment()
        def f(): ...
        """,
        [("f", 4, "fragment", "st.fragment()", None)],
        id="empty-parens",
    ),
    pytest.param(
        """
        import streamlit as st

        @st.fragment(run_every=2)
        def f(): ...
        """,
        [("f", 4, "fragment", "st.fragment(run_every=2)", 2.0)],
        id="run-every-int",
    ),
    pytest.param(
        """
        import streamlit as st

        @st.fragment(run_every=0.5)
        def f(): ...
        """,
        [("f", 4, "fragment", "st.fragment(run_every=0.5)", 0.5)],
        id="run-every-float",
    ),
    pytest.param(
        """
        import streamlit as st

        @st.fragment(run_every="1m")
        def f(): ...
        """,
        [("f", 4, "fragment", 'st.fragment(run_every="1m")', 60.0)],
        id="run-every-string-minute",
    ),
    pytest.param(
        """
        import streamlit as st
        from datetime import timedelta

        @st.fragment(run_every=timedelta(minutes=2))
        def f(): ...
        """,
        [("f", 5, "fragment", "st.fragment(run_every=timedelta(minutes=2))", 120.0)],
        id="run-every-timedelta",
    ),
    pytest.param(
        """
        import datetime
        import streamlit as st

        @st.fragment(run_every=datetime.timedelta(0, 3))
        def f(): ...
        """,
        [("f", 5, "fragment", "st.fragment(run_every=datetime.timedelta(0, 3))", 3.0)],
        id="run-every-datetime-timedelta-positional",
    ),
    pytest.param(
        """
        import streamlit as st

        INTERVAL = 3

        @st.fragment(run_every=INTERVAL)
        def f(): ...
        """,
        [("f", 6, "fragment", "st.fragment(run_every=INTERVAL)", None)],
        id="run-every-variable-is-unknown",
    ),
    pytest.param(
        """
        import streamlit as st

        @st.fragment(run_every=None)
        def f(): ...

        @st.fragment(run_every=0)
        def g(): ...
        """,
        [
            ("f", 4, "fragment", "st.fragment(run_every=None)", None),
            ("g", 7, "fragment", "st.fragment(run_every=0)", None),
        ],
        id="run-every-falsy-means-no-timer",
    ),
    pytest.param(
        """
        import streamlit as st

        @st.experimental_fragment
        def f(): ...

        @st.experimental_fragment(run_every=2)
        def g(): ...
        """,
        [
            ("f", 4, "fragment", "st.experimental_fragment", None),
            ("g", 7, "fragment", "st.experimental_fragment(run_every=2)", 2.0),
        ],
        id="experimental-alias",
    ),
    pytest.param(
        """
        import streamlit

        @streamlit.fragment
        def f(): ...
        """,
        [("f", 4, "fragment", "streamlit.fragment", None)],
        id="plain-import",
    ),
    pytest.param(
        """
        import streamlit as foo

        @foo.fragment
        def f(): ...
        """,
        [("f", 4, "fragment", "foo.fragment", None)],
        id="import-alias",
    ),
    pytest.param(
        """
        from streamlit import fragment

        @fragment
        def f(): ...
        """,
        [("f", 4, "fragment", "fragment", None)],
        id="from-import",
    ),
    pytest.param(
        """
        from streamlit import fragment as frag

        @frag(run_every="10s")
        def f(): ...
        """,
        [("f", 4, "fragment", 'frag(run_every="10s")', 10.0)],
        id="from-import-alias",
    ),
    pytest.param(
        """
        import streamlit as st

        def f(): ...

        g = st.fragment(f)
        """,
        [("f", 3, "fragment", "st.fragment", None)],
        id="call-form",
    ),
    pytest.param(
        """
        import streamlit as st

        def f(): ...

        st.fragment(run_every=2)(f)
        """,
        [("f", 3, "fragment", "st.fragment(run_every=2)", 2.0)],
        id="call-form-with-arguments",
    ),
    pytest.param(
        """
        import streamlit as st

        def outer():
            @st.fragment
            def inner(): ...
            inner()
        """,
        [("outer.<locals>.inner", 5, "fragment", "st.fragment", None)],
        id="nested-def-qualname",
    ),
    pytest.param(
        """
        import streamlit as st

        class Page:
            @st.fragment
            def body(self): ...
        """,
        [("Page.body", 5, "fragment", "st.fragment", None)],
        id="method-qualname",
    ),
    pytest.param(
        """
        import streamlit as st

        @st.cache_data
        @st.fragment(
            run_every=5,
        )
        async def f(): ...
        """,
        [("f", 7, "fragment", "st.fragment(\n    run_every=5,\n)", 5.0)],
        id="stacked-multiline-async",
    ),
    pytest.param(
        """
        import streamlit as st

        @st.dialog("Cast your vote", width="large")
        def vote(item): ...
        """,
        [("vote", 4, "dialog", 'st.dialog("Cast your vote", width="large")', None)],
        id="dialog",
    ),
    pytest.param(
        """
        import streamlit as st

        @st.experimental_dialog("Hi")
        def f(): ...
        """,
        [("f", 4, "dialog", 'st.experimental_dialog("Hi")', None)],
        id="experimental-dialog",
    ),
    pytest.param(
        """
        import streamlit as st

        def f(): ...

        show = st.dialog("Title")(f)
        """,
        [("f", 3, "dialog", 'st.dialog("Title")', None)],
        id="dialog-call-form",
    ),
    pytest.param(
        """
        import streamlit as st

        def helper(st_module):
            pass

        @st.fragment
        def f(): ...
        """,
        [("f", 7, "fragment", "st.fragment", None)],
        id="other-parameter-names-do-not-shadow",
    ),
]


@pytest.mark.parametrize(("source", "expected"), MATCHES)
def test_fragments_are_found(
    analyze: Analyze, source: str, expected: list[tuple[str, int, str, str, float | None]]
) -> None:
    result = analyze(source)
    assert [
        (f["qualname"], f["line"], f["kind"], f["decorator"], f["run_every"])
        for f in result.fragments
    ] == expected
    for fragment in result.fragments:
        assert fragment["id"] == f"app.py:{fragment['qualname']}"
        assert fragment["file"] == "app.py"


NOT_FRAGMENTS = [
    pytest.param(
        """
        import streamlit as st
        st = Something()

        @st.fragment
        def f(): ...
        """,
        id="st-reassigned",
    ),
    pytest.param(
        """
        import streamlit as st

        def build(st):
            @st.fragment
            def f(): ...
        """,
        id="parameter-named-st",
    ),
    pytest.param(
        """
        import other as st

        @st.fragment
        def f(): ...
        """,
        id="other-module-as-st",
    ),
    pytest.param(
        """
        import streamlit as st

        def fragment(func):
            return func

        @fragment
        def f(): ...
        """,
        id="local-function-named-fragment",
    ),
    pytest.param(
        """
        import other

        @other.fragment
        def f(): ...
        """,
        id="other-module-decorator",
    ),
    pytest.param(
        """
        import streamlit as st

        @st.fragments
        def f(): ...
        """,
        id="typo-fragments",
    ),
    pytest.param(
        """
        @st.fragment
        def f(): ...
        """,
        id="st-never-imported",
    ),
    pytest.param(
        """
        import streamlit as st

        @st.cache_data
        def f(): ...

        @st.sidebar.fragment
        def g(): ...
        """,
        id="other-streamlit-decorators",
    ),
    pytest.param(
        """
        from streamlit import fragment

        def fragment(f):
            return f

        @fragment
        def f(): ...
        """,
        id="imported-then-redefined",
    ),
    pytest.param(
        """
        import streamlit as st

        def run(func):
            return st.fragment(func)
        """,
        id="call-form-on-unknown-callable",
    ),
]


@pytest.mark.parametrize("source", NOT_FRAGMENTS)
def test_lookalikes_are_not_fragments(analyze: Analyze, source: str) -> None:
    assert analyze(source).fragments == []


def test_fragments_in_local_modules_are_listed_with_their_file(analyze: Analyze) -> None:
    result = analyze(
        """
        import streamlit as st
        from widgets.clock import clock

        clock()
        """,
        files={
            "widgets/__init__.py": "",
            "widgets/clock.py": """
                import streamlit as st

                @st.fragment(run_every="1s")
                def clock():
                    st.write("tick")
                """,
        },
    )
    assert result.fragments == [
        {
            "id": "widgets/clock.py:clock",
            "qualname": "clock",
            "file": "widgets/clock.py",
            "line": 4,
            "kind": "fragment",
            "decorator": 'st.fragment(run_every="1s")',
            "run_every": 1.0,
        }
    ]


def test_a_function_wrapped_twice_is_listed_once(analyze: Analyze) -> None:
    result = analyze(
        """
        import streamlit as st

        def f(): ...

        a = st.fragment(f)
        b = st.fragment(f)
        """
    )
    assert [f["id"] for f in result.fragments] == ["app.py:f"]
