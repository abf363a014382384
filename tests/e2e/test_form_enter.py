"""A form input's InputInstructions say "Press Enter to submit form" only where Enter
submits (Streamlit 1.67): not with enter_to_submit=False, nor when the form's first
submit button is disabled; there the instructions are empty and Enter sends nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.browser import markdown, wait_for_run


@pytest.mark.parametrize(
    ("form", "label", "instructions", "sent"),
    [
        (0, "Open text", "Press Enter to submit form", "open sent"),
        (1, "Guarded text", "", None),
        (2, "Quiet number", "", None),
    ],
)
def test_enter_and_its_instructions(
    app: Callable[[str], Page], form: int, label: str, instructions: str, sent: str | None
) -> None:
    page = app("form_enter")
    block = page.get_by_test_id("stForm").nth(form)
    field = block.get_by_label(label, exact=True)
    field.fill("7")
    expect(block.get_by_test_id("InputInstructions")).to_have_text(instructions)
    field.press("Enter")
    wait_for_run(page)
    if sent is None:
        expect(markdown(page)).to_have_count(0)
    else:
        expect(markdown(page).filter(has_text=sent)).to_be_visible()
