"""st.map and st.pydeck_chart in the browser (app: tests/e2e/apps/maps).

deck.gl draws the layers (WebGL). The base map's tiles come from CARTO's servers, which
these tests never reach: one load answers the tile requests with a local picture (as a
network would), another fails them (offline), and the page must say the base map is
unavailable while still drawing the layers. Selections: a click on the deck's point
selects it (the app reruns with Streamlit's selection object), a second click unselects
it; hovering shows the deck's tooltip.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable

from playwright.sync_api import Page, Route, expect

from tests.e2e.browser import BOOT_TIMEOUT_MS, wait_for_run

OpenApp = Callable[[str], Page]
TILES = "https://basemaps.cartocdn.com/**"
DECK_CHUNK = re.compile(r"/assets/[0-9a-f]{12}/fragc-deck\.js$")
# A 1x1 grey PNG: what a tile server answers, as far as the page can tell.
TILE_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNoaGgAAAMEAYFL09IQAAAAAElFTkSuQmCC"
)


def test_maps_offline_and_online_and_selections(page: Page, app: OpenApp) -> None:
    tiles: list[str] = []

    def fail(route: Route) -> None:
        tiles.append(route.request.url)
        route.abort("internetdisconnected")

    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    page.route(TILES, fail)
    app("maps")

    maps = page.get_by_test_id("stDeckGlJsonChart")
    expect(maps).to_have_count(3)
    points, deck, mapbox = maps.nth(0), maps.nth(1), maps.nth(2)
    expect(points.locator("canvas")).to_have_count(1)
    # Offline: the tiles fail, the layers still draw, and the chart says so.
    note = points.get_by_test_id("stDeckGlJsonChartBaseMapNote")
    expect(note).to_contain_text("Base map unavailable")
    expect(points.locator("[data-base-map]")).to_have_attribute("data-base-map", "unavailable")
    assert tiles, "the base map asked for no tile"
    assert all(url.startswith("https://basemaps.cartocdn.com/light_all/") for url in tiles)
    # A Mapbox style without a token cannot be drawn: said at once, no request.
    expect(mapbox.get_by_test_id("stDeckGlJsonChartBaseMapNote")).to_contain_text(
        "needs a Mapbox token"
    )
    assert not [url for url in fetched if "mapbox.com" in url]
    assert len([url for url in fetched if DECK_CHUNK.search(url)]) == 1

    # The deck's point is at the centre of its view: a hover shows the tooltip...
    canvas = deck.locator("canvas")
    box = canvas.bounding_box()
    assert box is not None
    centre = (box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.move(*centre)
    expect(deck.locator(".deck-tooltip")).to_have_text("City: Null Island")
    # ...a click selects it...
    page.mouse.click(*centre)
    wait_for_run(page)
    expect(page.get_by_text("Selected: {'cities': [0]} ['Null Island']")).to_be_visible()
    expect(deck.get_by_role("button", name="Clear selection")).to_be_visible()
    # ...a second click on it unselects it (single-object mode).
    page.mouse.click(*centre)
    wait_for_run(page)
    expect(page.get_by_text("Selected: {} []")).to_be_visible()
    # A click beside every object clears too; the clear button after a new selection.
    page.mouse.click(*centre)
    wait_for_run(page)
    expect(page.get_by_text("Selected: {'cities': [0]} ['Null Island']")).to_be_visible()
    deck.get_by_role("button", name="Clear selection").click()
    wait_for_run(page)
    expect(page.get_by_text("Selected: {} []")).to_be_visible()

    # Online (tiles answered): the base map loads and no note shows.
    page.unroute(TILES)
    served: list[str] = []

    def serve(route: Route) -> None:
        served.append(route.request.url)
        route.fulfill(
            status=200,
            content_type="image/png",
            body=TILE_PNG,
            headers={"Access-Control-Allow-Origin": "*"},
        )

    page.route(TILES, serve)
    page.reload()
    expect(page.get_by_test_id("stApp")).to_have_attribute(
        "data-test-connection-state", "CONNECTED", timeout=BOOT_TIMEOUT_MS
    )
    first = page.get_by_test_id("stDeckGlJsonChart").nth(0)
    expect(first.locator("[data-base-map]")).to_have_attribute("data-base-map", "loaded")
    expect(first.get_by_test_id("stDeckGlJsonChartBaseMapNote")).to_be_hidden()
    assert served
