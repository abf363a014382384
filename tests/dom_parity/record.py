"""Record the DOM outlines of real Streamlit that tests/e2e/test_dom_parity.py compares fragc with.

Usage (from the repository root, Streamlit installed in some other environment)::

    python -m tests.dom_parity.record --streamlit /work/st167/bin/streamlit [APP ...]

For each case of ``cases.CASES`` (all, or the apps named) it starts ``streamlit run APP
--server.headless true`` on a free port, opens it in Chromium (Playwright; Debian's
``/usr/bin/chromium`` when Playwright's own is not downloaded), waits for the run to end,
takes the outline (``outline.js``), then takes each step of the case and the outline after
it, and writes ``goldens/<app>.json``. Rerun it against a newer Streamlit and review the
goldens' diff.

What the outline holds: for every element under the main block container, the bottom
container (``stBottom``: the chat input) and the toast container, in document order and
nested as in the page, the elements a test can select: those with a ``data-testid``, with a
role (explicit, or implied by the tag: button, select, textarea, input, summary, details,
headings, links, ...) and ``<label>``s. For each: test id, tag, role, an approximation of the
accessible name (aria-labelledby, aria-label, a <label>, the placeholder, or the content for
buttons, tabs, options, headings), the attributes tests read (aria-expanded, aria-selected,
aria-checked, aria-disabled, disabled, data-baseweb, data-test-scroll-behavior, open), the
value of form controls, whether it is hidden, and the visible text of leaves.

What it ignores, on purpose: class names and inline or emotion styles (presentation, which
fragc draws its own way); elements with neither test id nor role (wrappers); text marked
aria-hidden (icon ligatures such as ``keyboard_arrow_down``).

Which roots a case compares is its ``roots`` (cases.py): the first cases compare main,
bottom and toasts; later ones also the layers (what floats above the page: a popover's
body, a dialog, a tooltip, wherever it is drawn) and the focused control; the sidebar case
also the sidebar and the header (stHeader, stToolbar, stMainMenu...). The outline holds
every root; a golden recorded before a root existed lacks it, and nothing compares it.
"""

from __future__ import annotations

import argparse
import json
import socket
import subprocess
import sys
import time
import urllib.request
from typing import Any

from playwright.sync_api import Page, expect, sync_playwright

from tests.dom_parity.cases import APPS, CASES, OUTLINE_JS, golden_path, run_step
from tests.e2e.conftest import launch_chromium

STEP_TIMEOUT_MS = 20_000


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_server(url: str, process: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url + "_stcore/health", timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"streamlit did not answer on {url}")


def wait_for_step_run(page: Page) -> None:
    """The run a step starts, if it starts one: Streamlit moves the script state off
    ``notRunning`` only once the server answers, so a wait for ``notRunning`` right after
    a click can pass before the run (a dialog's button, whose fragment run then reruns
    the app, was recorded half-done that way). A step that starts no run waits 1.5 s."""
    try:
        expect(page.get_by_test_id("stApp")).not_to_have_attribute(
            "data-test-script-state", "notRunning", timeout=1_500
        )
    except AssertionError:
        pass
    wait_for_run(page)


def wait_for_run(page: Page) -> None:
    expect(page.get_by_test_id("stApp")).to_have_attribute(
        "data-test-script-state", "notRunning", timeout=STEP_TIMEOUT_MS
    )


def settled_outline(page: Page) -> dict[str, Any]:
    """The outline once two takes 250 ms apart agree (Streamlit animates some elements in)."""
    previous = page.evaluate(OUTLINE_JS)
    for _ in range(40):
        page.wait_for_timeout(250)
        current = page.evaluate(OUTLINE_JS)
        if current == previous:
            return dict(current)
        previous = current
    raise RuntimeError("the outline never settled")


def record(page: Page, streamlit: str, app: str, steps: tuple[Any, ...]) -> dict[str, Any]:
    port = free_port()
    process = subprocess.Popen(
        [
            streamlit,
            "run",
            str(APPS / app / "app.py"),
            "--server.headless",
            "true",
            "--server.port",
            str(port),
            "--browser.gatherUsageStats",
            "false",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}/"
        wait_for_server(url, process)
        page.goto(url)
        wait_for_run(page)
        states = [{"after": "first run", "outline": settled_outline(page)}]
        for step in steps:
            run_step(page, step)
            wait_for_step_run(page)
            states.append({"after": step.label, "outline": settled_outline(page)})
        return {"app": app, "streamlit": version(streamlit), "states": states}
    finally:
        process.terminate()
        process.wait(timeout=20)


def version(streamlit: str) -> str:
    out = subprocess.run([streamlit, "version"], capture_output=True, text=True, check=True)
    return out.stdout.strip().rsplit(" ", 1)[-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--streamlit", default="/work/st167/bin/streamlit")
    parser.add_argument("apps", nargs="*", help="apps to record (default: all)")
    args = parser.parse_args(argv)
    cases = [case for case in CASES if not args.apps or case.app in args.apps]
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            for case in cases:
                context = browser.new_context(viewport={"width": 1280, "height": 900})
                page = context.new_page()
                golden = record(page, args.streamlit, case.app, case.steps)
                context.close()
                path = golden_path(case.app)
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(json.dumps(golden, indent=1, ensure_ascii=False) + "\n")
                sys.stderr.write(f"{path}: {len(golden['states'])} outlines\n")
        finally:
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
