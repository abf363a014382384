"""Buttons as Streamlit 1.67 draws them: icons (Material, emoji, spinner) on either side
of the label, keyboard shortcuts shown in a <kbd> and pressed from anywhere but a text
field, and help shown when the pointer is over the button's own box."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.browser import markdown, wait_for_run


@pytest.fixture
def page_(app: object) -> Page:
    return app("button_details")  # type: ignore[operator]


def keyed(page: Page, key: str):  # type: ignore[no-untyped-def]
    return page.locator(f".st-key-{key}")


@pytest.mark.parametrize(
    ("key", "shown"),
    [("save", "Ctrl + J"), ("next", "→"), ("off", "K")],
)
def test_shortcut_is_shown(page_: Page, key: str, shown: str) -> None:
    kbd = keyed(page_, key).locator("button kbd")
    expect(kbd).to_have_text(shown)
    expect(kbd).to_have_attribute("aria-label", f"Shortcut {shown}")


@pytest.mark.parametrize(
    ("keys", "written"),
    [("Control+J", "saved by Save"), ("ArrowRight", "moved by Next")],
)
def test_shortcut_clicks_the_button(page_: Page, keys: str, written: str) -> None:
    expect(markdown(page_).filter(has_text=written)).to_have_count(0)
    page_.keyboard.press(keys)
    wait_for_run(page_)
    expect(markdown(page_).filter(has_text=written)).to_be_visible()


def test_shortcuts_leave_text_fields_and_disabled_buttons_alone(page_: Page) -> None:
    field = page_.get_by_label("Notes", exact=True)
    field.click()
    # A plain key types into the field; with Ctrl it still reaches the button.
    page_.keyboard.press("ArrowRight")
    page_.keyboard.type("k")
    expect(field).to_have_value("k")
    expect(markdown(page_).filter(has_text="moved by Next")).to_have_count(0)
    page_.keyboard.press("Control+J")
    wait_for_run(page_)
    expect(markdown(page_).filter(has_text="saved by Save")).to_be_visible()


@pytest.mark.parametrize(
    ("key", "test_id", "text", "first"),
    [
        ("like", "stIconMaterial", "thumb_up", True),
        ("star", "stIconEmoji", "⭐", False),
        ("busy", "stSpinnerIcon", "", True),
    ],
)
def test_icons(page_: Page, key: str, test_id: str, text: str, first: bool) -> None:
    button = keyed(page_, key).get_by_role("button")
    icon = button.get_by_test_id(test_id)
    expect(icon).to_be_visible()
    expect(icon).to_have_text(text)
    label = button.get_by_test_id("stMarkdownContainer")
    icon_x = icon.bounding_box()["x"]  # type: ignore[index]
    label_x = label.bounding_box()["x"]  # type: ignore[index]
    assert (icon_x < label_x) is first
    # The icon is no part of the button's name.
    expect(button).to_have_accessible_name(key.capitalize())


@pytest.mark.parametrize(
    ("key", "help_text"), [("helpful", "what Helpful does"), ("wide", "what Wide does")]
)
def test_hovering_the_element_shows_help(page_: Page, key: str, help_text: str) -> None:
    # Hovering the element's container at its middle is hovering the button: a content
    # width button's container is as wide as the button, a stretched button fills it.
    keyed(page_, key).hover()
    expect(page_.get_by_test_id("stTooltipContent")).to_have_text(help_text)


def test_clicking_a_stretched_buttons_container_clicks_it(page_: Page) -> None:
    keyed(page_, "wide").click()
    wait_for_run(page_)
    expect(markdown(page_).filter(has_text="clicked Wide")).to_be_visible()


@pytest.mark.parametrize(("label", "written"), [("Agree", "agree: True"), ("Loud", "loud: True")])
def test_clicking_a_checkboxs_element_toggles_it(page_: Page, label: str, written: str) -> None:
    # Streamlit's tests click the element (its middle): the label fills it.
    page_.get_by_test_id("stCheckbox").filter(has_text=label).click()
    wait_for_run(page_)
    expect(markdown(page_).filter(has_text=written)).to_be_visible()


def test_a_link_buttons_shortcut_opens_its_link(page_: Page) -> None:
    link = page_.get_by_test_id("stLinkButton").filter(has_text="Docs")
    expect(link.locator("kbd")).to_have_text("Ctrl + Alt + L")
    with page_.expect_popup() as popup:
        page_.keyboard.press("Control+Alt+KeyL")
    expect(popup.value).to_have_url(re.compile(r"\?opened=docs$"))
    popup.value.close()
