"""Control flow in fragments, in Chromium (issue 3, point 6). App: frag_control."""

from __future__ import annotations

import re
from collections.abc import Callable

from playwright.sync_api import Locator, Page, expect

from tests.e2e.browser import click_button, exception_message, wait_for_run
from tests.e2e.run_log import RequestLog

OpenApp = Callable[[str], Page]


def text(page: Page, value: str) -> Locator:
    return page.get_by_test_id("stMarkdown").get_by_text(value, exact=True)


def test_st_rerun_in_a_fragment_app_and_fragment_scope(app: OpenApp) -> None:
    page = app("frag_control")
    expect(text(page, "Fragment runs: 1")).to_be_visible()

    click_button(page, "Rerun the fragment")  # two fragment runs, no full run
    expect(text(page, "Rerun by scope=fragment")).to_be_visible()
    expect(text(page, "Fragment runs: 3")).to_be_visible()
    expect(text(page, "Full runs: 1")).to_be_visible()

    click_button(page, "Rerun the app")  # the fragment run, then a full run
    expect(text(page, "Full runs: 2")).to_be_visible()
    expect(text(page, "Fragment runs: 5")).to_be_visible()
    expect(text(page, "Rerun by scope=fragment")).to_have_count(0)


def test_fragment_scope_in_a_full_run_is_streamlits_error(app: OpenApp) -> None:
    page = app("frag_control")
    page.get_by_label("Fragment-scoped rerun in a full run", exact=True).check()
    wait_for_run(page)
    expect(exception_message(page)).to_have_text(
        re.compile(
            r'^StreamlitInvalidLayoutContextError: scope="fragment" can only be specified '
            r"from `?@st\.fragment`?-decorated functions during fragment reruns\."
        )
    )
    expect(text(page, "End of the app")).to_have_count(0)  # it stopped the full run
    page.get_by_label("Fragment-scoped rerun in a full run", exact=True).uncheck()
    wait_for_run(page)
    expect(page.get_by_test_id("stException")).to_have_count(0)
    expect(text(page, "End of the app")).to_be_visible()


def test_st_stop_ends_only_that_fragments_run(app: OpenApp) -> None:
    page = app("frag_control")
    click_button(page, "Stop here")
    expect(text(page, "Before the stop")).to_be_visible()
    expect(text(page, "After the stop point")).to_have_count(0)
    expect(text(page, "End of the app")).to_be_visible()
    click_button(page, "Count after")  # the app goes on
    expect(text(page, "Tail clicks: 1")).to_be_visible()
    expect(page.get_by_test_id("stException")).to_have_count(0)


def test_an_exception_in_a_fragment_run_does_not_stop_the_fragments_queued_after_it(
    app: OpenApp, page: Page
) -> None:
    requests = RequestLog(page)
    page = app("frag_control")
    mark = requests.mark()
    page.get_by_role("button", name="Slow", exact=True).click()
    expect(text(page, "Slow is sleeping")).to_be_visible()
    page.get_by_role("button", name="Explode", exact=True).click()
    page.get_by_role("button", name="Count after", exact=True).click()
    wait_for_run(page)
    queued = requests.since(mark)
    assert len(queued) == 2, queued
    assert len(queued[1]["fragment_ids"]) == 2, queued  # one run for both

    exception = page.get_by_test_id("stException")
    expect(exception).to_have_count(1)
    expect(exception_message(page)).to_have_text(re.compile(r"^ValueError: boom"))
    expect(text(page, "Explode is fine")).to_have_count(0)
    expect(text(page, "Tail clicks: 1")).to_be_visible()  # it still ran, after the error
    expect(text(page, "Slow is done")).to_be_visible()
