"""Helpers for compiler tests: write an app from a dedented string, analyse it."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from fragc.analysis import AppAnalysis, analyze_app
from fragc.diagnostics import Diagnostic

Analyze = Callable[..., AppAnalysis]


@pytest.fixture
def app_dir(tmp_path: Path) -> Path:
    path = tmp_path / "app"
    path.mkdir()
    return path


@pytest.fixture
def analyze(app_dir: Path) -> Analyze:
    """``analyze(source, files={"pkg/mod.py": ...})``: write app.py and the other
    files (dedented) into a fresh folder and analyse it."""

    def run(
        source: str, /, files: dict[str, str] | None = None, implemented: set[str] | None = None
    ) -> AppAnalysis:
        for relative, text in (files or {}).items():
            path = app_dir / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        entry = app_dir / "app.py"
        entry.write_text(textwrap.dedent(source).lstrip("\n"), encoding="utf-8")
        return analyze_app(entry, implemented=implemented)

    return run


def located(diags: list[Diagnostic]) -> list[tuple[str, int, int]]:
    """(code, line, col) of each diagnostic, the shape most rule tables compare."""
    return [(d.code, d.line, d.col) for d in diags]


Findings = Callable[[str], list[tuple[int, int, str]]]


def findings_of(analyze: Analyze, code: str) -> Findings:
    """``findings(source)`` -> [(line, col, message)] of rule ``code`` only.

    Every ``st.`` name counts as implemented, so rule tables do not depend on how far
    the shim has got."""
    from fragc.analysis.streamlit_api import STREAMLIT_NAMES

    def run(source: str) -> list[tuple[int, int, str]]:
        result = analyze(source, implemented=set(STREAMLIT_NAMES))
        return [(d.line, d.col, d.message) for d in result.diagnostics if d.code == code]

    return run
