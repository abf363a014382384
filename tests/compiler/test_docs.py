"""docs/diagnostics.md is generated from the rules: it must match them."""

from __future__ import annotations

from fragc.analysis.docs import REGENERATE, render
from tests.conftest import REPO


def test_diagnostics_doc_is_up_to_date() -> None:
    committed = (REPO / "docs" / "diagnostics.md").read_text(encoding="utf-8")
    assert committed == render(), f"docs/diagnostics.md is stale; run: {REGENERATE}"


def test_every_rule_has_a_section() -> None:
    from fragc.diagnostics import RULES

    text = render()
    for code, rule in RULES.items():
        assert f"## {code} {rule.name}" in text
