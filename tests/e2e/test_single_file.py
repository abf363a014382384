"""`fragc build --single-file`: one HTML file, opened from disk (issue 13, point 3).

No server runs for this test: the page is opened as a file:// URL, and the network guard
fails the test on any request that is not to a file:, data: or blob: URL. The file holds
the runtime and its lazy chunks (KaTeX with its fonts, highlight.js, Vega), the worker,
Pyodide, the memory snapshot, the app and its data file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from fragc.site.build import BootOptions
from fragc.site.single_file import build_single_file
from tests.e2e.browser import BOOT_TIMEOUT_MS, click_button, wait_for_run

APP = Path(__file__).resolve().parent / "apps" / "single_file" / "app.py"


@pytest.fixture(scope="module")
def single_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("single") / "one.html"
    build_single_file(APP, out, progress=lambda _: None, boot=BootOptions())
    return out


def test_the_single_file_runs_from_disk_with_no_server(page: Page, single_file: Path) -> None:
    assert [p.name for p in single_file.parent.iterdir()] == ["one.html"]
    page.goto(single_file.as_uri())
    expect(page.get_by_test_id("stApp")).to_have_attribute(
        "data-test-connection-state", "CONNECTED", timeout=BOOT_TIMEOUT_MS
    )
    wait_for_run(page, timeout=BOOT_TIMEOUT_MS)
    markdown = page.get_by_test_id("stMarkdown")
    expect(markdown.filter(has_text="Hello from a data file")).to_be_visible()
    expect(page.get_by_test_id("stBootError")).to_have_count(0)

    click_button(page, "Count")
    click_button(page, "Count")
    expect(markdown.filter(has_text="clicks: 2")).to_be_visible()
    # The lazy chunks come out of the file too: KaTeX (with its fonts), highlight.js, Vega.
    expect(page.locator(".katex").first).to_be_visible()
    page.wait_for_function(
        "() => [...document.fonts].some((f) => f.family.includes('KaTeX_Main') && f.status === 'loaded')"
    )
    expect(
        page.get_by_test_id("stCode").locator(".hljs-built_in, .hljs-string").first
    ).to_be_visible()
    expect(page.get_by_test_id("stVegaLiteChart").locator("svg").first).to_be_visible()


def test_stop_restarts_python_from_the_file(page: Page, single_file: Path) -> None:
    page.goto(single_file.as_uri())
    expect(page.get_by_test_id("stApp")).to_have_attribute(
        "data-test-connection-state", "CONNECTED", timeout=BOOT_TIMEOUT_MS
    )
    wait_for_run(page, timeout=BOOT_TIMEOUT_MS)
    click_button(page, "Count")
    page.get_by_role("button", name="Run forever", exact=True).click()
    page.get_by_role("button", name="Stop", exact=True).click()
    expect(page.get_by_test_id("stRunStopped")).to_contain_text(
        "Python was restarted", timeout=BOOT_TIMEOUT_MS
    )
    wait_for_run(page)
    expect(page.get_by_test_id("stMarkdown").filter(has_text="clicks: 1")).to_be_visible()
    click_button(page, "Count")
    expect(page.get_by_test_id("stMarkdown").filter(has_text="clicks: 2")).to_be_visible()
