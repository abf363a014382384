"""Selection widgets in Chromium: set each as a user does, check what Python received
and what the page shows (app: tests/e2e/apps/widgets_selection/app.py)."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect

from tests.e2e.browser import wait_for_run

OpenApp = Callable[[str], Page]


def said(page: Page, text: str) -> None:
    """The app wrote exactly ``text`` (one st.write line)."""
    expect(page.get_by_test_id("stMarkdown").filter(has_text=text)).to_have_text(text)


def test_radio_selectbox_and_multiselect(app: OpenApp) -> None:
    page = app("widgets_selection")
    said(page, "radio: 'S'")
    said(page, "selectbox: None")
    said(page, "multiselect: ['banana']")

    group = page.get_by_role("radiogroup", name="Size", exact=True)
    expect(group.get_by_role("radio")).to_have_count(3)
    expect(page.get_by_test_id("stRadio").first.get_by_text("large")).to_be_visible()  # a caption
    group.get_by_text("L", exact=True).click()  # the option's label
    wait_for_run(page)
    said(page, "radio: 'L'")
    expect(group.get_by_label("L", exact=True)).to_be_checked()

    select = page.get_by_label("Number", exact=True)
    expect(select).to_have_value("")  # index=None: the placeholder
    expect(select.locator("option").first).to_have_text("Choose an option")
    select.select_option(label="#2")
    wait_for_run(page)
    said(page, "selectbox: 2")  # the option object, not its label
    expect(select).to_have_value("1")

    widget = page.get_by_test_id("stMultiSelect")
    picker = page.get_by_label("Fruits", exact=True)
    picker.select_option(label="cherry")
    wait_for_run(page)
    said(page, "multiselect: ['banana', 'cherry']")
    expect(widget.locator("[data-tag]")).to_have_count(2)
    expect(widget.locator("[data-tag]").nth(1)).to_have_attribute("aria-label", "cherry")
    # max_selections=2 reached: the picker says so and takes no more.
    expect(picker).to_be_disabled()
    expect(picker.locator("option").first).to_have_text(
        "You can only select up to 2 options. Remove an option first."
    )
    widget.get_by_role("button", name="Remove banana", exact=True).click()
    wait_for_run(page)
    said(page, "multiselect: ['cherry']")
    expect(widget.locator("[data-tag]")).to_have_count(1)
    picker.select_option(label="apple")
    wait_for_run(page)
    said(page, "multiselect: ['cherry', 'apple']")  # selection order, not option order
    said(page, "Runs: 6")


def test_sliders(app: OpenApp) -> None:
    page = app("widgets_selection")
    sliders = page.get_by_test_id("stSlider")

    level = sliders.filter(has=page.get_by_label("Level", exact=True))
    expect(level.get_by_test_id("stSliderThumbValue")).to_have_text("3")
    page.get_by_label("Level", exact=True).fill("7")
    wait_for_run(page)
    said(page, "slider: 7")
    expect(level.get_by_test_id("stSliderThumbValue")).to_have_text("7")

    span = sliders.filter(has=page.get_by_label("Span", exact=True))
    expect(span.locator("input[type=range]")).to_have_count(2)
    expect(span.get_by_test_id("stSliderThumbValue")).to_have_text(["0.20", "0.80"])
    page.get_by_label("Span", exact=True).fill("0.35")
    wait_for_run(page)
    page.get_by_label("Span (end)", exact=True).fill("0.6")
    wait_for_run(page)
    said(page, "range: (0.35, 0.6)")
    expect(span.get_by_test_id("stSliderThumbValue")).to_have_text(["0.35", "0.60"])

    day = page.get_by_label("Day", exact=True)
    day_widget = sliders.filter(has=day)
    expect(day_widget.get_by_test_id("stSliderThumbValue")).to_have_text("Jan 15, 2024")
    ends = day_widget.get_by_test_id("stSliderTickBar").get_by_test_id("stMarkdownContainer")
    expect(ends.first).to_have_text("Jan 1, 2024")
    day.focus()
    day.press("ArrowRight")  # one step: one day
    wait_for_run(page)
    said(page, "date: datetime.date(2024, 1, 16)")
    expect(day_widget.get_by_test_id("stSliderThumbValue")).to_have_text("Jan 16, 2024")

    color = page.get_by_label("Color", exact=True)
    expect(sliders.filter(has=color).get_by_test_id("stSliderThumbValue")).to_have_text("green")
    color.fill("2")
    wait_for_run(page)
    said(page, "select_slider: 'blue'")
    expect(sliders.filter(has=color).get_by_test_id("stSliderThumbValue")).to_have_text("blue")
    said(page, "Runs: 6")


def test_segmented_control_and_feedback(app: OpenApp) -> None:
    page = app("widgets_selection")
    # on_change="ignore": the click shows at once but starts no run; the value travels
    # with the next run something else starts.
    # One choice: Streamlit 1.67's radio group of radios.
    quiet = page.get_by_role("radiogroup", name="Quiet", exact=True)
    quiet.get_by_role("radio", name="shh").click()
    expect(quiet.get_by_role("radio", name="shh")).to_have_attribute("aria-checked", "true")
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning")
    said(page, "quiet: None")

    group = page.get_by_role("radiogroup", name="Mode", exact=True)
    expect(group.get_by_role("radio", name="Walk")).to_have_attribute("aria-checked", "true")
    group.get_by_role("radio", name="Bike").click()
    wait_for_run(page)
    said(page, "segmented: 'Bike'")
    said(page, "quiet: 'shh'")
    expect(group.get_by_role("radio", name="Bike")).to_have_attribute("aria-checked", "true")
    expect(group.get_by_role("radio", name="Walk")).to_have_attribute("aria-checked", "false")
    group.get_by_role("radio", name="Bike").click()  # the chosen one again: nothing chosen
    wait_for_run(page)
    said(page, "segmented: None")

    stars = page.get_by_test_id("stFeedback").filter(
        has=page.get_by_role("radio", name="4 out of 5 stars")
    )
    stars.get_by_role("radio", name="4 out of 5 stars").click()
    wait_for_run(page)
    said(page, "feedback: 3")
    expect(stars.get_by_test_id("stFeedbackButtonActive")).to_have_count(4)
    expect(stars.get_by_role("radio", checked=True)).to_have_accessible_name("4 out of 5 stars")
    # One Tab stop: the arrow keys move between the stars.
    stars.get_by_role("radio", name="4 out of 5 stars").press("ArrowRight")
    expect(stars.get_by_role("radio", name="5 out of 5 stars")).to_be_focused()
    said(page, "Runs: 4")


def test_widgets_in_a_fragment_rerun_only_the_fragment(app: OpenApp) -> None:
    page = app("widgets_selection")
    said(page, "Runs: 1")

    page.get_by_role("radiogroup", name="Flavour").get_by_text("mint", exact=True).click()
    wait_for_run(page)
    said(page, "radio-in-fragment: 'mint'")

    page.get_by_label("Heat", exact=True).fill("2")
    wait_for_run(page)
    said(page, "slider-in-fragment: 'fire'")

    # Several choices: a toolbar of toggle buttons.
    toppings = page.get_by_role("toolbar", name="Toppings", exact=True)
    toppings.get_by_role("button", name="olives").click()
    wait_for_run(page)
    toppings.get_by_role("button", name="cheese").click()
    wait_for_run(page)
    said(page, "pills-in-fragment: ['olives', 'cheese']")
    expect(toppings.get_by_role("button", pressed=True)).to_have_count(2)

    page.get_by_role("radio", name="Thumbs up").click()
    wait_for_run(page)
    said(page, "feedback-in-fragment: 1")
    said(page, "Runs: 1")
