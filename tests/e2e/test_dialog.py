"""st.dialog in Chromium (issue 3, point 9): a modal fragment in the event root.

Apps: tests/e2e/apps/dialog_basics (every kind of dialog behind an "Open ..." button) and
tests/e2e/apps/dialog_errors. A dismissal that must not start a run is checked with
RunLog, which records every change of the run state.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from playwright.sync_api import Locator, Page, expect

from tests.e2e.browser import click_button, exception_message, wait_for_run
from tests.e2e.run_log import RunLog

OpenApp = Callable[[str], Page]


def dialog(page: Page) -> Locator:
    """The open dialog's `role=dialog` element (the modal box)."""
    return page.get_by_test_id("stDialog").get_by_role("dialog")


def text(page: Page, value: str) -> Locator:
    """A markdown element whose text is exactly ``value``."""
    return page.get_by_test_id("stMarkdown").get_by_text(value, exact=True)


def dismiss_with_escape(page: Page) -> None:
    page.keyboard.press("Escape")
    expect(page.get_by_test_id("stDialog")).to_have_count(0)


def test_dialog_opens_reruns_alone_and_closes_with_st_rerun(app: OpenApp) -> None:
    page = app("dialog_basics")
    expect(page.get_by_test_id("stDialog")).to_have_count(0)

    click_button(page, "Open simple")
    expect(page.get_by_test_id("stDialog")).to_have_count(1)
    expect(page.get_by_test_id("stDialog")).to_have_class(re.compile(r"\bstDialog\b"))
    box = page.get_by_role("dialog", name="Simple dialog")
    expect(box).to_be_visible()
    expect(box).to_have_attribute("aria-modal", "true")
    expect(box).to_be_focused()
    # Tab cycles inside the modal: Close, Name, Rerun the dialog, Submit, Close...
    for key, name in [("Tab", "Close"), ("Tab", "Name"), ("Shift+Tab", "Close")]:
        page.keyboard.press(key)
        expect(
            box.get_by_role("textbox" if name == "Name" else "button", name=name)
        ).to_be_focused()
    for _ in range(7):  # once around (4 stops), then 3 more from Close
        page.keyboard.press("Tab")
    expect(box.get_by_role("button", name="Submit")).to_be_focused()
    expect(text(page, "Dialog runs: 1")).to_be_visible()
    expect(text(page, "Full runs: 2")).to_be_attached()

    # The dialog's widgets rerun only the dialog (its fragment).
    click_button(page, "Rerun the dialog")
    expect(box.get_by_text("Dialog runs: 2", exact=True)).to_be_visible()
    box.get_by_label("Name", exact=True).fill("Ann")
    box.get_by_label("Name", exact=True).press("Enter")
    wait_for_run(page)
    expect(box.get_by_text("Dialog runs: 3", exact=True)).to_be_visible()
    expect(text(page, "Full runs: 2")).to_be_attached()

    # st.rerun() inside it: the full run does not call the dialog, so it closes.
    click_button(page, "Submit")
    expect(page.get_by_test_id("stDialog")).to_have_count(0)
    expect(text(page, "Submitted: Ann")).to_be_visible()
    expect(text(page, "Full runs: 3")).to_be_visible()


def test_close_button_and_escape_dismiss_without_a_run_and_it_reopens(app: OpenApp) -> None:
    page = app("dialog_basics")
    click_button(page, "Open simple")
    runs = RunLog(page)
    dialog(page).get_by_role("button", name="Close").click()
    expect(page.get_by_test_id("stDialog")).to_have_count(0)
    expect(page.get_by_role("dialog")).not_to_be_visible()
    assert runs.states() == []
    # The focus goes back to what had it before the dialog opened.
    expect(page.get_by_role("button", name="Open simple", exact=True)).to_be_focused()
    expect(text(page, "Full runs: 2")).to_be_visible()

    for opened in range(3):  # it reopens every time a run opens it again
        click_button(page, "Open simple")
        expect(page.get_by_role("dialog", name="Simple dialog")).to_be_visible()
        runs.restart()
        dismiss_with_escape(page)
        assert runs.states() == []
        expect(text(page, f"Full runs: {3 + opened}")).to_be_visible()

    # Another fragment's run does not bring a dismissed dialog back.
    click_button(page, "Open simple")
    dismiss_with_escape(page)
    click_button(page, "Unrelated fragment")
    expect(text(page, "Unrelated clicks: 1")).to_be_visible()
    expect(page.get_by_test_id("stDialog")).to_have_count(0)
    click_button(page, "Open simple")
    expect(page.get_by_role("dialog", name="Simple dialog")).to_be_visible()


