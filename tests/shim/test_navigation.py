"""Multipage apps the new way: st.navigation, st.Page, st.page_link, st.logo."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from .harness import AppHarness

ENTRY = """
import streamlit as st

st.logo("logo.svg", link="https://example.com")
st.sidebar.text_input("Shared", key="shared")

def home():
    st.title("Home")
    st.page_link("settings.py", label="Open settings")
    st.page_link(about, icon="ℹ️")
    st.page_link("https://example.com", label="Out")
    if st.button("Go about"):
        st.switch_page(about)

def about_page():
    st.title("About")
    st.checkbox("Seen")

about = st.Page(about_page, title="About us", url_path="about")
pages = {
    "": [st.Page(home, title="Home", icon="🏠", default=True)],
    "More": [st.Page("settings.py", icon=":material/settings:"), about],
    "Secret": [st.Page(lambda: st.title("Hidden"), title="Hidden", url_path="hidden", visibility="hidden")],
}
pg = st.navigation(pages, position=st.query_params.get("pos", "sidebar"))
st.write(f"running {pg.title}")
pg.run()
"""

SETTINGS = """
import streamlit as st
st.title("Settings")
st.write(f"shared is {st.session_state.get('shared', '')!r}")
if st.button("Back home"):
    st.switch_page("nowhere.py")
