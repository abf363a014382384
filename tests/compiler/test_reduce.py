"""The bodies blanked before libcst reads a file change nothing the analysis finds."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest

import fragc.analysis.reduce as reduce
from fragc.analysis import AppAnalysis, analyze_app
from fragc.analysis.reduce import reduced_text

from .test_walk import CORPUS, IDS

HELPER = """\
import streamlit as st

def helper(a, b):
    total = 0
    for j in range(a):
        total += j * b
    return total

st.write(helper(2, 3))
"""


def _reduce(source: str) -> str:
    source = textwrap.dedent(source)
    return reduced_text(source, ast.parse(source))


def test_a_helper_body_is_blanked_line_for_line() -> None:
    reduced = _reduce(HELPER)
    assert reduced.splitlines() == [
        "import streamlit as st",
        "",
        "def helper(a, b):",
        "    ...",
        "",
        "",
        "",
        "",
        "st.write(helper(2, 3))",
    ]


def test_line_endings_are_kept() -> None:
    source = "def f(a):\r\n    b = a\r\n    return b\r\nx = 1\r\n"
    assert _reduce(source) == "def f(a):\r\n    ...\r\n\r\nx = 1\r\n"


def test_a_nested_helper_is_blanked_in_a_kept_function() -> None:
    reduced = _reduce(
        """\
        import streamlit as st

        @st.fragment
        def part():
            def inner(n):
                m = n * 2
                return m
            st.write(inner(2))
        """
    )
    assert "        ...\n" in reduced
    assert "m = n * 2" not in reduced
    assert "st.write(inner(2))" in reduced


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("x = st.button('b')\nreturn x", id="streamlit"),
        pytest.param("x = np.zeros(3)\nreturn x", id="an-imported-name"),
        pytest.param("x = a.data_editor(b)\nreturn x", id="a-family-name"),
        pytest.param("with a.sidebar:\n    b = 1\nreturn b", id="a-streamlit-attribute"),
        pytest.param("x = open('data.csv')\nreturn x", id="open"),
        pytest.param("x = getattr(a, b)\nreturn x", id="getattr"),
        pytest.param("x = __file__\nreturn x", id="__file__"),
        pytest.param("import json\nreturn json", id="an-import"),
        pytest.param("global counter\ncounter = a", id="global"),
        pytest.param("def inner():\n    part()\nreturn inner", id="a-call-to-a-fragment"),
        pytest.param("x = other(a)\nreturn x", id="a-function-passed-to-a-call"),
        pytest.param("api_key = a\nreturn api_key", id="a-secret-name"),
        pytest.param("x = {'password': a}\nreturn x", id="a-secret-key"),
        pytest.param("x = a + 'text'\nreturn x", id="string-concatenation"),
        pytest.param("x = 'sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv'\nreturn x", id="a-key-in-a-string"),
        pytest.param(
            "x = a  # sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv\nreturn x", id="a-key-in-a-comment"
        ),
        pytest.param(
            "x = f'{a}ghp_' 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'\nreturn x", id="an-f-string"
        ),
    ],
)
def test_a_body_that_can_matter_is_kept(body: str) -> None:
    source = (
        "import streamlit as st\nimport numpy as np\n\n@st.fragment\ndef part():\n    pass\n\n"
        "def other():\n    pass\n\nst.fragment(other)\n\ndef helper(a, b):\n"
        + textwrap.indent(body, "    ")
        + "\n"
    )
    assert _reduce(source) == source


@pytest.mark.parametrize(
    "source",
    [
        pytest.param("@cache\ndef f(a):\n    b = a\n    return b\n", id="decorated"),
        pytest.param("def f(a): return a\n", id="one-line"),
        pytest.param("def f(a):\n    return a\n", id="one-statement-line"),
    ],
)
def test_other_bodies_are_kept(source: str) -> None:
    assert _reduce(source) == source


def _facts(analysis: AppAnalysis) -> dict[str, object]:
    return {
        "diagnostics": [
            d.to_dict() if hasattr(d, "to_dict") else repr(d) for d in analysis.diagnostics
        ],
        "fragments": analysis.fragments,
        "imports": analysis.imports,
        "data_files": analysis.data_files,
        "families": sorted(analysis.shim_families),
        "chunks": sorted(analysis.page_chunks),
        "pages": analysis.page_url_paths,
        "components": analysis.components,
    }


@pytest.mark.parametrize(("name", "text"), [*CORPUS, ("helper", HELPER)], ids=[*IDS, "helper"])
def test_the_analysis_is_the_full_texts(
    name: str, text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = tmp_path / "app.py"
    app.write_text(text, encoding="utf-8")
    reduced = _facts(analyze_app(app))
    monkeypatch.setattr(reduce, "reduced_text", lambda text, tree: text)
    assert _facts(analyze_app(app)) == reduced
