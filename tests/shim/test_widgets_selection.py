"""Selection widgets in CPython: radio, selectbox, multiselect, slider, select_slider,
pills, segmented_control and feedback, against Streamlit 1.67's behaviour.

The page sends option indexes (numbers or ISO text for sliders); these tests send what
the page would and read what the app wrote (``st.write(f"...: {value!r}")``).
"""

from __future__ import annotations

from typing import Any

import pytest

PREAMBLE = "import streamlit as st\nimport datetime as dt\n"


def run_one(make_app: Any, call: str) -> Any:
    """An app that draws one widget and writes its value as ``value: <repr>``."""
    return make_app(PREAMBLE + f"value = {call}\nst.write(f'value: {{value!r}}')\n")


def only_widget(app: Any) -> Any:
    widgets = [n for n in app.page.elements() if n.widget]
    assert len(widgets) == 1, widgets
    return widgets[0]


# -- what the app gets before and after the user acts -------------------------------------

VALUES = [
    # radio
    pytest.param('st.radio("R", ["a", "b", "c"])', None, "'a'", id="radio-default-first"),
    pytest.param('st.radio("R", ["a", "b", "c"], index=None)', None, "None", id="radio-index-none"),
    pytest.param('st.radio("R", ["a", "b", "c"], index=2)', None, "'c'", id="radio-index"),
    pytest.param(
        'st.radio("R", [10, 20], format_func=lambda v: f"{v} kg")',
        1,
        "20",
        id="radio-returns-object",
    ),
    pytest.param('st.radio("R", [])', None, "None", id="radio-no-options"),
    pytest.param('st.radio("R", {"x": 1, "y": 2})', 1, "'y'", id="radio-dict-keys"),
    # selectbox
    pytest.param('st.selectbox("S", [1, 2, 3])', None, "1", id="selectbox-default"),
    pytest.param('st.selectbox("S", [1, 2, 3], index=None)', None, "None", id="selectbox-none"),
    pytest.param('st.selectbox("S", [1, 2, 3], index=None)', 2, "3", id="selectbox-pick"),
    pytest.param('st.selectbox("S", [1, 2, 3])', None, "1", id="selectbox-cleared-keeps"),
    pytest.param('st.selectbox("S", ("x", "y"))', 99, "'x'", id="selectbox-bad-index-is-default"),
    pytest.param('st.selectbox("S", [])', None, "None", id="selectbox-empty"),
    # multiselect
    pytest.param('st.multiselect("M", ["a", "b", "c"])', None, "[]", id="multiselect-empty"),
    pytest.param(
        'st.multiselect("M", ["a", "b", "c"], default="b")',
        None,
        "['b']",
        id="multiselect-scalar-default",
    ),
    pytest.param(
        'st.multiselect("M", ["a", "b", "c"], ["c", "a"])',
        None,
        "['c', 'a']",
        id="multiselect-default-order",
    ),
    pytest.param(
        'st.multiselect("M", ["a", "b", "c"])',
        [2, 0],
        "['c', 'a']",
        id="multiselect-selection-order",
    ),
    pytest.param(
        'st.multiselect("M", [1, 2], format_func=lambda v: "#" + str(v))',
        [1],
        "[2]",
        id="multiselect-objects",
    ),
    # slider: types and defaults
    pytest.param('st.slider("N")', None, "0", id="slider-int-default"),
    pytest.param('st.slider("N")', 42, "42", id="slider-int-set"),
    pytest.param('st.slider("N", 0.0, 1.0)', None, "0.0", id="slider-float-min"),
    pytest.param('st.slider("N", 0.0, 1.0, 0.5)', 0.25, "0.25", id="slider-float-set"),
    pytest.param('st.slider("N", value=(20, 80))', [30, 70], "(30, 70)", id="slider-range-tuple"),
    pytest.param('st.slider("N", 0, 10, [7, 3])', None, "(3, 7)", id="slider-range-swapped"),
    pytest.param('st.slider("N", 0, 10, [])', None, "(0, 10)", id="slider-empty-range-is-bounds"),
    pytest.param('st.slider("N", 0, 10, 5)', 50, "5", id="slider-off-track-is-default"),
    pytest.param('st.slider("N", 0, 10, 5)', [1, 2], "5", id="slider-wrong-shape-is-default"),
    pytest.param('st.slider("N", 0, 10, 20)', None, "20", id="slider-value-widens-bounds"),
    pytest.param(
        'st.slider("D", value=dt.date(2024, 1, 15))',
        "2024-01-20",
        "datetime.date(2024, 1, 20)",
        id="slider-date",
    ),
    pytest.param(
        'st.slider("D", value=dt.date(2024, 1, 15))',
        "2024-03-01",
        "datetime.date(2024, 1, 15)",
        id="slider-date-outside-window",
    ),
    pytest.param(
        'st.slider("T", value=dt.time(10, 30))',
        "23:45:00",
        "datetime.time(23, 45)",
        id="slider-time",
    ),
    pytest.param(
        'st.slider("W", value=(dt.datetime(2024, 1, 1, 8), dt.datetime(2024, 1, 2, 8)))',
        ["2024-01-01T12:00:00", "2024-01-02T00:00:00"],
        "(datetime.datetime(2024, 1, 1, 12, 0), datetime.datetime(2024, 1, 2, 0, 0))",
        id="slider-datetime-range",
    ),
    # select_slider
    pytest.param('st.select_slider("C", ["r", "g", "b"])', None, "'r'", id="select-slider-first"),
    pytest.param(
        'st.select_slider("C", ["r", "g", "b"], value="g")', 2, "'b'", id="select-slider-set"
    ),
    pytest.param(
        'st.select_slider("C", ["r", "g", "b"], value=("b", "r"))',
        None,
        "('r', 'b')",
        id="select-slider-range-sorted",
    ),
    pytest.param(
        'st.select_slider("C", ["r", "g", "b"], value=("r", "g"))',
        [2, 1],
        "('g', 'b')",
        id="select-slider-range-reordered",
    ),
    pytest.param('st.select_slider("C", range(5), value=3)', 4, "4", id="select-slider-ints"),
    # pills and segmented_control
    pytest.param('st.pills("P", ["x", "y"])', None, "None", id="pills-single-none"),
    pytest.param('st.pills("P", ["x", "y"], default="y")', None, "'y'", id="pills-single-default"),
    pytest.param('st.pills("P", ["x", "y"])', 0, "'x'", id="pills-single-pick"),
    pytest.param('st.pills("P", ["x", "y"], default="x")', None, "'x'", id="pills-keeps-default"),
    pytest.param(
        'st.pills("P", ["x", "y"], selection_mode="multi")', [1, 0], "['y', 'x']", id="pills-multi"
    ),
    pytest.param('st.segmented_control("G", [1, 2, 3], default=2)', 2, "3", id="segmented-single"),
    pytest.param(
        'st.segmented_control("G", ["a", "b"], selection_mode="multi", default=["b"])',
        None,
        "['b']",
        id="segmented-multi-default",
    ),
    # feedback
    pytest.param("st.feedback()", None, "None", id="feedback-thumbs-none"),
    pytest.param('st.feedback("thumbs")', 1, "1", id="feedback-thumbs-up"),
    pytest.param('st.feedback("stars", default=2)', None, "2", id="feedback-stars-default"),
    pytest.param('st.feedback("faces")', 4, "4", id="feedback-faces"),
    pytest.param('st.feedback("thumbs")', 3, "None", id="feedback-bad-index-is-default"),
]