"""


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppHarness]:
    monkeypatch.chdir(tmp_path)  # the worker runs the app in its folder
    (tmp_path / "settings.py").write_text(textwrap.dedent(SETTINGS), encoding="utf-8")
    (tmp_path / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    harness = AppHarness(tmp_path, ENTRY)
    yield harness.run()
    harness.close()


def headings(app: AppHarness) -> list[str]:
    return [str(n.props["body"]) for n in app.page.elements("heading")]


def test_the_default_page_runs_inside_the_entry(app: AppHarness) -> None:
    assert headings(app) == ["Home"]
    assert "running Home" in app.texts()
    assert app.nav is not None
    assert app.nav["current"] == ""
    assert [
        (p["label"], p.get("section", ""), p.get("hidden", False)) for p in app.nav["pages"]
    ] == [
        ("Home", "", False),
        ("settings", "More", False),
        ("About us", "More", False),
        ("Hidden", "Secret", True),
    ]
    assert [p["url_path"] for p in app.nav["pages"]] == ["", "settings", "about", "hidden"]
    assert app.nav["pages"][1]["icon"] == ":material/settings:"


def test_a_deep_link_runs_that_page_and_shares_the_entrys_widgets(app: AppHarness) -> None:
    app.set("Shared", "hello")
    app.go("settings")
    assert headings(app) == ["Settings"]
    assert "shared is 'hello'" in app.texts()
    assert app.widget("Shared").widget is not None  # the entry's widget, on every page


def test_a_page_link_names_its_page(app: AppHarness) -> None:
    links = [n.props for n in app.page.elements("page_link")]
    assert [(p["label"], p["url_path"], p["external"]) for p in links] == [
        ("Open settings", "settings", False),
        ("About us", "about", False),
        ("Out", "", True),
    ]
    assert links[1]["icon"] == "ℹ️"


def test_switch_page_to_a_page_object(app: AppHarness) -> None:
    app.click("Go about")
    assert headings(app) == ["About"]
    assert app.page_path == "about"


def test_switch_page_to_an_unlisted_file_is_streamlits_error(app: AppHarness) -> None:
    app.go("settings")
    app.click("Back home")
    assert app.exceptions() == [
        "StreamlitPageNotFoundError: Could not find page: `nowhere.py`. You must provide a "
        "`Page` object or file path relative to the entrypoint file. Only pages previously "
        "defined by `st.Page` and passed to `st.navigation` are allowed."
    ]


def test_an_unknown_path_runs_the_default_page_and_says_so(app: AppHarness) -> None:
    app.go("no-such-page")
    assert headings(app) == ["Home"]
    assert app.nav is not None
    assert app.nav.get("not_found") is True
    app.go("hidden")
    assert headings(app) == ["Hidden"]
    assert "not_found" not in app.nav


def test_a_pages_widgets_are_its_own(app: AppHarness) -> None:
    app.go("about")
    app.set("Seen", True)
    app.go("settings")
    app.go("about")
    assert app.widget("Seen").widget is not None
    assert app.page.widget_values.get(app.widget("Seen").widget["id"]) in (None, False)


def test_the_logo_is_sent_with_each_full_run(app: AppHarness) -> None:
    logos = [m for m in app.messages if m["type"] == "page:logo"]
    assert len(logos) == 1
    assert logos[0]["image"].startswith("data:image/svg+xml")
    assert logos[0]["link"] == "https://example.com"
    assert logos[0]["size"] == "medium"


@pytest.mark.parametrize(
    ("code", "error"),
    [
        (
            "st.navigation([])",
            "StreamlitMissingRequiredParameterError: The `pages` parameter is required. "
            "Provide at least one `st.Page`.",
        ),
        (
            'st.navigation([st.Page("missing.py")])',
            "StreamlitPageNotFoundError: Unable to create Page. The file `missing.py` could not "
            "be found.",
        ),
        (
            "def a(): pass\nst.navigation([st.Page(a, default=True), st.Page(a, url_path='b', default=True)])",
            "StreamlitAPIException: Multiple Pages specified with `default=True`. At most one "
            "Page can be set to default.",
        ),
        (
            "def a(): pass\nst.navigation([a], position='left')",
            "StreamlitValueError: Invalid `position` value. Supported values: sidebar, hidden, top.",
        ),
        (
            "def a(): pass\nst.Page(a, url_path='x/y')",
            "StreamlitAPIException: The `url_path` `x/y` cannot include `/`. Streamlit does not "
            "support nested URL pathnames yet, so use a single path segment (e.g. `foo_bar`). "
            "To upvote support for nested pathnames, see GitHub issue "
            "[#8971](https://github.com/streamlit/streamlit/issues/8971).",
        ),
        (
            "def a(): pass\nst.Page(a).run()",
            "StreamlitAPIException: This page cannot be called directly. Only the page returned "
            "from st.navigation can be called once.",
        ),
        (
            "st.logo('https://example.com/x.png', link='example.com')",
            'StreamlitAPIException: "example.com" is not a valid URL. You must use a fully '
            'qualified domain beginning with "http://" or "https://".',
        ),
    ],
)
def test_streamlits_errors(tmp_path: Path, code: str, error: str) -> None:
    harness = AppHarness(tmp_path, "import streamlit as st\n" + code + "\n")
    try:
        harness.run()
        assert harness.exceptions() == [error]
    finally:
        harness.close()


def test_two_pages_on_one_url_path(tmp_path: Path) -> None:
    harness = AppHarness(
        tmp_path,
        "import streamlit as st\ndef a(): pass\ndef b(): pass\n"
        "st.navigation({'S': [st.Page(a, url_path='x'), st.Page(b, url_path='x')]})\n",
    )
    try:
        harness.run()
        [error] = harness.exceptions()
        assert error.startswith(
            "StreamlitAPIException: Two pages resolve to the URL pathname `/x`: callable "
            'titled "a" (section "S", default page) and callable titled "b" (section "S")'
        )
    finally:
        harness.close()


def test_a_fragment_in_a_page_reruns_alone_with_the_pages_ids(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "counter.py").write_text(
        textwrap.dedent(
            """
            import streamlit as st
            st.session_state.setdefault("page_runs", 0)
            st.session_state.page_runs += 1

            @st.fragment
            def counter():
                if st.button("Add"):
                    st.session_state.adds = st.session_state.get("adds", 0) + 1
                st.write(f"adds {st.session_state.get('adds', 0)} page runs {st.session_state.page_runs}")

            counter()
            """
        ),
        encoding="utf-8",
    )
    harness = AppHarness(
        tmp_path,
        "import streamlit as st\ndef home(): st.title('Home')\n"
        "st.navigation([st.Page(home), st.Page('counter.py')]).run()\n",
    )
    try:
        harness.run()
        harness.go("counter")
        assert "adds 0 page runs 1" in harness.texts()
        harness.click("Add")
        assert "adds 1 page runs 1" in harness.texts()  # the fragment alone ran
        harness.click("Add")
        assert "adds 2 page runs 1" in harness.texts()
        assert harness.statuses()[-1] == "finished_fragment"
    finally:
        harness.close()


def test_with_st_navigation_a_pages_folder_is_not_the_navigation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A deep link's first run runs the entry (which lists the pages), not pages/page1.py."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "page1.py").write_text("import streamlit as st\nst.title('One')\n")
    (tmp_path / "pages" / "unlisted.py").write_text("import streamlit as st\nst.title('No')\n")
    harness = AppHarness(
        tmp_path,
        "import streamlit as st\nst.caption('entry')\ndef home(): st.title('Home')\n"
        "st.navigation([st.Page(home), st.Page('pages/page1.py')]).run()\n",
        manifest={"navigation": True},
    )
    try:
        harness.go("page1")
        assert headings(harness) == ["One"]
        assert "entry" in harness.texts()
        assert harness.nav is not None
        assert [p["url_path"] for p in harness.nav["pages"]] == ["", "page1"]
        harness.go("unlisted")
        assert headings(harness) == ["Home"]
        assert harness.nav.get("not_found") is True
    finally:
        harness.close()
