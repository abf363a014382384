"""Script injection through every text path, default and opted in (issue 14, point 2).

``apps/html_payloads`` writes each of 66 classic payloads through one of 54 text paths
(markdown, captions, labels, options, alerts, tables, links, st.html, ...). Each path is
checked twice in Chromium, with ``xss`` exposed in every frame: on the site as built, and
on a copy without its Content-Security-Policy, so that the sanitiser alone is what is
tested (the policy would refuse most of these payloads by itself):

* the payloads that ran are exactly those Streamlit 1.67 runs there: none, except a plain
  ``<script>`` in ``st.html(..., unsafe_allow_javascript=True)``, which Streamlit runs on
  purpose (and which the policy lets run). Measured with the same app under
  ``streamlit run`` 1.67.0 in the same Chromium: 0 executions on every default path and
  in ``st.html``; in markdown and captions with ``unsafe_allow_html=True`` it runs 7
  (payloads 3, 4, 16, 47, 48, 52 and 57: ``<svg><script>``, ``srcdoc``, ``data:`` frames,
  objects and embeds). fragc runs none of them.
* nothing left in the page can run script on a click, a hover or a focus: no event
  handler attribute, no ``javascript:``/``vbscript:``/``data:text/html`` URL, no
  ``srcdoc``, no ``<object>``, ``<embed>``, ``<base>``, ``<meta>`` or ``<link>``, no
  script (but the opted-in ones).
"""

from __future__ import annotations

import importlib.util
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, Route, expect

from tests.e2e.browser import BOOT_TIMEOUT_MS, wait_for_run
from tests.e2e.conftest import LOCAL_HOSTS, Sites

APP = "html_payloads"
APP_FOLDER = Path(__file__).resolve().parent / "apps" / APP


