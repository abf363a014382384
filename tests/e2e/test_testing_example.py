"""docs/testing.md's browser test, as a user writes it: ``fragc_site`` (fragc's pytest
plugin) serves the app, the helpers of ``fragc.testing.browser`` wait for runs, and the page
is driven through Streamlit's test ids and roles. The doc quotes this file: keep them equal.
"""

import pytest
from playwright.sync_api import Page, expect

from fragc.testing.browser import wait_for_app_loaded, wait_for_app_run


@pytest.mark.fragc_app("apps/testing_example/app.py")
def test_greeting_in_a_browser(page: Page, fragc_site: str) -> None:
    page.goto(fragc_site)
    wait_for_app_loaded(page)  # Python started in the page and the first run ended
    expect(page.get_by_test_id("stMarkdown").first).to_have_text("Hello, nobody!")

    name = page.get_by_label("Name", exact=True)
    name.fill("Ada")
    name.press("Enter")  # a text input commits on Enter (or when it loses the focus)
    wait_for_app_run(page)
    expect(page.get_by_test_id("stMarkdown").first).to_have_text("Hello, Ada!")

    page.get_by_role("button", name="Greet").click()
    wait_for_app_run(page)
    expect(page.get_by_text("Greetings: 1")).to_be_visible()

    details = page.get_by_test_id("stExpander")
    expect(details.get_by_test_id("stExpanderDetails")).to_be_hidden()
    details.get_by_text("Details").click()  # opening an expander starts no run
    expect(details.get_by_text("Built by fragc")).to_be_visible()
