"""Helpers for browser tests: wait on the run state, click, read texts. No sleeps anywhere."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

# Pyodide's first boot in a fresh context on a 2-core machine takes seconds.
BOOT_TIMEOUT_MS = 60_000
STEP_TIMEOUT_MS = 15_000


def wait_for_run(page: Page, timeout: float = STEP_TIMEOUT_MS) -> None:
    """Wait until every queued run has finished and the page is updated.

    The runtime moves ``data-test-script-state`` off ``notRunning`` synchronously in
    the event handler, so calling this right after a click never sees the old state.
    """
    expect(page.get_by_test_id("stApp")).to_have_attribute(
        "data-test-script-state", "notRunning", timeout=timeout
    )


def click_button(page: Page, label: str) -> None:
    """Click the button named ``label`` and wait for the run it starts."""
    page.get_by_role("button", name=label, exact=True).click()
    wait_for_run(page)


def markdown(page: Page) -> Locator:
    """Every st.write(str) / st.markdown element, in page order."""
    return page.get_by_test_id("stMarkdown")


def exception_message(page: Page) -> Locator:
    return page.get_by_test_id("stException").get_by_test_id("stExceptionMessage")
