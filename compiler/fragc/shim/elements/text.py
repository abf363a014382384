"""Text elements: markdown, caption, latex, text, headings, code, json, divider, badge, html.

Signatures, defaults and error texts are Streamlit 1.67's (``elements/markdown.py``,
``heading.py``, ``text.py``, ``code.py``, ``json.py``, ``html.py``). Python only cleans
and checks; everything about looks (markdown, KaTeX, highlighting, heading anchors
slugged from the rendered text) happens in the page, as in Streamlit's frontend:
``runtime_js/src/elements/text.js`` and ``render/markdown.js``.
"""

from __future__ import annotations

import json as _json
import re
import types
from collections import ChainMap, UserDict
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

from fragc import protocol
from fragc.protocol.elements import HtmlProps
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.elements.icons import clean_text, validate_icon_or_emoji
from fragc.shim.elements.layout_params import (
    StreamlitIncompatibleParametersError,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
    validate_wrap,
)
from fragc.shim.elements.write import WriteMixin

TEXT_ALIGNMENTS: Final = ("left", "center", "right", "justify")
DIVIDER_COLORS: Final = (
    "red",
    "orange",
    "yellow",
    "blue",
    "green",
    "violet",
    "gray",
    "grey",
    "rainbow",
)


def _validate_text_alignment(text_alignment: Any) -> str:
    if text_alignment not in TEXT_ALIGNMENTS:
        raise StreamlitValueError(
            "text_alignment", [f"'{a}'" for a in TEXT_ALIGNMENTS], detail=f"Got {text_alignment!r}."
        )
    return str(text_alignment)


def _validate_markdown_wrap(*, wrap: Any, unsafe_allow_html: bool) -> None:
    validate_wrap(wrap)
    if wrap is False and unsafe_allow_html:
        raise StreamlitIncompatibleParametersError(
            "wrap=False",
            "unsafe_allow_html=True",
            explanation=(
                "One-line markdown cannot ellipsize raw HTML. Pass `wrap=True` "
                "to render HTML, or omit `unsafe_allow_html` to truncate."
            ),
        )


def _help(help: Any) -> str | None:
    # Streamlit's to_help_str: dedented, and only when given (an empty help shows nothing).
    return clean_text(help) if help else None


def _divider_color(divider: Any) -> str | None:
    if not divider:
        return None
    if divider is True:
        return "auto"  # the page rotates colours, as Streamlit's frontend does
    if divider in DIVIDER_COLORS:
        return "gray" if divider == "grey" else str(divider)
    raise StreamlitValueError("divider", ["True"] + [f"'{c}'" for c in DIVIDER_COLORS])


def _heading_anchor(anchor: Any) -> str | bool | None:
    """None: the page slugs the rendered text; False: no anchor; a string: that id."""
    if anchor is None or anchor is False:
        return anchor
    if anchor is True:
        raise StreamlitValueError("anchor", ["None", "False", "any string"])
    if isinstance(anchor, str):
        return anchor
    raise StreamlitInvalidParameterTypeError(
        "anchor", type(anchor).__name__, ["str", "None", "False"]
    )


def _is_list_like(body: Any) -> bool:
    import array
    from collections import UserList, deque
    from collections.abc import ItemsView, KeysView, ValuesView
    from enum import EnumMeta

    if isinstance(body, str):
        return False
    return isinstance(
        body,
        (
            list,
            set,
            tuple,
            array.ArrayType,
            deque,
            EnumMeta,
            enumerate,
            frozenset,
            ItemsView,
            KeysView,
            map,
            range,
            UserList,
            ValuesView,
        ),
    )


def is_custom_dict(body: Any) -> bool:
    """fragc's own mappings (st.session_state, st.query_params...) show as their dict."""
    module = type(body).__module__ or ""
    return (
        isinstance(body, Mapping)
        and module.startswith("fragc.")
        and callable(getattr(body, "to_dict", None))
    )


