"""Text elements in Chromium: what a user sees of markdown, headings, LaTeX, code, JSON, HTML."""

from __future__ import annotations

import re
from collections.abc import Callable

from playwright.sync_api import Page, expect

from tests.e2e.browser import STEP_TIMEOUT_MS

OpenApp = Callable[[str], Page]

RED = "rgb(255, 43, 43)"


def markdown_with(page: Page, text: str):  # noqa: ANN201 - a Playwright Locator
    return page.get_by_test_id("stMarkdown").filter(has_text=text)


def test_markdown_extras_headings_and_latex(app: OpenApp) -> None:
    page = app("text_elements")
    colours = markdown_with(page, "Colours:")
    expect(colours.locator(".stMarkdownColoredText")).to_have_text("red text")
    expect(colours.locator(".stMarkdownColoredText")).to_have_css("color", RED)
    expect(colours.locator(".stMarkdownColoredBackground")).to_have_text("blue background")
    expect(colours.locator(".stMarkdownBadge")).to_have_text("badge")
    expect(colours.get_by_test_id("stIconMaterial")).to_have_text("home")
    expect(colours).to_contain_text("emoji 😄 and 👍")
    expect(colours).to_contain_text("arrows → done")

    raw = colours.locator("p", has_text="Raw")
    expect(raw).to_have_text("Raw <b>bold tag</b> stays text.")  # escaped, not rendered
    expect(raw.locator("b")).to_have_count(0)
    expect(page.locator("#trusted")).to_have_text("bold")  # unsafe_allow_html renders it

    math = colours.locator("p", has_text="Math inline")
    expect(math.locator(".katex")).to_have_count(1)
    expect(math).to_contain_text("costs $5 and $10.")  # dollars without math stay text
    expect(page.locator(".fragc-latex .katex-display")).to_have_count(1)
    expect(page.locator(".fragc-latex .katex-mathml annotation")).to_contain_text(r"\int_0^1")

    expect(page.get_by_test_id("stCaptionContainer")).to_have_text("A small caption")

    headings = page.get_by_test_id("stHeading")
    title = headings.locator("h1")
    expect(title).to_have_text("Text elements")
    expect(title).to_have_attribute("id", "text-elements")
    expect(title.locator('a[href="#text-elements"]')).to_have_count(1)
    expect(headings.locator("h2")).to_have_attribute("id", "section-with-divider")
    expect(headings.nth(1).get_by_test_id("stHeadingDivider")).to_have_class(
        re.compile("fragc-divider-blue")
    )
    expect(headings.locator("h3").locator("a")).to_have_count(0)  # anchor=False


def test_code_json_html_write_and_echo(app: OpenApp) -> None:
    page = app("text_elements")
    code = page.get_by_test_id("stCode").first
    expect(code.locator("code")).to_have_text("def greet(name):\n    return f'hi {name}'")
    expect(code.locator(".hljs-keyword").first).to_have_text("def")
    expect(code.locator(".hljs-string")).to_have_text("f'hi {name}'")
    expect(code.locator(".fragc-line-numbers")).to_have_text("12")
    # Streamlit's copy button copies the code alone (no line numbers). The clipboard is
    # read in the page, again and again, until it holds the code.
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    code.hover()
    code.get_by_role("button", name="Copy to clipboard", exact=True).click()
    page.evaluate(
        "() => setInterval(async () => { window.clipboardNow = await navigator.clipboard.readText(); }, 50)"
    )
    page.wait_for_function(
        "(want) => window.clipboardNow === want",
        arg="def greet(name):\n    return f'hi {name}'",
        timeout=STEP_TIMEOUT_MS,
    )

    expect(page.get_by_test_id("stJson").first).to_have_text(
        '{"name": "fragc", "tags": ["a", "b"], "ok": true}'
    )

    html = page.get_by_test_id("stHtml")
    expect(html.locator("#safe-html")).to_have_text("Safe html")
    expect(html.locator("script")).to_have_count(0)
    expect(html.locator("#evil")).not_to_have_attribute("onclick", re.compile(".*"))
    page.locator("#evil").click()
    assert page.evaluate("window.__pwned") is None

    three = markdown_with(page, "3").first
    expect(three.locator("code")).to_have_text("3")  # st.write(3) is the markdown `3`
    answer = markdown_with(page, "The answer is")
    expect(answer).to_have_text("The answer is 42")
    expect(answer.locator("code")).to_have_text("42")
    expect(page.get_by_test_id("stJson").nth(1)).to_have_text('{"k": [1, 2]}')

    expect(page.get_by_test_id("stText")).to_have_text("fixed   width")
    echoed = page.get_by_test_id("stCode").last
    expect(echoed.locator("code")).to_have_text(
        'total = sum(range(5))\nst.write(f"total is {total}")'
    )
    expect(page.get_by_test_id("stMarkdown").last).to_have_text("total is 10")


def test_metrics_alerts_and_badges(app: OpenApp) -> None:
    page = app("text_elements")
    deltas = page.get_by_test_id("stMetricDelta")
    expect(deltas).to_have_text(["-1.5 °C", "+2", "0"])
    expect(deltas.nth(0)).to_have_class(re.compile(r"\bfragc-delta-red\b"))  # normal, down
    expect(deltas.nth(0)).to_have_css("color", RED)
    expect(deltas.nth(0).get_by_test_id("stMetricDeltaIcon-Down")).to_have_count(1)
    expect(deltas.nth(1)).to_have_class(re.compile(r"\bfragc-delta-red\b"))  # inverse, up
    expect(deltas.nth(1).get_by_test_id("stMetricDeltaIcon-Up")).to_have_count(1)
    expect(deltas.nth(2)).to_have_class(re.compile(r"\bfragc-delta-gray\b"))  # off, zero
    expect(deltas.nth(2).locator("svg")).to_have_count(0)
    expect(page.get_by_test_id("stMetric").nth(1)).to_have_class(re.compile(r"\bfragc-bordered\b"))

    expect(page.get_by_test_id("stAlertContentInfo")).to_have_text("ℹ️Heads up")
    success = page.get_by_test_id("stAlertContentSuccess")
    expect(success.get_by_test_id("stIconEmoji")).to_have_text("✅")  # taken from the body
    expect(success.locator(".fragc-alert-body")).to_have_text("Saved")
    expect(page.get_by_test_id("stAlertTitle")).to_have_text("Warning title")
    expect(page.get_by_test_id("stAlertContentError")).to_have_text("Broken")
    expect(page.get_by_test_id("stExceptionMessage")).to_have_text("ValueError: boom")

    badge = page.get_by_test_id("stBadge")
    expect(badge).to_have_text("starNew")  # a Material icon's text is its name
    expect(badge.get_by_test_id("stIconMaterial")).to_have_attribute("data-icon", "star")
