"""FRG021: a widget written from a fragment into a container created outside it."""

from __future__ import annotations

import pytest

from fragc.analysis.rules.widget_outside_fragment import MESSAGE
from tests.compiler.conftest import Analyze, findings_of

MATCHES = [
    pytest.param(
        """
        import streamlit as st

        outside = st.container()

        @st.fragment
        def f():
            outside.button("x")
        """,
        [(7, 5)],
        id="method-on-outside-container",
    ),
    pytest.param(
        """
        import streamlit as st

        outside = st.container(border=True)

        @st.fragment
        def f():
            with outside:
                st.text_input("name")
                with st.expander("more"):
                    st.checkbox("deep")
        """,
        [(8, 9), (10, 13)],
        id="with-outside-container",
    ),
    pytest.param(
        """
        import streamlit as st

        left, right = st.columns(2)
        tabs = st.tabs(["a", "b"])

        @st.fragment
        def f():
            right.slider("x")
            with tabs[1]:
                st.selectbox("y", [1, 2])
        """,
        [(8, 5), (10, 9)],
        id="columns-and-tabs",
    ),
    pytest.param(
        """
        import streamlit as st

        placeholder = st.empty()

        @st.fragment
        def f():
            placeholder.button("x")
        """,
        [(7, 5)],
        id="empty-placeholder",
    ),
    pytest.param(
        """
        import streamlit as st

        def page():
            box = st.container()

            @st.fragment
            def f():
                box.toggle("x")

            f()
        """,
        [(8, 9)],
        id="container-of-enclosing-function",
    ),
    pytest.param(
        """
        import streamlit as st

        @st.fragment
        def f():
            with st.sidebar.container():
                st.button("x")
        """,
        [(6, 9)],
        id="container-opened-in-sidebar",
    ),
]


@pytest.mark.parametrize(("source", "expected"), MATCHES)
def test_reported(analyze: Analyze, source: str, expected: list[tuple[int, int]]) -> None:
    assert findings_of(analyze, "FRG021")(source) == [(*at, MESSAGE) for at in expected]


NOT_MATCHES = [
    pytest.param(
        """
        import streamlit as st

        outside = st.container()

        @st.fragment
        def f():
            outside.write("elements may go outside")
            with outside:
                st.metric("x", 1)
        """,
        id="non-widgets-outside",
    ),
    pytest.param(
        """
        import streamlit as st

        @st.fragment
        def f():
            inside = st.container()
            inside.button("x")
            a, b = st.columns(2)
            with b:
                st.button("y")
            with st.container():
                st.button("z")
        """,
        id="containers-made-inside",
    ),
    pytest.param(
        """
        import streamlit as st

        outside = st.container()

        @st.fragment
        def f():
            with outside:
                with inner:
                    st.button("unknown container")

        def g(box):
            box.button("a parameter: not certain")

        @st.fragment
        def h(box):
            box.button("a parameter: not certain")
        """,
        id="unknown-containers",
    ),
    pytest.param(
        """
        import streamlit as st

        outside = st.container()
        if rare:
            outside = make_container()

        @st.fragment
        def f():
            outside.button("x")
        """,
        id="ambiguous-binding",
    ),
    pytest.param(
        """
        import streamlit as st

        outside = st.container()

        @st.fragment
        def inner():
            st.write("inner")

        @st.fragment
        def outer():
            inner()
            outside.button("Streamlit stops checking after a nested fragment ran")
        """,
        id="after-nested-fragment",
    ),
    pytest.param(
        """
        import streamlit as st

        outside = st.container()

        def helper():
            outside.button("not in a fragment body")

        with outside:
            st.button("not in a fragment")
        """,
        id="outside-any-fragment",
    ),
    pytest.param(
        """
        import streamlit as st

        @st.fragment
        def f():
            global box
            box = st.container()
            box.button("made by the fragment")

        box = st.container()
        """,
        id="rebound-inside-the-fragment",
    ),
]


@pytest.mark.parametrize("source", NOT_MATCHES)
def test_not_reported(analyze: Analyze, source: str) -> None:
    assert findings_of(analyze, "FRG021")(source) == []
