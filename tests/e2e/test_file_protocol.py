"""A built site opened from disk (file://) says how to serve it instead of hanging (issue 13, point 3)."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.e2e.conftest import Sites


def test_a_site_opened_from_disk_says_to_serve_it(page: Page, sites: Sites) -> None:
    sites.url("seed_counters")  # built once per session, shared with the other tests
    folder = sites.root / "seed_counters"
    page.goto((folder / "index.html").as_uri())
    message = page.get_by_test_id("stBootError")
    expect(message).to_be_visible()
    expect(message).to_contain_text("This app must be opened through a web server")
    expect(message.locator("pre").first).to_have_text(f'fragc serve "{folder}"')
    # ... or to build it as one file, which runs from disk (test_single_file.py).
    expect(message.locator("pre").last).to_have_text("fragc build APP.py --single-file")
    expect(page.get_by_test_id("stSkeleton")).to_have_count(0)
    # Nothing keeps trying: no app frame, no worker.
    expect(page.get_by_test_id("stApp")).to_have_count(0)
    assert page.evaluate("() => window.__fragcBoot") is None
