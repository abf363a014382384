"""A script Python cannot parse is a FRG001 diagnostic at the exact token, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from fragc.analysis import analyze_app
from fragc.diagnostics import format_text
from tests.compiler.conftest import Analyze

HINT = "fix the syntax error; fragc cannot build a script Python cannot parse"

CASES = [
    pytest.param(
        "import streamlit as st\ndef f(:\n    pass\n", 2, 7, "invalid syntax", id="def-f-colon"
    ),
    pytest.param(
        "x = 1\ny = foo(1,\n     2\nz = 3\n", 2, 8, "'(' was never closed", id="unclosed-paren"
    ),
    pytest.param("x = (1 +\n", 1, 5, "'(' was never closed", id="unclosed-at-eof"),
    pytest.param("if True\n    pass\n", 1, 8, "expected ':'", id="missing-colon"),
    pytest.param("x = 1\n    y = 2\n", 2, 5, "unexpected indent", id="unexpected-indent"),
    pytest.param(
        "x = 'abc\n",
        1,
        5,
        "unterminated string literal (detected at line 1)",
        id="unterminated-string",
    ),
    pytest.param(
        "def f():\nreturn 1\n",
        2,
        1,
        "expected an indented block after function definition on line 1",
        id="missing-body",
    ),
    # Columns count characters, not UTF-8 bytes.
    pytest.param("s = 'héllo'; t = (é for\n", 1, 18, "'(' was never closed", id="non-ascii-column"),
    pytest.param("x = 1\0\n", 1, 1, "source code string cannot contain null bytes", id="null-byte"),
    # What CPython's parser accepts (and libcst too) but its compiler rejects.
    pytest.param(
        'x = b"\xe9"\n',
        1,
        5,
        "bytes can only contain ASCII literal characters",
        id="non-ascii-bytes",
    ),
    pytest.param("x = 1\nreturn x\n", 2, 1, "'return' outside function", id="return-outside"),
    pytest.param("x = 1\nyield x\n", 2, 1, "'yield' outside function", id="yield-outside"),
    pytest.param(
        "for i in []:\n    pass\nbreak\n", 3, 1, "'break' outside loop", id="break-outside"
    ),
    pytest.param(
        "nonlocal x\n",
        1,
        1,
        "nonlocal declaration not allowed at module level",
        id="nonlocal-module",
    ),
    pytest.param(
        "def f(a, b, a):\n    pass\n",
        1,
        13,
        "duplicate argument 'a' in function definition",
        id="duplicate-argument",
    ),
    pytest.param(
        "s = 'é'; await s\n", 1, 10, "'await' outside function", id="await-non-ascii-column"
    ),
    pytest.param(
        "def f():\n    nonlocal y\n",
        2,
        5,
        "no binding for nonlocal 'y' found",
        id="nonlocal-unbound",
    ),
]


@pytest.mark.parametrize(("source", "line", "col", "message"), CASES)
def test_syntax_error_location(
    tmp_path: Path, source: str, line: int, col: int, message: str
) -> None:
    entry = tmp_path / "app.py"
    entry.write_text(source, encoding="utf-8")
    result = analyze_app(entry)
    assert [
        (d.code, d.name, d.severity, d.line, d.col, d.message, d.hint) for d in result.diagnostics
    ] == [("FRG001", "syntax-error", "error", line, col, f"syntax error: {message}", HINT)]
    assert result.fragments == []
    assert result.sources == [entry]  # still bundled: the build decides what to do with errors


def test_text_output_shows_the_line_and_a_caret(analyze: Analyze, app_dir: Path) -> None:
    result = analyze(
        """
        import streamlit as st

        @st.fragment
        def f(:
            st.write("x")
        """
    )
    text = format_text(result.diagnostics)
    assert text == (
        f"{app_dir / 'app.py'}:4:7: FRG001 syntax error: invalid syntax\n"
        "  4 | def f(:\n"
        "            ^\n"
        f"  hint: {HINT}\n"
    )


def test_syntax_error_in_an_imported_module_points_into_it(analyze: Analyze, app_dir: Path) -> None:
    result = analyze(
        """
        import streamlit as st
        import helpers
        """,
        files={"helpers.py": "def broken(\n"},
    )
    assert [(d.code, d.file, d.line, d.col) for d in result.diagnostics] == [
        ("FRG001", str(app_dir / "helpers.py"), 1, 11)
    ]


def test_newer_syntax_than_the_compiler_python_is_accepted(analyze: Analyze) -> None:
    # Pyodide runs a newer Python than the compiler may: syntax libcst knows is fine.
    result = analyze(
        """
        def first[T](items: list[T]) -> T:
            return items[0]
        """
    )
    assert result.diagnostics == []


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(b"x = '\xe9'\n", "it is not UTF-8 text", id="latin1-without-cookie"),
    ],
)
def test_undecodable_file(tmp_path: Path, data: bytes, message: str) -> None:
    entry = tmp_path / "app.py"
    entry.write_bytes(data)
    (diag,) = analyze_app(entry).diagnostics
    assert (diag.code, diag.name, diag.message) == (
        "FRG002",
        "unreadable-source",
        f"cannot decode {entry}: {message}",
    )


def test_declared_encoding_is_honoured(tmp_path: Path) -> None:
    entry = tmp_path / "app.py"
    entry.write_bytes(b"# coding: latin-1\nx = '\xe9'\n")
    assert analyze_app(entry).diagnostics == []


def test_missing_entry_is_a_diagnostic(tmp_path: Path) -> None:
    entry = tmp_path / "nope.py"
    result = analyze_app(entry)
    assert [(d.code, d.line, d.col, d.message) for d in result.diagnostics] == [
        ("FRG002", 1, 1, f"cannot read {entry}: No such file or directory")
    ]
    assert result.sources == []


def long_sum(terms: int) -> str:
    return "x = " + " + ".join(["a"] * terms) + "\n"


def test_deep_code_within_the_limit_is_analysed(analyze: Analyze) -> None:
    # 600 levels: past Python's default recursion limit, which libcst's passes hit.
    result = analyze("import streamlit as st\n@st.fragment\ndef f(): ...\n" + long_sum(600))
    assert result.diagnostics == []
    assert [f["qualname"] for f in result.fragments] == ["f"]


@pytest.mark.parametrize(
    "terms", [pytest.param(1_500, id="1500"), pytest.param(50_000, id="50000")]
)
def test_too_deep_code_is_bundled_unchecked(analyze: Analyze, app_dir: Path, terms: int) -> None:
    result = analyze("import streamlit as st\n@st.fragment\ndef f(): ...\n" + long_sum(terms))
    entry = app_dir / "app.py"
    assert [(d.code, d.severity, d.line, d.col, d.message) for d in result.diagnostics] == [
        (
            "FRG003",
            "warning",
            1,
            1,
            f"{entry} nests {terms + 3} levels deep; fragc bundles it without checking it",
        )
    ]
    assert result.sources == [entry]
    assert result.fragments == []


def test_nesting_past_cpythons_limit_is_a_syntax_error(analyze: Analyze) -> None:
    result = analyze("y = 1\nx = " + "(" * 300 + ")" * 300 + "\n")
    assert [(d.code, d.line, d.col, d.message) for d in result.diagnostics] == [
        ("FRG001", 2, 205, "syntax error: too many nested parentheses")
    ]