@pytest.mark.parametrize(("call", "sent", "expected"), VALUES)
def test_value_the_app_gets(make_app: Any, call: str, sent: Any, expected: str) -> None:
    app = run_one(make_app, call)
    if sent is not None:
        node = only_widget(app)
        app.request(values={node.widget["id"]: sent})
    assert app.exceptions() == []
    assert app.texts() == [f"value: {expected}"]


WIRE = [
    pytest.param('st.radio("R", ["a", "b"], index=1)', 1, id="radio-index"),
    pytest.param('st.selectbox("S", ["a", "b"], index=None)', None, id="selectbox-none"),
    pytest.param(
        'st.multiselect("M", ["a", "b", "c"], ["c", "a"])', [2, 0], id="multiselect-indexes"
    ),
    pytest.param('st.slider("N", 0.0, 2.0, (0.5, 1.5))', [0.5, 1.5], id="slider-float-range"),
    pytest.param('st.slider("D", value=dt.date(2024, 2, 29))', "2024-02-29", id="slider-date-iso"),
    pytest.param('st.slider("T", value=dt.time(9, 5, 7))', "09:05:07", id="slider-time-iso"),
    pytest.param('st.select_slider("C", list("abc"), value="b")', 1, id="select-slider-index"),
    pytest.param(
        'st.select_slider("C", list("abc"), value=["a", "c"])', [0, 2], id="select-slider-range"
    ),
    pytest.param(
        'st.pills("P", ["x", "y"], selection_mode="multi", default=["y"])', [1], id="pills-multi"
    ),
    pytest.param('st.feedback("faces", default=3)', 3, id="feedback-index"),
]


