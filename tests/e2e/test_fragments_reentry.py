"""Re-entry, pruning and globals in Chromium (issue 3, points 2 and 3).

Apps: tests/e2e/apps/frag_reentry (layouts whose number of parts changes inside a
fragment, an outside container) and tests/e2e/apps/frag_globals.
"""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Locator, Page, expect

from tests.e2e.browser import click_button, wait_for_run

OpenApp = Callable[[str], Page]


def text(page: Page, value: str) -> Locator:
    """A markdown element whose text is exactly ``value``."""
    return page.get_by_test_id("stMarkdown").get_by_text(value, exact=True)


def set_parts(page: Page, n: int) -> None:
    field = page.get_by_label("Parts", exact=True)
    field.fill(str(n))
    field.press("Enter")
    wait_for_run(page)


def expect_parts(page: Page, n: int) -> None:
    """Every layout the fragment built has exactly ``n`` parts, no ghost left over."""
    main = page.get_by_test_id("stMain")
    expect(main.get_by_test_id("stColumn")).to_have_count(n)
    expect(main.get_by_test_id("stTabs")).to_have_count(1)
    expect(main.get_by_role("tab")).to_have_text([f"Tab {i}" for i in range(n)])
    expect(main.locator('[role="tab"][aria-selected="true"]')).to_have_count(1)
    expect(main.get_by_test_id("stExpander")).to_have_count(n)
    for kind in ("Column", "Empty"):
        expect(main.get_by_test_id("stMarkdown").filter(has_text=f"{kind} ")).to_have_text(
            [f"{kind} {i}" for i in range(n)]
        )
    expect(text(page, "An odd number of parts")).to_have_count(n % 2)


def test_layouts_inside_a_fragment_follow_their_number_of_parts(app: OpenApp) -> None:
    page = app("frag_reentry")
    expect_parts(page, 2)
    for n in (3, 4, 1, 2):
        set_parts(page, n)
        expect_parts(page, n)

    # The chosen tab goes away with its tab; exactly one stays chosen.
    set_parts(page, 3)
    page.get_by_role("tab", name="Tab 2").click()
    expect(text(page, "Tab body 2")).to_be_visible()
    set_parts(page, 2)
    expect_parts(page, 2)
    expect(text(page, "Tab body 2")).to_have_count(0)


def test_a_fragment_run_keeps_its_slot_and_outside_writes_accumulate(app: OpenApp) -> None:
    page = app("frag_reentry")
    markdown = page.get_by_test_id("stMarkdown")
    logged = markdown.filter(has_text="Logged ")
    expect(logged).to_have_text(["Logged 2"])
    for n in (3, 1):
        set_parts(page, n)
    # Elements outside the fragment were not rewritten (still the first full run's), the
    # fragment's output is still between them, and its outside writes piled up.
    expect(markdown.first).to_have_text("Above the fragment (full run 1)")
    expect(markdown.last).to_have_text("Below the fragment")
    expect(logged).to_have_text(["Logged 2", "Logged 3", "Logged 1"])

    click_button(page, "Full rerun")
    expect(markdown.first).to_have_text("Above the fragment (full run 2)")
    expect(logged).to_have_text(["Logged 1"])
    expect_parts(page, 1)


def test_a_fragment_run_sees_and_keeps_the_last_full_runs_globals(app: OpenApp) -> None:
    page = app("frag_globals")
    expect(text(page, "Global counter: 0, items: []")).to_be_visible()
    for _ in range(3):
        click_button(page, "Bump")
    expect(text(page, "Global counter: 3, items: [1, 2, 3]")).to_be_visible()
    # The module's top level was not executed again: `mode` is still what it read.
    expect(text(page, "Mode seen by the fragment: initial")).to_be_visible()

    click_button(page, "Full rerun")  # a new module: fresh globals
    expect(text(page, "Global counter: 0, items: []")).to_be_visible()
    expect(text(page, "Mode seen by the fragment: changed")).to_be_visible()
    click_button(page, "Bump")
    expect(text(page, "Global counter: 1, items: [1]")).to_be_visible()
