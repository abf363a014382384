"""Nested fragments in Chromium (issue 3, point 4), app tests/e2e/apps/frag_nested.

After Streamlit's st_fragments_nested: each part writes how often it ran. The clock is a
``run_every=0.5`` fragment inside the outer one; it prints the mean gap between its last
runs, which duplicated timers (one more per outer rerun, as in Streamlit 1.40) would
shrink.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from playwright.sync_api import Locator, Page, expect

from tests.e2e.browser import click_button, wait_for_run

OpenApp = Callable[[str], Page]

# A condition on the page (not a sleep): the clock has run at least `n` times.
CLOCK_AT_LEAST = """(n) => [...document.querySelectorAll('[data-testid="stMarkdown"]')].some(
  (el) => /^clock ticks: \\d+$/.test(el.innerText.trim()) && Number(el.innerText.trim().split(": ")[1]) >= n)"""

RUNS = re.compile(r"^(outside|outer|inner|inner2) ran (\d+)$")


def runs(page: Page) -> dict[str, int]:
    """How often each part ran, as the page shows it."""
    found = {}
    for line in page.get_by_test_id("stMarkdown").all_inner_texts():
        match = RUNS.match(line.strip())
        if match:
            found[match[1]] = int(match[2])
    return found


def text(page: Page, value: str) -> Locator:
    return page.get_by_test_id("stMarkdown").get_by_text(value, exact=True)


def test_each_level_reruns_itself_and_what_it_contains(app: OpenApp) -> None:
    page = app("frag_nested")
    expected = {"outside": 1, "outer": 1, "inner": 1, "inner2": 1}
    assert runs(page) == expected

    steps = [
        ("Rerun inner2", ["inner2"]),
        ("Rerun inner", ["inner", "inner2"]),
        ("Rerun outer", ["outer", "inner", "inner2"]),
        ("Rerun the whole app", ["outside", "outer", "inner", "inner2"]),
    ]
    for label, reran in steps:
        click_button(page, label)
        for part in reran:
            expected[part] += 1
        expect(text(page, f"inner2 ran {expected['inner2']}")).to_be_visible()
        assert runs(page) == expected, label


def test_outer_reruns_do_not_duplicate_the_inner_run_every_timer(app: OpenApp) -> None:
    page = app("frag_nested")
    page.get_by_label("Clock", exact=True).check()
    wait_for_run(page)
    ticks = page.get_by_test_id("stMarkdown").filter(has_text=re.compile(r"clock ticks: \d+"))
    expect(ticks).to_have_text(re.compile(r"clock ticks: ([3-9]|\d\d+)\b"))  # it ticks
    for _ in range(3):  # each outer rerun calls the clock again: timer:set again
        click_button(page, "Rerun outer")

    start = int(ticks.inner_text().split(": ")[1])
    # Five timer runs in a row, with nothing else running the clock meanwhile.
    page.wait_for_function(CLOCK_AT_LEAST, arg=start + 5, timeout=10_000)
    gap = float(page.get_by_text(re.compile(r"^clock gap: ")).inner_text().split(": ")[1])
    assert gap >= 0.4, f"the clock ran every {gap:.2f}s instead of every 0.5s"

    # The outer fragment no longer calls the clock: its timer stops with it.
    page.get_by_label("Clock", exact=True).uncheck()
    wait_for_run(page)
    expect(page.get_by_text(re.compile(r"^clock "))).to_have_count(0)
    click_button(page, "Rerun inner2")
    assert runs(page)["inner2"] >= 2
