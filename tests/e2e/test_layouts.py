"""Layout containers in Chromium (tests/e2e/apps/layouts): what a user sees and clicks."""

from __future__ import annotations

import re
from collections.abc import Callable

from playwright.sync_api import Page, expect

from tests.e2e.browser import BOOT_TIMEOUT_MS, click_button, wait_for_run
from tests.e2e.conftest import Sites

OpenApp = Callable[[str], Page]
PHONE = {"width": 390, "height": 844}


def test_columns_tabs_expander_popover_container(app: OpenApp) -> None:
    page = app("layouts")
    main = page.get_by_test_id("stMain")

    # Columns sit side by side, the first twice as wide as the second.
    columns = main.get_by_test_id("stHorizontalBlock").first.get_by_test_id("stColumn")
    expect(columns).to_have_count(2)
    left, right = (columns.nth(i).bounding_box() for i in range(2))
    assert left is not None
    assert right is not None
    assert abs(left["y"] - right["y"]) < 1
    assert left["x"] + left["width"] <= right["x"]
    assert 1.7 < left["width"] / right["width"] < 2.3

    # Tabs: the first panel shows; choosing the second swaps them.
    tabs = main.get_by_test_id("stTabs")
    first_tab = tabs.get_by_role("tab", name="First tab")
    second_tab = tabs.get_by_role("tab", name="Second tab")
    expect(tabs.get_by_role("tablist")).to_be_visible()
    expect(first_tab).to_have_attribute("aria-selected", "true")
    expect(page.get_by_text("Content of the first tab")).to_be_visible()
    expect(page.get_by_text("Content of the second tab")).to_be_hidden()
    second_tab.click()
    expect(second_tab).to_have_attribute("aria-selected", "true")
    expect(first_tab).to_have_attribute("aria-selected", "false")
    expect(page.get_by_text("Content of the second tab")).to_be_visible()
    expect(page.get_by_text("Content of the first tab")).to_be_hidden()
    # A fragment run inside the chosen tab keeps the tab chosen.
    click_button(page, "Count in the tab")
    expect(page.get_by_text("Tab fragment ran 2 times")).to_be_visible()
    expect(second_tab).to_have_attribute("aria-selected", "true")
    # The arrow keys move between tabs.
    second_tab.press("ArrowLeft")
    expect(first_tab).to_have_attribute("aria-selected", "true")
    expect(first_tab).to_be_focused()
    first_tab.press("End")
    expect(second_tab).to_have_attribute("aria-selected", "true")

    # Expander: closed until its summary is clicked.
    expander = main.get_by_test_id("stExpander")
    expect(expander.locator("details > summary")).to_contain_text("More details")
    expect(page.get_by_text("Hidden details")).to_be_hidden()
    expander.locator("summary").click()
    expect(page.get_by_text("Hidden details")).to_be_visible()

    # Popover: a button that opens a panel; a widget inside reruns and it stays open.
    popover = main.get_by_test_id("stPopover")
    expect(page.get_by_text("Popover content")).to_be_hidden()
    popover.get_by_role("button", name="Open settings").click()
    body = page.get_by_test_id("stPopoverBody")
    expect(body).to_be_visible()
    expect(body.get_by_text("Popover content")).to_be_visible()
    button_box = popover.get_by_role("button", name="Open settings").bounding_box()
    body_box = body.bounding_box()
    assert button_box is not None
    assert body_box is not None
    # It opens next to its button: below it, or above it when there is no room below.
    below = body_box["y"] >= button_box["y"] + button_box["height"] - 1
    above = body_box["y"] + body_box["height"] <= button_box["y"] + 1
    assert below or above
    assert abs(body_box["x"] - button_box["x"]) < 2
    body.get_by_label("Enable feature", exact=True).check()
    wait_for_run(page)
    expect(page.get_by_text("Feature enabled: True")).to_be_visible()
    expect(body).to_be_visible()
    page.keyboard.press("Escape")
    expect(body).to_be_hidden()

    # A container with a height scrolls its content.
    scroller = main.locator(".st-key-scroller")
    # The box that scrolls is the div around stVerticalBlock (docs/differences.md).
    box = scroller.locator("xpath=ancestor::*[contains(@class, 'fragc-scroll')][1]")
    size = box.evaluate("el => [el.clientHeight, el.scrollHeight]")
    assert 140 <= size[0] <= 152
    assert size[1] > size[0] * 3
    last_line = scroller.get_by_text("Line 29", exact=True)
    expect(last_line).not_to_be_in_viewport()
    last_line.scroll_into_view_if_needed()
    expect(last_line).to_be_in_viewport()
    assert box.evaluate("el => el.scrollTop") > 0

    # A fixed-height container of chat messages starts at, and follows, its last message.
    chat = main.locator(".st-key-chat")
    chat.evaluate("el => el.closest('.fragc-scroll').scrollIntoView()")  # the page, not the box
    expect(chat.get_by_text("Message 7", exact=True)).to_be_in_viewport()
    expect(chat.get_by_text("Message 0", exact=True)).not_to_be_in_viewport()
    click_button(page, "Add a message")
    expect(chat.get_by_text("Message 8", exact=True)).to_be_in_viewport()

    # st.empty keeps the last write only.
    expect(page.get_by_text("Placeholder replaced")).to_be_visible()
    expect(page.get_by_text("Placeholder first")).to_have_count(0)

    # The sidebar shows beside the page on a desktop, and collapses.
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar.get_by_text("Sidebar content")).to_be_visible()
    page.get_by_role("button", name="Collapse sidebar").click()
    expect(sidebar).not_to_be_in_viewport()  # out of view, as Streamlit's
    page.get_by_role("button", name="Expand sidebar").click()
    expect(sidebar.get_by_text("Sidebar content")).to_be_visible()


