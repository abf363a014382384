"""App-level APIs in Chromium (tests/e2e/apps/app_apis): page config, query params, caching,
st.context."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from playwright.sync_api import Page, expect

from tests.e2e.browser import BOOT_TIMEOUT_MS, click_button, wait_for_run
from tests.e2e.conftest import Sites


def open_app(page: Page, sites: Sites, query: str = "") -> Page:
    page.goto(sites.url("app_apis") + query)
    expect(page.get_by_test_id("stApp")).to_have_attribute(
        "data-test-connection-state", "CONNECTED", timeout=BOOT_TIMEOUT_MS
    )
    wait_for_run(page, timeout=BOOT_TIMEOUT_MS)
    return page


def query_of(page: Page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query, keep_blank_values=True)


def test_page_config_query_params_and_cache(page: Page, sites: Sites) -> None:
    open_app(page, sites, "?x=1")

    # set_page_config: title, emoji favicon, wide layout.
    expect(page).to_have_title("App APIs")
    icon = page.locator('link[rel="shortcut icon"]')
    expect(icon).to_have_attribute("href", re.compile(r"^data:image/svg\+xml,"))
    expect(page.get_by_test_id("stApp")).to_have_class(re.compile(r"\bfragc-layout-wide\b"))
    # Streamlit's attribute for the layout, which a test reads.
    expect(page.get_by_test_id("stAppViewContainer")).to_have_attribute("data-layout", "wide")
    container = page.get_by_test_id("stMainBlockContainer").bounding_box()
    assert container is not None
    assert container["width"] > 1000  # 1280px viewport: wider than the 46rem centred column
    # initial_sidebar_state="collapsed": the sidebar waits behind its button.
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar).not_to_be_in_viewport()  # out of view, as Streamlit's
    page.get_by_role("button", name="Expand sidebar").click()
    expect(sidebar.get_by_text("Sidebar note")).to_be_visible()
    # ...and a rerun that sends the same config leaves the user's choice alone.
    click_button(page, "Rerun")
    expect(sidebar.get_by_text("Sidebar note")).to_be_visible()

    # Query params are read from the URL the page was opened with...
    expect(page.get_by_text("x is 1", exact=True)).to_be_visible()
    # ...and written back into the address bar without a reload.
    page.evaluate("window.__fragcNoReload = true")
    click_button(page, "Set x to 5")
    expect(page.get_by_text("x is now 5", exact=True)).to_be_visible()
    expect(page).to_have_url(re.compile(r"\?x=5&tags=a&tags=b$"))
    assert page.evaluate("window.__fragcNoReload") is True
    click_button(page, "Rerun")
    expect(page.get_by_text("x is 5", exact=True)).to_be_visible()
    click_button(page, "Drop x")
    assert query_of(page) == {"tags": ["a", "b"]}
    click_button(page, "Rerun")
    expect(page.get_by_text("x is missing", exact=True)).to_be_visible()
    assert page.evaluate("window.__fragcNoReload") is True

    # st.cache_data: a rerun hits the cache, .clear() forces one more call.
    expect(page.get_by_text("square=16 computed 1 times", exact=True)).to_be_visible()
    click_button(page, "Rerun")
    expect(page.get_by_text("square=16 computed 1 times", exact=True)).to_be_visible()
    click_button(page, "Clear cache")
    expect(page.get_by_text("square=16 computed 2 times", exact=True)).to_be_visible()
    click_button(page, "Rerun")
    expect(page.get_by_text("square=16 computed 2 times", exact=True)).to_be_visible()


def test_context_sees_the_dark_theme_and_the_locale(page: Page, sites: Sites) -> None:
    page.emulate_media(color_scheme="dark")
    open_app(page, sites)
    locale = page.evaluate("navigator.language")
    expect(page.get_by_text(f"theme=dark locale={locale} url_ok=True", exact=True)).to_be_visible()
    expect(page.get_by_test_id("stApp")).to_have_css("background-color", "rgb(14, 17, 23)")
