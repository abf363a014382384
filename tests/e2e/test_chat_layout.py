"""A chat app's layout in Chromium (issue 10; app: tests/e2e/apps/chat_bottom).

As under `streamlit run`: the chat input sits at the foot of the window even when the
page is short (in `stBottom`, with what the app put in st.bottom), the main area is
`stAppScrollToBottomContainer`, and after eight turns the newest answer is in view just
above the input, the first one scrolled away.
"""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect

from tests.e2e.browser import wait_for_run

OpenApp = Callable[[str], Page]


def viewport_height(page: Page) -> float:
    return float(page.evaluate("window.innerHeight"))


def test_chat_input_pinned_and_conversation_in_view(app: OpenApp) -> None:
    page = app("chat_bottom")
    bottom = page.get_by_test_id("stBottom")
    chat_input = bottom.get_by_test_id("stChatInput")
    expect(chat_input).to_be_visible()
    expect(bottom.get_by_test_id("stCaptionContainer")).to_have_text("Answers are echoes.")
    expect(page.get_by_test_id("stAppScrollToBottomContainer")).to_have_count(1)
    expect(page.get_by_test_id("stMain")).to_have_count(0)

    # Short page: the input is at the foot of the window, not under the title.
    box = bottom.bounding_box()
    assert box is not None
    assert abs(box["y"] + box["height"] - viewport_height(page)) <= 1

    field = page.get_by_label("Say something", exact=True)
    for turn in range(1, 9):
        field.fill(f"message {turn}")
        field.press("Enter")
        wait_for_run(page)
        expect(page.get_by_test_id("stChatMessage")).to_have_count(2 * turn)

    messages = page.get_by_test_id("stChatMessage")
    newest = messages.nth(15)
    expect(newest).to_contain_text("Echo 8: message 8.")
    expect(newest).to_be_in_viewport()
    expect(messages.nth(0)).not_to_be_in_viewport()
    expect(chat_input).to_be_in_viewport()
    # The newest answer ends above the pinned input: nothing hides behind it.
    last = newest.bounding_box()
    pinned = bottom.bounding_box()
    assert last is not None
    assert pinned is not None
    assert last["y"] + last["height"] <= pinned["y"] + 1
    assert abs(pinned["y"] + pinned["height"] - viewport_height(page)) <= 1