@pytest.mark.parametrize(("call", "wire"), WIRE)
def test_value_on_the_wire(make_app: Any, call: str, wire: Any) -> None:
    node = only_widget(run_one(make_app, call))
    assert node.widget["value"] == wire


PROPS = [
    pytest.param(
        'st.radio("R", [1, 2], format_func=lambda v: f"n{v}", horizontal=True, captions=["one", None])',
        "radio",
        {"options": ["n1", "n2"], "horizontal": True, "captions": ["one", ""], "index": 0},
        id="radio",
    ),
    pytest.param(
        'st.selectbox("S", ["a"], index=None, placeholder="Pick one")',
        "selectbox",
        {"options": ["a"], "index": None, "placeholder": "Pick one"},
        id="selectbox",
    ),
    pytest.param(
        'st.selectbox("S", ["a"], placeholder="")',
        "selectbox",
        {"placeholder": " "},
        id="selectbox-empty-placeholder",
    ),
    pytest.param(
        'st.multiselect("M", ["a", "b"], max_selections=1)',
        "multiselect",
        {"options": ["a", "b"], "max_selections": 1, "placeholder": None},
        id="multiselect",
    ),
    pytest.param(
        'st.slider("N", 0.0, 1.0)',
        "slider",
        {
            "data_type": "float",
            "min": 0.0,
            "max": 1.0,
            "step": 0.01,
            "format": "%0.2f",
            "is_range": False,
        },
        id="slider-float-defaults",
    ),
    pytest.param(
        'st.slider("N", value=[1, 2])',
        "slider",
        {"data_type": "int", "min": 0, "max": 100, "step": 1, "format": "%d", "is_range": True},
        id="slider-int-defaults",
    ),
    pytest.param(
        'st.slider("D", value=dt.date(1970, 1, 15))',
        "slider",
        {
            "data_type": "date",
            "min": 0,
            "max": 28 * 86_400_000_000,
            "step": 86_400_000_000,
            "format": "YYYY-MM-DD",
        },
        id="slider-date-window",
    ),
    pytest.param(
        'st.slider("D", dt.datetime(2024, 1, 1, 8), dt.datetime(2024, 1, 1, 20))',
        "slider",
        {"data_type": "datetime", "step": 15 * 60_000_000},
        id="slider-datetime-short-span-quarter-hours",
    ),
    pytest.param(
        'st.slider("T", value=dt.time(10))',
        "slider",
        {"data_type": "time", "step": 15 * 60_000_000, "format": "HH:mm"},
        id="slider-time-defaults",
    ),
    pytest.param(
        'st.select_slider("C", ["r", "g"], format_func=str.upper)',
        "select_slider",
        {"options": ["R", "G"], "is_range": False},
        id="select-slider",
    ),
    pytest.param(
        'st.segmented_control("G", ["a", "b"], required=True, default="a")',
        "button_group",
        {
            "style": "segmented_control",
            "selection_mode": "single",
            "options": ["a", "b"],
            "required": True,
        },
        id="segmented",
    ),
    pytest.param(
        'st.feedback("stars", on_change="ignore")',
        "button_group",
        {"style": "stars", "selection_mode": "single", "ignore_rerun": True},
        id="feedback-ignore",
    ),
]


@pytest.mark.parametrize(("call", "kind", "props"), PROPS)
def test_props_for_the_page(make_app: Any, call: str, kind: str, props: dict[str, Any]) -> None:
    node = only_widget(run_one(make_app, call))
    assert node.kind == kind
    assert {name: node.props.get(name) for name in props} == props


