"""Fragment identity in Chromium (issue 3, point 1), app tests/e2e/apps/frag_identity.

The id of a fragment is its function plus the slot it is called at: one function called
at two places is two fragments, a fragment in a loop is one fragment per iteration, a
fragment that moves gets a new id, and a fragment the last full run did not call is
forgotten, a late click for it included.
"""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Locator, Page, expect

from tests.e2e.browser import click_button, wait_for_run
from tests.e2e.run_log import RequestLog

OpenApp = Callable[[str], Page]


def text(page: Page, value: str) -> Locator:
    """A markdown element whose text is exactly ``value``."""
    return page.get_by_test_id("stMarkdown").get_by_text(value, exact=True)


def commit_text(page: Page, label: str, value: str) -> None:
    field = page.get_by_label(label, exact=True)
    field.fill(value)
    field.press("Enter")
    wait_for_run(page)


def test_one_function_at_two_places_is_two_fragments_with_their_latest_arguments(
    app: OpenApp,
) -> None:
    page = app("frag_identity")
    expect(text(page, "top: hello Ann (run 1)")).to_be_visible()
    expect(text(page, "bottom: hello Bob (run 1)")).to_be_visible()

    click_button(page, "Greet at bottom")  # only the bottom call reruns
    expect(text(page, "bottom: hello Bob (run 2)")).to_be_visible()
    expect(text(page, "top: hello Ann (run 1)")).to_be_visible()

    # A full run stores the call's new arguments; the next fragment run uses them
    # (Streamlit < 1.38 kept the first call's arguments, #9313).
    commit_text(page, "First name", "Zoe")
    expect(text(page, "top: hello Zoe (run 2)")).to_be_visible()
    click_button(page, "Greet at top")
    expect(text(page, "top: hello Zoe (run 3)")).to_be_visible()
    expect(text(page, "bottom: hello Bob (run 3)")).to_be_visible()


def test_a_fragment_in_a_loop_and_a_fragment_that_moves(app: OpenApp) -> None:
    page = app("frag_identity")
    click_button(page, "Row 1")
    click_button(page, "Row 1")
    expect(text(page, "row 1 ran 3")).to_be_visible()
    expect(text(page, "row 0 ran 1")).to_be_visible()
    expect(text(page, "row 2 ran 1")).to_be_visible()

    # Something drawn above the greetings: they move one slot down (new ids) and still
    # rerun on their own.
    page.get_by_label("Banner above the greetings", exact=True).check()
    wait_for_run(page)
    expect(text(page, "Banner")).to_be_visible()
    click_button(page, "Greet at top")
    expect(text(page, "top: hello Ann (run 3)")).to_be_visible()
    expect(text(page, "bottom: hello Bob (run 2)")).to_be_visible()
    click_button(page, "Row 2")
    expect(text(page, "row 2 ran 3")).to_be_visible()


def test_a_late_click_for_a_forgotten_fragment_is_ignored(app: OpenApp, page: Page) -> None:
    requests = RequestLog(page)
    page = app("frag_identity")
    expect(text(page, "counter ran 1")).to_be_visible()
    page.get_by_label("Hide the counter", exact=True).check()
    # The full run that forgets the counter sleeps; its button is still on the page.
    expect(text(page, "Hiding the counter")).to_be_visible()
    mark = requests.mark()
    page.get_by_role("button", name="Count", exact=True).click()
    wait_for_run(page)
    late = requests.since(mark)
    assert [r["fragment_ids"] for r in late] == [[late[0]["fragment_ids"][0]]], late
    expect(page.get_by_role("button", name="Count", exact=True)).to_have_count(0)
    expect(page.get_by_test_id("stException")).to_have_count(0)
    expect(text(page, "End of the app")).to_be_visible()
    click_button(page, "Row 0")  # the app goes on working
    expect(text(page, "row 0 ran 3")).to_be_visible()
