"""Waiting helpers for Playwright tests of a fragc site (docs/testing.md).

A fragc page runs Python in the browser, so a test waits on what Streamlit's own browser
tests wait on: the ``stApp`` element's ``data-test-connection-state`` (``CONNECTED`` once
Python is ready) and ``data-test-script-state`` (``notRunning`` once every queued run has
finished and the page shows its result). A user event that starts a run moves the state
off ``notRunning`` inside the event handler, so waiting right after a click never sees the
state from before it. The names are those of Streamlit's e2e utilities, so tests written
with them port unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Page

# Pyodide's first start on a slow machine (a CI runner) takes seconds.
APP_LOADED_TIMEOUT_MS = 60_000
APP_RUN_TIMEOUT_MS = 15_000


def wait_for_app_run(page: Page, timeout: float = APP_RUN_TIMEOUT_MS) -> None:
    """Wait until the runs the last action started (if any) have finished."""
    from playwright.sync_api import expect

    expect(page.get_by_test_id("stApp")).to_have_attribute(
        "data-test-script-state", "notRunning", timeout=timeout
    )


def wait_for_app_loaded(page: Page, timeout: float = APP_LOADED_TIMEOUT_MS) -> None:
    """Wait until Python is connected and the first run has finished (after ``page.goto``)."""
    from playwright.sync_api import expect

    expect(page.get_by_test_id("stApp")).to_have_attribute(
        "data-test-connection-state", "CONNECTED", timeout=timeout
    )
    wait_for_app_run(page, timeout)
