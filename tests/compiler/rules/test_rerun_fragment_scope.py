"""FRG022: st.rerun(scope="fragment") where no fragment can be running."""

from __future__ import annotations

import pytest

from fragc.analysis.rules.rerun_fragment_scope import MESSAGE
from tests.compiler.conftest import Analyze, findings_of

MATCHES = [
    pytest.param(
        """
        import streamlit as st

        st.rerun(scope="fragment")
        """,
        [(3, 1)],
        id="top-level",
    ),
    pytest.param(
        """
        import streamlit as st

        if st.button("again"):
            for _ in range(1):
                st.rerun(scope='fragment')
        """,
        [(5, 9)],
        id="nested-in-module-level-blocks",
    ),
    pytest.param(
        """
        from streamlit import rerun

        class Page:
            rerun(scope="fragment")
        """,
        [(4, 5)],
        id="class-body-runs-at-import",
    ),
]


@pytest.mark.parametrize(("source", "expected"), MATCHES)
def test_reported(analyze: Analyze, source: str, expected: list[tuple[int, int]]) -> None:
    assert findings_of(analyze, "FRG022")(source) == [(*at, MESSAGE) for at in expected]


NOT_MATCHES = [
    pytest.param(
        """
        import streamlit as st

        @st.fragment
        def f():
            if st.button("again"):
                st.rerun(scope="fragment")
        """,
        id="inside-fragment",
    ),
    pytest.param(
        """
        import streamlit as st

        def helper():
            st.rerun(scope="fragment")  # may be called from a fragment
        """,
        id="inside-plain-function",
    ),
    pytest.param(
        """
        import streamlit as st

        st.rerun()
        st.rerun(scope="app")
        on_click = lambda: st.rerun(scope="fragment")
        """,
        id="app-scope-and-lambda",
    ),
]


@pytest.mark.parametrize("source", NOT_MATCHES)
def test_not_reported(analyze: Analyze, source: str) -> None:
    assert findings_of(analyze, "FRG022")(source) == []
