"""st.write_stream shows a reply growing while the script runs (issue 4, text)."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect

from tests.e2e.browser import markdown, wait_for_run

OpenApp = Callable[[str], Page]


def test_streamed_text_grows_then_settles(app: OpenApp) -> None:
    page = app("write_stream")
    page.get_by_role("button", name="Ask", exact=True).click()
    # Mid-run: the first words are on the page while the generator is still sleeping.
    expect(markdown(page).first).to_contain_text("Streaming reply")
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "running")
    wait_for_run(page)
    expect(markdown(page)).to_have_text(["Streaming reply from a generator.", "returned 5 words"])