def _payloads() -> list[str]:
    spec = importlib.util.spec_from_file_location("payloads", APP_FOLDER / "payloads.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.PAYLOADS)


PAYLOADS = _payloads()
OPTED_IN = [
    "markdown unsafe_allow_html",
    "caption unsafe_allow_html",
    "html",
    "html unsafe_allow_javascript",
]
DEFAULT = [
    "markdown", "caption", "write", "title", "header", "subheader", "text", "code",
    "latex", "info", "error", "warning title", "exception", "toast", "button", "help",
    "checkbox", "radio", "selectbox", "multiselect", "text_input", "text_area", "number_input",
    "slider", "pills", "toggle", "select_slider", "segmented_control", "color_picker",
    "date_input", "file_uploader", "download_button", "form_submit_button", "chat_message",
    "chat_input", "expander", "tabs", "popover", "status", "metric", "json", "table",
    "dataframe", "image caption", "badge", "progress", "link_button", "markdown link",
    "markdown image", "page_link",
]  # fmt: skip
# What Streamlit 1.67 runs on purpose: the opted-in st.html runs its <script> (payload 0).
EXPECTED_RUNS = {"html unsafe_allow_javascript": [0]}

# Everything in the app that could run script later, as a list of findings.
UNSAFE_DOM = """
(allowScripts) => {
  const found = [];
  const bad = /^(?:javascript|vbscript|data:text\\/html)/i;
  const urlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background"];
  for (const el of document.querySelector('[data-testid="stApp"]').querySelectorAll("*")) {
    const tag = el.tagName.toLowerCase();
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      const compact = attr.value.replace(/[\\u0000-\\u0020]/g, "");
      if (name.startsWith("on")) found.push(`${tag}[${name}]`);
      if (name === "srcdoc") found.push(`${tag}[srcdoc]`);
      if (urlAttributes.includes(name) && bad.test(compact)) found.push(`${tag}[${name}=${attr.value.slice(0, 30)}]`);
    }
    if (["object", "embed", "base", "meta", "link"].includes(tag)) found.push(tag);
    if (tag === "script" && !(allowScripts && (el.getAttribute("src") || "").startsWith("blob:"))) found.push("script");
  }
  return found;
}
"""


class PayloadPage:
    """One page of the payload app for the whole module; each test picks a path."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.ran: list[int] = []
        self.problems: list[str] = []


def without_policy(sites: Sites) -> str:
    """A copy of the built app without its Content-Security-Policy: the sanitiser alone."""
    built = sites.root / APP
    sites.url(APP)
    copy = sites.root / f"{APP}--no-csp"
    if not copy.exists():
        shutil.copytree(built, copy)
        index = copy / "index.html"
        html = index.read_text(encoding="utf-8")
        stripped = re.sub(r'\s*<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
        assert stripped != html
        index.write_text(stripped, encoding="utf-8")
        for compressed in (copy / "index.html.br", copy / "index.html.gz"):
            compressed.unlink(missing_ok=True)
    return f"{sites.base_url}{copy.name}/"


@pytest.fixture(scope="module", params=["with its CSP", "sanitiser alone"])
def payload_page(
    request: pytest.FixtureRequest, browser: Browser, sites: Sites
) -> Iterator[PayloadPage]:
    url = sites.url(APP) if request.param == "with its CSP" else without_policy(sites)
    context = browser.new_context()
    page = context.new_page()
    state = PayloadPage(page)
    # In every frame, whatever its origin: a payload that runs anywhere is caught. The
    # page's own frames also note it where the test can wait for it (window.top).
    context.expose_binding("xssRan", lambda _source, number: state.ran.append(int(number)))
    context.add_init_script(
        "window.xss = (n) => { try { (window.top.xssLog ||= []).push(n); } catch {} window.xssRan(n); };"
    )

    def route(route: Route) -> None:
        url = route.request.url
        if urlsplit(url).scheme in ("data", "blob") or urlsplit(url).hostname in LOCAL_HOSTS:
            route.fallback()  # payloads' `src=x` ask the site for "x": a 404, harmless
        else:
            state.problems.append(f"request to a non-local host: {url}")
            route.abort()

    context.route("**/*", route)
    page.on("pageerror", lambda error: state.problems.append(f"uncaught page error: {error}"))
    page.on("dialog", lambda dialog: dialog.dismiss())
    page.goto(url)
    expect(page.get_by_test_id("stApp")).to_have_attribute(
        "data-test-connection-state", "CONNECTED", timeout=BOOT_TIMEOUT_MS
    )
    wait_for_run(page, timeout=BOOT_TIMEOUT_MS)
    yield state
    context.close()


def test_the_table_is_large_enough_and_names_every_path(payload_page: PayloadPage) -> None:
    assert len(PAYLOADS) >= 50
    page = payload_page.page
    page.get_by_role("combobox", name="Path", exact=True).click()
    options = page.get_by_role("listbox", name="Path").get_by_role("option").all_inner_texts()
    page.keyboard.press("Escape")
    assert options[1:] == DEFAULT + OPTED_IN  # after "(none)"


@pytest.mark.parametrize("path", DEFAULT + OPTED_IN)
def test_no_payload_runs_where_streamlit_runs_none(payload_page: PayloadPage, path: str) -> None:
    page = payload_page.page
    payload_page.ran.clear()
    # Typed, not clicked: a payload's chat input (stBottom) may lie over the combobox.
    page.get_by_role("combobox", name="Path", exact=True).fill(path)
    listbox = page.get_by_role("listbox", name="Path", exact=True)
    listbox.get_by_role("option", name=path, exact=True).dispatch_event("click")
    wait_for_run(page, timeout=30_000)
    expect(page.get_by_test_id("stMarkdown").last).to_have_text(f"shown: {path}")
    # Whatever could run on load has had its chance: every image has loaded or failed
    # (an onerror would have fired), and the opted-in scripts have run.
    page.wait_for_function("() => [...document.images].every((image) => image.complete)")
    expected = EXPECTED_RUNS.get(path, [])
    if expected:
        page.wait_for_function(f"() => (window.xssLog || []).length >= {len(expected)}")
    page.evaluate(
        "() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))"
    )

    assert sorted(set(payload_page.ran)) == expected
    assert page.evaluate(UNSAFE_DOM, path == "html unsafe_allow_javascript") == []
    assert payload_page.problems == []
