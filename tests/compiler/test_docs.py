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


def test_api_doc_is_up_to_date() -> None:
    from fragc.analysis import api_docs

    committed = (REPO / "docs" / "api.md").read_text(encoding="utf-8")
    assert committed == api_docs.render(), f"docs/api.md is stale; run: {api_docs.REGENERATE}"
