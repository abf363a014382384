"""Keyboard shortcuts of buttons (``shortcut="Ctrl+K"``), normalized as Streamlit 1.67 does.

The page reads the normalized form ("ctrl+k": modifiers in a fixed order, then one key)
to show it in a ``<kbd>`` and to match key presses; the error texts are Streamlit's.
"""

from __future__ import annotations

from typing import Any, Final

from fragc.shim.elements.layout_params import StreamlitInvalidParameterTypeError
from fragc.shim.errors import StreamlitAPIException

_MODIFIER_ALIASES: Final = {
    "ctrl": "ctrl",
    "control": "ctrl",
    "cmd": "cmd",
    "command": "cmd",
    "meta": "cmd",
    "alt": "alt",
    "option": "alt",
    "shift": "shift",
    "mod": "ctrl",
}
_MODIFIER_ORDER: Final = ("ctrl", "cmd", "alt", "shift")
_KEY_ALIASES: Final = {
    "enter": "enter",
    "return": "enter",
    "space": "space",
    "spacebar": "space",
    "tab": "tab",
    "escape": "escape",
    "esc": "escape",
    "backspace": "backspace",
    "delete": "delete",
    "del": "delete",
    "home": "home",
    "end": "end",
    "pageup": "pageup",
    "pagedown": "pagedown",
    "left": "left",
    "arrowleft": "left",
    "right": "right",
    "arrowright": "right",
    "up": "up",
    "arrowup": "up",
    "down": "down",
    "arrowdown": "down",
}
# "c" and "r" are the app's own shortcuts (clear caches, rerun).
_RESERVED_KEYS: Final = frozenset({"c", "r"})


def _key(token: str) -> str:
    if token in _KEY_ALIASES:
        return _KEY_ALIASES[token]
    if len(token) == 1 and token.isalnum():
        return token
    if token.startswith("f") and token[1:].isdigit():
        return token
    raise StreamlitAPIException(
        "shortcut must include a single character or one of the supported keys "
        "(e.g. Enter, Space, Tab, Escape)."
    )


def normalize_shortcut(shortcut: Any) -> str:
    """``"Ctrl+Shift+K"`` -> ``"ctrl+shift+k"``; raises Streamlit's errors for bad ones."""
    if not isinstance(shortcut, str):
        raise StreamlitInvalidParameterTypeError("shortcut", type(shortcut).__name__, ["str"])
    tokens = [token.strip() for token in shortcut.split("+") if token.strip()]
    if not tokens:
        raise StreamlitAPIException("The `shortcut` must contain at least one key or modifier.")
    modifiers: set[str] = set()
    key: str | None = None
    for token in (raw.lower() for raw in tokens):
        if token in _MODIFIER_ALIASES:
            modifiers.add(_MODIFIER_ALIASES[token])
            continue
        if key is not None:
            raise StreamlitAPIException(
                "The `shortcut` may only specify a single non-modifier key."
            )
        key = _key(token)
        if key in _RESERVED_KEYS:
            raise StreamlitAPIException(
                "The `shortcut` cannot use the keys 'C' or 'R', with or without modifiers."
            )
    if key is None:
        raise StreamlitAPIException(
            "The `shortcut` must include a non-modifier key such as 'K' or 'Ctrl+K'."
        )
    return "+".join([*(m for m in _MODIFIER_ORDER if m in modifiers), key])


def optional_shortcut(shortcut: Any) -> str | None:
    return None if shortcut is None else normalize_shortcut(shortcut)