# -- Streamlit's errors ---------------------------------------------------------------------

ERRORS = [
    pytest.param(
        'st.radio("R", ["a"], index=3)',
        "StreamlitValueOutOfRangeError: The `index` parameter, set to 3, is outside the required range [0, 0].",
        id="radio-index-range",
    ),
    pytest.param(
        'st.selectbox("S", ["a", "b"], index="1")',
        "StreamlitInvalidParameterTypeError: Invalid `index` type. Expected one of: int, None. Provided type: str.",
        id="selectbox-index-type",
    ),
    pytest.param(
        'st.radio("R", ["a"], captions=[1])',
        "StreamlitInvalidParameterTypeError: Invalid `captions` type. Expected one of: str, None. Provided type: int.",
        id="radio-caption-type",
    ),
    pytest.param(
        'st.multiselect("M", ["a", "b"], default=["z"])',
        "StreamlitDefaultNotInOptionsError: The default value 'z' is not part of the options. Please make "
        "sure that every default value also exists in the options.",
        id="multiselect-default-not-in-options",
    ),
    pytest.param(
        'st.multiselect("M", ["a", "b", "c"], default=["a", "b"], max_selections=1)',
        "StreamlitSelectionCountExceedsMaxError: Multiselect has 2 options selected but `max_selections` is "
        "set to 1. This happened because you either gave too many options to `default` or you manipulated "
        "the widget's state through `st.session_state`. Note that the latter can happen before the line "
        "indicated in the traceback. Please select at most 1 option.",
        id="multiselect-too-many-defaults",
    ),
    pytest.param(
        'st.multiselect("M", ["a"], max_selections=0)',
        "StreamlitValueError: Invalid `max_selections` value. Supported values: a positive integer. To "
        "disable `st.multiselect`, use `disabled=True`.",
        id="multiselect-max-zero",
    ),
    pytest.param(
        'st.selectbox("S", ["a"], accept_new_options=True, filter_mode=None)',
        "StreamlitIncompatibleParametersError: `filter_mode=None` and `accept_new_options=True` cannot be "
        "used together. `filter_mode` cannot be `None` when `accept_new_options=True`. Set `filter_mode` to "
        "`fuzzy`, `contains`, or `prefix`.",
        id="selectbox-filter-mode-none",
    ),
    pytest.param(
        'st.slider("N", 0, 10, 5, step=0)',
        "StreamlitValueError: Invalid `step` value. Supported values: a number. Zero is not allowed.",
        id="slider-step-zero",
    ),
    pytest.param(
        'st.slider("D", value=dt.date(2024, 1, 1), step=dt.timedelta(0))',
        "StreamlitValueError: Invalid `step` value. Supported values: a timedelta. Zero is not allowed.",
        id="slider-step-zero-timedelta",
    ),
    pytest.param(
        'st.slider("N", 0, 10.0)',
        "StreamlitInvalidParameterTypeError: Invalid `value` type. Expected one of: matching numeric types, "
        "matching date/time types. Provided type: min_value=int, max_value=float, step=int.",
        id="slider-mixed-bounds",
    ),
    pytest.param(
        'st.slider("N", 0.0, 1.0, 1, step=0.1)',
        "StreamlitInvalidParameterTypeError: Invalid `value` type. Expected one of: value and arguments with "
        "matching types. Provided type: value=int, min_value=float, max_value=float.",
        id="slider-value-type-mismatch",
    ),
    pytest.param(
        'st.slider("N", value=[1, 2.5])',
        "StreamlitInvalidParameterTypeError: Invalid `value` type. Expected one of: list or tuple containing "
        "values of the same type. Provided type: int, float.",
        id="slider-mixed-range",
    ),
    pytest.param(
        'st.slider("N", value=[1, 2, 3])',
        "StreamlitValueError: Invalid `value` value. Supported values: int, float, date, time, datetime, a list "
        "containing up to two such values, a tuple containing up to two such values.",
        id="slider-three-values",
    ),
    pytest.param(
        'st.slider("N", value="5")',
        "StreamlitInvalidParameterTypeError: Invalid `value` type. Expected one of: int, float, date, time, "
        "datetime, list, tuple. Provided type: str.",
        id="slider-string-value",
    ),
    pytest.param(
        'st.slider("N", 5, 5)',
        "StreamlitInvalidMinMaxError: The `min_value` and `max_value` parameters are both set to 5. They must "
        "not be equal.",
        id="slider-equal-bounds",
    ),
    pytest.param(
        'st.select_slider("C", [])',
        "StreamlitMissingRequiredParameterError: The `options` parameter is required. Provide at least one option.",
        id="select-slider-no-options",
    ),
    pytest.param(
        'st.select_slider("C", ["a"], value="z")',
        "ValueError: z is not in iterable",
        id="select-slider-bad-value",
    ),
    pytest.param(
        'st.pills("P", ["a", "b"], default=["a", "b"])',
        "StreamlitAPIException: The default argument to `st.pills` must be a single value when "
        "`selection_mode='single'`.",
        id="pills-single-two-defaults",
    ),
    pytest.param(
        'st.segmented_control("G", ["a"], selection_mode="multi", required=True)',
        "StreamlitIncompatibleParametersError: `required=True` and `selection_mode='multi'` cannot be used "
        "together. `required` is only supported for single-select mode.",
        id="segmented-required-multi",
    ),
    pytest.param(
        'st.pills("P", ["a"], selection_mode="many")',
        "StreamlitValueError: Invalid `selection_mode` value. Supported values: 'single', 'multi'.",
        id="pills-bad-mode",
    ),
    pytest.param(
        'st.feedback("hearts")',
        "StreamlitValueError: Invalid `options` value. Supported values: 'thumbs', 'faces', 'stars'.",
        id="feedback-bad-options",
    ),
    pytest.param(
        'st.feedback("thumbs", default=2)',
        "StreamlitValueOutOfRangeError: The `default` parameter, set to 2, is outside the required range [0, 1].",
        id="feedback-default-range",
    ),
    pytest.param(
        'st.radio("R", ["a"], on_change="later")',
        "StreamlitValueError: Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function.",
        id="radio-bad-on-change",
    ),
]


