"""Scheduling in Chromium (issue 3, point 7). Apps: frag_queue, frag_run_every.

RequestLog records the ``run:request`` messages the page sends, so the tests see what was
queued and merged while Python was busy, besides what the app shows.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from playwright.sync_api import Locator, Page, expect

from tests.e2e.browser import click_button, exception_message, wait_for_run
from tests.e2e.run_log import RequestLog

OpenApp = Callable[[str], Page]


def text(page: Page, value: str) -> Locator:
    return page.get_by_test_id("stMarkdown").get_by_text(value, exact=True)


def click(page: Page, label: str) -> None:
    """Click without waiting for the run: Python is busy, the click must queue."""
    page.get_by_role("button", name=label, exact=True).click()


def test_clicks_while_python_is_busy_all_run_in_order_and_merged(app: OpenApp, page: Page) -> None:
    requests = RequestLog(page)
    page = app("frag_queue")
    mark = requests.mark()
    click(page, "A sleeps")
    expect(text(page, "A is sleeping")).to_be_visible()
    click(page, "Click C")
    click(page, "Click B")
    click(page, "Click C")  # a duplicate: merged, still one click of C
    wait_for_run(page)

    sent = requests.since(mark)
    assert len(sent) == 2, sent  # the busy run, then one run for everything queued
    assert len(sent[1]["fragment_ids"]) == 2, sent[1]
    assert len(sent[1]["trigger_values"]) == 2, sent[1]
    # Both ran, C first (the order of the clicks), each click counted once.
    expect(text(page, "C ran 2, clicked 1, saw A,C")).to_be_visible()
    expect(text(page, "B ran 2, clicked 1, saw A,C,B")).to_be_visible()
    expect(text(page, "A is awake")).to_be_visible()


def test_a_full_run_request_discards_the_queued_fragment_runs(app: OpenApp, page: Page) -> None:
    requests = RequestLog(page)
    page = app("frag_queue")
    mark = requests.mark()
    click(page, "A sleeps")
    expect(text(page, "A is sleeping")).to_be_visible()
    click(page, "Click B")
    click(page, "Full rerun")
    wait_for_run(page)

    sent = requests.since(mark)
    assert [r["fragment_ids"] for r in sent[1:]] == [[]], sent  # one full run, no B run
    # B ran once more (inside the full run), and its click was not lost in the merge.
    expect(text(page, "B ran 2, clicked 1, saw A,B")).to_be_visible()
    expect(text(page, "C ran 2, clicked 0, saw A,B")).to_be_visible()


def test_a_fragment_request_during_a_full_run_runs_after_it(app: OpenApp, page: Page) -> None:
    # Streamlit's st_fragment_mixed_execution_flow.
    requests = RequestLog(page)
    page = app("frag_queue")
    mark = requests.mark()
    page.get_by_label("Sleep in full runs", exact=True).check()
    expect(text(page, "The full run sleeps in B")).to_be_visible()
    click(page, "Click C")
    wait_for_run(page)

    sent = requests.since(mark)
    assert [r["fragment_ids"] == [] for r in sent] == [True, False], sent
    expect(text(page, "C ran 3, clicked 1, saw C")).to_be_visible()
    expect(text(page, "B ran 2, clicked 0, saw")).to_be_visible()  # drawn before the click


def test_run_every_forms_tick_and_a_bad_string_is_streamlits_error(app: OpenApp) -> None:
    page = app("frag_run_every")
    for name in ("int", "float", "timedelta", "string"):
        expect(
            page.get_by_test_id("stMarkdown").get_by_text(
                re.compile(rf"^{name} ticks: ([3-9]|\d\d+)")
            )
        ).to_be_visible(timeout=20_000)
    expect(page.get_by_test_id("stException")).to_have_count(0)
    # Meanwhile the intervals no browser timer takes did not fire (every millisecond,
    # as under Streamlit): only the full run called them (issue 17.2).
    for name in ("forever", "nan"):
        expect(text(page, f"{name} ticks: 1")).to_be_visible()

    click_button(page, "Use a bad interval")
    expect(exception_message(page)).to_have_text(
        re.compile(
            r"^StreamlitBadTimeStringError: Time string doesn't look right\. It should be "
            r"formatted as `?'1d2h34m'`? or `?2 days`?, for example\. Got: soon"
        )
    )
    expect(page.get_by_text("never shown", exact=True)).to_have_count(0)


# A condition on the page, not a sleep: the float clock (0.5 s) ran at least `n` times.
FLOAT_AT_LEAST = """(n) => [...document.querySelectorAll('[data-testid="stMarkdown"]')].some(
  (el) => /^float ticks: \\d+/.test(el.innerText.trim()) && Number(el.innerText.trim().split(": ")[1]) >= n)"""


def auto_fragment_ids(requests: list[dict[str, Any]]) -> set[str]:
    return {fid for r in requests if r["is_auto"] for fid in r["fragment_ids"]}


def float_ticks(page: Page) -> int:
    line = page.get_by_test_id("stMarkdown").get_by_text(re.compile(r"^float ticks: ")).inner_text()
    return int(line.split(": ")[1])


def test_a_fragment_the_full_run_no_longer_calls_loses_its_timer(app: OpenApp, page: Page) -> None:
    # Issue 3, point 1: forgotten fragments are forgotten with their timers.
    requests = RequestLog(page)
    page = app("frag_run_every")
    mark = requests.mark()
    page.wait_for_function(FLOAT_AT_LEAST, arg=float_ticks(page) + 4, timeout=20_000)
    assert len(auto_fragment_ids(requests.since(mark))) == 4  # four clocks tick

    page.get_by_label("Stop the int clock", exact=True).check()
    wait_for_run(page)
    expect(page.get_by_text(re.compile(r"^int ticks: "))).to_have_count(0)
    mark = requests.mark()
    # Two seconds of ticks (four of the 0.5 s clock): the 1 s clock would have fired.
    page.wait_for_function(FLOAT_AT_LEAST, arg=float_ticks(page) + 4, timeout=20_000)
    assert len(auto_fragment_ids(requests.since(mark))) == 3
    expect(page.get_by_test_id("stException")).to_have_count(0)
