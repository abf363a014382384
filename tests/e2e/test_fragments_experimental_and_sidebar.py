"""st.experimental_fragment and st.sidebar rules in Chromium (issue 3, points 8 and 10).

Apps: frag_experimental, frag_sidebar. (tests/e2e/test_fragment_rules.py covers
`st.sidebar.write` in a fragment.)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from playwright.sync_api import Locator, Page, expect

from tests.e2e.browser import click_button, exception_message

OpenApp = Callable[[str], Page]

DEPRECATION = re.compile(
    r"^Please replace `?st\.experimental_fragment`? with `?st\.fragment`?\.\s+"
    r"`?st\.experimental_fragment`? will be removed after 2025-01-01\.\s*$"
)
SIDEBAR_ERROR = re.compile(
    r"^StreamlitAPIException: Calling `?st\.sidebar`? in a function wrapped with "
    r"`?st\.fragment`? is not supported\. To write elements to the sidebar with a fragment, "
    r"call your fragment function inside a `?with st\.sidebar`? context manager\."
)


def text(page: Page, value: str) -> Locator:
    return page.get_by_test_id("stMarkdown").get_by_text(value, exact=True)


def test_experimental_fragment_is_a_fragment_and_warns_in_its_bare_form(app: OpenApp) -> None:
    page = app("frag_experimental")
    warning = page.get_by_test_id("stAlert")
    expect(warning).to_have_count(1)
    expect(warning).to_have_text(DEPRECATION)
    # Above the fragment it belongs to.
    expect(
        page.get_by_test_id("stMain").locator("[data-testid=stAlert], [data-testid=stButton]").first
    ).to_have_attribute("data-testid", "stAlert")

    click_button(page, "Rerun the bare one")
    expect(text(page, "bare ran 2")).to_be_visible()
    expect(warning).to_have_count(1)  # shown again by its run, in the same place
    click_button(page, "Rerun the called one")
    expect(text(page, "called ran 2")).to_be_visible()
    expect(text(page, "bare ran 2")).to_be_visible()
    expect(text(page, "Full runs: 1")).to_be_visible()
    expect(warning).to_have_count(1)


def test_fragments_in_the_sidebar_and_the_sidebar_error(app: OpenApp) -> None:
    page = app("frag_sidebar")
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar.get_by_text("A note in a sidebar container, from a fragment")).to_be_visible()
    click_button(page, "Count in the sidebar")
    expect(sidebar.get_by_text("Sidebar clicks: 1", exact=True)).to_be_visible()
    expect(text(page, "Full runs: 1")).to_be_visible()

    click_button(page, "Write with st.sidebar")
    expect(exception_message(page)).to_have_text(SIDEBAR_ERROR)
    expect(page.get_by_test_id("stMain").get_by_test_id("stException")).to_have_count(1)
    expect(sidebar.get_by_text("Never shown")).to_have_count(0)
    expect(text(page, "The main fragment is fine")).to_have_count(0)
    click_button(page, "Count in the sidebar")  # the rest keeps working
    expect(sidebar.get_by_text("Sidebar clicks: 2", exact=True)).to_be_visible()