def json_text(body: Any) -> str:
    """What st.json sends: a string verbatim, anything else as ``json.dumps`` writes it."""
    if is_custom_dict(body):
        body = body.to_dict()
    if isinstance(body, tuple) and callable(getattr(body, "_asdict", None)):  # namedtuple
        body = body._asdict()  # type: ignore[attr-defined]
    if isinstance(body, (ChainMap, types.MappingProxyType, UserDict)):
        body = dict(body)
    elif callable(getattr(body, "model_dump", None)) and not isinstance(body, type):  # pydantic
        body = body.model_dump()
    if _is_list_like(body):
        body = list(body)
    if isinstance(body, str):
        return body
    try:
        return _json.dumps(body, default=_ensure_serialization)
    except TypeError:
        # Keys that are not strings, numbers or None: Streamlit skips them (and warns).
        return _json.dumps(body, skipkeys=True, default=_ensure_serialization)


def _ensure_serialization(value: object) -> str | list[Any]:
    return list(value) if isinstance(value, set) else repr(value)


def _html_only_style_tags(html: str) -> bool:
    without_comments = re.sub(r"<!--.*?-->", "", html, flags=re.DOTALL)
    without_styles = re.sub(
        r"<style[^>]*>.*?</style>", "", without_comments, flags=re.DOTALL | re.IGNORECASE
    )
    return without_styles.strip() == ""


