"""Magic in Chromium (tests/e2e/apps/magic): what a user sees of bare expressions."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect

OpenApp = Callable[[str], Page]


def test_bare_expressions_show_where_they_run(app: OpenApp) -> None:
    page = app("magic")
    expect(page.get_by_role("heading", name="A magic title")).to_be_visible()
    texts = page.get_by_test_id("stMarkdown")
    # The docstring is not shown; the string in `with box:` is in the box, above "After".
    expect(texts).to_have_text(["A magic title", "Written into the box", "After the box", "3"])
    expect(page.get_by_test_id("stMarkdown").last.locator("code")).to_have_text("3")