def test_phone_viewport_collapses_the_sidebar_and_stacks_columns(page: Page, app: OpenApp) -> None:
    page.set_viewport_size(PHONE)
    app("layouts")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_role("heading", name="Layouts")).to_be_visible()
    expect(page.get_by_test_id("stSidebar")).not_to_be_in_viewport()

    columns = main.get_by_test_id("stHorizontalBlock").first.get_by_test_id("stColumn")
    left, right = (columns.nth(i).bounding_box() for i in range(2))
    assert left is not None
    assert right is not None
    assert right["y"] >= left["y"] + left["height"] - 1  # stacked
    assert left["width"] <= PHONE["width"]
    # No sideways scrolling of the page.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]

    page.get_by_role("button", name="Expand sidebar").click()
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar.get_by_text("Sidebar content")).to_be_visible()
    box = sidebar.bounding_box()
    assert box is not None
    assert box["width"] < PHONE["width"]
    page.get_by_role("button", name="Collapse sidebar").click()
    expect(sidebar).not_to_be_in_viewport()  # out of view, as Streamlit's


def test_dark_theme_follows_the_system(page: Page, app: OpenApp) -> None:
    page.emulate_media(color_scheme="dark")
    app("layouts")
    expect(page.get_by_test_id("stApp")).to_have_css("background-color", "rgb(14, 17, 23)")
    expect(page.get_by_test_id("stSidebar")).to_have_css("background-color", "rgb(38, 39, 48)")
    color = page.get_by_role("heading", name="Layouts").evaluate("el => getComputedStyle(el).color")
    assert re.fullmatch(r"rgb\(250, 250, 250\)", color)


def test_gallery_draws_everything_and_its_fragment_reruns_alone(app: OpenApp) -> None:
    page = app("gallery")
    # Every element kind has a renderer: no "fragc cannot render KIND" placeholders.
    expect(page.get_by_text(re.compile(r"fragc (cannot|failed to) render"))).to_have_count(0)
    expect(page.get_by_test_id("stException")).to_have_count(1)  # the example exception
    expect(page).to_have_url(re.compile(r"\?section=Widgets$"))  # written by st.query_params
    click_button(page, "Rerun only this fragment")
    expect(page.get_by_text("This fragment ran 2 times.")).to_be_visible()
    click_button(page, "Dialog")
    dialog = page.get_by_role("dialog", name="Say hello")
    expect(dialog).to_be_visible()
    click_button(page, "Greet")
    expect(dialog).to_be_hidden()
    expect(page.get_by_text("Hello, Ada!")).to_be_visible()


def test_gallery_messages_match_the_protocol(page: Page, sites: Sites) -> None:
    """With ?fragc-debug the page checks every message against the schema generated from
    fragc.protocol (each element against its kind's props): the gallery's many kinds,
    a fragment run and a dialog bring none it refuses."""
    refused: list[str] = []
    page.on(
        "console",
        lambda message: (
            refused.append(message.text)
            if message.type == "error" and "fragc: invalid" in message.text
            else None
        ),
    )
    page.goto(sites.url("gallery") + "?fragc-debug")
    expect(page.get_by_test_id("stApp")).to_have_attribute(
        "data-test-connection-state", "CONNECTED", timeout=BOOT_TIMEOUT_MS
    )
    wait_for_run(page, timeout=BOOT_TIMEOUT_MS)
    click_button(page, "Rerun only this fragment")
    click_button(page, "Dialog")
    expect(page.get_by_role("dialog", name="Say hello")).to_be_visible()
    assert refused == []
