"""The rest of the app chrome in Chromium (issue 10; app: tests/e2e/apps/chrome_widgets).

st.space and st.skeleton (a placeholder an element replaces), st.menu_button (a pick is
the value for one run), st.pagination, st.datetime_input, tabs / expanders / popovers
whose state is a widget (on_change: the user's change reruns, Python reads `.open` and
can set the state), a selectbox that takes a typed option, st.help, st.grid.
"""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect

from tests.e2e.browser import click_button, wait_for_run

OpenApp = Callable[[str], Page]


def shown(page: Page, text: str) -> None:
    expect(page.get_by_text(text, exact=True)).to_be_visible()


def test_chrome_widgets(app: OpenApp) -> None:
    page = app("chrome_widgets")

    # st.space: a box of Streamlit's "large" size (4.25rem).
    space = page.get_by_test_id("stSpace")
    assert space.bounding_box()["height"] == 68  # type: ignore[index]

    # st.skeleton: a placeholder until an element replaces it.
    skeleton = page.get_by_test_id("stSkeletonElement")
    expect(skeleton).to_be_visible()
    assert skeleton.bounding_box()["height"] == 60  # type: ignore[index]
    click_button(page, "Fill the slot")
    shown(page, "slot filled")
    expect(skeleton).to_have_count(0)

    # st.menu_button: the pick is the value of the run it starts, then None again.
    shown(page, "export: None")
    menu = page.get_by_test_id("stMenuButton")
    menu.get_by_test_id("stMenuButtonButton").click()
    expect(page.get_by_role("menu", name="Export")).to_be_visible()
    page.get_by_role("menuitem", name="JSON").click()
    wait_for_run(page)
    shown(page, "export: JSON")
    expect(page.get_by_role("menu", name="Export")).to_be_hidden()

    # st.pagination: Streamlit's visible pages, previous/next, the page reaches Python.
    pagination = page.get_by_test_id("stPagination")
    expect(pagination.get_by_test_id("stPaginationPrev")).to_be_disabled()
    expect(
        pagination.locator("button[aria-label^='Page'], [data-testid=stPaginationEllipsis]")
    ).to_have_text(["1", "2", "3", "4", "5", "…", "12"])
    pagination.get_by_role("button", name="Page 4", exact=True).click()
    wait_for_run(page)
    shown(page, "page: 4")
    shown(page, "export: None")  # the menu pick lasted one run
    pagination.get_by_role("button", name="Next page").click()
    wait_for_run(page)
    shown(page, "page: 5")
    expect(pagination.get_by_test_id("stPaginationPageActive")).to_have_text("5")
    expect(
        pagination.locator("button[aria-label^='Page'], [data-testid=stPaginationEllipsis]")
    ).to_have_text(["1", "…", "4", "5", "6", "…", "12"])

    # st.datetime_input: the browser's picker, bounds from Python.
    meeting = page.get_by_label("Meeting", exact=True)
    expect(meeting).to_have_value("2024-05-01T09:30")
    expect(meeting).to_have_attribute("min", "2024-01-01T00:00")
    expect(meeting).to_have_attribute("max", "2024-12-31T18:00")
    meeting.fill("2024-06-02T14:15")
    wait_for_run(page)
    shown(page, "meeting: 2024-06-02 14:15:00")

    # Tabs with on_change: a click reruns; Python reads the tab and can set it.
    shown(page, "tab: One; second open: False")
    page.get_by_role("tab", name="Two").click()
    wait_for_run(page)
    shown(page, "tab: Two; second open: True")
    expect(page.get_by_role("tab", name="Two")).to_have_attribute("aria-selected", "true")
    shown(page, "second tab")
    click_button(page, "Back to one")
    shown(page, "tab: One; second open: False")
    expect(page.get_by_role("tab", name="One")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_text("second tab", exact=True)).to_be_hidden()

    # An expander with a callback.
    shown(page, "expander open: False; changes: 0")
    page.get_by_test_id("stExpander").locator("summary").click()
    wait_for_run(page)
    shown(page, "expander open: True; changes: 1")
    shown(page, "expanded text")

    # A popover with on_change="rerun": opening and closing are runs.
    shown(page, "popover open: False")
    page.get_by_test_id("stPopover").get_by_role("button", name="Options").click()
    wait_for_run(page)
    shown(page, "popover open: True")
    expect(page.get_by_text("inside the popover", exact=True)).to_be_visible()
    page.keyboard.press("Escape")
    wait_for_run(page)
    shown(page, "popover open: False")

    # A selectbox that takes typed options: an option, or new text.
    fruit = page.get_by_role("combobox", name="Fruit", exact=True)
    expect(fruit).to_have_value("apple")
    fruit.fill("cherry")
    fruit.press("Enter")
    wait_for_run(page)
    shown(page, "fruit: cherry")
    fruit.fill("banana")
    fruit.press("Enter")
    wait_for_run(page)
    shown(page, "fruit: banana")
    # Through the list, as Streamlit's: typed text that is no option is offered as "Add: ...".
    fruit.click()
    page.keyboard.type("kiwi")
    listbox = page.get_by_role("listbox", name="Fruit")
    expect(listbox.get_by_role("option")).to_have_text(["Add: kiwi"])
    listbox.get_by_role("option", name="Add: kiwi").click()
    wait_for_run(page)
    shown(page, "fruit: kiwi")
    expect(fruit).to_have_value("kiwi")

    # A multiselect that takes typed options: each typed one becomes a tag.
    basket = page.get_by_role("combobox", name="Basket", exact=True)
    expect(basket).to_have_attribute("placeholder", "Choose or add options")
    basket.click()
    page.keyboard.type("fig")
    page.keyboard.press("Enter")
    wait_for_run(page)
    shown(page, "basket: ['fig']")
    page.keyboard.type("app")
    expect(page.get_by_role("listbox", name="Basket").get_by_role("option")).to_have_text(
        ["apple", "Add: app"]
    )
    page.keyboard.press("Enter")
    wait_for_run(page)
    shown(page, "basket: ['fig', 'apple']")
    basket.press("Escape")
    page.get_by_test_id("stMultiSelect").get_by_role("button", name="Remove fig").click()
    wait_for_run(page)
    shown(page, "basket: ['apple']")

    # st.help: the object's name as written, its kind, its members.
    helped = page.get_by_test_id("stHelp")
    expect(helped.get_by_test_id("stHelpName")).to_have_text("dt.timedelta")
    expect(helped.get_by_test_id("stHelpType")).to_have_text("class")
    expect(helped.get_by_test_id("stHelpDoc")).to_contain_text(
        "Difference between two datetime values"
    )
    expect(
        helped.get_by_test_id("stHelpMemberDocName").filter(has_text="total_seconds")
    ).to_have_count(1)

    # st.grid: every element is a cell, three to a row; a cell can span the whole row.
    grid = page.locator(".st-key-cards")
    expect(grid).to_have_attribute("data-testid", "stGrid")
    cells = grid.get_by_test_id("stGridCell")
    expect(cells).to_have_count(5)
    boxes = [cells.nth(i).bounding_box() for i in range(5)]
    tops = [round(box["y"]) for box in boxes if box is not None]
    assert len(tops) == 5
    assert tops[0] == tops[1] == tops[2] < tops[3] < tops[4]
    grid_box, wide = grid.bounding_box(), boxes[4]
    assert grid_box is not None
    assert wide is not None
    assert abs(wide["width"] - grid_box["width"]) <= 1
    expect(cells.nth(4)).to_have_text("the whole row")
