"""Diagnostics as data: what fragc found wrong in an app, where, and how to fix it.

A :class:`Diagnostic` is a plain value (code, name, severity, message, location,
hint); the compiler's passes return lists of them and never print. Two formatters
turn them into text: :func:`format_text` for people (``file:line:col: CODE
message``, the source line, a caret, the hint) and :func:`format_json` for tools.

Every diagnostic comes from a :class:`Rule`. A rule is a class whose docstring is
its documentation, with the sections ``What``, ``Why``, ``Example`` and ``Fix``;
``python -m fragc.analysis.docs`` turns the registry into docs/diagnostics.md, so
the docs cannot drift from the code. Codes and names are stable: tools and users
may filter on them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import ClassVar, Literal

Severity = Literal["error", "warning"]

DOC_SECTIONS = ("What", "Why", "Example", "Fix")


@dataclass(frozen=True)
class Diagnostic:
    """One finding. ``line`` and ``col`` are 1-based, as editors count them."""

    code: str  # stable, e.g. "FRG001"
    name: str  # kebab-case, e.g. "syntax-error"
    severity: Severity
    message: str
    file: str  # the path as the user gave it (relative paths stay relative)
    line: int
    col: int
    hint: str | None = None


# ------------------------------------------------------------------ rules

RULES: dict[str, type[Rule]] = {}  # code -> rule, filled as rule modules are imported

_CODE_PATTERN = re.compile(r"FRG\d{3}")
_NAME_PATTERN = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*")


class Rule:
    """Base of every rule: subclasses set ``code``, ``name``, ``severity`` and a docstring.

    Subclassing registers the rule in :data:`RULES`. A duplicate code or name is a
    bug in fragc, not in the user's app, so it fails loudly at import time.
    """

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        code = cls.__dict__.get("code")
        if code is None:  # an intermediate base (e.g. one that adds a libcst visitor)
            return
        assert _CODE_PATTERN.fullmatch(code), f"{cls.__name__}: bad rule code {code!r}"
        assert _NAME_PATTERN.fullmatch(cls.name), f"{cls.__name__}: bad rule name {cls.name!r}"
        assert cls.severity in ("error", "warning"), f"{cls.__name__}: bad severity"
        clash = RULES.get(code)
        assert clash is None or clash.__qualname__ == cls.__qualname__, (
            f"rule code {code} used by {clash.__qualname__} and {cls.__qualname__}"
        )
        assert all(r.name != cls.name or r.code == code for r in RULES.values()), (
            f"rule name {cls.name} used twice"
        )
        RULES[code] = cls

    @classmethod
    def diagnostic(
        cls, message: str, *, file: str, line: int, col: int, hint: str | None = None
    ) -> Diagnostic:
        """A finding of this rule at ``file:line:col`` (1-based)."""
        return Diagnostic(
            code=cls.code,
            name=cls.name,
            severity=cls.severity,
            message=message,
            file=file,
            line=line,
            col=col,
            hint=hint,
        )

    @classmethod
    def doc_sections(cls) -> dict[str, str]:
        """The docstring split into its sections; the first paragraph is the ``Summary``.

        A section starts with a line holding only its title and a colon (``What:``)
        and runs to the next title; its text is dedented.
        """
        return parse_doc_sections(cls.__doc__ or "")


def parse_doc_sections(doc: str) -> dict[str, str]:
    lines = _dedent(doc).splitlines()
    sections: dict[str, list[str]] = {"Summary": []}
    current = "Summary"
    for line in lines:
        title = line.strip().removesuffix(":")
        if line.strip().endswith(":") and title in DOC_SECTIONS and not line.startswith(" "):
            current = title
            sections[current] = []
        else:
            sections[current].append(line)
    return {title: _dedent("\n".join(body)).strip("\n") for title, body in sections.items()}


def _dedent(text: str) -> str:
    # inspect.cleandoc semantics without importing inspect: first line as is, the
    # rest dedented by their common indent.
    lines = text.expandtabs().splitlines()
    if not lines:
        return ""
    rest = [line for line in lines[1:] if line.strip()]
    indent = min((len(line) - len(line.lstrip()) for line in rest), default=0)
    return "\n".join([lines[0].strip(), *(line[indent:] for line in lines[1:])]).strip("\n")


# ------------------------------------------------------------- formatting


def has_errors(diags: Iterable[Diagnostic]) -> bool:
    return any(d.severity == "error" for d in diags)


# Diagnostics also name data files and built files (a 100 MB data file, a wheel): those
# are not read whole to show a "source line", nor shown when binary.
_MAX_SOURCE_BYTES = 8 * 1024 * 1024


def _read_source_line(file: str, line: int) -> str | None:
    path = Path(file)
    try:
        if path.stat().st_size > _MAX_SOURCE_BYTES:
            return None
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    lines = text.splitlines()
    found = lines[line - 1] if 0 < line <= len(lines) else None
    return None if found is None or "\x00" in found else found


def format_text(
    diags: Iterable[Diagnostic],
    read_source: Callable[[str, int], str | None] = _read_source_line,
) -> str:
    """``file:line:col: CODE message``, the source line, a caret under the column, the hint.

    ``read_source(file, line)`` returns the text of a 1-based line (None when it
    cannot); tests pass a dict lookup instead of touching the disk.
    """
    blocks: list[str] = []
    for d in diags:
        out = [f"{d.file}:{d.line}:{d.col}: {d.code} {d.message}"]
        source = read_source(d.file, d.line)
        if source is not None:
            source = source.expandtabs(1)  # one column per character, so the caret lines up
            gutter = f"{d.line} | "
            out.append(f"  {gutter}{source.rstrip()}")
            out.append("  " + " " * (len(gutter) + max(d.col - 1, 0)) + "^")
        if d.hint:
            out.append(f"  hint: {d.hint}")
        blocks.append("\n".join(out))
    return "".join(block + "\n" for block in blocks)


def format_json(diags: Iterable[Diagnostic]) -> str:
    """A JSON list of objects with the keys of :class:`Diagnostic`, in field order."""
    return json.dumps([asdict(d) for d in diags], indent=2, ensure_ascii=False) + "\n"


def summary(diags: Iterable[Diagnostic]) -> str:
    """``2 errors, 1 warning`` (for the CLI's last line)."""
    items = list(diags)
    errors = sum(d.severity == "error" for d in items)
    warnings = len(items) - errors

    def plural(n: int, word: str) -> str:
        return f"{n} {word}{'' if n == 1 else 's'}"

    return f"{plural(errors, 'error')}, {plural(warnings, 'warning')}"
