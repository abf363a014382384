"""st.columns in Chromium (tests/e2e/apps/columns_parity): gaps and checkbox offsets."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

OpenApp = Callable[[str], Page]


@pytest.mark.parametrize(
    ("key", "gap"),
    [("gap_None", "0px"), ("gap_small", "16px"), ("gap_large", "64px"), ("gap_20", "20px")],
)
def test_the_gap_between_columns(app: OpenApp, key: str, gap: str) -> None:
    row = app("columns_parity").locator(f".st-key-{key}").get_by_test_id("stHorizontalBlock")
    expect(row).to_have_css("column-gap", gap)


@pytest.mark.parametrize(
    ("align", "first_top", "last_bottom"),
    [("top", "8px", "0px"), ("center", "0px", "0px"), ("bottom", "0px", "8px")],
)
def test_a_checkbox_at_the_aligned_edge_of_a_column_is_offset(
    app: OpenApp, align: str, first_top: str, last_bottom: str
) -> None:
    boxes = app("columns_parity").locator(f".st-key-align_{align}").get_by_test_id("stCheckbox")
    expect(boxes.first).to_have_css("margin-top", first_top)
    expect(boxes.last).to_have_css("margin-bottom", last_bottom)
