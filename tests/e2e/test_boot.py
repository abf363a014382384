"""Boot (issue 12): the app's content before Python starts, a first click kept, the real
first run taking over without a flicker, the snapshot's fallback, and what the server
sends (content-hashed names, precompressed bodies with the right headers).

"Python has not started" is made certain by holding the request for the worker's script:
the page has everything else, the worker cannot run. Releasing the request lets the boot
go on from there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from playwright.sync_api import Locator, Page, Response, Route, expect

from tests.e2e.browser import BOOT_TIMEOUT_MS, click_button, wait_for_run
from tests.e2e.conftest import Sites

OpenApp = Callable[[str], Page]
APP = "boot_prerender"

# The canonical form of a DOM subtree: tags, attributes (minus the renderer's own node
# ids and versions, which count differently in two sessions) and text, in order.
CANONICAL_DOM = """(root) => {
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent;
    if (node.nodeType !== Node.ELEMENT_NODE) return "";
    const attrs = [...node.attributes]
      .filter((a) => a.name !== "data-fragc-uid" && a.name !== "data-fragc-v")
      .map((a) => `${a.name}=${a.value}`)
      .sort();
    return `<${node.localName} ${attrs.join(" ")}>${[...node.childNodes].map(walk).join("")}</${node.localName}>`;
  };
  return walk(document.querySelector(root));
}"""


@contextmanager
def worker_held(page: Page) -> Iterator[Callable[[], None]]:
    """Hold the request for the worker's script; yields a function that lets it go."""
    held: list[Route] = []
    page.route(re.compile(r"/fragc-worker\.js$"), lambda route: held.append(route))

    def release() -> None:
        page.unroute(re.compile(r"/fragc-worker\.js$"))
        while held:
            held.pop().fallback()

    try:
        yield release
    finally:
        for route in held:
            route.abort()


def main_texts(page: Page) -> Locator:
    return page.get_by_test_id("stMain").get_by_test_id("stMarkdown")


def expect_prerendered(page: Page) -> None:
    root = page.get_by_test_id("stApp")
    expect(root).to_have_attribute("data-fragc-prerender", "shown")
    expect(page.get_by_role("heading", level=1)).to_have_text("Boot check")
    expect(main_texts(page)).to_have_text(
        ["Script runs: 1", "Added 0 times", "hello", "fragment ready"]
    )
    expect(page.get_by_test_id("stSidebar").get_by_test_id("stMarkdown")).to_have_text(
        "In the sidebar"
    )
    # Python has not started: no connection, no run.
    expect(root).to_have_attribute("data-test-connection-state", "INITIAL")
    expect(root).to_have_attribute("data-test-script-state", "initial")


def test_the_prerender_is_on_screen_before_python_starts(page: Page, sites: Sites) -> None:
    with worker_held(page):
        page.goto(sites.url(APP))
        expect_prerendered(page)
        expect(page.get_by_role("button", name="Add one")).to_be_visible()
        expect(page.get_by_role("checkbox", name="Shout")).not_to_be_checked()
        expect(page.get_by_test_id("stSidebar")).to_be_visible()
        expect(page.get_by_test_id("stSkeleton")).to_have_count(0)
        # st.set_page_config's title, favicon and layout are in the HTML itself.
        expect(page).to_have_title("Boot check")
        icon = page.locator('link[rel="shortcut icon"]')
        expect(icon).to_have_attribute("href", re.compile(r"^data:image/svg\+xml,.*%F0%9F%9A%80"))
        expect(page.locator("#root")).to_have_attribute("data-fragc-layout", "wide")
        expect(page.get_by_test_id("stApp")).to_have_class(re.compile(r"\bfragc-layout-wide\b"))


def test_a_click_before_python_is_ready_is_applied_once_it_is(page: Page, sites: Sites) -> None:
    with worker_held(page) as release:
        page.goto(sites.url(APP))
        expect_prerendered(page)
        page.get_by_role("button", name="Add one").click()
        page.get_by_role("checkbox", name="Shout").check()
        expect(page.get_by_test_id("stApp")).to_have_attribute(
            "data-test-script-state", "rerunRequested"
        )
        release()
        expect(page.get_by_test_id("stApp")).to_have_attribute(
            "data-test-connection-state", "CONNECTED", timeout=BOOT_TIMEOUT_MS
        )
        wait_for_run(page, timeout=BOOT_TIMEOUT_MS)
    # The first run, then one run with both the click and the checkbox: applied once.
    expect(main_texts(page)).to_have_text(
        ["Script runs: 2", "Added 1 times", "HELLO", "fragment ready"]
    )
    expect(page.get_by_role("checkbox", name="Shout")).to_be_checked()
    click_button(page, "Add one")
    expect(main_texts(page).nth(1)).to_have_text("Added 2 times")


