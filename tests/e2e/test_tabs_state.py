"""st.tabs in Chromium (tests/e2e/apps/tabs_state): overflow arrows and the tab a user chose."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect

from tests.e2e.browser import wait_for_run

OpenApp = Callable[[str], Page]


def test_an_overflowing_tablist_has_arrows_that_scroll_it(app: OpenApp) -> None:
    page = app("tabs_state")
    many = page.get_by_test_id("stTabs").filter(has_text="Overflowing tab 0")
    right = many.get_by_test_id("stTabsScrollRight")
    left = many.get_by_test_id("stTabsScrollLeft")
    expect(right).to_be_visible()
    expect(right).to_have_attribute("aria-label", "Scroll tabs right")
    expect(left).to_have_count(0)  # at the start: nothing to scroll back to
    right.click()
    expect(left).to_be_visible()
    left.click()
    expect(left).to_have_count(0)
    expect(right).to_be_visible()


def test_tabs_that_fit_have_no_arrows(app: OpenApp) -> None:
    few = app("tabs_state").get_by_test_id("stTabs").filter(has_text="Few")
    expect(few.get_by_role("tab")).to_have_count(2)
    expect(few.get_by_test_id("stTabsScrollRight")).to_have_count(0)
    expect(few.get_by_test_id("stTabsScrollLeft")).to_have_count(0)


def test_keyed_tabs_keep_the_chosen_tab_when_an_element_is_inserted_above(app: OpenApp) -> None:
    page = app("tabs_state")
    keyed = page.locator(".st-key-keyed")
    keyed.get_by_role("tab", name="Details").click()
    expect(keyed.get_by_text("Details body")).to_be_visible()
    toggle = page.get_by_test_id("stCheckbox").filter(has_text="Insert a line above")
    for shown in (True, False):
        toggle.locator("label").click()
        wait_for_run(page)
        expect(page.get_by_text("Inserted line")).to_have_count(1 if shown else 0)
        expect(keyed.get_by_role("tab", name="Details")).to_have_attribute("aria-selected", "true")
        expect(keyed.get_by_text("Details body")).to_be_visible()


def test_markdown_ends_at_its_last_tag(app: OpenApp) -> None:
    # Streamlit's markdown has no newline after its last block: the text of the two
    # panels reads run together, as a test of Streamlit's own finds it.
    page = app("tabs_state")
    expect(page.get_by_test_id("stSidebar").get_by_text("Left bodyRight body")).to_have_count(1)
