"""st.text in Chromium (tests/e2e/apps/text_parity): its lines, spaces, width and font."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect

OpenApp = Callable[[str], Page]


def test_lines_and_spaces_are_kept_in_a_span_as_wide_as_the_text(app: OpenApp) -> None:
    texts = app("text_parity").get_by_test_id("stText")
    multiline = texts.nth(0).locator("span").first
    box = multiline.bounding_box()
    assert box is not None
    assert box["height"] > box["width"]  # four short lines, the width of "Lorem"
    expect(texts.nth(1).locator("span").first).to_have_css("white-space-collapse", "preserve")


def test_stretch_width_fills_the_row_and_the_font_is_the_body_font(app: OpenApp) -> None:
    page = app("text_parity")
    stretched = page.get_by_test_id("stText").nth(2).bounding_box()
    main = page.get_by_test_id("stMain").get_by_test_id("stVerticalBlock").first.bounding_box()
    assert stretched is not None
    assert main is not None
    assert abs(stretched["width"] - main["width"]) < 2
    font = page.get_by_test_id("stText").first.evaluate("el => getComputedStyle(el).fontFamily")
    assert "Source Code Pro" not in font


def test_the_help_icon_is_inside_the_text_span(app: OpenApp) -> None:
    text = app("text_parity").get_by_test_id("stText").nth(3)
    expect(text.locator("span").first.get_by_test_id("stTooltipHoverTarget")).to_be_visible()
