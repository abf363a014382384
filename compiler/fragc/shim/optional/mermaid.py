"""``st.mermaid_chart`` with Streamlit 1.67's signature: Markdown holding a ``mermaid`` code
fence, as 1.67 sends it. The page draws such fences (in ``st.mermaid_chart`` or any
Markdown) with Mermaid (the ``fragc-mermaid`` chunk, ``runtime_js/src/chunks/mermaid.js``).

``alt`` becomes a ``%% stAlt: ...`` line after the diagram's preamble, which the page reads
as the picture's accessible name (1.67's ``_apply_alt_marker``).
"""

from __future__ import annotations

import re
from typing import Any, Final

from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.elements.data import normalize_alt

_ST_ALT_LINE: Final = re.compile(r"^\s*%%\s*stAlt\s*:[^\n]*\n?", re.MULTILINE)
ST_ALT_PREFIX: Final = "%% stAlt: "


def skip_preamble(lines: list[str]) -> int:
    """Where the diagram's type line is: after init directives, comments, front matter."""
    i, n = 0, len(lines)
    while i < n:
        stripped = lines[i].strip()
        if not stripped:
            i += 1
        elif stripped.startswith("%%{"):
            if "}%%" not in stripped:
                i += 1
                while i < n and "}%%" not in lines[i]:
                    i += 1
            i += 1 if i < n else 0
        elif stripped.startswith("%%"):
            i += 1
        elif stripped == "---":
            i += 1
            while i < n and lines[i].strip() != "---":
                i += 1
            i += 1 if i < n else 0
        else:
            break
    return i


def apply_alt(body: str, alt: str) -> str:
    """The body with one ``%% stAlt:`` line (an earlier one is replaced)."""
    lines = _ST_ALT_LINE.sub("", body).splitlines(keepends=True)
    at = skip_preamble(lines)
    if at > 0 and not lines[at - 1].endswith("\n"):
        lines[at - 1] += "\n"
    lines.insert(at, f"{ST_ALT_PREFIX}{' '.join(alt.split())}\n")
    return "".join(lines)


def _longest_run(text: str, char: str) -> int:
    longest = current = 0
    for c in text:
        current = current + 1 if c == char else 0
        longest = max(longest, current)
    return longest


def fenced(body: str) -> str:
    fence = "`" * max(4, _longest_run(body, "`") + 1)
    return f"{fence}mermaid\n{body}\n{fence}"


class MermaidChartMixin(DeltaGeneratorBase):
    def mermaid_chart(
        self, body: str, *, width: str | int = "stretch", alt: str | None = None
    ) -> Any:
        normalized = normalize_alt(alt)
        if normalized is not None:
            body = apply_alt(body, normalized)
        return self.markdown(fenced(body), width=width)  # type: ignore[attr-defined]


Mixin = MermaidChartMixin
