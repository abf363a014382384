"""NaN and infinities reach the page in the same message as everything else (issue 17.1).

Before: the worker wrote `NaN` into its JSON, the page dropped the whole message, and
every element sent with it vanished. Now the page reads Python's non-finite floats as
numbers and shows what Streamlit 1.67 shows (measured in Chromium against `streamlit run`):
an empty number field for NaN, "nan" for `st.write(nan)` and `st.metric`, `NaN` and
`Infinity` in `st.json`, and Streamlit's JSNumber error for an infinite bound.
"""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect

from tests.e2e.browser import click_button, exception_message


def test_non_finite_numbers_render_with_the_rest_of_the_message(app: Callable[[str], Page]) -> None:
    page = app("non_finite")
    markdown = page.get_by_test_id("stMarkdown")
    expect(markdown.filter(has_text="after the numbers")).to_be_visible()
    expect(page.get_by_label("Not a number", exact=True)).to_have_value("")
    expect(markdown.filter(has_text="value: nan")).to_be_visible()
    expect(markdown.filter(has_text="nan").first).to_be_visible()
    expect(page.get_by_test_id("stMetricValue")).to_have_text("nan")
    expect(page.get_by_test_id("stMetricDelta")).to_contain_text("inf")
    expect(page.get_by_test_id("stJson")).to_contain_text("NaN")
    expect(page.get_by_test_id("stJson")).to_contain_text("-Infinity")
    expect(page.get_by_test_id("stVegaLiteChart")).to_be_visible()
    expect(page.get_by_test_id("stSlider")).to_be_visible()
    expect(exception_message(page)).to_have_text(
        "StreamlitJSNumberBoundsError: `max_value` (inf) must be <= 1.797e+308"
    )
    expect(markdown.filter(has_text="never shown")).to_have_count(0)

    # The page sends NaN back as NaN: the field's value survives a rerun.
    click_button(page, "Rerun")
    expect(markdown.filter(has_text="value: nan")).to_be_visible()
    expect(page.get_by_test_id("stPageError")).to_have_count(0)
