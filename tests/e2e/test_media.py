"""Media and frames in Chromium (issue 10; app: tests/e2e/apps/media).

One page, checked as a user (and the players) see it: the runtime idioms answer as
under `streamlit run`; the audio seeks to start_time and stops at end_time; the
bundled video plays muted from start_time with its two subtitle tracks (one converted
from SRT); the PDF's bytes reach the viewer; components.html, st.iframe (measured HTML,
a bundled HTML file) and components.iframe draw their frames with Streamlit's sandbox.
A rerun keeps every player working, although the bytes are only sent once.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from playwright.sync_api import Page, expect

from tests.e2e.browser import click_button

OpenApp = Callable[[str], Page]

SANDBOX = (
    "allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox allow-same-origin "
    "allow-scripts allow-downloads"
)


def blob_text(page: Page, url: str) -> str:
    return str(page.evaluate("async (url) => await (await fetch(url)).text()", url))


def test_media_and_frames(app: OpenApp) -> None:
    page = app("media")
    expect(page.get_by_text("runs: 1", exact=True)).to_be_visible()
    expect(page.get_by_text("runtime exists: True / True", exact=True)).to_be_visible()
    expect(page.get_by_text("session id: 36 chars; thread helper: t", exact=True)).to_be_visible()

    # st.audio: bytes become a Blob URL; start_time seeks, end_time stops the player.
    audio = page.get_by_test_id("stAudio")
    expect(audio).to_have_attribute("src", re.compile(r"^blob:"))
    expect(audio).to_have_attribute("controls", "")
    page.wait_for_function(
        "() => { const a = document.querySelector('[data-testid=stAudio]');"
        " return a.readyState >= 1 && a.currentTime === 1; }"
    )
    page.evaluate(
        "() => { const a = document.querySelector('[data-testid=stAudio]');"
        " a.muted = true; a.currentTime = 1.8; return a.play(); }"
    )
    page.wait_for_function(
        "() => { const a = document.querySelector('[data-testid=stAudio]');"
        " return a.paused && a.currentTime >= 2; }"
    )
    assert page.evaluate("document.querySelector('[data-testid=stAudio]').currentTime") < 2.6

    # st.video: muted autoplay from start_time, two subtitle tracks.
    video = page.get_by_test_id("stVideo")
    expect(video).to_have_attribute("autoplay", "")
    assert page.evaluate("document.querySelector('[data-testid=stVideo]').muted") is True
    page.wait_for_function(
        "() => { const v = document.querySelector('[data-testid=stVideo]');"
        " return !v.paused && v.currentTime > 2.2; }"
    )
    tracks = video.get_by_test_id("stVideoSubtitle")
    expect(tracks).to_have_count(2)
    expect(tracks.nth(0)).to_have_attribute("label", "Bundled")
    expect(tracks.nth(1)).to_have_attribute("label", "From SRT")
    bundled = blob_text(page, str(tracks.nth(0).get_attribute("src")))
    converted = blob_text(page, str(tracks.nth(1).get_attribute("src")))
    assert "Bundled subtitles" in bundled
    assert converted.startswith("WEBVTT")
    assert "00:00:00.000 --> 00:00:05.000" in converted

    # st.pdf: the browser's viewer gets the bundled file's bytes.
    pdf_frame = page.get_by_test_id("stBidiComponentRegular").get_by_test_id("pdf-container")
    pdf_url = str(pdf_frame.locator("iframe").get_attribute("src"))
    assert pdf_url.startswith("blob:")
    pdf = blob_text(page, pdf_url)
    assert pdf.startswith("%PDF-1.4")
    assert "Hello PDF" in pdf

    # components.html: HTML in a sandboxed frame, 120 pixels high, scrolling.
    frames = page.get_by_test_id("stIFrame")
    expect(frames).to_have_count(4)
    html_frame = frames.nth(0)
    expect(html_frame).to_have_attribute("sandbox", SANDBOX)
    expect(html_frame).to_have_attribute("scrolling", "auto")
    expect(html_frame).to_have_attribute("title", "st.iframe")
    assert html_frame.bounding_box()["height"] == 120  # type: ignore[index]
    expect(page.frame_locator("[data-testid=stIFrame] >> nth=0").locator("#inside")).to_have_text(
        "Inside components.html"
    )

    # st.iframe with HTML: sized to its content, as Streamlit measures it.
    expect(
        page.frame_locator("[data-testid=stIFrame] >> nth=1").locator("#measured")
    ).to_be_visible()
    page.wait_for_function(
        "() => document.querySelectorAll('[data-testid=stIFrame]')[1]"
        ".getBoundingClientRect().height > 300"
    )

    # st.iframe(Path(...)) of a bundled HTML file, 200 pixels high.
    report = frames.nth(2)
    assert report.bounding_box()["height"] == 200  # type: ignore[index]
    expect(page.frame_locator("[data-testid=stIFrame] >> nth=2").locator("#report")).to_have_text(
        "Quarterly report"
    )

    # st.components.v1.iframe (reached as an attribute of st) with a URL.
    url_frame = page.locator(".st-key-frames").get_by_test_id("stIFrame")
    expect(url_frame).to_have_attribute("src", re.compile(r"^data:text/html,"))
    expect(url_frame).to_have_attribute("scrolling", "no")
    expect(
        page.frame_locator(".st-key-frames [data-testid=stIFrame]").locator("#url-frame")
    ).to_be_visible()

    # A rerun sends no bytes again: the players keep what the page kept.
    audio_url = audio.get_attribute("src")
    click_button(page, "Rerun")
    expect(page.get_by_text("runs: 2", exact=True)).to_be_visible()
    expect(audio).to_have_attribute("src", str(audio_url))
    assert "Hello PDF" in blob_text(page, str(pdf_frame.locator("iframe").get_attribute("src")))
    assert "Bundled subtitles" in blob_text(page, str(tracks.nth(0).get_attribute("src")))
