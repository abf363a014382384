"""Icons as Streamlit 1.67 accepts them: one emoji, or a ``:material/name:`` shortcode.

Streamlit checks emoji against a table of every Unicode emoji and Material names
against the full Material Symbols list (``streamlit/emojis.py``,
``material_icon_names.py``, ~160 kB together). fragc ships to the browser, so it checks
shapes instead: an emoji is a short run of emoji code points (with joiners, variation
selectors, skin tones and keycaps), a Material name is snake case. The error texts are
Streamlit's; what differs is only that an unknown but well-formed Material name passes.
"""

from __future__ import annotations

import re
import textwrap
from typing import Any, Final

from fragc.shim.elements.layout_params import StreamlitInvalidParameterTypeError
from fragc.shim.errors import StreamlitAPIException

_EMOJI_SHORTCODE_RE: Final = re.compile(r":[a-zA-Z0-9_+-]+:")
_MATERIAL_RE: Final = re.compile(r"^\s*:(.+)/(.+):\s*$")
_MATERIAL_NAME_RE: Final = re.compile(r"^[a-z0-9_]+$")
_ZWSP: Final = "\u200b"  # Streamlit breaks "material/" in its messages so it is not rendered
_ICON_FORMAT_HINT: Final = (
    f"Please use a single emoji or a Material icon shortcode like `:material{_ZWSP}/thumb_up:`."
)

# Code point ranges that make up emoji sequences (Unicode's Emoji and
# Emoji_Component properties, folded into blocks).
_EMOJI_RANGES: Final = (
    (0x00A9, 0x00A9),
    (0x00AE, 0x00AE),
    (0x203C, 0x203C),
    (0x2049, 0x2049),
    (0x2122, 0x2122),
    (0x2139, 0x2139),
    (0x2194, 0x21AA),
    (0x231A, 0x23FF),
    (0x24C2, 0x24C2),
    (0x25AA, 0x25FE),
    (0x2600, 0x27BF),
    (0x2934, 0x2935),
    (0x2B05, 0x2B55),
    (0x3030, 0x3030),
    (0x303D, 0x303D),
    (0x3297, 0x3299),
    (0x1F000, 0x1FAFF),  # pictographs, emoticons, transport, flags, skin tones...
    (0x200D, 0x200D),  # zero-width joiner
    (0x20E3, 0x20E3),  # combining keycap
    (0xFE0E, 0xFE0F),  # variation selectors
    (0xE0020, 0xE007F),  # tag characters (subdivision flags)
)
_KEYCAP_BASES: Final = set("0123456789#*")
_MAX_EMOJI_CODE_POINTS: Final = 12  # the longest family/flag sequences stay under this


def clean_text(text: Any) -> str:
    """What Streamlit stores for any body: ``str(text)``, dedented and stripped."""
    return textwrap.dedent(str(text)).strip()


def _is_emoji_code_point(char: str) -> bool:
    point = ord(char)
    return any(low <= point <= high for low, high in _EMOJI_RANGES)


_MODIFIERS: Final = frozenset("\ufe0e\ufe0f\u20e3") | {chr(c) for c in range(0x1F3FB, 0x1F400)}
_REGIONAL_INDICATORS: Final = range(0x1F1E6, 0x1F200)


def _is_modifier(char: str) -> bool:
    return char in _MODIFIERS or 0xE0020 <= ord(char) <= 0xE007F


def is_emoji(text: str) -> bool:
    """One emoji: a pictograph with its modifiers, ZWJ sequences, a flag or a keycap."""
    if not text or text.isascii() or len(text) > _MAX_EMOJI_CODE_POINTS:
        return False
    if not all(_is_emoji_code_point(c) or c in _KEYCAP_BASES for c in text):
        return False
    if text[0] in _KEYCAP_BASES:  # "1️⃣": a digit, maybe VS16, then the combining keycap
        return text[1:] in ("\u20e3", "\ufe0f\u20e3")
    if ord(text[0]) in _REGIONAL_INDICATORS:  # a flag is exactly two regional indicators
        return len(text) == 2 and ord(text[1]) in _REGIONAL_INDICATORS
    # Pictographs, each with optional modifiers, joined by zero-width joiners.
    expect_base = True
    for char in text:
        if char in _KEYCAP_BASES:
            return False
        if char == "\u200d":
            if expect_base:
                return False
            expect_base = True
        elif _is_modifier(char):
            if expect_base:
                return False
        elif expect_base:
            expect_base = False
        else:
            return False  # a second pictograph without a joiner: two emoji
    return not expect_base


def validate_material_icon(icon: str) -> str:
    shown = icon.replace("/", _ZWSP + "/")
    match = _MATERIAL_RE.match(icon)
    if not match:
        raise StreamlitAPIException(
            f'The value `"{shown}"` is not a valid Material icon. Please use a Material icon '
            f"shortcode like **`:material{_ZWSP}/thumb_up:`**"
        )
    pack, name = match.groups()
    if pack != "material" or not _MATERIAL_NAME_RE.match(name):
        raise StreamlitAPIException(
            f'The value `"{shown}"` is not a valid Material icon. Please use a Material icon '
            f"shortcode like **`:material{_ZWSP}/thumb_up:`**."
        )
    return f":{pack}/{name}:"


def validate_icon_or_emoji(icon: Any) -> str:
    """Streamlit's ``validate_icon_or_emoji``: "" for no icon, else the icon as sent."""
    if icon is None:
        return ""
    if not isinstance(icon, str):
        raise StreamlitInvalidParameterTypeError("icon", type(icon).__name__, ["str", "None"])
    icon = icon.strip()
    if not icon:
        return ""
    if icon == "spinner":
        return "spinner"
    if icon.startswith(":"):
        if icon.lower().startswith(":material"):
            return validate_material_icon(icon)
        if _EMOJI_SHORTCODE_RE.fullmatch(icon):
            raise StreamlitAPIException(
                f'The value "{icon}" is not a valid icon. Emoji shortcodes are not supported. '
                f"{_ICON_FORMAT_HINT}"
            )
    if "://" in icon or icon[:5].lower() == "data:" or icon.startswith("//"):
        shown = icon if len(icon) <= 60 else f"{icon[:60]}…"
        raise StreamlitAPIException(
            f'The value "{shown}" looks like a URL. Images are not supported for `icon`. '
            f"{_ICON_FORMAT_HINT} To follow support for image icons, see "
            "https://github.com/streamlit/streamlit/issues/9770."
        )
    if icon.isascii():
        raise StreamlitAPIException(f'The value "{icon}" is not a valid icon. {_ICON_FORMAT_HINT}')
    if is_emoji(icon):
        return str(icon)
    raise StreamlitAPIException(
        f'The value "{icon}" is not a valid emoji. Please use a single emoji.'
    )


def extract_leading_icon(text: str) -> tuple[str, str]:
    """An alert body that starts with an icon gives it up: ("🔥", "rest of the text")."""
    if not text:
        return "", text
    if text.startswith(":material"):
        match = re.match(r"^(:[^:]+:)\s*(.*)", text, re.DOTALL)
        if match:
            try:
                return validate_material_icon(match.group(1)), match.group(2)
            except StreamlitAPIException:
                pass
    if text.isascii():
        return "", text
    # The longest prefix that is one emoji, then Streamlit's separators `[_ -]*`.
    for end in range(min(len(text), _MAX_EMOJI_CODE_POINTS), 0, -1):
        if is_emoji(text[:end]):
            return text[:end], str(re.sub(r"^[_ -]*", "", text[end:]))
    return "", text
