"""Fragment rules from the seed document, each on a small app in tests/e2e/apps/ (issue 2)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page, expect

from tests.e2e.browser import click_button, exception_message

OpenApp = Callable[[str], Page]

APPS = Path(__file__).resolve().parent / "apps"

SIDEBAR_ERROR = (
    "Calling st.sidebar in a function wrapped with st.fragment is not supported. To write "
    "elements to the sidebar with a fragment, call your fragment function inside a with "
    "st.sidebar context manager."
)


def line_of(app: str, text: str) -> int:
    lines = (APPS / app / "app.py").read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


def test_sidebar_inside_a_fragment_is_an_error_but_with_sidebar_works(app: OpenApp) -> None:
    page = app("sidebar_fragment")
    message = exception_message(page)
    expect(message).to_have_count(1)
    # Streamlit renders the backticks of its message as code; compare the words.
    assert SIDEBAR_ERROR in message.inner_text().replace("`", "")
    # (The traceback quotes the offending line, so look for the text as an element.)
    expect(page.get_by_test_id("stMarkdown").filter(has_text="Never shown")).to_have_count(0)
    expect(page.get_by_test_id("stMain").get_by_text("Main text")).to_be_visible()

    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar.get_by_text("Sidebar clicks: 0", exact=True)).to_be_visible()
    click_button(page, "Count in the sidebar")
    expect(sidebar.get_by_text("Sidebar clicks: 1", exact=True)).to_be_visible()
    expect(message).to_have_count(1)


def test_exception_is_shown_in_place_and_the_page_keeps_working(app: OpenApp) -> None:
    page = app("fragment_exception")
    expect(page.get_by_test_id("stException")).to_have_count(0)
    expect(page.get_by_text("The fragment is fine.")).to_be_visible()

    click_button(page, "Explode")
    exception = page.get_by_test_id("stException")
    expect(exception).to_have_count(1)
    expect(exception_message(page)).to_have_text(re.compile(r"^ValueError: boom"))
    line = line_of("fragment_exception", 'raise ValueError("boom")')
    expect(exception).to_contain_text(re.compile(rf"app\.py\D{{1,12}}{line}\b"))
    expect(page.get_by_text("The fragment is fine.")).to_have_count(0)
    expect(page.get_by_text("Outside clicks: 0", exact=True)).to_be_visible()

    click_button(page, "Count outside")
    expect(page.get_by_text("Outside clicks: 1", exact=True)).to_be_visible()
    expect(exception).to_have_count(0)
    expect(page.get_by_text("The fragment is fine.")).to_be_visible()


def test_writes_into_an_outside_container_accumulate_until_a_full_run(app: OpenApp) -> None:
    page = app("outside_container")
    lines = page.get_by_text("Line from the fragment", exact=True)
    expect(lines).to_have_count(1)

    click_button(page, "Write a line")
    expect(lines).to_have_count(2)
    click_button(page, "Write a line")
    expect(lines).to_have_count(3)

    click_button(page, "Full rerun")
    expect(lines).to_have_count(1)
