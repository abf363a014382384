"""st.form and st.form_submit_button in CPython (Streamlit 1.67's rules and errors).

The page holds a form's values until a submit; ``submit`` below does what the page
does then: commit the values and send one run with the submit button's trigger (a
fragment run when the form is inside a fragment).
"""

from __future__ import annotations

from typing import Any

import pytest

FORM_DOCS = (
    "\n\nFor more information, refer to the\n[documentation for forms]"
    "(https://docs.streamlit.io/develop/api-reference/execution-flow/st.form).\n"
)


def submit(app: Any, button: str, values: dict[str, Any] | None = None) -> None:
    """Set form widgets by label (no run), then click the submit button ``button``."""
    for label, value in (values or {}).items():
        app.page.widget_values[app.widget(label).widget["id"]] = value
    node = app.widget(button, "form_submit_button")
    queue = [node.fragment_id] if node.fragment_id else []
    app.request(queue, triggers={node.widget["id"]: True})


FORM_APP = """
import streamlit as st

st.session_state.runs = st.session_state.get("runs", 0) + 1
st.write(f"Runs: {st.session_state.runs}")
with st.form("profile"):
    name = st.text_input("Name")
    size = st.radio("Size", ["S", "M", "L"])
    sent = st.form_submit_button("Save")
st.write(f"sent: {sent} name: {name!r} size: {size!r}")
"""


def test_values_reach_python_only_with_the_submit(make_app: Any) -> None:
    app = make_app(FORM_APP)
    assert app.texts() == ["Runs: 1", "sent: False name: '' size: 'S'"]
    submit(app, "Save", {"Name": "Ada", "Size": 2})
    assert app.texts() == ["Runs: 2", "sent: True name: 'Ada' size: 'L'"]
    app.request()  # any later run: the values stay, the button is False again
    assert app.texts() == ["Runs: 3", "sent: False name: 'Ada' size: 'L'"]


def test_form_widgets_carry_the_form_id_and_their_default(make_app: Any) -> None:
    app = make_app(FORM_APP)
    infos = {n.props["label"]: n.widget for n in app.page.elements() if n.widget}
    assert infos["Name"] == {
        "id": infos["Name"]["id"],
        "value": "",
        "form_id": "profile",
        "default": "",
    }
    assert infos["Size"]["default"] == 0
    assert infos["Save"]["form_id"] == "profile"
    form = next(n for n in app.page.walk() if n.is_block and n.kind == "form")
    assert form.props == {
        "form_id": "profile",
        "clear_on_submit": False,
        "enter_to_submit": True,
        "border": True,
    }
    assert form.key == "profile"


def test_submit_button_key_and_callback(make_app: Any) -> None:
    app = make_app(
        """
        import streamlit as st

        st.session_state.setdefault("log", [])

        def saved(note):
            st.session_state.log.append(f"{note}: {st.session_state.get('q')}")

        with st.form("f"):
            st.text_input("Q", key="q")
            st.form_submit_button("Go", on_click=saved, args=("cb",))
            st.form_submit_button("Other", key="other")
        st.write(f"keys: {sorted(k for k in st.session_state if k not in ('log', 'q'))}")
        st.write(f"log: {st.session_state.log}")
        """
    )
    submit(app, "Go", {"Q": "x"})
    assert app.texts() == ["keys: ['FormSubmitter:f-Go', 'other']", "log: ['cb: x']"]


def test_a_form_inside_a_fragment_submits_as_a_fragment_run(make_app: Any) -> None:
    app = make_app(
        """
        import streamlit as st

        st.session_state.runs = st.session_state.get("runs", 0) + 1
        st.write(f"Runs: {st.session_state.runs}")

        @st.fragment
        def order():
            with st.form("order", clear_on_submit=True):
                qty = st.slider("Quantity", 1, 5)
                if st.form_submit_button("Order"):
                    st.write(f"ordered: {qty}")

        order()
        """
    )
    submit(app, "Order", {"Quantity": 4})
    assert app.texts() == ["Runs: 1", "ordered: 4"]
    started = [m for m in app.messages if m["type"] == "run:started"]
    assert started[-1]["fragment_ids"] != []


