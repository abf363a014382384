"""The site works with the network cut off, and says so when it cannot (issue 5).

``offline_app`` needs all three things fragc packs: a package beside the app
(``mypkg/``), a data file it opens by a literal path (``data.csv``) and a pure-Python
wheel from PyPI (``tabulate``, in requirements.txt). The ``page`` fixture aborts and
records every request to a host other than the local server; this test also lists
every request the page and its worker made, to show none left the machine.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, Route, expect

from tests.e2e.browser import BOOT_TIMEOUT_MS
from tests.e2e.conftest import LOCAL_HOSTS, Sites

OpenApp = Callable[[str], Page]
CDN = "https://cdn.jsdelivr.net/pyodide/"


def test_offline_app_runs_with_the_network_cut_off(page: Page, app: OpenApp) -> None:
    requested: list[str] = []
    page.context.on("request", lambda request: requested.append(request.url))

    app("offline_app")

    expect(page.get_by_role("heading", level=1)).to_have_text("Offline app")
    markdown = page.get_by_test_id("stMarkdown")
    expect(markdown).to_have_text(["Hello from mypkg, offline!", "3 fruits, 15 in all"])
    table = page.get_by_test_id("stCode").locator("code")
    for line in ("fruit      count", "apple          3", "pear           5", "plum           7"):
        expect(table).to_contain_text(line)

    hosts = {
        urlsplit(url).hostname for url in requested if urlsplit(url).scheme in ("http", "https")
    }
    assert hosts <= LOCAL_HOSTS, f"requests left the machine: {sorted(hosts - LOCAL_HOSTS)}"
    # The wheel came from the site itself, through the site's own lock.
    # (packages/<hash>/: the folder's name is the hash of what it holds.)
    wheel = re.compile(r"/packages/[0-9a-f]{12}/tabulate-0\.9\.0-py3-none-any\.whl$")
    assert any(wheel.search(url) for url in requested)
    assert any(re.search(r"/packages/[0-9a-f]{12}/pyodide-lock\.json$", url) for url in requested)


@pytest.fixture
def cdn_page(browser: Browser) -> Iterator[tuple[Page, list[Route]]]:
    """A page whose requests to Pyodide's CDN are held (never answered) for the test to inspect."""
    context = browser.new_context()
    held: list[Route] = []

    def route(route: Route) -> None:
        url = route.request.url
        if url.startswith(CDN):
            held.append(route)
        elif urlsplit(url).hostname in LOCAL_HOSTS or urlsplit(url).scheme in ("data", "blob"):
            route.fallback()
        else:
            route.abort()

    context.route("**/*", route)
    yield context.new_page(), held
    context.close()


def test_cdn_package_shows_progress_then_a_readable_error(
    cdn_page: tuple[Page, list[Route]], sites: Sites
) -> None:
    page, held = cdn_page
    with page.context.expect_event(
        "request", predicate=lambda request: request.url.startswith(CDN), timeout=BOOT_TIMEOUT_MS
    ):
        page.goto(sites.url("cdn_package_app"))

    # While the download is held, the page says what it is waiting for.
    progress = page.get_by_test_id("stBootProgress")
    expect(progress).to_have_text("Downloading regex from the Pyodide CDN…")
    assert held, "the CDN request was not routed"
    for route in held:
        route.abort()

    error = page.get_by_test_id("stBootError")
    expect(error).to_be_visible()
    expect(error).to_contain_text("The app's packages (regex) could not be installed")
