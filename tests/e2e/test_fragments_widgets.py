"""Widgets and session state in fragments, in Chromium (issue 3, point 5).

App: tests/e2e/apps/frag_widgets.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from playwright.sync_api import Locator, Page, expect

from tests.e2e.browser import click_button, exception_message, wait_for_run

OpenApp = Callable[[str], Page]


def text(page: Page, value: str) -> Locator:
    return page.get_by_test_id("stMarkdown").get_by_text(value, exact=True)


def commit_text(page: Page, label: str, value: str) -> None:
    field = page.get_by_label(label, exact=True)
    field.fill(value)
    field.press("Enter")
    wait_for_run(page)


def test_callbacks_run_before_the_fragment_run_with_their_arguments(app: OpenApp) -> None:
    page = app("frag_widgets")
    expect(text(page, "The fragment sees: nothing")).to_be_visible()
    click_button(page, "Callback button")
    # The run the click caused already sees what its callback did.
    expect(text(page, "The fragment sees: click A x2")).to_be_visible()
    page.get_by_label("Extra field", exact=True).check()
    wait_for_run(page)
    expect(text(page, "The fragment sees: click A x2, change extra!")).to_be_visible()


def test_state_of_widgets_not_drawn_is_forgotten_only_inside_the_fragment(
    app: OpenApp,
) -> None:
    page = app("frag_widgets")
    commit_text(page, "Outside the fragment", "kept")
    page.get_by_label("Extra field", exact=True).check()
    wait_for_run(page)
    commit_text(page, "Only while checked", "typed")

    # A fragment run that does not draw its field forgets it; the field outside the
    # fragment, not drawn by these runs either, keeps its value.
    page.get_by_label("Extra field", exact=True).uncheck()
    wait_for_run(page)
    expect(page.get_by_label("Only while checked", exact=True)).to_have_count(0)
    page.get_by_label("Extra field", exact=True).check()
    wait_for_run(page)
    expect(page.get_by_label("Only while checked", exact=True)).to_have_value("")
    click_button(page, "Full rerun")
    expect(page.get_by_label("Outside the fragment", exact=True)).to_have_value("kept")


def test_state_written_in_a_fragment_reaches_the_app_on_the_next_full_run(
    app: OpenApp,
) -> None:
    page = app("frag_widgets")
    click_button(page, "Save to state")
    expect(text(page, "The app sees: nothing saved")).to_be_visible()
    click_button(page, "Full rerun")
    expect(text(page, "The app sees: from the fragment")).to_be_visible()


def test_a_widget_written_outside_the_fragment_is_streamlits_error(app: OpenApp) -> None:
    page = app("frag_widgets")
    click_button(page, "Write a widget outside")
    expect(exception_message(page)).to_have_text(
        re.compile(
            r"^StreamlitFragmentWidgetsNotAllowedOutsideError: Fragments cannot write widgets "
            r"to outside containers\."
        )
    )
    expect(page.get_by_label("A widget outside", exact=True)).to_have_count(0)
    click_button(page, "Save to state")  # the fragment's next run clears its error
    expect(page.get_by_test_id("stException")).to_have_count(0)
