"""Multipage apps the old way (pages/ beside the entry), driven as the page drives them."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from fragc.shim import api, pages

from .harness import AppHarness

ENTRY = """
import streamlit as st
st.session_state.setdefault("visits", 0)
st.session_state.visits += 1
st.title("Home")
name = st.text_input("Name", key="name")
if st.button("To charts"):
    st.switch_page("pages/1_📈_Charts.py")
if st.button("Nowhere"):
    st.switch_page("pages/missing.py")
"""

PAGES = {
    "1_📈_Charts.py": """
        import streamlit as st
        st.title("Charts")
        st.write(f"visits {st.session_state.visits}")
        st.slider("Level", 0, 10, key="level")

        @st.fragment(run_every=5)
        def clock():
            st.write("tick")
        clock()
        if st.button("Home"):
            st.switch_page("app.py")
    """,
    "02_data_view.py": """
        import streamlit as st
        st.title("Data")
        st.write("data" + 1)
    """,
    "about.py": "import streamlit as st\nst.title('About')\n",
}


@pytest.fixture
def app(tmp_path: Path) -> Iterator[AppHarness]:
    folder = tmp_path / "pages"
    folder.mkdir()
    for name, source in PAGES.items():
        (folder / name).write_text(textwrap.dedent(source), encoding="utf-8")
    harness = AppHarness(tmp_path, ENTRY)
    yield harness.run()
    harness.close()


def headings(app: AppHarness) -> list[str]:
    return [str(n.props["body"]) for n in app.page.elements("heading")]


@pytest.mark.parametrize(
    ("name", "url_path", "label", "icon"),
    [
        ("1_📈_Charts.py", "Charts", "Charts", "📈"),
        ("02_data_view.py", "data_view", "data view", ""),
        ("about.py", "about", "about", ""),
        ("🎉_Party.py", "Party", "Party", "🎉"),
        ("10 - Big One.py", "Big_One", "Big One", ""),
    ],
)
def test_page_names_follow_streamlit(
    tmp_path: Path, name: str, url_path: str, label: str, icon: str
) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / name).write_text("")
    found = pages.discover(tmp_path / "app.py")[1]
    assert (found.url_path, found.label, found.icon) == (url_path, label, icon)


def test_order_is_numeric_prefix_then_name(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    for name in ["b.py", "10_ten.py", "2_two.py", "a.py", "__init__.py", ".hidden.py"]:
        (tmp_path / "pages" / name).write_text("")
    order = [p.url_path for p in pages.discover(tmp_path / "main.py")]
    assert order == ["", "two", "ten", "a", "b"]  # as Streamlit: no __init__.py, no dot files


def test_navigation_lists_pages_and_marks_the_current(app: AppHarness) -> None:
    assert app.nav is not None
    assert [(p["label"], p["icon"]) for p in app.nav["pages"]] == [
        ("app", ""),
        ("Charts", "📈"),
        ("data view", ""),
        ("about", ""),
    ]
    assert app.nav["current"] == ""
    app.go("Charts")
    assert headings(app) == ["Charts"]
    assert app.nav["current"] == "Charts"


def test_session_state_is_shared_and_widget_state_cleaned(app: AppHarness) -> None:
    app.set("Name", "Ada")
    app.go("Charts")
    # The entry ran twice (load, the edit); a pages/ page runs without the entry.
    assert "visits 2" in app.texts()
    app.set("Level", 7)
    assert api.session_state["level"] == 7
    app.go("")
    # Streamlit cleans the state of widgets the run did not draw (the left page's slider);
    # what the app put in session state itself stays.
    assert "level" not in api.session_state
    assert api.session_state["visits"] == 3
    assert headings(app) == ["Home"]


def test_switch_page_runs_the_page_and_moves_the_address_bar(app: AppHarness) -> None:
    app.click("To charts")
    assert headings(app) == ["Charts"]
    assert app.page_path == "Charts"
    assert app.timers  # the page's run_every fragment
    app.click("Home")
    assert headings(app) == ["Home"]
    assert app.page_path == ""
    assert app.timers == {}  # left with the page


def test_switch_page_to_a_missing_page_is_streamlits_error(app: AppHarness) -> None:
    app.click("Nowhere")
    (error,) = app.exceptions()
    assert error == (
        "StreamlitPageNotFoundError: Could not find page: `pages/missing.py`. You must provide "
        f"a file path relative to the entrypoint file (from the directory `{Path(app.tmp).name}`). "
        "Only the entrypoint file and files in the `pages/` directory are supported."
    )


def test_a_failing_page_shows_its_error_and_navigation_stays(app: AppHarness) -> None:
    app.go("data_view")
    assert headings(app) == ["Data"]
    assert any("TypeError" in e for e in app.exceptions())
    assert app.nav is not None
    assert app.nav["current"] == "data_view"
    app.go("about")
    assert headings(app) == ["About"]
    assert app.exceptions() == []


def test_an_unknown_url_path_shows_the_entry(app: AppHarness) -> None:
    app.go("nope")
    assert headings(app) == ["Home"]
    assert app.page_path == ""


def test_one_page_app_sends_no_navigation(make_app: Callable[[str], AppHarness]) -> None:
    app = make_app("import streamlit as st\nst.write('hi')\n")
    assert app.nav is None
