"""The Stop button, and restarting Python without reloading the page (issue 14, point 1).

Two ways to stop ``while True: pass``: on a cross-origin isolated page (``fragc serve``)
the page interrupts Python in place; on a host without those headers (GitHub Pages, the
``sites`` server here) it ends the worker and starts a new one from the memory snapshot,
with the session state and widget values it could keep. Either way Python has stopped
within a second, the page says so, and the rest of the app works again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from playwright.sync_api import Page, Worker, expect

from fragc.serve import start_server
from tests.e2e.browser import BOOT_TIMEOUT_MS, click_button, wait_for_run
from tests.e2e.conftest import Sites

APP = "stop_and_restart"


@pytest.fixture(scope="module")
def isolated_url(sites: Sites) -> Iterator[str]:
    """The same built app served with the cross-origin isolation headers, as `fragc serve` does."""
    sites.url(APP)
    server, base = start_server(sites.root, isolate=True)
    yield f"{base}{APP}/"
    server.shutdown()
    server.server_close()


def open_at(page: Page, url: str) -> Page:
    page.goto(url)
    expect(page.get_by_test_id("stApp")).to_have_attribute(
        "data-test-connection-state", "CONNECTED", timeout=BOOT_TIMEOUT_MS
    )
    wait_for_run(page, timeout=BOOT_TIMEOUT_MS)
    return page


def texts(page: Page) -> list[str]:
    return page.get_by_test_id("stMarkdown").all_inner_texts()


def start_runaway(page: Page) -> None:
    """Click "Run forever" and wait for the Stop button the long run brings."""
    page.get_by_role("button", name="Run forever", exact=True).click()
    expect(page.get_by_test_id("stStatusWidget")).to_contain_text("Running...")
    expect(page.get_by_role("button", name="Stop", exact=True)).to_be_visible()


def set_name(page: Page, name: str) -> None:
    field = page.get_by_label("Name", exact=True)
    field.fill(name)
    field.press("Enter")
    wait_for_run(page)


def closed_workers(page: Page) -> list[Worker]:
    """Fills with the page's workers as they end (a restart ends one)."""
    closed: list[Worker] = []

    def watch(worker: Worker) -> None:
        worker.on("close", lambda ended: closed.append(ended))

    for worker in page.workers:
        watch(worker)
    page.on("worker", watch)
    return closed


def test_stop_restarts_python_where_it_cannot_be_interrupted_and_keeps_the_state(
    page: Page, sites: Sites
) -> None:
    open_at(page, f"{sites.url(APP)}?from=link")
    assert page.evaluate("crossOriginIsolated") is False  # as on GitHub Pages
    set_name(page, "Ada")
    click_button(page, "Count")
    click_button(page, "Count")
    assert "clicks: 2" in texts(page)
    (python,) = page.workers

    start_runaway(page)
    # The page drops the looping worker at once and starts a new Python. Chromium itself
    # lets a busy worker's thread run on for up to 2 s before it kills it (its
    # "forcible termination delay"); no page can shorten that.
    with python.expect_event("close", timeout=3_000):
        page.get_by_role("button", name="Stop", exact=True).click()
        expect(page.get_by_test_id("stStatusWidget")).to_contain_text(
            "Restarting Python", timeout=1_000
        )

    wait_for_run(page, timeout=BOOT_TIMEOUT_MS)
    notice = page.get_by_test_id("stRunStopped")
    expect(notice).to_contain_text("Run stopped. Python was restarted")
    expect(notice).to_contain_text("Not kept: handle (object, not JSON)")
    # What the page held and what session state could carry are back.
    assert "clicks: 2" in texts(page)
    assert "hello Ada, from link" in texts(page)
    expect(page.get_by_label("Name", exact=True)).to_have_value("Ada")
    assert "runaway is idle" in texts(page)
    expect(page.get_by_role("button", name="Stop", exact=True)).to_have_count(0)

    click_button(page, "Count")  # another fragment
    assert "clicks: 3" in texts(page)
    expect(notice).to_have_count(0)  # the notice goes with the next run
    set_name(page, "Bo")  # a full run
    assert "hello Bo, from link" in texts(page)
    assert texts(page)[-1] == "end of script"


def test_stop_interrupts_python_in_place_on_a_cross_origin_isolated_page(
    page: Page, isolated_url: str
) -> None:
    open_at(page, isolated_url)
    assert page.evaluate("crossOriginIsolated") is True
    click_button(page, "Count")
    closed = closed_workers(page)

    start_runaway(page)
    page.get_by_role("button", name="Stop", exact=True).click()
    notice = page.get_by_test_id("stRunStopped")
    expect(notice).to_have_text("Run stopped.", timeout=1_000)
    wait_for_run(page)
    assert closed == []  # the same Python: nothing restarted, nothing lost
    assert "clicks: 1" in texts(page)

    click_button(page, "Count")
    assert "clicks: 2" in texts(page)
    set_name(page, "Cy")
    assert "hello Cy, from -" in texts(page)
    # Stopping again works as well as the first time.
    start_runaway(page)
    page.get_by_role("button", name="Stop", exact=True).click()
    expect(notice).to_have_text("Run stopped.", timeout=1_000)
    assert closed == []


def test_a_memory_error_is_shown_with_a_way_to_restart_python(app: Callable[[str], Page]) -> None:
    page = app(APP)
    click_button(page, "Count")
    click_button(page, "Use all memory")
    error = page.get_by_test_id("stException")
    expect(error.get_by_test_id("stExceptionMessage")).to_contain_text("MemoryError")
    error.get_by_role("button", name="Restart app", exact=True).click()
    wait_for_run(page, timeout=BOOT_TIMEOUT_MS)
    expect(page.get_by_test_id("stRunStopped")).to_contain_text("Python was restarted")
    expect(page.get_by_test_id("stException")).to_have_count(0)
    assert "clicks: 1" in texts(page)
    click_button(page, "Count")
    assert "clicks: 2" in texts(page)


def test_a_dead_python_is_shown_in_the_page_with_a_way_to_restart_it(
    app: Callable[[str], Page],
) -> None:
    page = app(APP)
    click_button(page, "Count")
    page.get_by_role("button", name="Crash Python", exact=True).click()
    box = page.get_by_test_id("stBootError")
    expect(box).to_contain_text("This app stopped working")
    expect(box).to_contain_text("Python crashed")
    assert "clicks: 1" in texts(page)  # the app stays on the page
    box.get_by_role("button", name="Restart app", exact=True).click()
    expect(page.get_by_test_id("stApp")).to_have_attribute(
        "data-test-connection-state", "CONNECTED", timeout=BOOT_TIMEOUT_MS
    )
    wait_for_run(page, timeout=BOOT_TIMEOUT_MS)
    expect(box).to_have_count(0)
    assert "clicks: 1" in texts(page)
    click_button(page, "Count")
    assert "clicks: 2" in texts(page)
