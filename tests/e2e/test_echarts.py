"""st.echarts_chart in the browser (app: tests/e2e/apps/echarts_charts).

One page, checks in order: ECharts arrives as one lazy chunk; a JSON-string spec draws as
SVG with its alt as the chart's accessible name and its key as a class; a click on a bar
of the selectable chart (canvas) selects it and reruns only its fragment, with 1.67's
selection state shown by st.write; a second click adds to the selection; a double click
clears it. The page's CSP refuses nothing on the way (conftest fails the test if it does).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from playwright.sync_api import Locator, Page, expect

from tests.e2e.browser import wait_for_run

OpenApp = Callable[[str], Page]
ECHARTS_CHUNK = re.compile(r"/assets/[0-9a-f]{12}/fragc-echarts\.js$")


def click_at(page: Page, target: Locator, x: float, y: float, *, double: bool = False) -> None:
    """A click at a fraction of the chart's box, where a bar is (a canvas has no marks)."""
    target.scroll_into_view_if_needed()
    box = target.bounding_box()
    assert box is not None
    at = (box["x"] + box["width"] * x, box["y"] + box["height"] * y)
    if double:
        page.mouse.dblclick(*at, delay=60)
    else:
        page.mouse.click(*at)


def test_echarts_charts_and_selection(page: Page, app: OpenApp) -> None:
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    app("echarts_charts")
    expect(page.get_by_text("Full runs: 1")).to_be_visible()

    charts = page.get_by_test_id("stEChartsChart")
    expect(charts).to_have_count(2)
    visits, bars = charts.nth(0), charts.nth(1)
    # The SVG renderer draws DOM nodes: the line and its three symbols are there.
    expect(visits.locator("svg path").first).to_be_attached()
    expect(visits).to_have_attribute("aria-label", "Visits per day")
    expect(page.locator(".st-key-visits [data-testid='stEChartsChart']")).to_have_count(1)
    # The canvas renderer: one canvas, the chart's height.
    canvas = bars.locator("canvas")
    expect(canvas).to_have_count(1)
    box = canvas.bounding_box()
    assert box is not None
    assert round(box["height"]) == 300
    assert len([url for url in fetched if ECHARTS_CHUNK.search(url)]) == 1
    expect(page.get_by_text("Picked: [] [] (fragment runs: 1)")).to_be_visible()

    # A click on the middle bar selects it: only the fragment reruns.
    click_at(page, canvas, 0.5, 0.75)
    wait_for_run(page)
    expect(page.get_by_text("Picked: [1] ['Sales'] (fragment runs: 2)")).to_be_visible()
    expect(page.get_by_text("Full runs: 1")).to_be_visible()

    # selectedMode "multiple": the last bar joins the selection.
    click_at(page, canvas, 5 / 6, 0.75)
    wait_for_run(page)
    expect(page.get_by_text("Picked: [1, 2] ['Sales'] (fragment runs: 3)")).to_be_visible()

    # A double click in the empty upper half clears it.
    click_at(page, canvas, 0.5, 0.2, double=True)
    wait_for_run(page)
    expect(page.get_by_text("Picked: [] [] (fragment runs: 4)")).to_be_visible()
    expect(page.get_by_text("Full runs: 1")).to_be_visible()
    assert len([url for url in fetched if ECHARTS_CHUNK.search(url)]) == 1
