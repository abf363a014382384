"""st.metric in Chromium (tests/e2e/apps/metric_parity): what a user reads and sees."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Locator, Page, expect

OpenApp = Callable[[str], Page]


def metric(page: Page, label: str) -> Locator:
    return page.get_by_test_id("stMetric").filter(
        has=page.get_by_test_id("stMetricLabel").filter(has_text=label)
    )


def test_the_delta_description_is_beside_the_delta(app: OpenApp) -> None:
    described = metric(app("metric_parity"), "Described")
    expect(described.get_by_test_id("stMetricDelta")).to_have_text("-5")
    expect(described.get_by_test_id("stMetricDeltaDescription")).to_have_text("since open")


@pytest.mark.parametrize(("label", "shape"), [("Line chart", "path"), ("Bar chart", "rect")])
def test_chart_data_draws_a_sparkline(app: OpenApp, label: str, shape: str) -> None:
    chart = metric(app("metric_parity"), label).get_by_test_id("stMetricChart").locator("svg")
    expect(chart).to_be_visible()
    assert chart.locator(shape).count() >= 1


def test_no_chart_data_no_chart(app: OpenApp) -> None:
    expect(metric(app("metric_parity"), "No chart").get_by_test_id("stMetricChart")).to_have_count(
        0
    )


@pytest.mark.parametrize(
    ("label", "value", "delta"),
    [
        ("Compact", "1.2M", "50K"),
        ("Dollar", "$1,234.56", "-$50.25"),
        ("Printf", "22.57%", "10.13%"),
        ("Text stays", "70 °F", "+5%"),
    ],
)
def test_format_applies_to_numbers_only(app: OpenApp, label: str, value: str, delta: str) -> None:
    shown = metric(app("metric_parity"), label)
    expect(shown.get_by_test_id("stMetricValue")).to_have_text(value)
    expect(shown.get_by_test_id("stMetricDelta")).to_have_text(delta)
