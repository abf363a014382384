"""Multipage apps the new way: st.navigation and st.Page (issue 9; app:
tests/e2e/apps/navigation).

As a visitor uses them: the menu lists the pages by section (in the sidebar, or in the
top bar), hidden pages are left out but reachable by URL, the entry script runs around
every page (its sidebar widget keeps its value from page to page), st.page_link and
st.switch_page move to their page and its URL, a deep link or a reload shows its page,
back and forward work, an address that names no page says so, and st.logo sits at the
top of the sidebar. The site is served under a sub-path, as on GitHub Pages.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.browser import BOOT_TIMEOUT_MS, wait_for_run
from tests.e2e.conftest import Sites

OpenApp = Callable[[str], Page]


def heading(page: Page, text: str) -> None:
    expect(page.get_by_test_id("stHeading")).to_have_text(text)


def open_at(page: Page, url: str) -> None:
    page.goto(url)
    expect(page.get_by_test_id("stApp")).to_have_attribute(
        "data-test-connection-state", "CONNECTED", timeout=BOOT_TIMEOUT_MS
    )
    wait_for_run(page, timeout=BOOT_TIMEOUT_MS)


def test_sidebar_menu_sections_and_shared_entry(app: OpenApp, sites: Sites) -> None:
    page = app("navigation")
    base = sites.url("navigation")
    heading(page, "Home")
    expect(page.get_by_text("Entry ran for Home")).to_be_visible()
    nav = page.get_by_test_id("stSidebarNav")
    links = nav.get_by_test_id("stSidebarNavLink")
    # The hidden page is not listed; sections have their header.
    expect(links).to_have_count(3)
    expect(links.nth(0)).to_have_text("🏠Home")
    expect(links.nth(0)).to_have_attribute("aria-current", "page")
    header = nav.get_by_test_id("stNavSectionHeader")
    expect(header.get_by_test_id("stMarkdownContainer")).to_have_text("More")
    expect(header.get_by_test_id("stIconMaterial")).to_have_text("expand_more")
    expect(links.nth(1)).to_have_attribute("href", f"{base}settings")
    icon = links.nth(1).get_by_test_id("stIconMaterial")
    expect(icon).to_have_text("settings")
    # Drawn by the shipped Material Symbols font: one square glyph, not the word.
    page.wait_for_function("document.fonts.check('20px \"Material Symbols Rounded\"')")
    box = icon.bounding_box()
    assert box is not None
    assert box["width"] < 1.5 * box["height"], box
    expect(nav.get_by_test_id("stSidebarNavSeparator")).to_have_count(1)
    assert page.title() == "Home"

    # The entry's sidebar widget is on every page and keeps its value.
    shared = page.get_by_test_id("stSidebar").get_by_role("textbox", name="Shared")
    shared.fill("hello")
    shared.press("Enter")
    wait_for_run(page)
    links.nth(1).click()
    wait_for_run(page)
    heading(page, "Settings")
    assert page.url == f"{base}settings"
    expect(page.get_by_text("Shared says: hello")).to_be_visible()
    expect(shared).to_have_value("hello")
    expect(links.nth(1)).to_have_attribute("aria-current", "page")
    assert page.title() == "settings"

    # Folding a section hides its links.
    nav.get_by_test_id("stNavSectionHeader").click()
    expect(links).to_have_count(1)
    nav.get_by_test_id("stNavSectionHeader").click()
    expect(links).to_have_count(3)


def test_page_link_switch_page_and_history(app: OpenApp, sites: Sites) -> None:
    page = app("navigation")
    base = sites.url("navigation")
    link = page.get_by_test_id("stPageLink").get_by_role("link", name="Read about us")
    expect(link).to_have_attribute("href", f"{base}about")
    expect(link.get_by_test_id("stIconEmoji")).to_have_text("ℹ️")
    link.click()
    wait_for_run(page)
    heading(page, "About us")
    assert page.url == f"{base}about"

    # A page's widgets are its own: left and come back to, they start again.
    page.get_by_text("Seen it").click()
    wait_for_run(page)
    expect(page.get_by_role("checkbox", name="Seen it")).to_be_checked()
    page.go_back()
    wait_for_run(page)
    heading(page, "Home")
    assert page.url == base
    page.go_forward()
    wait_for_run(page)
    heading(page, "About us")
    expect(page.get_by_role("checkbox", name="Seen it")).not_to_be_checked()

    page.get_by_test_id("stSidebarNavLink").first.click()
    wait_for_run(page)
    page.get_by_role("button", name="Switch to settings").click()
    wait_for_run(page)
    heading(page, "Settings")
    assert page.url == f"{base}settings"


def test_deep_links_and_reloads(page: Page, sites: Sites) -> None:
    base = sites.url("navigation")
    # Query parameters of a deep link stay (a menu link starts the page without them,
    # as in Streamlit).
    open_at(page, f"{base}settings/?team=a")
    heading(page, "Settings")
    assert page.url == f"{base}settings?team=a"
    page.get_by_test_id("stSidebarNavLink").first.click()
    wait_for_run(page)
    assert page.url == base
    page.go_back()
    wait_for_run(page)
    assert page.url == f"{base}settings?team=a"
    heading(page, "Settings")
    page.reload()
    wait_for_run(page, timeout=BOOT_TIMEOUT_MS)
    heading(page, "Settings")
    # A hidden page is not in the menu, but its URL works.
    open_at(page, f"{base}secret/")
    heading(page, "Secret room")
    expect(page.get_by_test_id("stSidebarNavLink")).to_have_count(3)


def test_an_address_that_names_no_page(app: OpenApp, sites: Sites) -> None:
    page = app("navigation")
    base = sites.url("navigation")
    # As a host with a fallback page would serve it: the app at an unknown path.
    page.evaluate(
        "history.pushState(null, '', 'no-such-page/'); dispatchEvent(new PopStateEvent('popstate'))"
    )
    wait_for_run(page)
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text("Page not found")
    expect(dialog).to_contain_text("Running the app's main page.")
    heading(page, "Home")
    assert page.url == base
    page.keyboard.press("Escape")
    expect(dialog).to_have_count(0)


def test_top_navigation(page: Page, sites: Sites) -> None:
    base = sites.url("navigation")
    open_at(page, f"{base}?pos=top")
    top = page.get_by_test_id("stHeader").get_by_test_id("stTopNav")
    expect(top.get_by_test_id("stTopNavLink")).to_have_text("🏠Home")
    # Streamlit draws no sidebar navigation at all (a test finds none attached).
    expect(page.get_by_test_id("stSidebarNav")).to_have_count(0)
    section = top.get_by_test_id("stTopNavSection")
    expect(section.get_by_test_id("stMarkdownContainer")).to_have_text("More")
    expect(section).to_have_attribute("aria-expanded", "false")
    section.click()
    expect(section).to_have_attribute("aria-expanded", "true")
    menu = page.get_by_role("menu")
    expect(menu.get_by_role("menuitem")).to_have_count(2)
    menu.get_by_role("menuitem", name="About us").click()
    wait_for_run(page)
    heading(page, "About us")
    expect(menu).to_be_hidden()
    # Escape closes an open menu.
    section.click()
    expect(page.get_by_role("menu")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.get_by_role("menu")).to_be_hidden()


def test_logo(app: OpenApp) -> None:
    page = app("navigation")
    header = page.get_by_test_id("stSidebarHeader")
    link = header.get_by_test_id("stLogoLink")
    expect(link).to_have_attribute("href", "https://example.com/")
    logo = link.get_by_test_id("stSidebarLogo")
    expect(logo).to_be_visible()
    assert logo.evaluate("img => img.naturalWidth") == 120
    # The sidebar closed: the logo moves to the top bar.
    expect(page.get_by_test_id("stHeaderLogo")).to_be_hidden()
    page.get_by_test_id("stSidebarCollapseButton").click()
    expect(page.get_by_test_id("stHeaderLogo")).to_be_visible()


@pytest.mark.parametrize(
    ("element", "name", "lands_on"),
    [
        pytest.param("stPageLink", "Read about us", "About us", id="page_link"),
        pytest.param("stButton", "Switch to settings", "Settings", id="button"),
    ],
)
def test_a_click_on_the_element_lands_on_its_link_or_button(
    app: OpenApp, element: str, name: str, lands_on: str
) -> None:
    # Streamlit's own tests click the element (its centre): the element is as wide as
    # its link or button (width "content"), so the click is the link's or the button's.
    page = app("navigation")
    target = page.get_by_test_id(element).filter(has_text=name)
    inner = target.locator("a, button").first
    box, inner_box = target.bounding_box(), inner.bounding_box()
    assert box is not None
    assert inner_box is not None
    assert box["width"] <= inner_box["width"] + 1
    target.click()
    wait_for_run(page)
    heading(page, lands_on)


@pytest.mark.parametrize(
    ("app_name", "sidebars"),
    [
        pytest.param("frag_nested", 0, id="nothing-in-the-sidebar"),
        pytest.param("navigation", 1, id="navigation-and-a-widget"),
    ],
)
def test_the_sidebar_is_in_the_page_only_with_something_to_show(
    app: OpenApp, app_name: str, sidebars: int
) -> None:
    # Streamlit mounts no stSidebar for an app that puts nothing there (a test counts 0).
    page = app(app_name)
    expect(page.get_by_test_id("stSidebar")).to_have_count(sidebars)
