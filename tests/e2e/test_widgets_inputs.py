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

    # A date input in a fragment reruns only the fragment.
    page.get_by_label("Fragment day", exact=True).fill("2024-03-01")
    wait_for_run(page)
    expect_text(page, "Fragment day: 2024-03-01")
    expect_text(page, "Runs: 1")

    birthday = page.get_by_label("Birthday", exact=True)
    expect(birthday).to_have_value("2000-01-15")
    expect(birthday).to_have_attribute("min", "1990-01-01")
    expect(birthday).to_have_attribute("max", "2010-12-31")
    expect(page.get_by_test_id("stDateInput").first).to_have_attribute("data-format", "DD/MM/YYYY")
    page.get_by_test_id("stDateInput").first.get_by_test_id("stTooltipIcon").hover()
    expect(page.get_by_test_id("stTooltipContent")).to_have_text("The day you were born")
    birthday.fill("2001-02-03")
    wait_for_run(page)
    expect_text(page, "Birthday: 2001-02-03 (date)")
    expect_text(page, "Log: birthday changed!")  # on_change with args and kwargs
    expect_text(page, "Runs: 2")

    # Outside the bounds: no run; leaving the field puts the committed date back.
    birthday.fill("1980-05-05")
    birthday.blur()
    expect(birthday).to_have_value("2001-02-03")
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning")

    # A range: two controls; a tuple reaches Python.
    page.get_by_label("Trip (end)", exact=True).fill("2024-07-20")
    wait_for_run(page)
    expect_text(page, "Trip: 2024-07-01 to 2024-07-20 (2 dates)")

    expect_text(page, "Maybe day: None")
    expect(page.get_by_label("Maybe day", exact=True)).to_have_value("")
    page.get_by_label("Maybe day", exact=True).fill("2024-01-01")
    wait_for_run(page)
    expect_text(page, "Maybe day: 2024-01-01")

    alarm = page.get_by_label("Alarm", exact=True)
    expect(alarm).to_have_value("07:30")
    expect(alarm).to_have_attribute("step", "300")
    alarm.fill("08:45")
    wait_for_run(page)
    expect_text(page, "Alarm: 08:45:00")

    # Set through st.session_state before the widget existed.
    expect(page.get_by_label("Meeting", exact=True)).to_have_value("14:30")
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
    runs_before = "Runs: 7"
    expect_text(page, runs_before)
    page.get_by_role("button", name="Quiet colour color picker").click()
    page.get_by_label("Quiet colour", exact=True).fill("#445566")
    page.keyboard.press("Escape")
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning")
    expect_text(page, "Quiet: #112233")
    page.get_by_label("Fragment day", exact=True).fill("2024-03-02")  # a fragment run...
    wait_for_run(page)
    expect_text(page, "Quiet: #112233")  # ...does not redraw the full page
    alarm.fill("09:00")
    wait_for_run(page)
    expect_text(page, "Quiet: #445566")

    expect(page.get_by_label("Locked day", exact=True)).to_be_disabled()
    hidden = page.get_by_label("Hidden time", exact=True)
    expect(hidden).to_have_value("01:00")
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
