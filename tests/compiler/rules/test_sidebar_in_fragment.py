"""FRG020: writing straight to st.sidebar from a fragment's body."""

from __future__ import annotations

import pytest

from fragc.analysis.rules.sidebar_in_fragment import MESSAGE
from tests.compiler.conftest import Analyze, findings_of

MATCHES = [
    pytest.param(
        """
        import streamlit as st

        @st.fragment
        def f():
            st.sidebar.write("x")
        """,
        [(5, 5)],
        id="sidebar-method",
    ),
    pytest.param(
        """
        import streamlit as st

        @st.fragment
        def f():
            with st.sidebar:
                st.write("x")
                st.button("go")
        """,
        [(6, 9), (7, 9)],
        id="with-sidebar",
    ),
    pytest.param(
        """
        import streamlit as st

        @st.fragment
        def f():
            with st.sidebar:
                with st.spinner("wait"):
                    st.write("x")
        """,
        [(7, 13)],
        id="spinner-is-not-a-container",
    ),
    pytest.param(
        """
        from streamlit import sidebar, dialog

        @dialog("Settings")
        def settings():
            sidebar.slider("x")
        """,
        [(5, 5)],
        id="dialog-and-imported-sidebar",
    ),
]


@pytest.mark.parametrize(("source", "expected"), MATCHES)
def test_reported(analyze: Analyze, source: str, expected: list[tuple[int, int]]) -> None:
    assert findings_of(analyze, "FRG020")(source) == [(*at, MESSAGE) for at in expected]


NOT_MATCHES = [
    pytest.param(
        """
        import streamlit as st

        @st.fragment
        def f():
            st.write("x")

        with st.sidebar:
            f()
        st.sidebar.write("outside any fragment")
        """,
        id="fragment-called-in-sidebar",
    ),
    pytest.param(
        """
        import streamlit as st

        @st.fragment
        def f():
            with st.sidebar.container():
                st.write("x")
            box = st.sidebar.container()
            st.sidebar.expander("more")
        """,
        id="containers-in-sidebar-are-allowed",
    ),
    pytest.param(
        """
        import streamlit as st

        @st.fragment
        def f():
            with st.sidebar:
                with st.container():
                    st.write("x")
                st.toast("hi")
        """,
        id="inner-container-and-toast",
    ),
    pytest.param(
        """
        import streamlit as st

        @st.fragment
        def f():
            def helper():
                st.sidebar.write("only if called")
            return helper
        """,
        id="nested-plain-function",
    ),
    pytest.param(
        """
        import streamlit as st

        def f(st):
            st.sidebar.write("x")

        @st.fragment
        def g(sidebar):
            sidebar.write("x")
        """,
        id="shadowed-names",
    ),
]


@pytest.mark.parametrize("source", NOT_MATCHES)
def test_not_reported(analyze: Analyze, source: str) -> None:
    assert findings_of(analyze, "FRG020")(source) == []
