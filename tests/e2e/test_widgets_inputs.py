"""Input and media widgets in Chromium: dates, times, colours, files, downloads, links,
images, chat (issue 4). Each test drives one app of tests/e2e/apps/widgets_inputs/ as a
user does and checks what Python received (the app writes it) and what the page shows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page, expect

from tests.e2e.browser import click_button, markdown, wait_for_run

OpenApp = Callable[[str], Page]


def expect_text(page: Page, content: str) -> None:
    expect(markdown(page).get_by_text(content, exact=True)).to_have_count(1)


def test_dates_times_and_colours(app: OpenApp) -> None:
    page = app("widgets_inputs/pickers")
    expect_text(page, "Runs: 1")

    # A date input in a fragment reruns only the fragment. As Streamlit's e2e tests do:
    # click the field, then a day of the calendar it opens (here the next month's).
    page.get_by_test_id("stDateInput").filter(
        has=page.get_by_role("group", name="Fragment day", exact=True)
    ).get_by_test_id("stDateInputField").click()
    calendar = page.get_by_test_id("stDateInputCalendar")
    expect(calendar.get_by_role("grid")).to_have_attribute(
        "aria-label", "Choose date, February 2024"
    )
    expect(
        calendar.get_by_role("button", name="Thursday, February 29, 2024 selected")
    ).to_be_visible()
    calendar.get_by_role("button", name="Next month").click()
    calendar.get_by_role("button", name="Friday, March 1, 2024").click()
    wait_for_run(page)
    expect(calendar).to_have_count(0)
    expect_text(page, "Fragment day: 2024-03-01")
    expect_text(page, "Runs: 1")

    # The segments follow the widget's format (DD/MM/YYYY).
    birthday = page.get_by_role("group", name="Birthday", exact=True)
    birthday_widget = page.get_by_test_id("stDateInput").filter(has=birthday)
    expect(birthday.get_by_role("spinbutton")).to_have_text(["15", "01", "2000"])
    expect(birthday_widget).to_have_attribute("data-format", "DD/MM/YYYY")
    birthday_widget.get_by_test_id("stTooltipIcon").hover()
    expect(page.get_by_test_id("stTooltipContent")).to_have_text("The day you were born")
    birthday_widget.get_by_role("button", name="Choose date").click()
    calendar.get_by_role("button", name="Next month").click()
    calendar.get_by_role("button", name="Thursday, February 3, 2000").click()
    wait_for_run(page)
    expect_text(page, "Birthday: 2000-02-03 (date)")
    expect_text(page, "Log: birthday changed!")  # on_change with args and kwargs
    expect_text(page, "Runs: 2")
    expect(birthday.get_by_role("spinbutton")).to_have_text(["03", "02", "2000"])

    # The keyboard: ArrowUp steps a segment.
    birthday.get_by_role("spinbutton", name="year, Birthday").press("ArrowUp")
    wait_for_run(page)
    expect_text(page, "Birthday: 2001-02-03 (date)")

    # Outside the bounds: no run; leaving the field puts the committed date back.
    year = birthday.get_by_role("spinbutton", name="year, Birthday")
    year.press_sequentially("1980")
    expect(year).to_have_text("1980")
    year.blur()
    expect(year).to_have_text("2001")
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning")

    # A range: two groups of segments; two clicks in the calendar; a tuple reaches Python.
    trip = page.get_by_test_id("stDateInput").filter(
        has=page.get_by_role("group", name="Trip start date", exact=True)
    )
    expect(trip.get_by_role("group", name="Trip end date").get_by_role("spinbutton")).to_have_text(
        ["2024", "07", "10"]
    )
    trip.get_by_role("button", name="Choose date range").click()
    calendar.get_by_role("button", name="Monday, July 15, 2024").click()
    calendar.get_by_role("button", name="Saturday, July 20, 2024").click()
    wait_for_run(page)
    expect_text(page, "Trip: 2024-07-15 to 2024-07-20 (2 dates)")

    # No date yet: the segments show their placeholders; typed digits fill them.
    expect_text(page, "Maybe day: None")
    maybe = page.get_by_role("group", name="Maybe day", exact=True)
    expect(maybe.get_by_role("spinbutton")).to_have_text(["yyyy", "mm", "dd"])
    maybe.get_by_role("spinbutton", name="year, Maybe day").press_sequentially("2024")
    page.keyboard.type("0101")  # the focus moves on as each segment fills
    wait_for_run(page)
    expect_text(page, "Maybe day: 2024-01-01")

    # A time input: hour and minute spinbuttons, as Streamlit 1.67's TimeField.
    alarm = page.get_by_role("group", name="Alarm", exact=True)
    expect(alarm.get_by_role("spinbutton")).to_have_text(["07", "30"])
    hour = alarm.get_by_role("spinbutton", name="hour, Alarm")
    hour.press("ArrowUp")
    wait_for_run(page)
    expect_text(page, "Alarm: 08:30:00")
    minute = alarm.get_by_role("spinbutton", name="minute, Alarm")
    minute.press("ArrowUp")  # step=5 minutes: one step is five
    wait_for_run(page)
    expect_text(page, "Alarm: 08:35:00")
    minute.press_sequentially("45")
    wait_for_run(page)
    expect_text(page, "Alarm: 08:45:00")
    expect(alarm.get_by_role("spinbutton")).to_have_text(["08", "45"])

    # Set through st.session_state before the widget existed.
    meeting = page.get_by_role("group", name="Meeting", exact=True)
    expect(meeting.get_by_role("spinbutton")).to_have_text(["14", "30"])
    expect_text(page, "Meeting: 14:30:00")

    # Streamlit's colour picker: a button with the swatch opens the picker.
    opener = page.get_by_role("button", name="Theme colour color picker", exact=True)
    expect(opener).to_have_attribute("aria-expanded", "false")
    swatch = page.get_by_test_id("stColorPickerBlock").first
    expect(swatch).to_have_css("background-color", "rgb(0, 255, 170)")
    opener.click()
    expect(opener).to_have_attribute("aria-expanded", "true")
    colour = page.get_by_label("Theme colour", exact=True)
    expect(colour).to_have_value("#00ffaa")
    expect_text(page, "Colour: #00FFAA")
    colour.fill("#ff0000")
    wait_for_run(page)
    expect_text(page, "Colour: #ff0000")
    expect(swatch).to_have_css("background-color", "rgb(255, 0, 0)")
    # The hex field commits on Enter; Escape closes the picker.
    hex_field = page.get_by_role("dialog", name="Theme colour color picker").get_by_label("hex")
    expect(hex_field).to_have_value("#ff0000")
    hex_field.fill("#0000ff")
    hex_field.press("Enter")
    wait_for_run(page)
    expect_text(page, "Colour: #0000ff")
    page.keyboard.press("Escape")
    expect(opener).to_have_attribute("aria-expanded", "false")
    expect(colour).to_be_hidden()

    # on_change="ignore": no run now; the value travels with the next run.
    runs_before = "Runs: 11"  # the date and time fields took a run per key that changed them
    expect_text(page, runs_before)
    page.get_by_role("button", name="Quiet colour color picker").click()
    page.get_by_label("Quiet colour", exact=True).fill("#445566")
    page.keyboard.press("Escape")
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning")
    expect_text(page, "Quiet: #112233")
    fragment_day = page.get_by_role("spinbutton", name="day, Fragment day", exact=True)
    fragment_day.press("ArrowUp")  # 2024-03-02: a fragment run...
    wait_for_run(page)
    expect_text(page, "Quiet: #112233")  # ...does not redraw the full page
    hour.press("ArrowUp")  # 09:45
    wait_for_run(page)
    expect_text(page, "Quiet: #445566")

    locked = page.get_by_role("group", name="Locked day", exact=True)
    expect(locked.get_by_role("spinbutton", name="day, Locked day")).to_be_disabled()
    locked_widget = page.get_by_test_id("stDateInput").filter(has=locked)
    expect(locked_widget.get_by_role("button", name="Choose date")).to_be_disabled()
    hidden = page.get_by_role("group", name="Hidden time", exact=True)
    expect(hidden.get_by_role("spinbutton")).to_have_text(["01", "00"])
    # A collapsed label stays for assistive technology but takes no room on screen.
    label = page.get_by_test_id("stTimeInput").filter(has=hidden).get_by_test_id("stWidgetLabel")
    assert label.evaluate("el => el.getBoundingClientRect().width") <= 1


def test_upload_download_links_and_images(app: OpenApp, tmp_path: Path) -> None:
    page = app("widgets_inputs/files")
    expect_text(page, "No file yet")

    # As a test for Streamlit finds it: the dropzone (named by the label) holds the input.
    zone = page.locator('[data-testid="stFileUploaderDropzone"][aria-label="Upload a text file"]')
    uploader = zone.get_by_test_id("stFileUploaderDropzoneInput")
    expect(uploader).to_have_attribute("accept", ".txt,.csv")
    uploader.set_input_files(
        files=[{"name": "notes.txt", "mimeType": "text/plain", "buffer": b"alpha beta"}]
    )
    wait_for_run(page)
    expect_text(
        page, "Got notes.txt (text/plain, 10 bytes): alpha beta / alpha beta / UploadedFile"
    )
    chip = page.get_by_test_id("stFileUploader").first.get_by_test_id("stFileChip")
    expect(chip.get_by_test_id("stFileChipName")).to_have_text("notes.txt")
    expect_text(page, "Runs: 2")

    page.get_by_role("button", name="Remove notes.txt").click()
    wait_for_run(page)
    expect_text(page, "No file yet")
    expect(chip).to_have_count(0)

    # The dropzone's "Upload" button opens the browser's file picker (Streamlit 1.67's).
    pictures = page.get_by_test_id("stFileUploader").filter(has_text="Upload pictures")
    expect(pictures.get_by_test_id("stFileUploaderDropzoneInstructions")).to_have_text(
        "200MB per file • PNG"
    )
    with page.expect_file_chooser() as chooser:
        pictures.get_by_role("button", name="Upload", exact=True).click()
    assert chooser.value.is_multiple()
    chooser.value.set_files(
        files=[
            {"name": "a.png", "mimeType": "image/png", "buffer": b"\x89PNG-a"},
            {"name": "b.png", "mimeType": "image/png", "buffer": b"\x89PNG-bb"},
        ]
    )
    wait_for_run(page)
    expect_text(page, "Pictures: a.png=6, b.png=7")

    # Downloads: the bytes come from Python through a Blob URL; a click also runs the app.
    with page.expect_download() as started:
        page.get_by_role("button", name="Download text").click()
    download = started.value
    assert download.suggested_filename == "hello.txt"
    assert Path(download.path()).read_bytes() == b"hello from fragc"
    wait_for_run(page)
    expect_text(page, "Runs: 5")

    with page.expect_download() as started:
        page.get_by_role("button", name="Download bytes").click()
    assert Path(started.value.path()).read_bytes() == b"\x00\x01\x02binary"
    wait_for_run(page)
    expect_text(page, "Bytes button: True, clicks: 1")

    with page.expect_download() as started:
        page.get_by_role("button", name="Download unnamed").click()
    assert started.value.suggested_filename == "streamlit_download.csv"
    wait_for_run(page)
    expect_text(page, "Bytes button: False, clicks: 1")  # a trigger holds for one run only
    expect_text(page, "Runs: 7")

    with page.expect_download() as started:
        page.get_by_role("button", name="Download quietly").click()  # on_click="ignore"
    assert Path(started.value.path()).read_bytes() == b"quiet bytes"
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning")
    expect_text(page, "Runs: 7")

    docs = page.get_by_test_id("stLinkButton").get_by_role("link", name="Open docs")
    expect(docs).to_have_attribute("href", "https://docs.streamlit.io")
    expect(docs).to_have_attribute("target", "_blank")
    docs.hover()  # help=: Streamlit's tooltip, not a title
    expect(page.get_by_test_id("stTooltipContent")).to_have_text("Streamlit's documentation")
    with page.expect_popup() as popup:
        page.get_by_role("link", name="Open blank page").click()  # on_click="rerun"
    popup.value.close()
    wait_for_run(page)
    expect_text(page, "The link button ran the app")
    expect_text(page, "Runs: 8")

    images = page.get_by_test_id("stImage")
    expect(images).to_have_count(4)
    red = images.nth(0).locator("img")
    expect(red).to_have_attribute("src", _starts_with("data:image/png;base64,"))
    expect(images.nth(0).get_by_test_id("stImageCaption")).to_have_text("A red bar")
    assert red.evaluate("img => img.complete && img.naturalWidth") == 4
    expect(images.nth(1).get_by_test_id("stImageCaption")).to_have_text("Green from a file")
    assert images.nth(1).locator("img").evaluate("img => img.complete && img.naturalWidth") == 3
    expect(page.get_by_role("img", name="Black dot")).to_be_visible()

    # Files dropped on a dropzone upload as chosen ones do.
    zone = page.get_by_test_id("stFileUploaderDropzone").first
    dropped = page.evaluate_handle(
        """() => {
            const data = new DataTransfer();
            data.items.add(new File(["dropped"], "drop.txt", { type: "text/plain" }));
            return data;
        }"""
    )
    zone.dispatch_event("dragover", {"dataTransfer": dropped})
    expect(zone).to_have_attribute("data-drag-active", "")
    zone.dispatch_event("drop", {"dataTransfer": dropped})
    wait_for_run(page)
    expect_text(page, "Got drop.txt (text/plain, 7 bytes): dropped / dropped / UploadedFile")
    expect(zone).not_to_have_attribute("data-drag-active", "")


def test_chat_input_and_messages(app: OpenApp) -> None:
    page = app("widgets_inputs/chat")
    expect_text(page, "Prompt value: None, submits: 0")

    # Inside a fragment's container the chat input is inline, and reruns only the fragment.
    fragment_chat = page.get_by_label("Fragment chat", exact=True)
    expect(page.get_by_test_id("stBottom").get_by_label("Fragment chat")).to_have_count(0)
    fragment_chat.fill("hi there")
    fragment_chat.press("Enter")
    wait_for_run(page)
    expect_text(page, "Fragment got: hi there")
    expect_text(page, "Runs: 1")

    # At the top level it is pinned to the bottom of the page.
    bottom = page.get_by_test_id("stBottom")
    prompt = bottom.get_by_test_id("stChatInput").get_by_label("Say something", exact=True)
    expect(prompt).to_have_attribute("maxlength", "50")
    prompt.fill("first line")
    prompt.press("Shift+Enter")  # a new line, not a submit
    prompt.press_sequentially("second")
    expect(prompt).to_have_value("first line\nsecond")
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning")
    prompt.press("Enter")
    wait_for_run(page)
    expect_text(page, "Prompt value: 'first line\\nsecond', submits: 1")
    expect(prompt).to_have_value("")
    messages = page.get_by_test_id("stChatMessage")
    expect(messages.filter(has=page.get_by_test_id("stChatMessageAvatarUser"))).to_contain_text(
        "first line"
    )
    expect(messages.filter(has_text="Echo: first line")).to_have_count(1)

    # The submitted text holds for one run only; the history stays in session state.
    click_button(page, "Rerun")
    expect_text(page, "Prompt value: None, submits: 1")
    expect(messages.filter(has_text="Echo: first line")).to_have_count(1)

    # Typed but unsent text survives a rerun.
    prompt.fill("draft")
    click_button(page, "Rerun")
    expect(prompt).to_have_value("draft")

    # Text put in through st.session_state fills the field without submitting it.
    click_button(page, "Suggest")
    expect(prompt).to_have_value("Suggested question")
    expect_text(page, "Prompt value: None, submits: 1")
    bottom.get_by_role("button", name="Send message").click()
    wait_for_run(page)
    expect_text(page, "Prompt value: 'Suggested question', submits: 2")

    parrot = messages.filter(has_text="A message with an emoji avatar")
    expect(parrot.get_by_test_id("stChatMessageAvatarCustom")).to_have_text("🦜")
    # The message's content is a group named by the sender, as in Streamlit 1.67.
    expect(parrot.get_by_role("group", name="Chat message from Parrot", exact=True)).to_be_visible()


def _starts_with(prefix: str):  # noqa: ANN202 - a compiled pattern for to_have_attribute
    import re

    return re.compile("^" + re.escape(prefix))
