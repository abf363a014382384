"""st.json(expanded=False) in Chromium (tests/e2e/apps/json_fold): the ellipsis a user reads."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

OpenApp = Callable[[str], Page]


@pytest.mark.parametrize(("index", "folded"), [(0, "{...}"), (1, "[...]")])
def test_a_folded_json_shows_its_brackets_around_an_ellipsis(
    app: OpenApp, index: int, folded: str
) -> None:
    json = app("json_fold").get_by_test_id("stJson").nth(index)
    summary = json.locator("summary")
    expect(summary).to_have_text(folded)
    expect(json.locator("pre")).to_be_hidden()
    summary.click()
    expect(json.locator("pre")).to_be_visible()
    expect(json.get_by_text(folded)).to_be_hidden()


def test_an_open_json_has_no_ellipsis(app: OpenApp) -> None:
    json = app("json_fold").get_by_test_id("stJson").nth(2)
    expect(json).to_have_text('{"shown": "open"}')
