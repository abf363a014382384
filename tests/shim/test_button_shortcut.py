"""st.button's keyword arguments of Streamlit 1.67 beyond the label: ``icon_position``,
``shortcut`` (normalized as Streamlit's ``normalize_shortcut``: the page shows and matches
that form) and ``wrap``; bad shortcuts raise Streamlit's errors."""

from __future__ import annotations

from typing import Any

import pytest

PREAMBLE = "import streamlit as st\n"


@pytest.mark.parametrize(
    ("shortcut", "sent"),
    [
        ('"Ctrl+J"', "ctrl+j"),
        ('"shift+cmd+K"', "cmd+shift+k"),
        ('"Mod+Alt+Shift+F"', "ctrl+alt+shift+f"),
        ('"Meta+Enter"', "cmd+enter"),
        ('"ArrowLeft"', "left"),
        ('"f5"', "f5"),
        ('"a"', "a"),
        ("None", None),
    ],
)
def test_shortcut_is_sent_normalized(make_app: Any, shortcut: str, sent: str | None) -> None:
    app = make_app(PREAMBLE + f'st.button("Go", shortcut={shortcut}, icon_position="right")\n')
    assert app.exceptions() == []
    props = app.widget("Go", "button").props
    assert props["shortcut"] == sent
    assert props["icon_position"] == "right"


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (
            'st.button("Go", shortcut="Ctrl+R")',
            "StreamlitAPIException: The `shortcut` cannot use the keys 'C' or 'R', "
            "with or without modifiers.",
        ),
        (
            'st.button("Go", shortcut="Ctrl+Shift")',
            "StreamlitAPIException: The `shortcut` must include a non-modifier key such as "
            "'K' or 'Ctrl+K'.",
        ),
        (
            'st.button("Go", shortcut="a+b")',
            "StreamlitAPIException: The `shortcut` may only specify a single non-modifier key.",
        ),
        (
            'st.button("Go", shortcut="+")',
            "StreamlitAPIException: The `shortcut` must contain at least one key or modifier.",
        ),
        (
            'st.download_button("Go", "x", shortcut="Ctrl+%")',
            "StreamlitAPIException: shortcut must include a single character or one of the "
            "supported keys (e.g. Enter, Space, Tab, Escape).",
        ),
    ],
)
def test_bad_shortcuts(make_app: Any, call: str, error: str) -> None:
    app = make_app(PREAMBLE + call + "\n")
    assert app.exceptions() == [error]


def test_material_icon_is_validated(make_app: Any) -> None:
    app = make_app(PREAMBLE + 'st.button("Like", icon=":material/thumb_up:", wrap=True)\n')
    assert app.widget("Like", "button").props["icon"] == ":material/thumb_up:"
