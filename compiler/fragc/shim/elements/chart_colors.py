"""Colours of the built-in charts (Streamlit 1.67's ``elements/lib/color_util.py``).

Users give hex strings, ``rgb()``/``rgba()`` strings, RGB(A) tuples, or Streamlit's
colour names; Vega-Lite wants CSS. Streamlit resolves its colour names on the page from
the theme; fragc resolves them here, to the light theme's values.
"""

from __future__ import annotations

from typing import Any, Final

from fragc.shim.errors import StreamlitAPIException

BUILTIN_COLORS: Final = {
    "red": "#ff4b4b",
    "orange": "#ffa421",
    "yellow": "#faca2b",
    "green": "#21c354",
    "blue": "#1c83e1",
    "violet": "#803df5",
    "gray": "#a3a8b8",
    "grey": "#a3a8b8",
    "primary": "#ff4b4b",
}


class StreamlitInvalidColorError(StreamlitAPIException):
    def __init__(self, color: Any) -> None:
        super().__init__(
            f"This does not look like a valid color: {color!r}.\n\n"
            "Colors must be in one of the following formats:\n\n"
            "* Hex string with 3, 4, 6, or 8 digits. Example: `'#00ff00'`\n"
            "* List or tuple with 3 or 4 components. Example: `[1.0, 0.5, 0, 0.2]`"
        )


def is_hex_color_like(color: object) -> bool:
    return (
        isinstance(color, str)
        and color.startswith("#")
        and color[1:].isalnum()
        and len(color) in {4, 5, 7, 9}
    )


def is_css_color_like(color: object) -> bool:
    return is_hex_color_like(color) or (
        isinstance(color, str) and color.startswith(("rgb(", "rgba("))
    )


def is_color_tuple_like(color: object) -> bool:
    return (
        isinstance(color, (tuple, list))
        and len(color) in {3, 4}
        and all(isinstance(c, (int, float)) and not isinstance(c, bool) for c in color)
    )


def is_color_like(color: object) -> bool:
    """Hex, rgb() text or a tuple; Streamlit's colour names are checked separately."""
    return is_css_color_like(color) or is_color_tuple_like(color)


def is_builtin_color_name(color: object) -> bool:
    return isinstance(color, str) and color.lower() in BUILTIN_COLORS


def _int_component(component: float, color: Any) -> int:
    if isinstance(component, float):
        component = int(component * 255)
    if isinstance(component, int):
        return min(255, max(component, 0))
    raise StreamlitInvalidColorError(color)


def _float_component(component: float, color: Any) -> float:
    if isinstance(component, int):
        component /= 255.0
    if isinstance(component, float):
        return min(1.0, max(component, 0.0))
    raise StreamlitInvalidColorError(color)


def to_css_color(color: Any) -> str:
    """A colour as CSS Vega can draw: hex and rgb() as given, tuples as rgb()/rgba()."""
    if is_css_color_like(color):
        return str(color)
    if is_builtin_color_name(color):
        return BUILTIN_COLORS[str(color).lower()]
    if is_color_tuple_like(color):
        r, g, b = (_int_component(c, color) for c in color[:3])
        if len(color) == 3:
            return f"rgb({r}, {g}, {b})"
        return f"rgba({r}, {g}, {b}, {_float_component(color[3], color)})"
    raise StreamlitInvalidColorError(color)