@pytest.mark.parametrize(("call", "error"), ERRORS)
def test_streamlit_errors(make_app: Any, call: str, error: str) -> None:
    app = run_one(make_app, call)
    assert app.exceptions() == [error]


# -- session state, callbacks, changing options ---------------------------------------------

SESSION_STATE = [
    pytest.param('st.radio("R", ["a", "b"], key="k")', "b", "'b'", id="radio-set"),
    pytest.param(
        'st.radio("R", ["a", "b"], key="k")',
        "zzz",
        "'a'",
        id="radio-stranger-resets-to-default",
    ),
    pytest.param('st.radio("R", ["a", "b"], key="k")', None, "None", id="radio-none-clears"),
    pytest.param(
        'st.selectbox("S", ["a", "b"], index=1, key="k")', None, "None", id="selectbox-none"
    ),
    pytest.param(
        'st.multiselect("M", ["a", "b", "c"], key="k")',
        ["c", "x", "a"],
        "['c', 'a']",
        id="multiselect-drops-strangers",
    ),
    pytest.param('st.slider("N", 0, 10, key="k")', 7, "7", id="slider-set"),
    pytest.param('st.slider("N", key="k")', (3, 4), "(3, 4)", id="slider-state-makes-range"),
    pytest.param(
        'st.select_slider("C", ["r", "g"], key="k")', "q", "'r'", id="select-slider-stranger"
    ),
    pytest.param(
        'st.pills("P", ["x", "y"], key="k", selection_mode="multi")',
        ["y"],
        "['y']",
        id="pills-multi-set",
    ),
    pytest.param('st.feedback("stars", key="k")', 9, "None", id="feedback-stranger"),
]


@pytest.mark.parametrize(("call", "stored", "expected"), SESSION_STATE)
def test_session_state_value(make_app: Any, call: str, stored: Any, expected: str) -> None:
    app = make_app(
        PREAMBLE
        + f"if 'k' not in st.session_state:\n    st.session_state.k = {stored!r}\n"
        + f"value = {call}\nst.write(f'value: {{value!r}} state: {{st.session_state.k!r}}')\n"
    )
    assert app.exceptions() == []
    assert app.texts() == [f"value: {expected} state: {expected}"]
    assert only_widget(app).widget.get("set_value") is True
    app.request()  # the page now holds (and sends) what Python showed
    assert app.texts() == [f"value: {expected} state: {expected}"]
    assert "set_value" not in only_widget(app).widget


