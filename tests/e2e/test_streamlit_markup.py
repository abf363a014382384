"""Tests written as for ``streamlit run`` (issue 15): popover, dialog, sidebar and header,
metric and help tooltips, the keyboard. Each drives a tests/dom_parity app the way a
Streamlit 1.67 browser test would (test ids, roles, names) and asserts what a user sees;
tests/e2e/test_dom_parity.py holds the same apps to Streamlit's recorded DOM.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.browser import wait_for_run
from tests.e2e.run_log import RunLog

OpenApp = Callable[[str], Page]


def said(page: Page, text: str) -> None:
    expect(page.get_by_test_id("stMarkdown").get_by_text(text, exact=True)).to_have_count(1)


def test_popover_opens_by_its_button_and_closes_with_escape(app: OpenApp) -> None:
    page = app("dom_popover")
    button = page.get_by_test_id("stPopover").get_by_role("button", name="Settings")
    body = page.get_by_test_id("stPopoverBody")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(body).to_be_hidden()

    button.click()
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(body.get_by_text("Inside the popover")).to_be_visible()
    field = body.get_by_role("textbox", name="Nickname")
    field.fill("Bo")
    field.press("Enter")
    wait_for_run(page)
    said(page, "Nickname: Bo")
    expect(body).to_be_visible()  # a run leaves it open

    page.keyboard.press("Escape")
    expect(body).to_be_hidden()
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(button).to_be_focused()


@pytest.mark.parametrize(
    "close",
    [
        lambda page: page.get_by_role("dialog").get_by_role("button", name="Close").click(),
        lambda page: page.keyboard.press("Escape"),
        lambda page: (
            page.get_by_test_id("stDialog")
            .get_by_role("button", name="Dismiss")
            .click(position={"x": 5, "y": 5})
        ),
    ],
    ids=["close button", "Escape", "backdrop"],
)
def test_dialog_closes_and_gives_the_focus_back(
    app: OpenApp, close: Callable[[Page], None]
) -> None:
    page = app("dom_dialog")
    opener = page.get_by_role("button", name="Open dialog")
    opener.click()
    wait_for_run(page)
    dialog = page.get_by_test_id("stDialog").get_by_role("dialog", name="Confirm")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_role("heading", name="Confirm")).to_be_visible()
    expect(dialog).to_be_focused()
    runs = RunLog(page)
    close(page)
    expect(page.get_by_test_id("stDialog")).to_have_count(0)
    assert runs.states() == []  # dismissing is the page's business
    expect(opener).to_be_focused()


def test_dialog_closed_by_a_rerun_gives_the_focus_back(app: OpenApp) -> None:
    page = app("dom_dialog")
    opener = page.get_by_role("button", name="Open dialog")
    opener.click()
    wait_for_run(page)
    page.get_by_role("dialog").get_by_role("button", name="Yes").click()
    wait_for_run(page)
    said(page, "Answer: yes")
    expect(page.get_by_test_id("stDialog")).to_have_count(0)
    expect(opener).to_be_focused()


def test_sidebar_collapses_and_expands(app: OpenApp) -> None:
    page = app("dom_sidebar")
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar.get_by_role("heading", name="Side")).to_be_in_viewport()
    # In the sidebar a heading has no anchor link (Streamlit draws none there).
    expect(sidebar.get_by_role("link", name="Link to heading")).to_have_count(0)
    expect(page.get_by_test_id("stExpandSidebarButton")).to_have_count(0)
    # Streamlit's test: hover the sidebar, click the button inside the wrapper.
    sidebar.hover()
    collapse = page.get_by_test_id("stSidebarCollapseButton").locator("button")
    expect(collapse).to_have_attribute("aria-expanded", "true")
    collapse.click()
    expect(sidebar.get_by_role("heading", name="Side")).not_to_be_in_viewport()
    expect(page.get_by_test_id("stSidebarCollapseButton")).to_have_count(0)
    expand = page.get_by_test_id("stToolbar").get_by_test_id("stExpandSidebarButton")
    expect(expand).to_have_attribute("aria-expanded", "false")
    expand.click()
    expect(sidebar.get_by_role("heading", name="Side")).to_be_in_viewport()
    expect(expand).to_have_count(0)
    sidebar.get_by_text("Side flag").click()
    wait_for_run(page)
    said(page, "Flag: True")


def test_main_menu_reruns_the_app(app: OpenApp) -> None:
    page = app("dom_dialog")
    menu = page.get_by_test_id("stMainMenu").get_by_role("button", name="Main menu")
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(page.get_by_test_id("stStatusWidget")).to_have_count(0)  # nothing to say
    menu.click()
    expect(menu).to_have_attribute("aria-expanded", "true")
    rerun = page.get_by_role("menuitem", name="Rerun")
    expect(rerun).to_be_focused()
    runs = RunLog(page)
    rerun.click()
    wait_for_run(page)
    assert runs.states()[-1] == "notRunning"
    assert runs.states().count("running") == 1  # one full run
    expect(rerun).to_be_hidden()
    expect(menu).to_have_attribute("aria-expanded", "false")


@pytest.mark.parametrize(
    ("target", "content"),
    [
        (0, "Measured at noon"),  # st.metric(help=)
        (1, "Where you live"),  # st.text_input(help=)
        (2, "Celsius and km/h"),  # st.checkbox(help=)
        (3, "Fetch again"),  # st.button(help=): the button itself is the target
    ],
)
def test_help_shows_a_tooltip_on_hover(app: OpenApp, target: int, content: str) -> None:
    page = app("dom_metric")
    tooltip = page.get_by_test_id("stTooltipContent")
    expect(tooltip).to_have_count(0)
    page.get_by_test_id("stTooltipHoverTarget").nth(target).hover()
    expect(tooltip).to_have_text(content)
    expect(page.get_by_role("tooltip")).to_be_visible()
    page.mouse.move(0, 0)
    expect(tooltip).to_have_count(0)


def test_help_icon_is_a_named_button_the_keyboard_reaches(app: OpenApp) -> None:
    page = app("dom_metric")
    help_button = page.get_by_role("button", name="Help for City")
    help_button.focus()
    expect(page.get_by_test_id("stTooltipContent")).to_have_text("Where you live")
    page.keyboard.press("Escape")
    expect(page.get_by_test_id("stTooltipContent")).to_have_count(0)
    # The help is in the label, and the field's name is still the label alone.
    expect(page.get_by_role("textbox", name="City", exact=True)).to_be_visible()


def test_metric_parts(app: OpenApp) -> None:
    page = app("dom_metric")
    metric = page.get_by_test_id("stMetric").first
    expect(metric.get_by_test_id("stMetricLabel")).to_have_text("Temperature")
    expect(
        metric.get_by_test_id("stMetricValue").get_by_test_id("stMarkdownContainer")
    ).to_have_text("70 °F")
    delta = metric.get_by_test_id("stMetricDelta")
    expect(delta.get_by_test_id("stMetricDeltaIcon-Up")).to_be_visible()
    expect(delta.get_by_test_id("stMarkdownContainer")).to_have_text("1.2 °F")
    wind = page.get_by_test_id("stMetric").nth(1).get_by_test_id("stMetricDelta")
    expect(wind.get_by_test_id("stMetricDeltaIcon-Down")).to_be_visible()


def test_keyboard_tab_order_enter_and_the_form(app: OpenApp) -> None:
    page = app("dom_keyboard")
    page.keyboard.press("Tab")
    skip = page.get_by_test_id("stSkipToContent")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()  # shown while focused
    page.keyboard.press("Enter")
    expect(page.get_by_test_id("stMain")).to_be_focused()

    page.keyboard.press("Tab")
    first = page.get_by_role("textbox", name="First")
    expect(first).to_be_focused()
    # Focused: Streamlit's instructions element is there, empty until there is an edit.
    instructions = page.get_by_test_id("stTextInput").first.get_by_test_id("InputInstructions")
    expect(instructions).to_have_text("")
    page.keyboard.press("x")
    expect(instructions).to_have_text("Press Enter to apply")
    page.keyboard.press("Enter")
    wait_for_run(page)
    said(page, "First: x; note: ; sent: False")
    expect(instructions).to_have_text("")

    page.keyboard.press("Tab")
    expect(page.get_by_role("checkbox", name="Second")).to_be_focused()
    expect(instructions).to_have_count(0)  # left: gone
    page.keyboard.press("Space")
    wait_for_run(page)
    expect(page.get_by_role("checkbox", name="Second")).to_be_checked()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Third")).to_be_focused()
    page.keyboard.press("Tab")
    note = page.get_by_role("textbox", name="Note")
    expect(note).to_be_focused()
    form_note = page.get_by_test_id("stForm").get_by_test_id("InputInstructions")
    expect(form_note).to_have_text("Press Enter to submit form")
    page.keyboard.press("n")
    page.keyboard.press("Enter")
    wait_for_run(page)
    said(page, "First: x; note: n; sent: True")
    page.keyboard.press("Shift+Tab")
    expect(page.get_by_role("button", name="Third")).to_be_focused()
