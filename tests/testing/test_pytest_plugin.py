"""The ``fragc_site`` fixture, as a user's own test suite gets it (issue 13, point 5).

An inner pytest session runs in a temporary project with fragc's plugin: the fixture
builds the configured app (and a marked one), serves it, gives its URL, and a
Playwright test drives the page; an app with errors fails its test with fragc's
diagnostic.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import REPO

APP = """\
import streamlit as st

st.title("Plugin app")
if st.button("Greet"):
    st.write("Hello from fragc")
"""

USER_TESTS = """\
import re
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright


def launch(playwright):
    if Path(playwright.chromium.executable_path).exists():
        return playwright.chromium.launch()
    return playwright.chromium.launch(
        executable_path="/usr/bin/chromium",
        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    )


def test_the_configured_app_is_served(fragc_site):
    with urllib.request.urlopen(fragc_site) as response:
        page = response.read().decode()
    assert "<title>App</title>" in page
    bundle = re.search(r'"bundle": "(app\\.[0-9a-f]{12}\\.zip)"', page).group(1)  # content-hashed
    with urllib.request.urlopen(fragc_site + bundle) as response:
        assert response.headers["Content-Type"] == "application/zip"


@pytest.mark.fragc_app("other/other_app.py")
def test_a_marked_app(fragc_site):
    with urllib.request.urlopen(fragc_site) as response:
        assert "<title>Other app</title>" in response.read().decode()


@pytest.mark.fragc_app("broken/app.py")
def test_a_broken_app(fragc_site):
    pass


def test_in_a_browser(fragc_site):
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page()
        page.goto(fragc_site)
        app = page.get_by_test_id("stApp")
        expect(app).to_have_attribute("data-test-script-state", "notRunning", timeout=60_000)
        page.get_by_role("button", name="Greet").click()
        expect(page.get_by_text("Hello from fragc")).to_be_visible(timeout=15_000)
        browser.close()
"""


def test_fragc_site_builds_serves_and_reports(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(APP, encoding="utf-8")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "other_app.py").write_text(
        'import streamlit as st\nst.write("other")\n', encoding="utf-8"
    )
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "app.py").write_text(
        "import streamlit as st\nst.write('x'\n", encoding="utf-8"
    )
    (tmp_path / "pyproject.toml").write_text(
        textwrap.dedent(
            """\
            [tool.pytest.ini_options]
            fragc_app = "app.py"
            """
        ),
        encoding="utf-8",
    )
    (tmp_path / "test_user_app.py").write_text(USER_TESTS, encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO / "compiler"),
        # Only the plugin under test, whatever else (or an older fragc) is installed.
        "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
    }
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "fragc.testing.pytest_plugin",
            "-p",
            "no:cacheprovider",
            "-rf",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = result.stdout + result.stderr
    assert "3 passed, 1 error" in output, output
    assert "test_a_broken_app" in output
    assert "app.py:2:9: FRG001 syntax error: '(' was never closed" in output, output
