"""Helpers for browser tests: wait on the run state, click, read texts. No sleeps anywhere."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import BrowserContext, Locator, Page, expect

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


def choose(page: Page, label: str, option: str) -> None:
    """Pick ``option`` in the selectbox or multiselect named ``label`` as Streamlit's own
    e2e tests do: click the combobox, then the option in the list it opens. The caller
    waits for the run."""
    page.get_by_role("combobox", name=label, exact=True).click()
    page.get_by_role("listbox", name=label, exact=True).get_by_role(
        "option", name=option, exact=True
    ).click()


def markdown(page: Page) -> Locator:
    """Every st.write(str) / st.markdown element, in page order."""
    return page.get_by_test_id("stMarkdown")


def exception_message(page: Page) -> Locator:
    return page.get_by_test_id("stException").get_by_test_id("stExceptionMessage")


# Refusals of the page's Content-Security-Policy: what the runtime or an app needs that
# the policy does not allow (a script, an eval, a font, a fetch). Two kinds are left out
# because Chromium also reports them for HTML the page only parses, never runs: DOMPurify
# reads an app's HTML into an inert document, and an `on...` attribute or a `<base>` there
# is reported as if refused. Whether such HTML reaches the page is test_html_safety.py's
# question, which checks the page itself.
_CSP_WATCH = """
document.addEventListener("securitypolicyviolation", (event) => {
  if (["script-src-attr", "base-uri"].includes(event.effectiveDirective)) return;
  window.cspRefused(`${event.effectiveDirective}: ${event.blockedURI || event.sample || ""}`);
});
"""


def watch_csp(context: BrowserContext, refused: Callable[[str], None]) -> None:
    """Call ``refused(text)`` for every refusal of the CSP in any page of ``context``."""
    context.expose_binding("cspRefused", lambda _source, text: refused(str(text)))
    context.add_init_script(_CSP_WATCH)
