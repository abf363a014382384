"""st.table, st.dataframe and charts in the browser (app: tests/e2e/apps/data_elements).

One page, several checks in order: the table's cells, the dataframe's header, rows and
header-click sorting, vega downloaded only once a chart is shown, the charts drawn
inside ``stVegaLiteChart``, and a chart in a fragment redrawn with new data when the
fragment's slider moves (without a full run).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from playwright.sync_api import Locator, Page, expect

from tests.e2e.browser import wait_for_run

OpenApp = Callable[[str], Page]
# The lazy chunk, in the runtime's content-hashed folder.
VEGA_CHUNK = re.compile(r"/assets/[0-9a-f]{12}/fragc-vega\.js$")


def cell_texts(row: Locator) -> list[str]:
    return [text.strip() for text in row.locator("th, td").all_inner_texts()]


def test_tables_and_charts(page: Page, app: OpenApp) -> None:
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    app("data_elements")
    expect(page.get_by_text("full runs: 1")).to_be_visible()

    # st.table: a real <table>; the default index is hidden; markdown in cells.
    table = page.get_by_test_id("stTable")
    expect(table.locator("thead th")).to_have_text(["city", "temp", "note"])
    rows = table.locator("tbody tr")
    expect(rows).to_have_count(2)
    assert cell_texts(rows.nth(0)) == ["Paris", "21.5000", "warm"]
    expect(rows.nth(0).locator("strong")).to_have_text("warm")
    assert cell_texts(rows.nth(1)) == ["Oslo", "12.0000", "cold"]

    # st.dataframe: header and rows; a header click sorts in the page, with no run.
    frame = page.get_by_test_id("stDataFrame")
    expect(frame.locator("thead th")).to_have_text(["name", "born"])
    body = frame.locator("tbody tr")
    assert cell_texts(body.nth(0)) == ["Grace", "1906"]
    frame.get_by_role("columnheader", name="born").click()
    expect(frame.get_by_role("columnheader", name="born")).to_have_attribute(
        "aria-sort", "ascending"
    )
    assert [cell_texts(body.nth(i))[0] for i in range(3)] == ["Ada", "Grace", "Alan"]
    frame.get_by_role("columnheader", name="born").click()
    assert [cell_texts(body.nth(i))[0] for i in range(3)] == ["Alan", "Grace", "Ada"]
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning")

    # No chart yet: vega has not been downloaded.
    expect(page.get_by_test_id("stVegaLiteChart")).to_have_count(0)
    assert [url for url in fetched if VEGA_CHUNK.search(url)] == []

    page.get_by_label("Show charts", exact=True).check()
    wait_for_run(page)
    charts = page.get_by_test_id("stVegaLiteChart")
    expect(charts).to_have_count(3)
    line, bars, scatter = charts.nth(0), charts.nth(1), charts.nth(2)
    expect(line.locator("svg, canvas").first).to_be_visible()
    expect(
        line.locator('[aria-roledescription="line mark"], [aria-roledescription="line"]')
    ).to_have_count(2)
    expect(bars.locator('[aria-roledescription="bar"]')).to_have_count(3)
    assert [url for url in fetched if VEGA_CHUNK.search(url)] != []
    assert len([url for url in fetched if VEGA_CHUNK.search(url)]) == 1

    # The slider is in the fragment: only the fragment reruns, and its chart is redrawn.
    page.get_by_role("slider", name="Bars").fill("5")
    wait_for_run(page)
    expect(page.get_by_text("bars drawn: 5")).to_be_visible()
    expect(bars.locator('[aria-roledescription="bar"]')).to_have_count(5)
    expect(page.get_by_text("full runs: 2")).to_be_visible()
    expect(line.locator("svg, canvas").first).to_be_visible()
    assert len([url for url in fetched if VEGA_CHUNK.search(url)]) == 1

    # A stretched chart in a hidden tab is drawn once the tab shows, as wide as the tab.
    expect(scatter).to_be_hidden()
    page.get_by_role("tab", name="Scatter").click()
    expect(scatter.locator('[aria-roledescription="circle"]')).to_have_count(3)
    chart_box, line_box = scatter.locator("svg").first.bounding_box(), line.bounding_box()
    assert chart_box is not None
    assert line_box is not None
    assert chart_box["width"] > line_box["width"] * 0.9

    # The charts follow the page's colour scheme: redrawn in the dark theme's colours.
    first_bar = bars.locator('[aria-roledescription="bar"]').first
    expect(first_bar).to_have_attribute("fill", "#0068c9")
    page.emulate_media(color_scheme="dark")
    expect(first_bar).to_have_attribute("fill", "#83c9ff")
