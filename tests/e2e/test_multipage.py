"""Multipage apps the old way, a pages/ folder beside the entry script (issue 9; app:
tests/e2e/apps/multipage).

As a visitor uses them: the sidebar lists the pages as Streamlit names them, the current
one marked; a link, st.switch_page, the browser's back and forward buttons and a deep link
opened directly or reloaded each show their page at its own URL; session state is shared
between pages. The test sites are served under a sub-path (`/multipage/`), as on GitHub
Pages.
"""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect

from tests.e2e.browser import BOOT_TIMEOUT_MS, wait_for_run
from tests.e2e.conftest import Sites

OpenApp = Callable[[str], Page]


def shows(page: Page, title: str, visits: int) -> None:
    expect(page.get_by_test_id("stHeading")).to_have_text(title)
    expect(page.get_by_text(f"Visits so far: {visits}", exact=True)).to_be_visible()


def test_navigation_between_pages(app: OpenApp, sites: Sites) -> None:
    page = app("multipage")
    base = sites.url("multipage")
    shows(page, "Home", 1)
    nav = page.get_by_test_id("stSidebarNav")
    expect(nav).to_have_attribute("aria-label", "App pages")
    links = nav.get_by_test_id("stSidebarNavLink")
    expect(links).to_have_count(3)
    expect(nav.get_by_test_id("stSidebarNavLinkContainer")).to_have_count(3)
    expect(links.nth(0)).to_have_text("app")
    expect(links.nth(1)).to_have_text("📈Charts")
    expect(links.nth(1).get_by_test_id("stIconEmoji")).to_have_text("📈")
    expect(links.nth(2)).to_have_text("About us")
    expect(links.nth(0)).to_have_attribute("aria-current", "page")
    expect(links.nth(1)).to_have_attribute("href", f"{base}Charts/")

    # A link: its page at its URL, the link marked, session state carried over.
    links.nth(1).click()
    wait_for_run(page)
    shows(page, "Charts", 2)
    assert page.url == f"{base}Charts/"
    expect(links.nth(1)).to_have_attribute("aria-current", "page")
    expect(links.nth(0)).not_to_have_attribute("aria-current", "page")

    # Back and forward move between the pages visited.
    page.go_back()
    wait_for_run(page)
    shows(page, "Home", 3)
    assert page.url == base
    page.go_forward()
    wait_for_run(page)
    shows(page, "Charts", 4)

    # st.switch_page: Python runs the other page and the address bar follows.
    links.nth(0).click()
    wait_for_run(page)
    page.get_by_role("button", name="Go to About").click()
    wait_for_run(page)
    shows(page, "About us", 7)  # Home ran (6) up to st.switch_page, then About (7)
    assert page.url == f"{base}About_us/"
    expect(links.nth(2)).to_have_attribute("aria-current", "page")


def test_a_deep_link_opens_its_page_and_survives_a_reload(page: Page, sites: Sites) -> None:
    base = sites.url("multipage")
    page.goto(f"{base}Charts/")
    root = page.get_by_test_id("stApp")
    expect(root).to_have_attribute(
        "data-test-connection-state", "CONNECTED", timeout=BOOT_TIMEOUT_MS
    )
    wait_for_run(page, timeout=BOOT_TIMEOUT_MS)
    shows(page, "Charts", 1)
    expect(page.get_by_test_id("stSlider")).to_be_visible()
    page.reload()
    expect(root).to_have_attribute(
        "data-test-connection-state", "CONNECTED", timeout=BOOT_TIMEOUT_MS
    )
    wait_for_run(page, timeout=BOOT_TIMEOUT_MS)
    shows(page, "Charts", 1)  # a reload is a new session, as in Streamlit
    assert page.url == f"{base}Charts/"


def test_page_link_to_a_page_of_the_folder(app: OpenApp, sites: Sites) -> None:
    page = app("multipage")
    base = sites.url("multipage")
    link = page.get_by_test_id("stPageLink").get_by_role("link", name="See the charts")
    expect(link).to_have_attribute("href", f"{base}Charts/")
    link.click()
    wait_for_run(page)
    expect(page.get_by_test_id("stHeading")).to_have_text("Charts")
    assert page.url == f"{base}Charts/"
