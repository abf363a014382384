"""Text elements: markdown, headings, text, code, json, and st.write's dispatch."""

from __future__ import annotations

import json
import re
from typing import Any

from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.errors import StreamlitAPIException
from fragc.shim.tracebacks import exception_props


def _anchor(body: str, anchor: str | bool | None) -> str | bool:
    """Streamlit's heading anchors: explicit, disabled (False), or slugged from the text."""
    if anchor is False:
        return False
    if isinstance(anchor, str) and anchor:
        return anchor
    text = re.sub(r"[^\w\s-]", "", body.lower()).strip()
    return re.sub(r"[\s_]+", "-", text)


def to_json_text(body: Any) -> str:
    """What st.json shows: strings are parsed as JSON, everything else is serialised."""
    if isinstance(body, str):
        try:
            body = json.loads(body)
        except ValueError as err:
            raise StreamlitAPIException(
                f"The string you passed to st.json is not valid JSON: {err}"
            ) from None
    return json.dumps(body, default=repr, ensure_ascii=False)


class TextMixin(DeltaGeneratorBase):
    def markdown(
        self,
        body: Any,
        unsafe_allow_html: bool = False,
        *,
        help: str | None = None,
        width: str | int = "stretch",
    ) -> Any:
        return self._enqueue(
            "markdown",
            {"body": str(body), "unsafe_allow_html": bool(unsafe_allow_html), "help": help},
        )

    def caption(
        self,
        body: Any,
        unsafe_allow_html: bool = False,
        *,
        help: str | None = None,
        width: str | int = "stretch",
    ) -> Any:
        return self._enqueue(
            "markdown",
            {
                "body": str(body),
                "unsafe_allow_html": bool(unsafe_allow_html),
                "help": help,
                "variant": "caption",
            },
        )

    def text(self, body: Any, *, help: str | None = None, width: str | int = "content") -> Any:
        return self._enqueue("text", {"body": str(body), "help": help})

    def _heading(
        self, level: int, body: Any, anchor: str | bool | None, help: str | None, divider: Any
    ) -> Any:
        text = str(body)
        return self._enqueue(
            "heading",
            {
                "body": text,
                "level": level,
                "anchor": _anchor(text, anchor),
                "help": help,
                "divider": divider,
            },
        )

    def title(
        self,
        body: Any,
        anchor: str | bool | None = None,
        *,
        help: str | None = None,
        width: str | int = "stretch",
    ) -> Any:
        return self._heading(1, body, anchor, help, False)

    def header(
        self,
        body: Any,
        anchor: str | bool | None = None,
        *,
        help: str | None = None,
        divider: bool | str = False,
        width: str | int = "stretch",
    ) -> Any:
        return self._heading(2, body, anchor, help, divider)

    def subheader(
        self,
        body: Any,
        anchor: str | bool | None = None,
        *,
        help: str | None = None,
        divider: bool | str = False,
        width: str | int = "stretch",
    ) -> Any:
        return self._heading(3, body, anchor, help, divider)

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
        return self._enqueue(
            "code",
            {
                "body": str(body),
                "language": language or "plaintext",
                "line_numbers": bool(line_numbers),
                "wrap_lines": bool(wrap_lines),
            },
        )

    def json(self, body: Any, *, expanded: bool | int = True, width: str | int = "stretch") -> Any:
        return self._enqueue("json", {"body": to_json_text(body), "expanded": expanded})

    def divider(self, *, width: str | int = "stretch") -> Any:
        return self._enqueue("divider", {})

    def write(self, *args: Any, unsafe_allow_html: bool = False) -> None:
        """Streamlit's swiss-army knife: strings are joined into markdown, the rest dispatched."""
        buffer: list[str] = []

        def flush() -> None:
            if buffer:
                self.markdown(" ".join(buffer), unsafe_allow_html=unsafe_allow_html)
                buffer.clear()

        for arg in args:
            if isinstance(arg, str):
                buffer.append(arg)
                continue
            flush()
            if isinstance(arg, BaseException):
                self.exception(arg)
            elif isinstance(arg, (dict, list)) or _is_mapping_like(arg):
                self.json(arg)
            elif isinstance(arg, (int, float, bool)) or arg is None:
                self.markdown(f"`{arg}`" if isinstance(arg, bool) or arg is None else str(arg))
            elif hasattr(arg, "_repr_markdown_"):
                self.markdown(str(arg._repr_markdown_()))
            else:
                self.markdown(f"`{arg!r}`")
        flush()

    def exception(self, exception: BaseException, width: str | int = "stretch") -> Any:
        return self._enqueue("exception", exception_props(exception))


def _is_mapping_like(value: Any) -> bool:
    return hasattr(value, "keys") and hasattr(value, "__getitem__") and not isinstance(value, type)
