"""The two apps of the seed document, built and driven in Chromium (issue 2)."""

from __future__ import annotations

import json
from collections.abc import Callable

from playwright.sync_api import Page, expect

from tests.e2e.browser import click_button, markdown

OpenApp = Callable[[str], Page]


def counters(fragment: int, script: int, seen: int) -> list[str]:
    return [
        f"Fragment says it ran {fragment} times.",
        f"Full script says it ran {script} times.",
        f"Full script sees that fragment ran {seen} times.",
    ]


def test_fragment_click_reruns_only_the_fragment(app: OpenApp) -> None:
    page = app("seed_counters")
    expect(page.get_by_test_id("stSkeleton")).to_have_count(0)
    expect(markdown(page)).to_have_text(counters(fragment=1, script=1, seen=1))

    click_button(page, "Rerun fragment")
    expect(markdown(page)).to_have_text(counters(fragment=2, script=1, seen=1))
    click_button(page, "Rerun fragment")
    expect(markdown(page)).to_have_text(counters(fragment=3, script=1, seen=1))

    click_button(page, "Rerun full script")
    expect(markdown(page)).to_have_text(counters(fragment=4, script=2, seen=4))
    click_button(page, "Rerun fragment")
    expect(markdown(page)).to_have_text(counters(fragment=5, script=2, seen=4))


def test_fragment_run_leaves_the_rest_of_the_page_in_place(app: OpenApp) -> None:
    page = app("seed_counters")
    # Hold on to the DOM node of an outside text: a fragment run must not replace it.
    markdown(page).nth(1).evaluate("element => { window.outsideNode = element; }")

    click_button(page, "Rerun fragment")
    expect(markdown(page).first).to_have_text("Fragment says it ran 2 times.")
    assert page.evaluate("() => window.outsideNode.isConnected") is True


def test_the_fragment_on_the_page_is_the_one_in_the_manifest(app: OpenApp) -> None:
    page = app("seed_counters")
    manifest = json.loads(page.locator("#fragc-manifest").text_content() or "{}")
    assert [f["id"] for f in manifest["fragments"]] == ["app.py:fragment"]
    # The fragment's container carries that id, and holds the fragment's button only.
    container = page.locator('[data-fragc-fragment="app.py:fragment"]')
    expect(container.get_by_role("button")).to_have_text(["Rerun fragment"])


def test_every_fifth_click_reruns_the_full_script(app: OpenApp) -> None:
    page = app("seed_rerun")
    header = page.get_by_test_id("stHeading")
    expect(header).to_have_text("Multiples of five clicks: 0")

    for _ in range(4):
        click_button(page, "Plus one!")
        # A fragment run: the header outside the fragment is not rerun.
        expect(header).to_have_text("Multiples of five clicks: 0")
    click_button(page, "Plus one!")  # the fifth: st.rerun() from inside the fragment
    expect(header).to_have_text("Multiples of five clicks: 1")


def test_check_click_count_shows_a_toast(app: OpenApp) -> None:
    page = app("seed_rerun")
    for _ in range(3):
        click_button(page, "Plus one!")
    expect(page.get_by_test_id("stToast")).to_have_count(0)

    click_button(page, "Check click count")
    toast = page.get_by_test_id("stToast")
    expect(toast).to_contain_text("Total clicks: 3")
    expect(toast).not_to_contain_text("##")  # the body is markdown
    expect(page.get_by_test_id("stHeading")).to_have_text("Multiples of five clicks: 0")
