"""The camera and the microphone in Chromium (issue 10; app: tests/e2e/apps/capture).

Chromium runs with its fake devices (conftest.MEDIA_ARGS). A visitor who allows access
(the context's permissions) sees the camera live, takes a photo (a JPEG reaches Python
as an UploadedFile) and clears it; records a few seconds (a 16 kHz mono WAV reaches
Python). A visitor whose browser refuses sees Streamlit's message in place of each
widget, and no error.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.browser import BOOT_TIMEOUT_MS, wait_for_run
from tests.e2e.conftest import NetworkGuard, Sites


def open_capture(browser: Browser, sites: Sites, permissions: list[str]) -> Iterator[Page]:
    context = browser.new_context(permissions=permissions)
    guard = NetworkGuard(context)
    page = context.new_page()
    page.on("pageerror", lambda error: guard.problems.append(f"uncaught page error: {error}"))
    page.goto(sites.url("capture"))
    expect(page.get_by_test_id("stApp")).to_have_attribute(
        "data-test-connection-state", "CONNECTED", timeout=BOOT_TIMEOUT_MS
    )
    wait_for_run(page, timeout=BOOT_TIMEOUT_MS)
    yield page
    context.close()
    if guard.problems:
        pytest.fail("the page misbehaved:\n  " + "\n  ".join(guard.problems))


@pytest.fixture
def allowed(browser: Browser, sites: Sites) -> Iterator[Page]:
    yield from open_capture(browser, sites, ["camera", "microphone"])


@pytest.fixture
def refused(browser: Browser, sites: Sites) -> Iterator[Page]:
    yield from open_capture(browser, sites, [])


def test_photo_and_recording(allowed: Page) -> None:
    page = allowed
    camera = page.get_by_test_id("stCameraInput")
    expect(camera.get_by_test_id("stWidgetLabel")).to_have_text("Take a picture")
    # The camera is live before the photo.
    page.wait_for_function(
        "() => { const v = document.querySelector('[data-testid=stCameraInput] video');"
        " return v && v.videoWidth > 0 && !v.paused; }"
    )
    camera.get_by_role("button", name="Take Photo").click()
    wait_for_run(page)
    expect(page.get_by_text("photo: True image/jpeg jpeg=True", exact=True)).to_be_visible()
    expect(camera.locator("img")).to_be_visible()
    camera.get_by_role("button", name="Clear photo").click()
    wait_for_run(page)
    expect(page.get_by_text("photo: None", exact=True)).to_be_visible()
    expect(camera.get_by_role("button", name="Take Photo")).to_be_visible()

    microphone = page.get_by_test_id("stAudioInput")
    expect(page.get_by_text("recording: None", exact=True)).to_be_visible()
    microphone.get_by_role("button", name="Record").click()
    expect(microphone.get_by_role("button", name="Stop recording")).to_be_visible()
    expect(microphone.get_by_test_id("stAudioInputWaveformTimeCode")).to_have_text("00:01")
    microphone.get_by_role("button", name="Stop recording").click()
    wait_for_run(page)
    expect(
        page.get_by_text("recording: True audio/wav rate=16000 channels=1 long=True", exact=True)
    ).to_be_visible()
    expect(microphone.locator("audio")).to_be_visible()
    microphone.get_by_role("button", name="Clear recording").click()
    wait_for_run(page)
    expect(page.get_by_text("recording: None", exact=True)).to_be_visible()


def test_refused_devices_say_so(refused: Page) -> None:
    page = refused
    camera = page.get_by_test_id("stCameraInput")
    expect(camera.get_by_role("alert")).to_contain_text("This app would like to use your camera.")
    expect(camera.get_by_role("alert")).to_contain_text("The browser refused access.")
    microphone = page.get_by_test_id("stAudioInput")
    microphone.get_by_role("button", name="Record").click()
    expect(microphone.get_by_role("alert")).to_contain_text(
        "This app would like to use your microphone."
    )
    expect(page.get_by_text("recording: None", exact=True)).to_be_visible()
