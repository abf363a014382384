"""``fragc dev`` in Chromium: save, and the open page reruns the new script (issue 13, point 1).

One dev server per test, on a copy of a small app in a temporary folder that the test
edits as a user would. "Without rebooting Python" is checked twice: the session state
survives (a reboot would reset it) and a marker set on `window` survives (a page
reload would clear it).
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.dev.process import DevProcess
from tests.e2e.browser import BOOT_TIMEOUT_MS, click_button, wait_for_run

APP = """\
import streamlit as st

if "clicks" not in st.session_state:
    st.session_state.clicks = 0

if st.button("Count"):
    st.session_state.clicks += 1

st.write(f"Clicks: {st.session_state.clicks}")
st.write("Version one")
"""


@pytest.fixture
def app_file(tmp_path: Path) -> Path:
    app = tmp_path / "app" / "app.py"
    app.parent.mkdir()
    app.write_text(APP, encoding="utf-8")
    return app


@pytest.fixture
def dev(app_file: Path) -> Iterator[DevProcess]:
    process = DevProcess(app_file)
    yield process
    process.close()


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def open_app(page: Page, url: str) -> None:
    page.goto(url)
    expect(page.get_by_test_id("stApp")).to_have_attribute(
        "data-test-connection-state", "CONNECTED", timeout=BOOT_TIMEOUT_MS
    )
    wait_for_run(page, timeout=BOOT_TIMEOUT_MS)


def text(page: Page, value: str) -> None:
    expect(page.get_by_test_id("stMarkdown").get_by_text(value, exact=True)).to_be_visible()


def test_save_reruns_the_new_script_in_the_running_page(
    dev: DevProcess, page: Page, app_file: Path
) -> None:
    open_app(page, dev.url)
    click_button(page, "Count")
    click_button(page, "Count")
    text(page, "Clicks: 2")
    page.evaluate("window.__sameDocument = true")
    overlay = page.get_by_test_id("fragcDevOverlay")

    # A one-line edit: the new script runs, the session state is the same.
    edit(app_file, "Version one", "Version two")
    text(page, "Version two")
    wait_for_run(page)
    text(page, "Clicks: 2")

    # A syntax error: the overlay says where; the running app still works under it.
    edit(app_file, 'st.write("Version two")', 'st.write("Version two"')
    expect(overlay).to_be_visible()
    expect(overlay.get_by_test_id("fragcDevDiagnostic")).to_have_count(1)
    expect(overlay.get_by_test_id("fragcDevDiagnostic")).to_contain_text(
        "app.py:10:9 FRG001 syntax error: '(' was never closed"
    )
    expect(overlay).to_contain_text('st.write("Version two"')
    click_button(page, "Count")
    text(page, "Clicks: 3")
    text(page, "Version two")

    # Fixed: the overlay goes, the fixed script runs.
    edit(app_file, 'st.write("Version two"', 'st.write("Version three")')
    expect(overlay).to_have_count(0)
    text(page, "Version three")
    wait_for_run(page)

    # A module of the app: new, then edited; the script sees each version.
    (app_file.parent / "helper.py").write_text('GREETING = "hello"\n', encoding="utf-8")
    edit(
        app_file,
        "import streamlit as st\n",
        "import streamlit as st\nfrom helper import GREETING\n",
    )
    edit(app_file, 'st.write("Version three")', 'st.write("Version three")\nst.write(GREETING)')
    text(page, "hello")
    (app_file.parent / "helper.py").write_text('GREETING = "bonjour"\n', encoding="utf-8")
    text(page, "bonjour")
    wait_for_run(page)

    # A new requirement: its wheel is installed into the running Python.
    (app_file.parent / "requirements.txt").write_text("tabulate==0.9.0\n", encoding="utf-8")
    edit(
        app_file, "from helper import GREETING\n", "from helper import GREETING\nimport tabulate\n"
    )
    edit(
        app_file,
        "st.write(GREETING)",
        'st.write(GREETING)\nst.write(f"tabulate {tabulate.__version__}")',
    )
    expect(page.get_by_text("tabulate 0.9.0")).to_be_visible(timeout=60_000)
    wait_for_run(page)

    text(page, "Clicks: 3")
    assert page.evaluate("window.__sameDocument") is True, "the page was reloaded"


def test_an_app_that_does_not_build_yet_shows_why_then_starts(
    dev: DevProcess, page: Page, app_file: Path
) -> None:
    dev.stop()
    app_file.write_text(
        textwrap.dedent(
            """\
            import streamlit as st
            st.write("Ready"
            """
        ),
        encoding="utf-8",
    )
    broken = DevProcess(app_file)
    try:
        page.goto(broken.url)
        overlay = page.get_by_test_id("fragcDevOverlay")
        expect(overlay).to_contain_text("app.py:2:9: FRG001 syntax error: '(' was never closed")
        edit(app_file, 'st.write("Ready"', 'st.write("Ready")')
        expect(page.get_by_test_id("stApp")).to_have_attribute(
            "data-test-connection-state", "CONNECTED", timeout=BOOT_TIMEOUT_MS
        )
        wait_for_run(page, timeout=BOOT_TIMEOUT_MS)
        text(page, "Ready")
        expect(overlay).to_have_count(0)
    finally:
        broken.close()
