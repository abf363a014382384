"""Diagnostics as data, their two formats, and the rule registry the docs come from."""

from __future__ import annotations

import json

import pytest

import fragc.analysis  # noqa: F401 - imports every rule, filling the registry
from fragc.diagnostics import (
    DOC_SECTIONS,
    RULES,
    Diagnostic,
    format_json,
    format_text,
    has_errors,
    summary,
)

ERROR = Diagnostic(
    code="FRG001",
    name="syntax-error",
    severity="error",
    message="syntax error: invalid syntax",
    file="app.py",
    line=2,
    col=7,
    hint="fix it",
)
WARNING = Diagnostic(
    code="FRG099",
    name="some-warning",
    severity="warning",
    message="careful",
    file="lib/x.py",
    line=1,
    col=1,
)
SOURCES = {
    ("app.py", 2): "def f(:",
    ("lib/x.py", 1): "\tx = 1",
}


def read_source(file: str, line: int) -> str | None:
    return SOURCES.get((file, line))


def test_text_format() -> None:
    assert format_text([ERROR, WARNING], read_source=read_source) == (
        "app.py:2:7: FRG001 syntax error: invalid syntax\n"
        "  2 | def f(:\n"
        "            ^\n"
        "  hint: fix it\n"
        "lib/x.py:1:1: FRG099 careful\n"
        "  1 |  x = 1\n"  # a tab is one column wide, so the caret stays under it
        "      ^\n"
    )


def test_text_format_without_source_line() -> None:
    assert format_text([ERROR], read_source=lambda file, line: None) == (
        "app.py:2:7: FRG001 syntax error: invalid syntax\n  hint: fix it\n"
    )


def test_json_format_has_stable_keys() -> None:
    assert json.loads(format_json([ERROR, WARNING])) == [
        {
            "code": "FRG001",
            "name": "syntax-error",
            "severity": "error",
            "message": "syntax error: invalid syntax",
            "file": "app.py",
            "line": 2,
            "col": 7,
            "hint": "fix it",
        },
        {
            "code": "FRG099",
            "name": "some-warning",
            "severity": "warning",
            "message": "careful",
            "file": "lib/x.py",
            "line": 1,
            "col": 1,
            "hint": None,
        },
    ]


@pytest.mark.parametrize(
    ("diags", "errors", "text"),
    [
        pytest.param([], False, "0 errors, 0 warnings", id="none"),
        pytest.param([WARNING], False, "0 errors, 1 warning", id="warning-only"),
        pytest.param([ERROR, WARNING, WARNING], True, "1 error, 2 warnings", id="mixed"),
    ],
)
def test_has_errors_and_summary(diags: list[Diagnostic], errors: bool, text: str) -> None:
    assert has_errors(diags) is errors
    assert summary(diags) == text


@pytest.mark.parametrize("code", sorted(RULES))
def test_every_rule_is_documented(code: str) -> None:
    rule = RULES[code]
    sections = rule.doc_sections()
    assert sections["Summary"], f"{code} needs a one-line summary"
    for title in DOC_SECTIONS:
        assert sections.get(title), f"{code} lacks a {title}: section"
    assert "```" in sections["Example"], f"{code}'s example should be a code block"
