"""Streamlit's magic in CPython (shim/magic.py): which bare expressions an app shows."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.shim.harness import AppHarness

MakeApp = Callable[[str], AppHarness]


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ('"Module docstring"\nimport streamlit as st\n"Shown"\n', ["Shown"]),
        # Streamlit 1.67 writes a number as inline code.
        ("from __future__ import annotations\nx = 3\nx\n", ["`3`"]),
        ('import streamlit as st\nwith st.container():\n    "In a with"\n', ["In a with"]),
        (
            'x = 1\nif x:\n    "if"\nelse:\n    "else"\nfor i in range(2):\n    i\n',
            ["if", "`0`", "`1`"],
        ),
        (
            'try:\n    "try"\n    raise ValueError\nexcept ValueError:\n    "except"\nfinally:\n    "finally"\n',
            ["try", "except", "finally"],
        ),
        ('def f():\n    "a docstring"\n    "in a function"\nf()\n', ["in a function"]),
        (
            'class C:\n    def m(self):\n        "doc"\n        "in a method"\nC().m()\n',
            ["in a method"],
        ),
        # A tuple is st.write(*items): strings run together in one markdown, as Streamlit's.
        ('"a", "b"\n', ["a b"]),
        ('import streamlit as st\nst.write("called")\nlen("calls are not written")\n', ["called"]),
        ('match 2:\n    case 2:\n        "matched"\n', ["matched"]),
    ],
)
def test_bare_expressions_are_written_as_streamlit_writes_them(
    make_app: MakeApp, source: str, shown: list[str]
) -> None:
    assert make_app(source).texts() == shown


def test_a_magic_line_writes_into_the_open_container(make_app: MakeApp) -> None:
    app = make_app(
        'import streamlit as st\nc = st.container()\nst.write("after")\nwith c:\n    "inside"\n'
    )
    assert app.texts() == ["inside", "after"]


def test_magic_can_be_turned_off(make_app: MakeApp, tmp_path) -> None:
    (tmp_path / ".streamlit").mkdir(exist_ok=True)
    (tmp_path / ".streamlit" / "config.toml").write_text("[runner]\nmagicEnabled = false\n")
    assert make_app('"not shown"\nx = 1\nx\n').texts() == []


def test_a_syntax_error_still_reports_the_line(make_app: MakeApp) -> None:
    app = make_app("x = (\n")
    assert app.exceptions()
