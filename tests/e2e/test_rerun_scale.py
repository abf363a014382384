"""A fragment rerun touches only the fragment's part of the page (issue 16; app:
tests/e2e/apps/rerun_scale).

Timing belongs to the benchmark (`python -m bench.scale`); these tests pin the property
itself: a MutationObserver on the app counts what a fragment rerun changes in the DOM,
which must be the same with 20 elements outside the fragment as with 1,000 and never
reach them; and an element no run changed keeps its DOM node across fragment and full
reruns (what a text selection, a focused input or a test's element handle relies on).
"""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect

from tests.e2e.browser import click_button, wait_for_run

OpenApp = Callable[[str], Page]

# Records every DOM change below stApp: which element container (data-fragc-uid of the
# nearest stElementContainer, or "-" outside any) each mutation happened in.
WATCH = """() => {
  window.__mutations = [];
  const app = document.querySelector('[data-testid="stApp"]');
  window.__observer = new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      const holder = el && el.closest('[data-testid="stElementContainer"]');
      window.__mutations.push(holder ? holder.innerText.slice(0, 40) + " |" + r.type + ":" + (r.attributeName || "") + ":" + (r.oldValue || "") : "-");
    }
  });
  window.__observer.observe(app, { subtree: true, childList: true, attributes: true, characterData: true, attributeOldValue: true });
}"""
TAKE = """() => { window.__observer.disconnect(); return window.__mutations; }"""
# The element container holding a text, for identity checks across reruns.
HOLD = """(text) => {
  const found = [...document.querySelectorAll('[data-testid="stElementContainer"]')]
    .find((el) => el.innerText.trim() === text);
  window.__held = window.__held || {};
  window.__held[text] = found;
  return Boolean(found);
}"""
SAME = """(text) => {
  const held = window.__held[text];
  const now = [...document.querySelectorAll('[data-testid="stElementContainer"]')]
    .find((el) => el.innerText.trim() === text);
  return held.isConnected && held === now;
}"""


def fragment_rerun_mutations(page: Page, clicks: int) -> list[str]:
    page.evaluate(WATCH)
    click_button(page, "Fragment button")
    expect(page.get_by_text(f"Fragment ran {clicks} times.", exact=True)).to_be_visible()
    return list(page.evaluate(TAKE))


def test_a_fragment_rerun_changes_only_the_fragment_whatever_the_page_holds(app: OpenApp) -> None:
    page = app("rerun_scale")
    expect(page.get_by_text("Line 19 outside the fragment.", exact=True)).to_be_visible()
    expect(page.get_by_text("Fragment ran 1 times.", exact=True)).to_be_visible()
    small = fragment_rerun_mutations(page, 2)

    page.get_by_label("Lines outside").fill("1000")
    page.get_by_label("Lines outside").press("Enter")
    wait_for_run(page)
    expect(page.get_by_text("Line 999 outside the fragment.", exact=True)).to_be_attached()
    large = fragment_rerun_mutations(page, 4)  # the full run (3) ran the fragment too

    # Only the app's elements count: the page's chrome may move meanwhile (on a loaded
    # machine the run can last long enough for the status widget to show).
    small = [where for where in small if where != "-"]
    large = [where for where in large if where != "-"]
    outside = [where for where in large if where.startswith("Line ")]
    assert outside == [], f"a fragment rerun changed elements outside it: {outside[:5]}"
    assert small, "the fragment rerun changed nothing at all"
    assert len(large) == len(small), (len(small), len(large), large[:20])


def test_unchanged_elements_keep_their_dom_nodes(app: OpenApp) -> None:
    page = app("rerun_scale")
    expect(page.get_by_text("Line 5 outside the fragment.", exact=True)).to_be_visible()
    assert page.evaluate(HOLD, "Line 5 outside the fragment.")
    assert page.evaluate(HOLD, "Full rerun")

    click_button(page, "Fragment button")
    expect(page.get_by_text("Fragment ran 2 times.", exact=True)).to_be_visible()
    assert page.evaluate(SAME, "Line 5 outside the fragment.")

    click_button(page, "Full rerun")
    expect(page.get_by_text("Fragment ran 3 times.", exact=True)).to_be_visible()
    assert page.evaluate(SAME, "Line 5 outside the fragment.")
    assert page.evaluate(SAME, "Full rerun")
