"""FRG010 (bad run_every), FRG012 (run_every past a browser timer) and FRG011 (fragment
decorator on a non-function)."""

from __future__ import annotations

import pytest

from tests.compiler.conftest import Analyze, findings_of

BAD_TIME = (
    "Time string doesn't look right. It should be formatted as `'1d2h34m'` or `2 days`, "
    "for example. Got: {}"
)

BAD_RUN_EVERY = [
    pytest.param('@st.fragment(run_every="abc")', (3, 24), BAD_TIME.format("abc"), id="bad-string"),
    pytest.param(
        '@st.fragment(run_every="1 month")', (3, 24), BAD_TIME.format("1 month"), id="month"
    ),
    pytest.param(
        "@st.experimental_fragment(run_every='')", (3, 37), BAD_TIME.format(""), id="empty-string"
    ),
    pytest.param(
        "@st.fragment(run_every=-5)",
        (3, 24),
        "run_every must not be negative (got -5)",
        id="negative",
    ),
    pytest.param(
        '@st.fragment(run_every="10")',
        (3, 24),
        "run_every '10' is 10 nanoseconds (a string without a unit is nanoseconds); "
        "write 10 or '10s' for seconds",
        id="string-without-unit",
    ),
    pytest.param(
        "@st.fragment(run_every=timedelta(hourz=1))",
        (3, 24),
        "run_every: timedelta() does not take these arguments",
        id="timedelta-bad-keyword",
    ),
    pytest.param(
        "@st.fragment(run_every=timedelta(days=9999999999))",
        (3, 24),
        "run_every: this timedelta is out of range",
        id="timedelta-overflow",
    ),
    pytest.param(
        "@st.fragment(run_every=[1, 2])",
        (3, 24),
        "run_every must be a number, a timedelta or a string, not [1, 2]",
        id="list",
    ),
    # Streamlit sends these on, and the browser's timer then fires every millisecond.
    pytest.param(
        '@st.fragment(run_every=float("nan"))',
        (3, 24),
        "run_every is nan, not a number of seconds (Streamlit would rerun the fragment "
        "about every millisecond)",
        id="nan",
    ),
    pytest.param(
        "@st.fragment(run_every=math.inf)",
        (3, 24),
        "run_every is inf, not a number of seconds (Streamlit would rerun the fragment "
        "about every millisecond)",
        id="math-inf",
    ),
    pytest.param(
        "@st.fragment(run_every=-float('inf'))",
        (3, 24),
        "run_every is -inf, not a number of seconds (Streamlit would rerun the fragment "
        "about every millisecond)",
        id="minus-infinity",
    ),
    pytest.param(
        "@st.fragment(run_every=1e400)",
        (3, 24),
        "run_every is inf, not a number of seconds (Streamlit would rerun the fragment about every millisecond)",
        id="float-overflow",
    ),
    pytest.param(
        "@st.fragment(run_every=-2 * 60)",
        (3, 24),
        "run_every must not be negative (got -120)",
        id="negative-arithmetic",
    ),
    pytest.param(
        '@st.fragment(run_every="' + "1" * 400 + 's")',
        (3, 24),
        BAD_TIME.format("1" * 400 + "s"),
        id="digits-past-a-float",
    ),
]


@pytest.mark.parametrize(("decorator", "at", "message"), BAD_RUN_EVERY)
def test_bad_run_every(analyze: Analyze, decorator: str, at: tuple[int, int], message: str) -> None:
    source = (
        f"import streamlit as st, math\nfrom datetime import timedelta\n{decorator}\ndef f(): ...\n"
    )
    assert findings_of(analyze, "FRG010")(source) == [(*at, message)]


CLAMPED = "is longer than a browser timer can wait (24.8 days): fragc reruns the fragment every 24.8 days (Streamlit would rerun it about every millisecond)"


