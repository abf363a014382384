"""Status elements in Chromium: live progress and spinner, st.status, effects, toasts."""

from __future__ import annotations

import re
from collections.abc import Callable

from playwright.sync_api import Page, expect

from tests.e2e.browser import click_button, wait_for_run

OpenApp = Callable[[str], Page]

# Records every progress text the page shows, with the run state at that moment: a bar
# that only moved once the run was over would show no text while "running".
RECORD_PROGRESS = """
() => {
  window.__progress = [];
  const app = document.querySelector('[data-testid="stApp"]');
  const seen = () => {
    const text = document.querySelector('[data-testid="stProgress"] .fragc-progress-text')?.textContent;
    const last = window.__progress[window.__progress.length - 1];
    if (text && (!last || last.text !== text)) {
      window.__progress.push({ text, state: app.getAttribute("data-test-script-state") });
    }
  };
  new MutationObserver(seen).observe(document.body, { childList: true, subtree: true, characterData: true });
}
"""


def test_progress_and_spinner_update_while_the_script_runs(app: OpenApp) -> None:
    page = app("status_elements")
    page.evaluate(RECORD_PROGRESS)
    page.get_by_role("button", name="Run job", exact=True).click()

    spinner = page.get_by_test_id("stSpinner")
    expect(spinner).to_contain_text("Crunching numbers...")  # shown mid-run (1 s sleep)
    expect(spinner.locator(".fragc-spinner-time")).to_have_text(
        re.compile(r"^\(\d+\.\d seconds\)$")
    )
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "running")
    wait_for_run(page)

    seen = page.evaluate("window.__progress")
    running = [entry["text"] for entry in seen if entry["state"] == "running"]
    assert running[:4] == ["Step 0 of 4", "Step 1 of 4", "Step 2 of 4", "Step 3 of 4"], seen
    bar = page.get_by_test_id("stProgress")
    expect(bar).to_have_text("Step 4 of 4")
    expect(bar.get_by_role("progressbar")).to_have_attribute("aria-valuenow", "100")
    expect(spinner).to_have_count(0)  # gone when its block ended
    expect(page.get_by_test_id("stAlertContentSuccess")).to_have_text("Job done")
    expect(page.get_by_text(re.compile("^progress error: "))).to_have_text(
        "progress error: The value parameter, set to 150, is outside the required range [0, 100]."
    )  # Streamlit's text; its `value` renders as code


def test_status_container_states(app: OpenApp) -> None:
    page = app("status_elements")
    page.get_by_role("button", name="Run status", exact=True).click()
    status = page.get_by_test_id("stExpander")
    expect(status.get_by_test_id("stExpanderIconSpinner")).to_be_visible()  # running
    expect(status.get_by_text("Searching for data")).to_be_visible()  # expanded=True
    wait_for_run(page)
    summary = status.locator("summary")
    expect(summary.get_by_test_id("stMarkdownContainer")).to_have_text("Download complete!")
    # Streamlit's icon: the Material Symbols ligature "check", drawn by the font.
    expect(summary.get_by_test_id("stExpanderIconCheck")).to_have_text("check")
    expect(summary.get_by_test_id("stExpanderIconCheck")).to_have_css(
        "font-family", '"Material Symbols Rounded"'
    )
    expect(status.get_by_text("Found it")).to_be_hidden()  # update(expanded=False)
    status.locator("summary").click()  # the user can still open it
    expect(status.get_by_text("Found it")).to_be_visible()

    click_button(page, "Fail status")
    expect(page.get_by_test_id("stExpanderIconError")).to_have_text("error")
    expect(page.get_by_test_id("stMarkdown").filter(has_text="caught")).to_have_count(1)


def test_balloons_snow_and_toast(app: OpenApp) -> None:
    page = app("status_elements")
    click_button(page, "Celebrate")
    expect(page.get_by_test_id("stBalloons")).to_have_count(1)
    expect(page.get_by_test_id("stSnow")).to_have_count(1)
    toast = page.get_by_test_id("stToast")
    expect(toast).to_contain_text("Hooray!")
    # Streamlit 1.67 gives the icon itself the test id stToastDynamicIcon.
    expect(toast.get_by_test_id("stToastDynamicIcon")).to_have_text("🎉")
