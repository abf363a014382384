"""A page's own packages (shim/page_packages.py, issue 9): installed before its first run.

Both ways of making pages: a ``pages/`` page and an ``st.Page`` file under
``st.navigation``. The loader is a fake (the worker's is runtime_js/src/page_packages.js).
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from fragc.shim import page_packages

from .harness import AppHarness

PAGE = """
import streamlit as st
st.title("Six")
st.write("six is here")
"""
FOLDER_ENTRY = "import streamlit as st\nst.title('Home')\n"
NAV_ENTRY = """
import streamlit as st
st.sidebar.write("on every page")
pg = st.navigation([st.Page(lambda: st.title("Home"), title="Home"), st.Page("views/six.py")])
pg.run()
"""


@dataclass(frozen=True)
class Way:
    entry: str
    script: str  # the page's file, relative to the entry's folder
    url_path: str


WAYS = [
    pytest.param(Way(FOLDER_ENTRY, "pages/1_Six.py", "Six"), id="pages-folder"),
    pytest.param(Way(NAV_ENTRY, "views/six.py", "six"), id="st-navigation"),
]


class FakeLoader:
    def __init__(self) -> None:
        self.asked: list[list[str]] = []
        self.problem = ""

    async def __call__(self, names: list[str]) -> str:
        self.asked.append(names)
        return self.problem


@pytest.fixture
def loader(monkeypatch: pytest.MonkeyPatch) -> FakeLoader:
    fake = FakeLoader()
    monkeypatch.setattr(page_packages, "loader", fake)
    return fake


@pytest.fixture(params=WAYS)
def app(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[AppHarness, Way]]:
    way: Way = request.param
    monkeypatch.chdir(tmp_path)
    page = tmp_path / way.script
    page.parent.mkdir()
    page.write_text(textwrap.dedent(PAGE), encoding="utf-8")
    harness = AppHarness(tmp_path, way.entry)
    page_packages.configure({"page_packages": {way.script: ["six"]}})
    yield harness.run(), way
    harness.close()
    page_packages.configure({})  # module state: the next test's session starts clean


def spinners(harness: AppHarness) -> list[dict[str, object]]:
    return [
        delta["element"]["props"]
        for m in harness.messages
        if m["type"] == "run:deltas"
        for delta in m["deltas"]
        if delta.get("element", {}).get("kind") == "spinner"
    ]


def test_the_page_says_what_it_loads_then_runs(
    app: tuple[AppHarness, Way], loader: FakeLoader
) -> None:
    harness, way = app
    assert loader.asked == []  # not at boot, not for the entry's page
    before = len(harness.statuses())
    harness.go(way.url_path)
    assert loader.asked == [["six"]]
    assert spinners(harness) == [
        {"text": "Loading packages: six…", "show_time": False, "cache": False, "packages": ["six"]}
    ]
    # The run that stopped at the line, then the page's; one session:idle for both.
    assert harness.statuses()[before:] == ["finished", "finished"]
    assert [m["type"] for m in harness.messages].count("session:idle") == 2
    assert "six is here" in harness.texts()
    assert harness.page.elements("spinner") == []
    harness.go("")
    harness.go(way.url_path)
    assert loader.asked == [["six"]]  # installed once
    assert "six is here" in harness.texts()


def test_packages_that_fail_are_the_page_s_error_and_the_next_visit_retries(
    app: tuple[AppHarness, Way], loader: FakeLoader
) -> None:
    harness, way = app
    loader.problem = "HTTP 404 for six-1.17.0-py2.py3-none-any.whl"
    harness.go(way.url_path)
    assert harness.exceptions() == [
        "PagePackagesFailed: The packages this page imports (six) could not be installed: "
        "HTTP 404 for six-1.17.0-py2.py3-none-any.whl"
    ]
    loader.problem = ""
    harness.go("")
    assert harness.exceptions() == []
    harness.go(way.url_path)
    assert loader.asked == [["six"], ["six"]]
    assert harness.exceptions() == []
    assert "six is here" in harness.texts()