def test_writing_a_form_key_after_the_form_is_an_error(make_app: Any) -> None:
    app = make_app(
        """
        import streamlit as st

        with st.form("f"):
            st.form_submit_button()
        st.session_state.f = 1
        """
    )
    assert app.exceptions() == [
        "StreamlitAPIException: `st.session_state.f` cannot be modified after the widget with key "
        "`f` is instantiated."
    ]


ERRORS = [
    pytest.param(
        """
        with st.form("outer"):
            with st.form("inner"):
                pass
        """,
        "StreamlitInvalidLayoutContextError: Forms cannot be nested in other forms.",
        id="nested-with",
    ),
    pytest.param(
        """
        outer = st.form("outer")
        outer.form("inner")
        """,
        "StreamlitInvalidLayoutContextError: Forms cannot be nested in other forms.",
        id="nested-method",
    ),
    pytest.param(
        """
        with st.form("outer"):
            st.container().form("inner")
        """,
        "StreamlitInvalidLayoutContextError: Forms cannot be nested in other forms.",
        id="nested-in-a-container",
    ),
    pytest.param(
        """
        st.form("same")
        st.sidebar.form("same")
        """,
        "StreamlitDuplicateElementKey: There are multiple elements with the same `key='same'`. To fix "
        "this, please make sure that the `key` argument is unique for each element you create.",
        id="duplicate-key",
    ),
    pytest.param(
        'st.form_submit_button("Send")',
        "StreamlitInvalidLayoutContextError: `st.form_submit_button()` must be used inside an `st.form()`."
        + FORM_DOCS,
        id="submit-outside",
    ),
    pytest.param(
        """
        with st.form("f"):
            st.form_submit_button("Go")
            st.form_submit_button("Go")
        """,
        "StreamlitDuplicateElementKey: There are multiple elements with the same "
        "`key='FormSubmitter:f-Go'`. To fix this, please make sure that the `key` argument is unique for "
        "each element you create.",
        id="two-submit-buttons-same-label",
    ),
    pytest.param(
        """
        with st.form("f"):
            st.selectbox("S", ["a"], on_change=print)
        """,
        "StreamlitAPIException: Within a form, callbacks can only be defined on `st.form_submit_button`. "
        "Defining callbacks on other widgets inside a form is not allowed.",
        id="callback-on-a-form-widget",
    ),
    pytest.param(
        """
        with st.form("f"):
            st.form_submit_button(type="huge")
        """,
        "StreamlitValueError: Invalid `type` value. Supported values: 'primary', 'secondary', 'tertiary'.",
        id="submit-type",
    ),
    pytest.param(
        """
        with st.form("f"):
            st.form_submit_button(on_click="rerun")
        """,
        'StreamlitAPIException: `on_click="rerun"` is not supported on this widget. Pass a callback, or '
        "omit `on_click`.",
        id="submit-on-click-mode",
    ),
    pytest.param(
        """
        st.session_state["FormSubmitter:f-Go"] = True
        with st.form("f"):
            st.form_submit_button("Go")
        """,
        "StreamlitValueAssignmentNotAllowedError: Values for the widget with `key` 'FormSubmitter:f-Go' "
        "cannot be set using `st.session_state`.",
        id="submit-value-through-state",
    ),
]


@pytest.mark.parametrize(("body", "error"), ERRORS)
def test_streamlit_errors(make_app: Any, body: str, error: str) -> None:
    import textwrap

    app = make_app("import streamlit as st\n" + textwrap.dedent(body))
    assert app.exceptions() == [error]


def test_a_button_in_a_form_is_refused(make_app: Any) -> None:
    app = make_app(
        """
        import streamlit as st

        with st.form("f"):
            st.button("plain")
        """
    )
    (error,) = app.exceptions()
    assert "`st.button()` can't be used in an `st.form()`." in error
