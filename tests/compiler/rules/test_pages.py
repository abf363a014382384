"""Pages of a pages/ folder: analysed with the entry's rules; FRG023 for a missing page."""

from __future__ import annotations

from pathlib import Path

import pytest

from fragc.analysis import AppAnalysis
from tests.compiler.conftest import Analyze

PAGES = {
    "pages/1_📈_Charts.py": "import streamlit as st\nst.switch_page('app.py')\n",
    "pages/about.py": "import streamlit as st\nst.title('About')\n",
}


def frg023(analyze: Analyze, source: str, files: dict[str, str]) -> list[tuple[str, int, int]]:
    result = analyze(source, files=files)
    return [(_rel(result, d.file), d.line, d.col) for d in result.diagnostics if d.code == "FRG023"]


def _rel(result: AppAnalysis, file: str | None) -> str:
    return Path(str(file)).resolve().relative_to(result.entry.parent.resolve()).as_posix()


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        pytest.param("import streamlit as st\nst.switch_page('pages/about.py')\n", [], id="page"),
        pytest.param(
            "import streamlit as st\nst.switch_page('./pages/1_📈_Charts.py')\n", [], id="dot-slash"
        ),
        pytest.param("import streamlit as st\nst.switch_page(name)\n", [], id="not-a-literal"),
        pytest.param(
            "import streamlit as st\n\nst.switch_page('pages/charts.py')\n",
            [("app.py", 3, 1)],
            id="missing",
        ),
        pytest.param(
            "from streamlit import switch_page as go\ngo('about.py')\n",
            [("app.py", 2, 1)],
            id="alias-without-folder",
        ),
    ],
)
def test_switch_page_to_a_missing_literal_page(
    analyze: Analyze, source: str, expected: list[tuple[str, int, int]]
) -> None:
    assert frg023(analyze, source, PAGES) == expected


def test_page_files_are_analysed_and_bundled(analyze: Analyze) -> None:
    files = {**PAGES, "pages/broken.py": "import streamlit as st\nst.switch_page('nope.py')\n"}
    result = analyze("import streamlit as st\n", files=files)
    assert sorted(p.relative_to(result.entry.parent).as_posix() for p in result.sources) == [
        "app.py",
        "pages/1_📈_Charts.py",
        "pages/about.py",
        "pages/broken.py",
    ]
    found = [
        (d.code, _rel(result, d.file), d.line) for d in result.diagnostics if d.code == "FRG023"
    ]
    assert found == [("FRG023", "pages/broken.py", 2)]


# -- st.navigation / st.Page: the new way ---------------------------------------------

VIEWS = {
    "views/home.py": "import streamlit as st\nst.title('Home')\n",
    "views/2_⚙️_settings.py": "import json\nimport streamlit as st\nst.switch_page('views/home.py')\n",
}


@pytest.mark.parametrize(
    ("source", "missing", "urls"),
    [
        pytest.param(
            "import streamlit as st\n"
            "st.navigation([st.Page('views/home.py', default=True), st.Page('views/2_⚙️_settings.py')]).run()\n",
            [],
            ["settings"],
            id="files",
        ),
        pytest.param(
            "import streamlit as st\nst.navigation(['views/home.py', 'views/nope.py']).run()\n",
            [("app.py", 2, 33)],
            ["home", "nope"],
            id="bare-paths-one-missing",
        ),
        pytest.param(
            "import streamlit as st\n"
            "def about(): pass\n"
            "pg = st.navigation({'Main': [st.Page('views/home.py', url_path='start')],\n"
            "                    'More': [about, st.Page(lambda: None, title='X', url_path='x')]})\n",
            [],
            ["about", "start", "x"],
            id="sections-callables-url-paths",
        ),
        pytest.param(
            "import streamlit as st\n\nst.Page('missing.py')\n",
            [("app.py", 3, 9)],
            ["missing"],
            id="missing",
        ),
        pytest.param(
            "import streamlit as st\nst.Page(path, url_path=name)\nst.Page('https://example.com', title='Ext')\n",
            [],
            [],
            id="run-time-and-external",
        ),
    ],
)
def test_st_page_files_and_urls(
    analyze: Analyze, source: str, missing: list[tuple[str, int, int]], urls: list[str]
) -> None:
    result = analyze(source, files=VIEWS)
    found = [
        (_rel(result, d.file), d.line, d.col) for d in result.diagnostics if d.code == "FRG024"
    ]
    assert found == missing
    assert result.page_url_paths == urls


def test_st_page_files_are_analysed_and_bundled(analyze: Analyze) -> None:
    result = analyze(
        "import streamlit as st\nst.navigation([st.Page('views/2_⚙️_settings.py')]).run()\n",
        files=VIEWS,
    )
    assert sorted(p.relative_to(result.entry.parent).as_posix() for p in result.sources) == [
        "app.py",
        "views/2_⚙️_settings.py",
    ]
    # The page's own imports count, and its switch_page to a page file is fine.
    assert "json" in {imp.module for imp in result.imports}
    assert [d.code for d in result.diagnostics if d.severity == "error"] == []
