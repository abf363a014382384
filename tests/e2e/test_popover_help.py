"""st.popover(help=...) in Chromium (tests/e2e/apps/popover_help): the tooltip a user sees."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

OpenApp = Callable[[str], Page]


@pytest.mark.parametrize(
    ("label", "help_text"),
    [("Settings", "Change the settings"), ("Wide settings", "Stretched")],
)
def test_hovering_the_button_shows_the_help(app: OpenApp, label: str, help_text: str) -> None:
    page = app("popover_help")
    popover = page.get_by_test_id("stPopover").filter(has_text=label).first
    tooltip = page.get_by_test_id("stTooltipContent")
    expect(tooltip).to_have_count(0)
    popover.get_by_test_id("stPopoverButton").hover()
    expect(tooltip).to_have_text(help_text)
    # The button still opens the popover.
    popover.get_by_test_id("stPopoverButton").click()
    expect(popover.get_by_test_id("stPopoverBody")).to_be_visible()


def test_a_stretched_popover_with_help_is_as_wide_as_its_container(app: OpenApp) -> None:
    page = app("popover_help")
    wide = page.get_by_test_id("stPopover").filter(has_text="Wide settings")
    button = wide.get_by_test_id("stPopoverButton").bounding_box()
    box = wide.bounding_box()
    assert button is not None
    assert box is not None
    assert abs(button["width"] - box["width"]) < 2


def test_no_help_no_tooltip(app: OpenApp) -> None:
    page = app("popover_help")
    plain = page.get_by_test_id("stPopover").filter(has_text="No help")
    expect(plain.get_by_test_id("stTooltipHoverTarget")).to_have_count(0)