@pytest.mark.parametrize(
    ("call", "stored", "error"),
    [
        pytest.param(
            'st.slider("N", 0, 10, key="k")',
            11,
            "StreamlitValueAboveMaxError: The `value` 11 is greater than the `max_value` 10.",
            id="slider-above",
        ),
        pytest.param(
            'st.slider("D", dt.date(2024, 1, 1), dt.date(2024, 2, 1), key="k")',
            "dt.date(2023, 12, 31)",
            "StreamlitValueBelowMinError: The `value` 2023-12-31 is less than the `min_value` 2024-01-01.",
            id="slider-date-below",
        ),
        pytest.param(
            'st.multiselect("M", ["a", "b"], key="k", max_selections=1)',
            ["a", "b"],
            "StreamlitSelectionCountExceedsMaxError: Multiselect has 2 options selected but `max_selections` is "
            "set to 1. This happened because you either gave too many options to `default` or you manipulated "
            "the widget's state through `st.session_state`. Note that the latter can happen before the line "
            "indicated in the traceback. Please select at most 1 option.",
            id="multiselect-too-many",
        ),
    ],
)
def test_session_state_errors(make_app: Any, call: str, stored: Any, error: str) -> None:
    literal = stored if isinstance(stored, str) else repr(stored)
    app = make_app(PREAMBLE + f"st.session_state.k = {literal}\n{call}\n")
    assert app.exceptions() == [error]


def test_callback_sees_the_new_value_once(make_app: Any) -> None:
    app = make_app(
        """
        import streamlit as st

        st.session_state.setdefault("calls", [])

        def changed():
            st.session_state.calls.append(st.session_state.size)

        st.select_slider("Size", ["S", "M", "L"], key="size", on_change=changed)
        st.write(f"calls: {st.session_state.calls}")
        """
    )
    app.set("Size", 2)
    app.request()  # a rerun without a change calls nothing
    assert app.texts() == ["calls: ['L']"]


def test_enum_options_survive_reruns_that_redefine_the_class(make_app: Any) -> None:
    # Each full run defines Color anew; the selection must be the new class's member.
    app = make_app(
        """
        import enum
        import streamlit as st

        class Color(enum.Enum):
            RED = 1
            BLUE = 2

        picked = st.radio("Color", Color, format_func=lambda c: c.name)
        st.write(f"is current class: {isinstance(picked, Color)} {picked.name}")
        """
    )
    app.set("Color", 1)
    app.request()
    assert app.texts() == ["is current class: True BLUE"]


def test_keyed_selection_survives_new_options_and_resets_when_gone(make_app: Any) -> None:
    app = make_app(
        """
        import streamlit as st

        extra = st.checkbox("extra")
        gone = st.checkbox("gone")
        options = ["a", "b"] + (["c"] if extra else [])
        options = [o for o in options if not (gone and o == "b")]
        st.write(f"value: {st.selectbox('S', options, key='s')!r}")
        """
    )
    app.set("S", 1)
    app.set("extra", True)
    assert app.texts() == ["value: 'b'"]
    app.set("gone", True)
    assert app.texts() == ["value: 'a'"]
    assert app.widget("S").widget["set_value"] is True


def test_widget_in_a_fragment_reruns_only_the_fragment(make_app: Any) -> None:
    app = make_app(
        """
        import streamlit as st

        st.session_state.runs = st.session_state.get("runs", 0) + 1
        st.write(f"Runs: {st.session_state.runs}")

        @st.fragment
        def choose():
            picked = st.pills("Fruit", ["apple", "pear"], selection_mode="multi")
            st.write(f"pills-in-fragment: {picked}")

        choose()
        """
    )
    app.set("Fruit", [1])
    assert app.texts() == ["Runs: 1", "pills-in-fragment: ['pear']"]
    assert app.statuses()[-1] == "finished_fragment"
