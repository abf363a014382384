"""The data grid in the browser (app: tests/e2e/apps/data_grid): st.data_editor,
st.column_config's display types, and st.dataframe selections.

Checks in order on one page: editing a text, a number, a checkbox and a choice cell
(each edit reruns the app, which returns the edited list of dicts and holds Streamlit's
editing state in st.session_state); an edit the column's `validate` refuses; adding and
deleting rows; a disabled column; a dict of lists returned as a dict; the display types;
a button column's click; a row selection in a fragment (only the fragment reruns); a
column selection; a plain dataframe still drawn as the light table.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from playwright.sync_api import Locator, Page, expect

from tests.e2e.browser import wait_for_run

OpenApp = Callable[[str], Page]
GRID_CHUNK = re.compile(r"/assets/[0-9a-f]{12}/fragc-grid\.js$")


def cell(grid: Locator, row: int, column: str) -> Locator:
    return grid.locator(f'.ag-row[row-index="{row}"] [col-id="{column}"]').first


def headers(grid: Locator) -> Locator:
    """The data's column headers (not the row-selection column's)."""
    return grid.locator('.ag-header-cell:not([col-id^="ag-Grid"]) .ag-header-cell-text')


def edit(page: Page, grid: Locator, row: int, column: str, text: str) -> None:
    """Double-click a cell, type into its editor, press Enter (as a user edits)."""
    cell(grid, row, column).dblclick()
    editor = grid.locator(".ag-cell-inline-editing input").first
    editor.fill(text)
    editor.press("Enter")


def test_data_editor_column_types_and_selections(page: Page, app: OpenApp) -> None:
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    app("data_grid")
    frames = page.get_by_test_id("stDataFrame")
    expect(frames).to_have_count(6)
    people, scores, types, cities, axes, plain = (frames.nth(i) for i in range(6))
    expect(cell(people, 0, "name")).to_have_text("Ada")
    assert len([url for url in fetched if GRID_CHUNK.search(url)]) == 1

    # Column types in the editor: the number's format, the checkbox.
    expect(cell(people, 0, "age")).to_have_text("36 years")
    expect(headers(people)).to_have_text(["Name", "Age", "Member", "Team"])

    # A text edit: the app reruns and returns the edited data, in its own type.
    edit(page, people, 0, "name", "Grace")
    wait_for_run(page)
    expect(page.get_by_text("Edited: [{'name': 'Grace', 'age': 36")).to_be_visible()
    expect(page.get_by_text("State: {'edited_rows': {0: {'name': 'Grace'}}")).to_be_visible()
    expect(page.get_by_text("Changes: 1")).to_be_visible()

    # `validate="^[A-Za-z]+$"` refuses a digit: the cell keeps its value, nothing runs.
    edit(page, people, 1, "name", "Al4n")
    expect(cell(people, 1, "name")).to_have_text("Alan")
    expect(page.get_by_text("Changes: 1")).to_be_visible()

    # A number, a checkbox toggled in place, a choice from the column's options.
    edit(page, people, 1, "age", "42")
    wait_for_run(page)
    expect(
        page.get_by_text("State: {'edited_rows': {0: {'name': 'Grace'}, 1: {'age': 42}}")
    ).to_be_visible()
    expect(cell(people, 1, "age")).to_have_text("42 years")
    cell(people, 1, "member").locator("input").click()
    wait_for_run(page)
    expect(
        page.get_by_text("{'name': 'Alan', 'age': 42, 'member': True, 'team': 'blue'}")
    ).to_be_visible()
    cell(people, 0, "team").dblclick()
    people.locator(".ag-cell-inline-editing .ag-picker-field-wrapper").click()
    page.get_by_role("option", name="green").click()
    wait_for_run(page)
    expect(
        page.get_by_text(re.compile(r"^State: .*0: \{'name': 'Grace', 'team': 'green'\}"))
    ).to_be_visible()
    expect(page.get_by_text("Changes: 4")).to_be_visible()

    # num_rows="dynamic": add a row, fill it; select a row, delete it.
    people.get_by_role("button", name="Add row").click()
    wait_for_run(page)
    expect(people.locator('.ag-row[row-index="2"] [col-id="name"]')).to_have_count(1)
    edit(page, people, 2, "name", "Eve")
    wait_for_run(page)
    expect(
        page.get_by_text(re.compile(r"^State: .*'added_rows': \[\{'name': 'Eve'\}\]"))
    ).to_be_visible()
    people.locator('.ag-row[row-index="1"] input[type="checkbox"]').first.check()
    people.get_by_role("button", name="Delete row(s)").click()
    wait_for_run(page)
    expect(page.get_by_text(re.compile(r"^State: .*'deleted_rows': \[1\]"))).to_be_visible()
    expect(
        page.get_by_text(
            "Edited: [{'name': 'Grace', 'age': 36, 'member': True, 'team': 'green'}, "
            "{'name': 'Eve', 'age': None, 'member': None, 'team': None}]"
        )
    ).to_be_visible()

    # disabled=["b"]: no editor opens; column_order puts b first; a dict comes back.
    expect(headers(scores)).to_have_text(["b", "a"])
    cell(scores, 0, "b").dblclick()
    expect(scores.locator(".ag-cell-inline-editing")).to_have_count(0)
    edit(page, scores, 0, "a", "5")
    wait_for_run(page)
    expect(page.get_by_text("Scores: {'a': [5, 2], 'b': ['x', 'y']}")).to_be_visible()

    # Display types of st.column_config.
    link = cell(types, 0, "site").locator("a")
    expect(link).to_have_text("streamlit")
    expect(link).to_have_attribute("href", "https://streamlit.io")
    expect(cell(types, 0, "logo").locator("img")).to_have_attribute(
        "src", re.compile("^data:image/png")
    )
    expect(cell(types, 0, "trend").locator("svg polyline")).to_have_count(1)
    expect(cell(types, 0, "done")).to_contain_text("25%")
    expect(cell(types, 0, "day")).to_have_text("31 Jan 2024")
    expect(cell(types, 0, "tags").locator(".fragc-grid-pill")).to_have_text(["a", "b"])
    expect(cell(types, 0, "note").locator("strong")).to_have_text("bold")
    # A keyed ButtonColumn: a click is a trigger with Streamlit's {row, label}.
    cell(types, 0, "open").get_by_role("button", name="Open").click()
    wait_for_run(page)
    expect(page.get_by_text("Clicked: {'row': 0, 'label': 'Open'}")).to_be_visible()

    # A row selection in a fragment: only the fragment reruns.
    runs = page.get_by_text(re.compile(r"^Full runs: \d+$")).inner_text()
    cities.locator('.ag-row[row-index="1"] input[type="checkbox"]').first.check()
    wait_for_run(page)
    expect(page.get_by_text(re.compile(r"^Rows: \[1\] \(fragment runs: \d+\)$"))).to_be_visible()
    expect(page.get_by_text(runs, exact=True)).to_be_visible()

    # Column selection: a header click selects the column (a second one adds to it).
    axes.locator('.ag-header-cell[col-id="y"]').click()
    wait_for_run(page)
    expect(page.get_by_text("Columns: ['y']")).to_be_visible()
    axes.locator('.ag-header-cell[col-id="z"]').click()
    wait_for_run(page)
    expect(page.get_by_text("Columns: ['y', 'z']")).to_be_visible()
    expect(axes.locator('.ag-header-cell[col-id="y"]')).to_have_class(
        re.compile("fragc-grid-selected-column")
    )

    # Without column types or selections, st.dataframe stays the light table.
    expect(plain.locator("table")).to_have_count(1)

    # Vega-Lite selections: a click on a point, a brush dragged over two points.
    charts = page.get_by_test_id("stVegaLiteChart")
    expect(charts).to_have_count(2)
    dots, brush = charts.nth(0), charts.nth(1)
    dot = dots.locator('[aria-roledescription="point"]').nth(1)
    expect(dot).to_be_visible()
    dot.scroll_into_view_if_needed()
    box = dot.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    wait_for_run(page)
    expect(page.get_by_text("Vega points: {'pick': [{'x': 2}]}")).to_be_visible()
    marks = brush.locator('[aria-roledescription="point"]')
    marks.nth(2).scroll_into_view_if_needed()
    first, last = marks.nth(0).bounding_box(), marks.nth(2).bounding_box()
    assert first is not None
    assert last is not None
    # From a quarter to three quarters of the plot (the points sit on its edges).
    left, right = first["x"], last["x"]
    top, bottom = last["y"], first["y"]
    page.mouse.move(left + (right - left) / 4, top + (bottom - top) / 4)
    page.mouse.down()
    page.mouse.move(left + 3 * (right - left) / 4, top + 3 * (bottom - top) / 4, steps=8)
    page.mouse.up()
    wait_for_run(page)
    expect(page.get_by_text("Vega brush: ['x', 'y']")).to_be_visible()