def test_the_first_real_run_replaces_the_prerender_exactly(page: Page, sites: Sites) -> None:
    with worker_held(page) as release:
        page.goto(sites.url(APP))
        expect_prerendered(page)
        page.evaluate(
            "window.__prerendered = [...document.querySelectorAll("
            "'[data-testid=stMarkdown], [data-testid=stButton], [data-testid=stCheckbox]')]"
        )
        release()
        expect(page.get_by_test_id("stApp")).to_have_attribute(
            "data-fragc-prerender", "replaced", timeout=BOOT_TIMEOUT_MS
        )
        wait_for_run(page, timeout=BOOT_TIMEOUT_MS)
    # Where the real run agrees, the pre-rendered elements stayed in place: no flicker.
    kept = page.evaluate("window.__prerendered.map((el) => el.isConnected)")
    assert kept == [True] * 8, kept
    expect(page.get_by_test_id("stBootProgress")).to_have_count(0)
    with_prerender = page.evaluate(CANONICAL_DOM, '[data-testid="stAppViewContainer"]')

    page.goto(sites.url(APP, prerender=False))
    expect(page.get_by_test_id("stApp")).to_have_attribute(
        "data-test-connection-state", "CONNECTED", timeout=BOOT_TIMEOUT_MS
    )
    wait_for_run(page, timeout=BOOT_TIMEOUT_MS)
    expect(page.get_by_test_id("stApp")).not_to_have_attribute(
        "data-fragc-prerender", re.compile(".")
    )
    without = page.evaluate(CANONICAL_DOM, '[data-testid="stAppViewContainer"]')
    assert with_prerender == without


def test_a_snapshot_that_cannot_be_used_falls_back_to_a_normal_boot(
    page: Page, sites: Sites
) -> None:
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    page.route(
        re.compile(r"/snapshot\.[0-9a-f]{12}\.bin$"),
        lambda route: route.fulfill(status=200, body=b"\x1f\x8b not really gzip"),
    )
    page.goto(sites.url(APP))
    expect(page.get_by_test_id("stApp")).to_have_attribute(
        "data-test-connection-state", "CONNECTED", timeout=BOOT_TIMEOUT_MS
    )
    wait_for_run(page, timeout=BOOT_TIMEOUT_MS)
    assert any(
        "could not start Python from the memory snapshot; booting it the usual way" in text
        for text in console
    ), console
    click_button(page, "Add one")
    expect(main_texts(page).nth(1)).to_have_text("Added 1 times")


def test_progress_says_the_stage_and_the_bytes(page: Page, sites: Sites) -> None:
    """Hold app.zip: the boot waits at "Loading app…" with the bytes it has so far."""
    held: list[Route] = []
    page.route(re.compile(r"/app\.[0-9a-f]{12}\.zip$"), lambda route: held.append(route))
    page.goto(sites.url(APP))
    line = page.get_by_test_id("stBootProgress")
    expect(line).to_have_text(
        re.compile(r"^Loading app… \d+\.\d of \d+\.\d MB$"), timeout=BOOT_TIMEOUT_MS
    )
    loaded, total = map(float, re.findall(r"\d+\.\d", line.inner_text()))
    assert 5 < loaded < total, (loaded, total)  # Pyodide and the snapshot are in; app.zip is not
    # On a pre-rendered page the line sits in the header, beside the status.
    expect(page.get_by_test_id("stHeader").get_by_test_id("stBootProgress")).to_have_count(1)
    page.unroute(re.compile(r"/app\.[0-9a-f]{12}\.zip$"))
    for route in held:
        route.fallback()
    wait_for_run(page, timeout=BOOT_TIMEOUT_MS)
    expect(line).to_have_count(0)


def test_every_file_but_the_page_has_a_hashed_name_and_comes_compressed(
    page: Page, sites: Sites
) -> None:
    responses: list[Response] = []
    page.on("response", lambda response: responses.append(response))
    url = sites.url(APP)
    page.goto(url)
    expect(page.get_by_test_id("stApp")).to_have_attribute(
        "data-test-connection-state", "CONNECTED", timeout=BOOT_TIMEOUT_MS
    )
    wait_for_run(page, timeout=BOOT_TIMEOUT_MS)
    seen = {r.url.removeprefix(url): r for r in responses if r.url.startswith(url)}
    assert "" in seen, sorted(seen)  # index.html, by the folder's URL
    others = [path for path in seen if path]
    assert any(path.endswith("pyodide.asm.wasm") for path in others), others
    for path in others:
        assert re.search(r"(^|/)[0-9a-f]{12}/|\.[0-9a-f]{12}\.\w+$", path), path
    index = seen[""].all_headers()
    assert index["cache-control"] == "no-cache"
    for path in others:
        headers = seen[path].all_headers()
        assert headers["cache-control"] == "public, max-age=31536000, immutable", path
        if path.endswith((".js", ".mjs", ".css", ".wasm", ".json")):
            assert headers.get("content-encoding") == "br", path
            assert headers.get("vary") == "Accept-Encoding", path
