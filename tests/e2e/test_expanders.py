"""st.expander in Chromium (tests/e2e/apps/expanders): its icon and the state a user gives it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.e2e.browser import wait_for_run

OpenApp = Callable[[str], Page]


def expander(page: Page, label: str) -> Locator:
    return page.get_by_test_id("stExpander").filter(
        has=page.locator("summary").filter(has_text=label)
    )


@pytest.mark.parametrize(
    ("label", "icon_text"),
    [("Material icon", "bolt"), ("Emoji icon", "🎈")],
)
def test_the_icon_is_the_element_streamlit_names_stexpandericon(
    app: OpenApp, label: str, icon_text: str
) -> None:
    # Streamlit 1.67 gives the icon itself the test id: a Material name is its text.
    icon = expander(app("expanders"), label).get_by_test_id("stExpanderIcon")
    expect(icon).to_be_visible()
    expect(icon).to_have_text(icon_text)


def test_no_icon_no_icon_element(app: OpenApp) -> None:
    expect(expander(app("expanders"), "No icon").get_by_test_id("stExpanderIcon")).to_have_count(0)


def toggle_line(page: Page) -> None:
    page.get_by_test_id("stCheckbox").filter(has_text="Insert a line above").locator(
        "label"
    ).click()
    wait_for_run(page)


def test_a_keyed_expander_stays_open_when_an_element_is_inserted_above_it(app: OpenApp) -> None:
    page = app("expanders")
    keyed = page.locator(".st-key-keyed")
    keyed.locator("summary").click()
    expect(keyed.get_by_text("Keyed body")).to_be_visible()
    toggle_line(page)
    expect(page.get_by_text("Inserted line")).to_be_visible()
    expect(keyed.get_by_text("Keyed body")).to_be_visible()
    toggle_line(page)
    expect(page.get_by_text("Inserted line")).to_have_count(0)
    expect(keyed.get_by_text("Keyed body")).to_be_visible()
    # Closing it is kept the same way.
    keyed.locator("summary").click()
    expect(keyed.get_by_text("Keyed body")).to_be_hidden()
    toggle_line(page)
    expect(keyed.get_by_text("Keyed body")).to_be_hidden()
