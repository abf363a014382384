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

    # The selectbox as Streamlit's e2e tests drive it: click the combobox, click the option.
    select = page.get_by_role("combobox", name="Number", exact=True)
    expect(select).to_have_value("")  # index=None: the placeholder shows
    expect(select).to_have_attribute("placeholder", "Choose an option")
    expect(select).to_have_attribute("aria-expanded", "false")
    select.click()
    expect(select).to_have_attribute("aria-expanded", "true")
    listbox = page.get_by_test_id("stSelectboxVirtualDropdown").get_by_role("listbox")
    expect(listbox.get_by_role("option")).to_have_text(["#1", "#2", "#3"])
    listbox.get_by_role("option", name="#2").click()
    wait_for_run(page)
    said(page, "selectbox: 2")  # the option object, not its label
    expect(select).to_have_value("#2")
    expect(select).to_have_attribute("aria-expanded", "false")
    expect(page.get_by_role("listbox")).to_have_count(0)
    # The keyboard: ArrowDown opens on the next option, Enter picks it; typing filters;
    # Escape closes and puts the chosen option's text back.
    select.press("ArrowDown")
    expect(select).to_have_attribute("aria-expanded", "true")
    expect(listbox.get_by_role("option", name="#3")).to_have_attribute("data-focused", "true")
    select.press("Enter")
    wait_for_run(page)
    said(page, "selectbox: 3")
    expect(select).to_have_value("#3")
    select.click()
    page.keyboard.type("1")
    expect(listbox.get_by_role("option")).to_have_text(["#1"])
    select.press("Escape")
    expect(select).to_have_attribute("aria-expanded", "false")
    expect(select).to_have_value("#3")
    said(page, "selectbox: 3")

    widget = page.get_by_test_id("stMultiSelect")
    picker = page.get_by_role("combobox", name="Fruits", exact=True)
    expect(picker).to_have_attribute("placeholder", "")  # something is chosen
    picker.click()
    dropdown = page.get_by_test_id("stMultiSelectDropdown")
    # Not banana (chosen); "Select all" first, as in Streamlit 1.67.
    expect(dropdown.get_by_role("option")).to_have_text(["Select all", "apple", "cherry"])
    dropdown.get_by_role("option", name="cherry").click()
    wait_for_run(page)
    said(page, "multiselect: ['banana', 'cherry']")
    tags = widget.get_by_test_id("stMultiSelectTagsContainer").locator("[data-tag]")
    expect(tags).to_have_count(2)
    expect(tags.nth(1)).to_have_attribute("aria-label", "cherry")
    # max_selections=2 reached: the list, still open, says so and offers nothing.
    expect(dropdown).to_have_text("You can only select up to 2 options. Remove an option first.")
    picker.press("Escape")
    expect(page.get_by_role("listbox")).to_have_count(0)
    widget.get_by_role("button", name="Remove banana", exact=True).click()
    wait_for_run(page)
    said(page, "multiselect: ['cherry']")
    expect(tags).to_have_count(1)
    # The keyboard: typing filters (fuzzy: an in-order subsequence), Enter picks the first.
    picker.press_sequentially("ape")
    expect(dropdown.get_by_role("option")).to_have_text(["apple"])
    picker.press("Enter")
    wait_for_run(page)
    said(page, "multiselect: ['cherry', 'apple']")  # selection order, not option order
    widget.get_by_role("button", name="Clear all", exact=True).click()
    wait_for_run(page)
    said(page, "multiselect: []")
    expect(picker).to_have_attribute("placeholder", "Choose options")
    said(page, "Runs: 8")


def test_sliders(app: OpenApp) -> None:
    page = app("widgets_selection")
    sliders = page.get_by_test_id("stSlider")

    # As Streamlit 1.67: a group named by the label, its thumbs role=slider inside.
    level_group = page.get_by_role("group", name="Level", exact=True)
    level = level_group.get_by_role("slider")
    level_widget = sliders.filter(has=level_group)
    expect(level_widget.get_by_test_id("stSliderThumbValue")).to_have_text("3")
    expect(level).to_have_attribute("aria-valuetext", "3")
    level.fill("7")
    wait_for_run(page)
    said(page, "slider: 7")
    expect(level_widget.get_by_test_id("stSliderThumbValue")).to_have_text("7")

    span = page.get_by_role("group", name="Span", exact=True)
    expect(span.get_by_role("slider")).to_have_count(2)
    expect(span.get_by_test_id("stSliderThumbValue")).to_have_text(["0.20", "0.80"])
    span.get_by_role("slider", name="Span — start").fill("0.35")
    wait_for_run(page)
    span.get_by_role("slider", name="Span — end").fill("0.6")
    wait_for_run(page)
    said(page, "range: (0.35, 0.6)")
    expect(span.get_by_test_id("stSliderThumbValue")).to_have_text(["0.35", "0.60"])

    day_group = page.get_by_role("group", name="Day", exact=True)
    day = day_group.get_by_role("slider")
    expect(day_group.get_by_test_id("stSliderThumbValue")).to_have_text("Jan 15, 2024")
    ends = day_group.get_by_test_id("stSliderTickBar").get_by_test_id("stMarkdownContainer")
    expect(ends.first).to_have_text("Jan 1, 2024")
    day.focus()
    day.press("ArrowRight")  # one step: one day
    wait_for_run(page)
    said(page, "date: datetime.date(2024, 1, 16)")
    expect(day_group.get_by_test_id("stSliderThumbValue")).to_have_text("Jan 16, 2024")
    expect(day).to_have_attribute("aria-valuetext", "Jan 16, 2024")

    color_group = page.get_by_role("group", name="Color", exact=True)
    color = color_group.get_by_role("slider")
    expect(color_group.get_by_test_id("stSliderThumbValue")).to_have_text("green")
    color.press("End")  # the keys Streamlit's thumbs take: Home, End, arrows, PageUp/Down
    wait_for_run(page)
    said(page, "select_slider: 'blue'")
    expect(color_group.get_by_test_id("stSliderThumbValue")).to_have_text("blue")
    color.press("Home")
    wait_for_run(page)
    said(page, "select_slider: 'red'")
    said(page, "Runs: 7")


def test_slider_drags_with_the_mouse(app: OpenApp) -> None:
    page = app("widgets_selection")
    group = page.get_by_role("group", name="Level", exact=True)
    box = group.get_by_role("slider").bounding_box()
    assert box is not None
    # Press on the thumb (value 3 of 0..10) and drag to the track's right end.
    page.mouse.move(box["x"] + box["width"] * 0.3, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] + 20, box["y"] + box["height"] / 2, steps=5)
    page.mouse.up()
    wait_for_run(page)
    said(page, "slider: 10")
    expect(group.get_by_test_id("stSliderThumbValue")).to_have_text("10")


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

    page.get_by_role("slider", name="Heat").fill("2")
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
