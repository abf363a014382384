"""A Streamlit function fragc does not provide: a clear error naming it, in place (issue 4)."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect

from tests.e2e.browser import click_button, exception_message, markdown

OpenApp = Callable[[str], Page]


def test_unimplemented_function_is_named_and_the_page_keeps_working(app: OpenApp) -> None:
    page = app("unknown_api")
    expect(markdown(page)).to_have_text(["before", "after"])

    click_button(page, "Play a sound")
    expect(exception_message(page)).to_contain_text(
        "FragcNotImplementedError: `st.experimental_audio_input` is not available in fragc yet"
    )
    expect(page.get_by_test_id("stException")).to_contain_text("app.py")
    # The script stopped at the error, as under `streamlit run`; the next run works again.
    expect(markdown(page)).to_have_text(["before"])
    click_button(page, "Play a sound")
    expect(page.get_by_test_id("stException")).to_have_count(1)
