"""FRG030 (st.X Streamlit does not have) and FRG031 (st.X fragc does not provide)."""

from __future__ import annotations

import pytest

from fragc.analysis.streamlit_api import STREAMLIT_NAMES
from tests.compiler.conftest import Analyze

UNKNOWN = [
    pytest.param(
        """
        import streamlit as st

        @st.fragments
        def f(): ...
        """,
        [(3, 2, "st.fragments does not exist in Streamlit 1.67", "did you mean st.fragment?")],
        id="typo",
    ),
    pytest.param(
        """
        import streamlit as st

        st.experimental_rerun()
        """,
        [
            (
                3,
                1,
                "st.experimental_rerun does not exist in Streamlit 1.67",
                "st.experimental_rerun was removed from Streamlit; use st.rerun",
            )
        ],
        id="removed",
    ),
    pytest.param(
        """
        from streamlit import cache, write

        write("x")
        """,
        [
            (
                1,
                23,
                "st.cache does not exist in Streamlit 1.67",
                "st.cache was removed from Streamlit; use st.cache_data or st.cache_resource",
            )
        ],
        id="from-import",
    ),
    pytest.param(
        """
        import streamlit

        streamlit.xyzzy
        """,
        [(3, 1, "st.xyzzy does not exist in Streamlit 1.67", None)],
        id="no-suggestion",
    ),
]


@pytest.mark.parametrize(("source", "expected"), UNKNOWN)
def test_unknown_names(
    analyze: Analyze, source: str, expected: list[tuple[int, int, str, str | None]]
) -> None:
    result = analyze(source, implemented=STREAMLIT_NAMES)
    assert [
        (d.line, d.col, d.message, d.hint) for d in result.diagnostics if d.code == "FRG030"
    ] == expected


KNOWN_OR_GUARDED = [
    pytest.param(
        """
        import streamlit as st

        st.write(st.session_state.anything, st.sidebar.whatever)
        st.column_config.NumberColumn("x")
        st.__version__
        """,
        id="real-and-nested-names",
    ),
    pytest.param(
        """
        import streamlit as st

        if hasattr(st, "rerun"):
            st.rerun()
        else:
            st.experimental_rerun()

        try:
            st.experimental_rerun()
        except AttributeError:
            pass

        rerun = st.rerun if st.__version__ >= "1.27" else st.experimental_rerun
        """,
        id="feature-checks",
    ),
    pytest.param(
        """
        import other as st

        st.fragments
        st.experimental_rerun = lambda: None
        """,
        id="not-streamlit",
    ),
    pytest.param(
        """
        import streamlit as st

        st.my_helper = lambda: None
        """,
        id="assigned-by-the-app",
    ),
    pytest.param(
        """
        import streamlit as st

        @st.experimental_fragment
        def f(): ...

        @st.experimental_dialog("x")
        def g(): ...
        """,
        id="aliases-fragc-keeps",
    ),
]


@pytest.mark.parametrize("source", KNOWN_OR_GUARDED)
def test_known_or_guarded_names(analyze: Analyze, source: str) -> None:
    result = analyze(source, implemented=STREAMLIT_NAMES)
    assert [d for d in result.diagnostics if d.code in ("FRG030", "FRG031")] == []


def test_unsupported_names_follow_the_shim(analyze: Analyze) -> None:
    source = """
    import streamlit as st
    from streamlit import plotly_chart

    st.write("ok")
    st.line_chart(data)
    if hasattr(st, "pydeck_chart"):
        st.pydeck_chart(deck)
    """
    result = analyze(source, implemented={"write"})
    assert [(d.code, d.line, d.col, d.message, d.hint) for d in result.diagnostics] == [
        (
            "FRG031",
            2,
            23,
            "fragc does not implement st.plotly_chart yet",
            "st.plotly_chart raises FragcNotImplementedError in the built site when this line runs",
        ),
        (
            "FRG031",
            5,
            1,
            "fragc does not implement st.line_chart yet",
            "st.line_chart raises FragcNotImplementedError in the built site when this line runs",
        ),
    ]


def test_implemented_names_come_from_the_shim() -> None:
    from fragc.analysis.streamlit_api import implemented_names

    names = implemented_names()
    assert "write" in names
    assert "fragment" in names
    assert set(names) - STREAMLIT_NAMES <= {"__version__"}
