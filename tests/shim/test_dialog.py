"""st.dialog: a modal fragment in the event root, one per run, closed by a full rerun."""

from __future__ import annotations

import pytest

DIALOG_APP = """
import streamlit as st

@st.dialog("Cast your vote")
def vote(item):
    st.write(f"Why is {item} your favorite?")
    reason = st.text_input("Because...")
    if st.button("Submit"):
        st.session_state.vote = {"item": item, "reason": reason}
        st.rerun()

if "vote" not in st.session_state:
    if st.button("A"):
        vote("A")
else:
    st.write(f"You voted for {st.session_state.vote['item']} because {st.session_state.vote['reason']}")
"""


def dialogs(app):
    return [n for n in app.page.walk(root=2) if n.kind == "dialog"]


def test_dialog_opens_in_event_root_and_its_widgets_rerun_only_it(make_app):
    app = make_app(DIALOG_APP)
    assert dialogs(app) == []
    app.click("A")
    (dlg,) = dialogs(app)
    assert dlg.props["title"] == "Cast your vote"
    assert app.texts(root=2) == ["Why is A your favorite?"]
    app.set("Because...", "it is")
    assert app.statuses()[-1] == "finished_fragment"
    assert len(dialogs(app)) == 1
    app.click("Submit")
    assert dialogs(app) == []  # the full rerun did not call the dialog: closed
    assert app.texts() == ["You voted for A because it is"]


def test_dialogs_have_different_fragment_ids(make_app):
    app = make_app(
        """
        import streamlit as st

        @st.dialog("One")
        def one():
            st.write("one")

        @st.dialog("Two")
        def two():
            st.write("two")

        which = st.radio("which", ["one", "two"]) if False else st.checkbox("two")
        (two if which else one)()
        """
    )
    first = app.page.elements("markdown", root=2)[0].fragment_id
    app.set("two", True)
    second = app.page.elements("markdown", root=2)[0].fragment_id
    assert first != second


@pytest.mark.parametrize(
    ("source", "message"),
    [
        pytest.param(
            "@st.dialog\ndef d():\n    pass\n",
            "StreamlitMissingRequiredParameterError: The `title` parameter is required. For "
            'example: `@st.dialog("Example Title")`.',
            id="no-title",
        ),
        pytest.param(
            '@st.dialog("")\ndef d():\n    pass\n',
            "StreamlitMissingRequiredParameterError: The `title` parameter is required.",
            id="empty-title",
        ),
        pytest.param(
            '@st.dialog("a")\ndef a():\n    b()\n@st.dialog("b")\ndef b():\n    pass\na()\n',
            "StreamlitInvalidLayoutContextError: Dialogs may not be nested inside other dialogs.",
            id="nested",
        ),
        pytest.param(
            '@st.dialog("a")\ndef a():\n    pass\n@st.dialog("b")\ndef b():\n    pass\na()\nb()\n',
            "StreamlitInvalidLayoutContextError: Only one dialog is allowed to be opened at the "
            "same time. Please make sure to not call a dialog-decorated function more than once "
            "in a script run.",
            id="two-per-run",
        ),
        pytest.param(
            '@st.dialog("a")\ndef a():\n    pass\na()\na()\n',
            "StreamlitDuplicateElementId: There are multiple `dialog` elements with the same "
            "auto-generated ID.",
            id="same-dialog-twice",
        ),
        pytest.param(
            '@st.dialog("a", width="huge")\ndef a():\n    pass\nst.write("before")\na()\n',
            "StreamlitValueError: Invalid `width` value. Supported values: 'small', 'medium', "
            "'large', a positive integer. Got 'huge'.",
            id="bad-width",
        ),
        pytest.param(
            '@st.dialog("a", position="top")\ndef a():\n    pass\na()\n',
            "StreamlitValueError: Invalid `position` value. Supported values: 'left', 'center', "
            "'right'.",
            id="bad-position",
        ),
        pytest.param(
            '@st.dialog("a", on_dismiss="close")\ndef a():\n    pass\na()\n',
            "StreamlitValueError: Invalid `on_dismiss` value. Supported values: 'rerun', "
            "'ignore', a callback function.",
            id="bad-on-dismiss",
        ),
    ],
)
def test_dialog_errors(make_app, source, message):
    app = make_app("import streamlit as st\n" + source)
    assert any(e.startswith(message) for e in app.exceptions()), app.exceptions()


def test_on_dismiss_callable_runs_before_a_full_rerun(make_app):
    app = make_app(
        """
        import streamlit as st

        def dismissed():
            st.session_state.dismissed = True

        @st.dialog("Hi", on_dismiss=dismissed)
        def hi():
            st.write("inside")

        st.write(f"dismissed {st.session_state.get('dismissed', False)}")
        if not st.session_state.get("dismissed"):
            hi()
        """
    )
    (dlg,) = dialogs(app)
    app.request([], triggers={dlg.props["dismiss_widget_id"]: True})
    assert app.texts() == ["dismissed True"]
    assert dialogs(app) == []
