"""Forms in Chromium: widgets in a form run nothing until a submit, which sends one run
(app: tests/e2e/apps/forms/app.py)."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect

from tests.e2e.browser import choose, click_button, wait_for_run

OpenApp = Callable[[str], Page]


def said(page: Page, text: str) -> None:
    expect(page.get_by_test_id("stMarkdown").filter(has_text=text)).to_have_text(text)


def test_a_submit_sends_every_value_in_one_run(app: OpenApp) -> None:
    page = app("forms")
    said(page, "Runs: 1")
    form = page.get_by_test_id("stForm").filter(has=page.get_by_label("Name", exact=True))
    expect(
        form.get_by_test_id("stFormSubmitButton").get_by_role("button", name="Save")
    ).to_be_visible()

    name = page.get_by_label("Name", exact=True)
    name.fill("Ada")
    name.press("Tab")  # commits the input... into the form only
    form.get_by_role("radiogroup", name="Size").get_by_text("L", exact=True).click()
    page.get_by_role("group", name="Level", exact=True).get_by_role("slider").fill("8")
    # The form's widgets show what the user chose; Python has not seen any of it.
    expect(form.get_by_test_id("stSliderThumbValue")).to_have_text("8")
    said(page, "profile: False '' 'S' 5")

    click_button(page, "Save")
    said(page, "profile: True 'Ada' 'L' 8")
    said(page, "Runs: 2")  # one run for the whole form

    click_button(page, "Search")  # another form's submit: this one's values stay, Save is False
    said(page, "profile: False 'Ada' 'L' 8")
    said(page, "Runs: 3")


def test_enter_submits_and_clear_on_submit_resets(app: OpenApp) -> None:
    page = app("forms")
    choose(page, "Tags", "sport")
    query = page.get_by_label("Query", exact=True)
    query.fill("cats")
    query.press("Enter")
    wait_for_run(page)
    said(page, "search: True 'cats' ['sport']")
    said(page, "Runs: 2")
    # clear_on_submit: the widgets show their defaults again...
    expect(query).to_have_value("")
    search_form = page.get_by_test_id("stForm").filter(has=query)
    expect(search_form.locator("[data-tag]")).to_have_count(0)
    # ...and the next submit sends them.
    click_button(page, "Search")
    said(page, "search: True '' []")

    # enter_to_submit=False: Enter only commits; the button submits.
    note = page.get_by_label("Note", exact=True)
    note.fill("hello")
    note.press("Enter")
    click_button(page, "Send note")
    said(page, "note sent: True")
    said(page, "Runs: 4")  # Enter in "Note" started no run


def test_missing_submit_button_and_a_form_in_a_fragment(app: OpenApp) -> None:
    page = app("forms")
    lonely = page.get_by_test_id("stForm").filter(has=page.get_by_label("Orphan", exact=True))
    expect(lonely.get_by_test_id("stAlertContentError")).to_contain_text("Missing Submit Button")
    profile = page.get_by_test_id("stForm").filter(has=page.get_by_label("Name", exact=True))
    expect(profile.get_by_test_id("stAlert")).to_have_count(0)

    quantity = page.get_by_label("Quantity", exact=True)
    quantity.fill("3")
    quantity.press("Tab")
    click_button(page, "Order")
    said(page, "ordered-in-fragment: 3")
    said(page, "Runs: 1")  # the form lives in a fragment: its submit is a fragment run