def test_widths_and_a_dialog_that_cannot_be_dismissed(app: OpenApp) -> None:
    page = app("dialog_basics")
    click_button(page, "Open simple")
    small = dialog(page).bounding_box()
    assert small is not None
    assert 480 <= small["width"] <= 520, small
    dismiss_with_escape(page)

    click_button(page, "Open large")
    expect(page.get_by_role("dialog", name="Large dialog")).to_be_visible()
    large = dialog(page).bounding_box()
    assert large is not None
    assert large["width"] > 1.8 * small["width"], large
    dismiss_with_escape(page)

    click_button(page, "Open locked")
    locked = page.get_by_role("dialog", name="Locked dialog")
    expect(locked).to_be_visible()
    expect(locked.get_by_role("button", name="Close")).to_have_count(0)
    runs = RunLog(page)
    page.keyboard.press("Escape")
    page.mouse.click(5, 5)  # on the backdrop, outside the dialog
    expect(locked).to_be_visible()
    assert runs.states() == []
    click_button(page, "Done")
    expect(page.get_by_test_id("stDialog")).to_have_count(0)


def test_on_dismiss_rerun_and_callback_start_a_run(app: OpenApp) -> None:
    page = app("dialog_basics")
    click_button(page, "Open rerun on dismiss")
    expect(text(page, "Full runs: 2")).to_be_attached()
    page.keyboard.press("Escape")
    wait_for_run(page)
    expect(page.get_by_test_id("stDialog")).to_have_count(0)
    expect(text(page, "Full runs: 3")).to_be_visible()

    click_button(page, "Open callback on dismiss")
    dialog(page).get_by_role("button", name="Close").click()
    wait_for_run(page)
    expect(page.get_by_test_id("stDialog")).to_have_count(0)
    expect(text(page, "Dismissed: by callback")).to_be_visible()
    expect(text(page, "Full runs: 5")).to_be_visible()


def test_a_tall_dialog_scrolls_and_a_sidebar_dialog_is_a_page_modal(app: OpenApp) -> None:
    page = app("dialog_basics")
    click_button(page, "Open tall")
    bottom = dialog(page).get_by_role("button", name="Bottom button", exact=True)
    expect(bottom).not_to_be_in_viewport()
    bottom.scroll_into_view_if_needed()
    expect(bottom).to_be_in_viewport()
    click_button(page, "Bottom button")
    expect(dialog(page).get_by_text("Bottom button clicked", exact=True)).to_be_visible()
    dismiss_with_escape(page)

    page.get_by_test_id("stSidebar").get_by_role("button", name="Open from the sidebar").click()
    wait_for_run(page)
    expect(page.get_by_role("dialog", name="Simple dialog")).to_be_visible()
    expect(page.get_by_test_id("stSidebar").get_by_test_id("stDialog")).to_have_count(0)


def test_dialog_errors_are_streamlits(app: OpenApp) -> None:
    page = app("dialog_errors")
    expect(page.get_by_text("The app runs", exact=True)).to_be_visible()
    expect(page.get_by_test_id("stException")).to_have_count(0)

    click_button(page, "Open a bad width")
    expect(exception_message(page)).to_have_text(
        re.compile(r"^StreamlitValueError: Invalid `?width`? value\. Supported values: 'small'")
    )
    expect(page.get_by_test_id("stDialog")).to_have_count(0)

    click_button(page, "Open two dialogs")
    expect(page.get_by_role("dialog", name="First")).to_be_visible()
    expect(exception_message(page)).to_have_text(
        re.compile(
            r"^StreamlitInvalidLayoutContextError: Only one dialog is allowed to be opened at "
            r"the same time\."
        )
    )
    dismiss_with_escape(page)

    click_button(page, "Open nested dialogs")
    expect(dialog(page).get_by_test_id("stExceptionMessage")).to_have_text(
        re.compile(
            r"^StreamlitInvalidLayoutContextError: Dialogs may not be nested inside other "
            r"dialogs\."
        )
    )
