"""Multipage apps the old way, a pages/ folder beside the entry script (issue 9; app:
tests/e2e/apps/multipage).

As a visitor uses them: the sidebar lists the pages as Streamlit names them, the current
one marked; a link, st.switch_page, the browser's back and forward buttons and a deep link
opened directly or reloaded each show their page at its own URL; session state is shared
between pages. The test sites are served under a sub-path (`/multipage/`), as on GitHub
Pages. With tests/e2e/apps/multipage_lazy: a package only one page imports is downloaded
when that page first runs (the page says so meanwhile), not at boot; a page that raises
shows its exception in place; a page left loses its widgets' state and its run_every
fragments stop; each page has its own tab title.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from playwright.sync_api import Page, Route, expect

from tests.e2e.browser import BOOT_TIMEOUT_MS, STEP_TIMEOUT_MS, exception_message, wait_for_run
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
    expect(links.nth(1)).to_have_attribute("href", f"{base}Charts")
    # No line under the links while the sidebar holds nothing else (Streamlit's separator).
    expect(nav.get_by_test_id("stSidebarNavSeparator")).to_have_count(0)
    expect(
        page.get_by_test_id("stSidebarUserContent").get_by_test_id("stElementContainer")
    ).to_have_count(0)

    # A link: its page at its URL, the link marked, session state carried over.
    links.nth(1).click()
    wait_for_run(page)
    shows(page, "Charts", 2)
    assert page.url == f"{base}Charts"
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
    assert page.url == f"{base}About_us"
    expect(links.nth(2)).to_have_attribute("aria-current", "page")


def test_a_deep_link_opens_its_page_and_survives_a_reload(page: Page, sites: Sites) -> None:
    base = sites.url("multipage")
    page.goto(f"{base}Charts")  # the host redirects to Charts/
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
    assert page.url == f"{base}Charts"


def test_page_link_to_a_page_of_the_folder(app: OpenApp, sites: Sites) -> None:
    page = app("multipage")
    base = sites.url("multipage")
    link = page.get_by_test_id("stPageLink").get_by_role("link", name="See the charts")
    expect(link).to_have_attribute("href", f"{base}Charts")
    link.click()
    wait_for_run(page)
    expect(page.get_by_test_id("stHeading")).to_have_text("Charts")
    assert page.url == f"{base}Charts"


# The wheel of `six`, which only pages/2_Six.py imports (packages/<hash>/six-*.whl).
SIX_WHEEL = re.compile(r"/packages/[0-9a-f]{12}/six-[^/]*\.whl$")


def open_lazy(page: Page, sites: Sites, path: str = "") -> list[str]:
    """Open multipage_lazy at ``path``; the URLs the page and its worker request."""
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(sites.url("multipage_lazy") + path)
    expect(page.get_by_test_id("stApp")).to_have_attribute(
        "data-test-connection-state", "CONNECTED", timeout=BOOT_TIMEOUT_MS
    )
    wait_for_run(page, timeout=BOOT_TIMEOUT_MS)
    return requested


def nav_link(page: Page, name: str) -> Callable[[], None]:
    return page.get_by_test_id("stSidebarNav").get_by_role("link", name=name, exact=True).click


def test_a_page_s_own_package_loads_when_the_page_first_runs(page: Page, sites: Sites) -> None:
    requested = open_lazy(page, sites)
    expect(page.get_by_test_id("stHeading")).to_have_text("Home")
    assert not [url for url in requested if SIX_WHEEL.search(url)], "six was fetched at boot"

    # Hold the wheel's download, to see what the page shows meanwhile.
    held: list[Route] = []
    page.route(SIX_WHEEL, lambda route: held.append(route))
    nav_link(page, "Six")()
    loading = page.get_by_test_id("fragcPagePackages")
    expect(loading).to_have_text("Loading packages: six…")
    expect(page.get_by_test_id("stHeading")).to_have_count(0)  # the page left is cleared
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "running")
    assert len(held) == 1
    held[0].fallback()
    wait_for_run(page)
    expect(page.get_by_test_id("stHeading")).to_have_text("Six")
    expect(page.get_by_text("six 1.17.0 is here", exact=True)).to_be_visible()
    expect(loading).to_have_count(0)

    # Installed once: back on the page later, it runs at once.
    nav_link(page, "app")()
    wait_for_run(page)
    nav_link(page, "Six")()
    wait_for_run(page)
    expect(page.get_by_text("six 1.17.0 is here", exact=True)).to_be_visible()
    assert len([url for url in requested if SIX_WHEEL.search(url)]) == 1


def test_a_deep_link_loads_the_page_s_packages_before_its_first_run(
    page: Page, sites: Sites
) -> None:
    requested = open_lazy(page, sites, "Six/")
    expect(page.get_by_test_id("stHeading")).to_have_text("Six")
    expect(page.get_by_text("six 1.17.0 is here", exact=True)).to_be_visible()
    expect(page.get_by_test_id("stException")).to_have_count(0)
    assert len([url for url in requested if SIX_WHEEL.search(url)]) == 1


def test_a_page_that_raises_shows_its_exception_and_the_navigation_works(
    page: Page, sites: Sites
) -> None:
    open_lazy(page, sites)
    nav_link(page, "Broken")()
    wait_for_run(page)
    expect(page.get_by_test_id("stHeading")).to_have_text("Broken")
    expect(exception_message(page)).to_have_text(re.compile(r"^ValueError: this page is broken"))
    nav_link(page, "Six")()
    wait_for_run(page)
    expect(page.get_by_test_id("stHeading")).to_have_text("Six")
    expect(page.get_by_test_id("stException")).to_have_count(0)
    nav_link(page, "Broken")()
    wait_for_run(page)
    expect(exception_message(page)).to_have_text(re.compile(r"^ValueError: this page is broken"))
    nav_link(page, "app")()
    wait_for_run(page)
    expect(page.get_by_test_id("stHeading")).to_have_text("Home")
    expect(page.get_by_test_id("stException")).to_have_count(0)


def test_a_page_left_loses_its_widgets_and_stops_its_timers(page: Page, sites: Sites) -> None:
    open_lazy(page, sites, "Counter/")
    expect(page).to_have_title("Counter page")  # its st.set_page_config(page_title=...)
    level = page.get_by_test_id("stSlider").get_by_role("slider")
    expect(level).to_have_value("3")
    level.focus()
    page.keyboard.press("ArrowRight")
    wait_for_run(page)
    expect(level).to_have_value("4")
    expect(page.get_by_text(re.compile(r"^Counter ticks: [2-9]"))).to_be_visible()

    nav_link(page, "app")()
    wait_for_run(page)
    expect(page.get_by_test_id("stHeading")).to_have_text("Home")
    expect(page).to_have_title("app")  # no page_config here: the page's name
    # While Home's fragment ticks three times, the counter page's fragment never runs.
    seen = page.get_by_text(re.compile(r"^Counter ticks so far: \d+$"))
    counter_ticks = seen.inner_text()
    home = page.get_by_text(re.compile(r"^Home ticks: \d+$"))
    home_ticks = int(home.inner_text().rsplit(" ", 1)[1])
    page.wait_for_function(
        """(least) => [...document.querySelectorAll("[data-testid=stMarkdown]")].some(
             (e) => /^Home ticks: \\d+$/.test(e.innerText) && Number(e.innerText.slice(12)) >= least)""",
        arg=home_ticks + 3,
        timeout=STEP_TIMEOUT_MS,
    )
    expect(seen).to_have_text(counter_ticks)

    nav_link(page, "Counter")()
    wait_for_run(page)
    expect(page).to_have_title("Counter page")
    expect(level).to_have_value("3")  # back at its default


def test_a_dialog_of_a_page_left_is_gone(app: OpenApp, sites: Sites) -> None:
    page = app("multipage")
    page.get_by_test_id("stSidebarNavLink").nth(1).click()
    wait_for_run(page)
    page.get_by_role("button", name="Show details").click()
    wait_for_run(page)
    dialog = page.get_by_role("dialog", name="Chart details")
    expect(dialog).to_be_visible()
    page.go_back()
    wait_for_run(page)
    expect(page.get_by_test_id("stHeading")).to_have_text("Home")
    expect(page.get_by_role("dialog")).to_have_count(0)
    page.go_forward()
    wait_for_run(page)
    expect(page.get_by_test_id("stHeading")).to_have_text("Charts")
    expect(page.get_by_role("dialog")).to_have_count(0)