@pytest.mark.parametrize(
    ("argument", "shown"),
    [
        pytest.param('"30d"', "'30d'", id="thirty-days"),
        pytest.param("10**100", "1000000000000000000000000000000000000...", id="huge-power"),
        pytest.param(
            "9**9**9", "1000000000000000000000000000000000000...", id="power-too-big-to-compute"
        ),
        pytest.param("timedelta(days=25)", "timedelta(25 days, 0:00:00)", id="timedelta"),
        pytest.param("3e9", "3000000000.0", id="float"),
    ],
)
def test_run_every_past_a_browser_timer_is_a_warning(
    analyze: Analyze, argument: str, shown: str
) -> None:
    source = (
        "import streamlit as st\nfrom datetime import timedelta\n"
        f"@st.fragment(run_every={argument})\ndef f(): ...\n"
    )
    analysis = analyze(source)
    assert [(d.code, d.severity, d.line, d.col) for d in analysis.diagnostics] == [
        ("FRG012", "warning", 3, 24)
    ]
    assert analysis.diagnostics[0].message == f"run_every {shown} {CLAMPED}"
    assert analysis.fragments[0]["run_every"] == (2**31 - 1) / 1000


GOOD_RUN_EVERY = [
    pytest.param("run_every=2", id="int"),
    pytest.param('run_every="1d2h34m"', id="pandas-string"),
    pytest.param("run_every=timedelta(seconds=1)", id="timedelta"),
    pytest.param("run_every=INTERVAL", id="variable"),
    pytest.param("run_every=timedelta(seconds=INTERVAL)", id="timedelta-of-variable"),
    pytest.param("run_every=None", id="none"),
    pytest.param("run_every=0", id="zero"),
    pytest.param("run_every=5 * 60", id="arithmetic"),
    pytest.param("run_every=2**31 // 1000", id="just-under-the-limit"),
]


@pytest.mark.parametrize("argument", GOOD_RUN_EVERY)
def test_good_run_every(analyze: Analyze, argument: str) -> None:
    source = (
        "import streamlit as st\nfrom datetime import timedelta\nINTERVAL = 3\n"
        f"@st.fragment({argument})\ndef f(): ...\n"
    )
    assert findings_of(analyze, "FRG010")(source) == []


NOT_FUNCTIONS = [
    pytest.param(
        """
        import streamlit as st

        @st.fragment
        class Panel: ...
        """,
        [(3, 2, "st.fragment wraps the class Panel, not a function")],
        id="class",
    ),
    pytest.param(
        """
        import streamlit as st

        @st.dialog("Title")
        class Panel: ...
        """,
        [(3, 2, "st.dialog wraps the class Panel, not a function")],
        id="dialog-on-class",
    ),
    pytest.param(
        """
        import streamlit as st

        tick = st.fragment(lambda: st.write("tick"))
        """,
        [(3, 8, "st.fragment wraps a lambda, not a function")],
        id="lambda",
    ),
    pytest.param(
        """
        import streamlit as st

        class Panel: ...

        panel = st.fragment(run_every=2)(Panel)
        """,
        [(5, 9, "st.fragment wraps the class Panel, not a function")],
        id="call-form-on-class",
    ),
    pytest.param(
        """
        from streamlit import fragment

        fragment(42)
        """,
        [(3, 1, "fragment wraps a constant, not a function")],
        id="constant",
    ),
]


@pytest.mark.parametrize(("source", "expected"), NOT_FUNCTIONS)
def test_fragment_not_function(
    analyze: Analyze, source: str, expected: list[tuple[int, int, str]]
) -> None:
    assert findings_of(analyze, "FRG011")(source) == expected


@pytest.mark.parametrize(
    "source",
    [
        pytest.param(
            """
            import streamlit as st

            @st.fragment
            def f(): ...

            g = st.fragment(f)
            h = st.fragment(make_function())
            """,
            id="functions-and-unknown-callables",
        ),
        pytest.param(
            """
            import streamlit as st

            @st.fragment(None)
            def f(): ...

            g = st.fragment(None)(f)
            decorate = st.fragment(None)
            """,
            id="none-is-the-factory-form",
        ),
        pytest.param(
            """
            import other as st

            @st.fragment
            class Panel: ...
            """,
            id="not-streamlit",
        ),
    ],
)
def test_fragment_on_functions_is_fine(analyze: Analyze, source: str) -> None:
    assert findings_of(analyze, "FRG011")(source) == []
