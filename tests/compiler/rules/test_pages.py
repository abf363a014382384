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
