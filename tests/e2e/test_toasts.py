"""st.toast in Chromium (tests/e2e/apps/toasts): what a rerun does to toasts, long toasts."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect

from tests.e2e.browser import click_button

OpenApp = Callable[[str], Page]


def test_a_rerun_sending_the_same_toasts_leaves_them_as_they_are(app: OpenApp) -> None:
    page = app("toasts")
    toasts = page.get_by_test_id("stToast")
    expect(toasts).to_have_count(2)
    for _ in range(2):
        click_button(page, "Rerun")
        expect(toasts).to_have_count(2)
    expect(toasts.filter(has_text="Short toast")).to_have_count(1)


def test_the_icon_carries_streamlits_toast_icon_test_id(app: OpenApp) -> None:
    toast = app("toasts").get_by_test_id("stToast").filter(has_text="Short toast")
    expect(toast.get_by_test_id("stToastDynamicIcon")).to_have_text("cabin")
    expect(toast).to_contain_text("cabinShort toast")


def test_a_long_toast_shows_three_lines_until_view_more(app: OpenApp) -> None:
    page = app("toasts")
    long_toast = page.get_by_test_id("stToast").filter(has_text="A long toast")
    text = long_toast.get_by_test_id("stToastText")
    view = long_toast.get_by_test_id("stToastViewButton")
    expect(view).to_have_text("view more")
    line = float(text.evaluate("el => parseFloat(getComputedStyle(el).lineHeight)"))
    assert text.evaluate("el => el.clientHeight") <= line * 3 + 1
    view.click()
    expect(view).to_have_text("view less")
    assert text.evaluate("el => el.clientHeight") > line * 3 + 1
    expect(long_toast).to_contain_text("three line limit of a toastview less")
    short = page.get_by_test_id("stToast").filter(has_text="Short toast")
    expect(short.get_by_test_id("stToastViewButton")).to_have_count(0)
