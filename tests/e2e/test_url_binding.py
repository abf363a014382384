"""bind="query-params" as Streamlit 1.67: the URL seeds a bound widget when the page
opens, a change writes the value to the address bar, the default (or a value the
widget cannot take) leaves no parameter, and a widget drawn without bind drops its
parameter. Also: a keyed checkbox is its key, so new props keep its value."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.browser import BOOT_TIMEOUT_MS, markdown, wait_for_run
from tests.e2e.conftest import Sites


def open_with(page: Page, sites: Sites, query: str) -> Page:
    page.goto(sites.url("url_binding") + query)
    expect(page.get_by_test_id("stApp")).to_have_attribute(
        "data-test-connection-state", "CONNECTED", timeout=BOOT_TIMEOUT_MS
    )
    wait_for_run(page, timeout=BOOT_TIMEOUT_MS)
    return page


def shows(page: Page, text: str) -> None:
    expect(markdown(page).filter(has_text=re.compile(rf"^\s*{re.escape(text)}\s*$"))).to_have_count(
        1
    )


def click(page: Page, label: str) -> None:
    page.get_by_test_id("stCheckbox").filter(has_text=label).locator("label").click()
    wait_for_run(page)


@pytest.mark.parametrize(
    ("query", "texts", "url_keeps"),
    [
        ("?dark=true", ["dark: True", "sound: True"], "dark=true"),
        ("?dark=TRUE&sound=false", ["dark: True", "sound: False"], "dark=true&sound=false"),
        # Not a boolean, or the default: the widget shows its default, the URL loses it.
        ("?dark=maybe", ["dark: False"], None),
        ("?sound=true", ["sound: True"], None),
        ("?other=1&dark=false", ["dark: False"], "other=1"),
        # Text (cut to max_chars, and the URL with it), numbers in bounds, options by their shown label,
        # several values as the parameter repeated.
        ("?name=abcdefgh", ["name: abcde"], "name=abcde"),
        ("?count=7", ["count: 7"], "count=7"),
        ("?count=70", ["count: 2"], None),
        ("?fruit=kiwi", ["fruit: kiwi"], "fruit=kiwi"),
        ("?fruit=plum", ["fruit: apple"], None),
        ("?size=size+3", ["size: 3"], "size=size+3"),
        ("?tags=a&tags=c", ["tags: a, c"], "tags=a&tags=c"),
        ("?level=75", ["level: 75"], "level=75"),
        ("?span=30&span=40", ["span: (30, 40)"], "span=30&span=40"),
    ],
)
def test_url_seeds_bound_widgets(
    page: Page, sites: Sites, query: str, texts: list[str], url_keeps: str | None
) -> None:
    open_with(page, sites, query)
    for text in texts:
        shows(page, text)
    if url_keeps is None:
        expect(page).to_have_url(re.compile(r"/url_binding/$"))
    else:
        expect(page).to_have_url(re.compile(re.escape(f"?{url_keeps}") + "$"))


def test_changes_write_the_url_and_the_default_clears_it(page: Page, sites: Sites) -> None:
    open_with(page, sites, "")
    click(page, "Dark")
    shows(page, "dark: True")
    expect(page).to_have_url(re.compile(r"\?dark=true$"))
    click(page, "Sound")
    expect(page).to_have_url(re.compile(r"\?dark=true&sound=false$"))
    click(page, "Dark")
    click(page, "Sound")
    shows(page, "dark: False")
    expect(page).to_have_url(re.compile(r"/url_binding/$"))


@pytest.mark.parametrize(
    ("act", "url"),
    [
        (lambda page: page.get_by_label("Name", exact=True).fill("bob"), "name=bob"),
        (lambda page: page.get_by_label("Count", exact=True).fill("5"), "count=5"),
    ],
)
def test_committed_text_and_numbers_write_the_url(
    page: Page, sites: Sites, act: Callable[[Page], None], url: str
) -> None:
    open_with(page, sites, "")
    act(page)
    page.keyboard.press("Enter")
    wait_for_run(page)
    expect(page).to_have_url(re.compile(re.escape(f"?{url}") + "$"))


def test_unbinding_drops_the_parameter_and_keeps_the_value(page: Page, sites: Sites) -> None:
    open_with(page, sites, "?wide=true")
    shows(page, "wide: True")
    page.get_by_role("button", name="Unbind").click()
    wait_for_run(page)
    expect(page).to_have_url(re.compile(r"/url_binding/$"))
    shows(page, "wide: True")


def test_a_keyed_checkbox_keeps_its_value_when_relabelled(app: Callable[[str], Page]) -> None:
    page = app("url_binding")
    click(page, "First label")
    shows(page, "kept: False")
    page.get_by_test_id("stCheckbox").filter(has_text="Relabel").locator("label").click()
    wait_for_run(page)
    expect(page.get_by_test_id("stCheckbox").filter(has_text="Later label")).to_be_visible()
    shows(page, "kept: False")


def test_a_one_line_checkbox_is_24px_high(app: Callable[[str], Page]) -> None:
    box = app("url_binding").get_by_test_id("stCheckbox").filter(has_text="Dark")
    expect(box).to_have_css("height", "24px")
