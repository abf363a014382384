"""Custom components in Chromium (issue 10; app: tests/e2e/apps/components).

The component is written as component authors write them, with streamlit-component-lib
(bundled here by esbuild from frontend_src/, as `npm run build` would): the test checks
that it gets its render args (JSON and bytes) and the theme, sizes its own frame, and
that the value it sets comes back as the call's return value in the run it starts: a
full run at the top level, only the fragment's run inside a fragment. New args on a
rerun reach the same frame (it is not reloaded).
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import FrameLocator, Page, expect

from tests.conftest import REPO
from tests.e2e.browser import wait_for_run

OpenApp = Callable[[str], Page]
APP = Path(__file__).resolve().parent / "apps" / "components"
NODE_MODULES = REPO / "runtime_js" / "node_modules"


@pytest.fixture(scope="module", autouse=True)
def built_frontend() -> None:
    """Bundle the component's frontend into the app's frontend/ folder (once per run)."""
    esbuild = NODE_MODULES / ".bin" / "esbuild"
    if not esbuild.exists():
        pytest.fail("no esbuild: run `npm ci` in runtime_js (make setup)")
    out = APP / "frontend"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    shutil.copyfile(APP / "frontend_src" / "index.html", out / "index.html")
    subprocess.run(
        [
            str(esbuild),
            str(APP / "frontend_src" / "main.js"),
            "--bundle",
            "--minify",
            "--format=iife",
            f"--outfile={out / 'main.js'}",
        ],
        check=True,
        capture_output=True,
        env={"NODE_PATH": str(NODE_MODULES), "PATH": "/usr/bin:/bin"},
    )


def frame(page: Page, index: int) -> FrameLocator:
    return page.frame_locator(f"[data-testid=stCustomComponentV1] >> nth={index}")


def test_component_protocol(app: OpenApp) -> None:
    page = app("components")
    expect(page.get_by_text("full runs: 1", exact=True)).to_be_visible()
    frames = page.get_by_test_id("stCustomComponentV1")
    expect(frames).to_have_count(2)
    expect(frames.nth(0)).to_have_attribute("title", "app.greeter")

    # Render args (JSON and bytes) and the theme reach the component; it sizes its frame.
    main = frame(page, 0)
    expect(main.locator("#label")).to_have_text("Hello, Ada! count=0")
    expect(main.locator("#bytes")).to_have_text("bytes: 1,2")
    expect(main.locator("body")).to_have_attribute("data-theme", "light")
    expect(frames.nth(0)).to_be_visible()
    page.wait_for_function(
        "() => document.querySelector('[data-testid=stCustomComponentV1]')"
        ".getBoundingClientRect().height > 60"
    )
    expect(page.get_by_text("main value: 0", exact=True)).to_be_visible()  # the default

    # setComponentValue: the value is the call's result in the full run it starts.
    main.get_by_role("button", name="Add one").click()
    wait_for_run(page)
    expect(page.get_by_text("main value: 1", exact=True)).to_be_visible()
    expect(page.get_by_text("full runs: 2", exact=True)).to_be_visible()

    # New args on a rerun go to the same frame: it renders again, it is not reloaded.
    expect(main.locator("#renders")).to_have_text("renders: 2")
    page.get_by_label("Name", exact=True).fill("Grace")
    page.get_by_label("Name", exact=True).press("Enter")
    wait_for_run(page)
    expect(main.locator("#label")).to_have_text("Hello, Grace! count=0")
    expect(main.locator("#renders")).to_have_text("renders: 3")
    expect(page.get_by_text("main value: 1", exact=True)).to_be_visible()  # kept

    # In a fragment: the value reruns only the fragment.
    inner = frame(page, 1)
    expect(inner.locator("#label")).to_have_text("Hi, fragment! count=0")
    # (the fragment has run with each of the three full runs so far)
    expect(page.get_by_text("fragment value: None; fragment runs: 3", exact=True)).to_be_visible()
    inner.get_by_role("button", name="Add one").click()
    wait_for_run(page)
    expect(page.get_by_text("fragment value: 1; fragment runs: 4", exact=True)).to_be_visible()
    expect(page.get_by_text("full runs: 3", exact=True)).to_be_visible()
    expect(inner.locator("#label")).to_have_text("Hi, fragment! count=1")