class TextMixin(WriteMixin, DeltaGeneratorBase):
    def markdown(
        self,
        body: Any,
        unsafe_allow_html: bool = False,
        *,
        help: str | None = None,
        width: str | int = "auto",
        text_alignment: str = "left",
        anchors: bool = True,
        wrap: bool = True,
    ) -> Any:
        _validate_markdown_wrap(wrap=wrap, unsafe_allow_html=unsafe_allow_html)
        return self._enqueue(
            {
                "kind": "markdown",
                "props": {
                    "body": clean_text(body),
                    "unsafe_allow_html": bool(unsafe_allow_html),
                    "help": _help(help),
                    "variant": "default",
                    "anchors": bool(anchors),
                    "text_alignment": _validate_text_alignment(text_alignment),
                    "wrap": wrap,
                },
            },
        )

    def caption(
        self,
        body: Any,
        unsafe_allow_html: bool = False,
        *,
        help: str | None = None,
        width: str | int = "stretch",
        text_alignment: str = "left",
        wrap: bool = True,
    ) -> Any:
        _validate_markdown_wrap(wrap=wrap, unsafe_allow_html=unsafe_allow_html)
        return self._enqueue(
            {
                "kind": "markdown",
                "props": {
                    "body": clean_text(body),
                    "unsafe_allow_html": bool(unsafe_allow_html),
                    "help": _help(help),
                    "variant": "caption",
                    "text_alignment": _validate_text_alignment(text_alignment),
                    "wrap": wrap,
                },
            },
        )

    def latex(self, body: Any, *, help: str | None = None, width: str | int = "stretch") -> Any:
        if type(body).__module__.startswith("sympy"):
            import sympy  # only apps holding sympy values get here

            body = sympy.latex(body)
        # Streamlit sends "$$\n...\n$$" as markdown; the page renders it as display math.
        return self._enqueue(
            {
                "kind": "markdown",
                "props": {
                    "body": f"$$\n{clean_text(body)}\n$$",
                    "variant": "latex",
                    "help": _help(help),
                },
            },
        )

    def text(
        self,
        body: Any,
        *,
        help: str | None = None,
        width: str | int = "content",
        text_alignment: str = "left",
        wrap: bool = True,
    ) -> Any:
        validate_wrap(wrap)
        return self._enqueue(
            {
                "kind": "text",
                "props": {
                    "body": clean_text(body),
                    "help": _help(help),
                    "text_alignment": _validate_text_alignment(text_alignment),
                    "wrap": wrap,
                    "width": width,
                },
            },
        )

    def _heading(
        self,
        level: int,
        body: Any,
        anchor: Any,
        *,
        help: Any,
        icon: Any,
        divider: Any,
        text_alignment: Any,
        wrap: Any,
    ) -> Any:
        validate_wrap(wrap)
        return self._enqueue(
            {
                "kind": "heading",
                "props": {
                    "body": clean_text(body),
                    "level": level,
                    "anchor": _heading_anchor(anchor),
                    "help": _help(help),
                    "icon": validate_icon_or_emoji(icon),
                    "divider": _divider_color(divider),
                    "text_alignment": _validate_text_alignment(text_alignment),
                    "wrap": wrap,
                },
            },
        )

    def title(
        self,
        body: Any,
        anchor: str | bool | None = None,
        *,
        help: str | None = None,
        icon: str | None = None,
        width: str | int = "stretch",
        text_alignment: str = "left",
        wrap: bool = True,
    ) -> Any:
        return self._heading(
            1,
            body,
            anchor,
            help=help,
            icon=icon,
            divider=False,
            text_alignment=text_alignment,
            wrap=wrap,
        )

    def header(
        self,
        body: Any,
        anchor: str | bool | None = None,
        *,
        help: str | None = None,
        icon: str | None = None,
        divider: bool | str | None = False,
        width: str | int = "stretch",
        text_alignment: str = "left",
        wrap: bool = True,
    ) -> Any:
        return self._heading(
            2,
            body,
            anchor,
            help=help,
            icon=icon,
            divider=divider,
            text_alignment=text_alignment,
            wrap=wrap,
        )

    def subheader(
        self,
        body: Any,
        anchor: str | bool | None = None,
        *,
        help: str | None = None,
        icon: str | None = None,
        divider: bool | str | None = False,
        width: str | int = "stretch",
        text_alignment: str = "left",
        wrap: bool = True,
    ) -> Any:
        return self._heading(
            3,
            body,
            anchor,
            help=help,
            icon=icon,
            divider=divider,
            text_alignment=text_alignment,
            wrap=wrap,
        )

    def code(
        self,
        body: Any,
        language: str | None = "python",
        *,
        line_numbers: bool = False,
        wrap_lines: bool = False,
        height: int | str | None = "content",
        width: str | int = "stretch",
    ) -> Any:
        # One leading and one trailing newline go, nothing else (indentation is code).
        code_text = re.sub(r"\n\Z", "", re.sub(r"\A\n", "", str(body)))
        return self._enqueue(
            {
                "kind": "code",
                "props": {
                    "body": code_text,
                    "language": language or "plaintext",
                    "line_numbers": bool(line_numbers),
                    "wrap_lines": bool(wrap_lines),
                    "height": height
                    if isinstance(height, int) and not isinstance(height, bool)
                    else None,
                },
            },
        )

    def json(self, body: Any, *, expanded: bool | int = True, width: str | int = "stretch") -> Any:
        text = json_text(body)
        if isinstance(expanded, bool):
            shown, depth = expanded, None
        elif isinstance(expanded, int):
            shown, depth = True, expanded
        else:
            raise StreamlitInvalidParameterTypeError(
                "expanded", type(expanded).__name__, ["bool", "int"]
            )
        return self._enqueue(
            {"kind": "json", "props": {"body": text, "expanded": shown, "max_expand_depth": depth}}
        )

    def divider(self, *, width: str | int = "stretch") -> Any:
        return self._enqueue({"kind": "divider", "props": {}})

    def badge(
        self,
        label: str,
        *,
        icon: str | None = None,
        color: str = "blue",
        width: str | int = "content",
        help: str | None = None,
    ) -> Any:
        return self._enqueue(
            {
                "kind": "badge",
                "props": {
                    "label": str(label),
                    "icon": validate_icon_or_emoji(icon),
                    "color": "gray" if color == "grey" else str(color),
                    "help": _help(help) if help is not None else None,
                },
            },
        )

    def html(
        self,
        body: Any,
        *,
        width: str | int = "stretch",
        unsafe_allow_javascript: bool = False,
    ) -> Any:
        if callable(getattr(body, "_repr_html_", None)):
            content = str(body._repr_html_())
        elif isinstance(body, Path):
            content = body.read_text(encoding="utf-8")
            if body.suffix.lower() == ".css":
                content = f"<style>{content}</style>"
        else:
            # A str that names a file is shown as text in 1.67 (pass a Path to load it).
            content = clean_text(body)
        if content == "":
            raise StreamlitMissingRequiredParameterError("body")
        props: HtmlProps = {
            "body": content,
            "unsafe_allow_javascript": bool(unsafe_allow_javascript),
        }
        if _html_only_style_tags(content):
            # Styles alone take no room in the layout: Streamlit sends them to the event
            # container, where they still apply to the whole page.
            return type(self)(protocol.ROOT_EVENT)._enqueue({"kind": "html", "props": props})
        return self._enqueue({"kind": "html", "props": props})
