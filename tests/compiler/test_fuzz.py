"""Fuzzing the compiler: generated and mutated scripts, TOML and requirements (issue 14.3).

Whatever the input, `fragc check` (the analysis, then package resolution) returns
diagnostics, each with a known code and a location, and `fragc build` either writes
a site or raises the one user-error type; nothing else may escape. Hypothesis builds
the inputs from a grammar of Streamlit-like statements, from the example apps, and
from fragments of TOML and requirements, then mutates them byte by byte.

The run is bounded (a fixed number of examples, about a minute on CI's two cores) and
derandomized, so CI sees the same inputs each time; raise ``FRAGC_FUZZ_EXAMPLES`` to
search longer by hand (and set ``FRAGC_FUZZ_RANDOM=1`` for fresh inputs).
"""

from __future__ import annotations

import functools
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from packaging.requirements import Requirement

from fragc.analysis import analyze_app
from fragc.diagnostics import RULES, Diagnostic, format_json, format_text
from fragc.errors import FragcError
from fragc.packages.pyodide_lock import PyodideLock, shipped_lock
from fragc.packages.resolve import resolve_packages
from fragc.packages.wheels import FetchFailed, Wheel, WheelSource
from fragc.site.assets import Assets, checkout_assets
from fragc.site.build import build_site
from tests.conftest import REPO
from tests.site.conftest import FAKE_PYODIDE_VERSION, make_fake_assets

EXAMPLES = int(os.environ.get("FRAGC_FUZZ_EXAMPLES", "1200"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # a slow example is not a failure here; a hang is (pytest-timeout)
    derandomize=os.environ.get("FRAGC_FUZZ_RANDOM") != "1",
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# ----------------------------------------------------------------- scripts

HEADERS = [
    "import streamlit as st",
    "import streamlit as st\nimport time, os, sys, math",
    "from streamlit import fragment, dialog, secrets",
    "import streamlit",
    "",
]
EXPRESSIONS = [
    "1",
    "-1.5",
    "10**100",
    "9**9**9",
    "float('nan')",
    "float('inf')",
    "math.inf",
    "'30d'",
    "'10'",
    "'1h23s'",
    "'\\x00'",
    "'sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5cXY'",
    "b'\\xe9'",
    "f'{x}'",
    "f'{x!r:>{w}}'",
    "'a' + 'b' * 3",
    "'postgres://u:S3cr3t!@h/db'",
    "timedelta(days=10**9)",
    "datetime.timedelta(seconds=-1)",
    "None",
    "x",
    "st.session_state",
    "[x for x in range(3) if (y := x)]",
    "lambda: lambda: 0",
    "(yield)",
    "await x",
    "{**a, 'k': 1}",
    "Path(__file__).parent / 'data.csv'",
    "open('data.csv').read()",
    "pd.read_csv('missing.csv')",
]
STATEMENTS = [
    "st.write({e})",
    "x = {e}",
    "x, *y = {e}, {e}",
    "st.button({e}, key='k')",
    "st.sidebar.write({e})",
    "with st.sidebar:\n    st.button('b')",
    "with st.container():\n    st.slider('s', 0, 10)",
    "cols = st.columns(2)\ncols[0].button('c')",
    "@st.fragment(run_every={e})\ndef f():\n    st.write({e})\nf()",
    "@st.fragment\ndef g():\n    st.rerun(scope='fragment')",
    "st.rerun(scope='fragment')",
    "@st.dialog('Title')\ndef d():\n    st.write(1)",
    "st.fragment(lambda: None)",
    "@st.fragment\nclass C:\n    pass",
    "while True:\n    time.sleep(1)",
    "import threading\nthreading.Thread(target=print).start()",
    "import requests\nrequests.get({e})",
    "import helpers",
    "from . import sibling",
    "from .... import far",
    "import a.b.c.d",
    "try:\n    import optional_thing\nexcept ImportError:\n    pass",
    "def h(a, b=1, *c, d, **e):\n    global x\n    nonlocal y\n    return {e}",
    "def k():\n    x = 1\n    def inner():\n        nonlocal x\n        x = {e}\n    return inner",
    "class K:\n    v = 1\n    def m(self):\n        return v",
    "API_KEY = {e}",
    "headers = {{'Authorization': 'Bearer ' + {e}}}",
    "os.environ['TOKEN'] = {e}",
    "# sk-ant-api03-AbCdEf1234567890AbCdEf1234567890",
    '"""docstring ghp_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"""',
    "match x:\n    case [a, *rest]:\n        pass\n    case {{'k': v, **kw}}:\n        pass",
    "return {e}",
    "yield {e}",
    "break",
    "del st.write",
    "st.experimental_rerun()",
    "st.not_a_thing({e})",
    "if hasattr(st, 'nope'):\n    st.nope()",
    "for col in st.columns(3):\n    col.write(1)",
    "async def a():\n    await x",
    "print 'py2'",
    "x = " + "(" * 30 + "1" + ")" * 30,
    "x = " + "+".join(["a"] * 200),
    "type Alias = int",
    "def first[T](items: list[T]) -> T:\n    return items[0]",
]
PEP723 = [
    "",
    "# /// script\n# dependencies = ['tabulate']\n# ///\n",
    "# /// script\n# dependencies = [\n# ///\n",
    "# /// script\n" * 3,
    "# /// script\n# dependencies = 'x'\n# ///\n# /// script\n# ///\n",
]


@st.composite
def scripts(draw: st.DrawFn) -> str:
    """A script from the grammar above: statements, nested under def/if/with at random."""
    expression = st.sampled_from(EXPRESSIONS)
    lines = [draw(st.sampled_from(PEP723)), draw(st.sampled_from(HEADERS))]
    for _ in range(draw(st.integers(0, 12))):
        statement = draw(st.sampled_from(STATEMENTS))
        statement = statement.replace("{e}", draw(expression), 1).replace("{e}", draw(expression))
        statement = statement.replace("{{", "{").replace("}}", "}")
        wrapper = draw(
            st.sampled_from(
                [
                    "",
                    "def w():\n",
                    "if x:\n",
                    "with st.expander('e'):\n",
                    "@st.fragment\ndef z():\n",
                    "class Q:\n",
                ]
            )
        )
        if wrapper:
            statement = wrapper + "\n".join("    " + line for line in statement.splitlines())
        lines.append(statement)
    return "\n".join(lines) + "\n"


def _examples() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted((REPO / "examples").glob("*/*.py"))]


@st.composite
def mutated(draw: st.DrawFn, texts: st.SearchStrategy[str]) -> bytes:
    """``texts`` with a few byte-level edits: deletions, insertions, duplications, truncation."""
    data = bytearray(draw(texts).encode("utf-8"))
    noise = st.binary(min_size=1, max_size=8) | st.sampled_from(
        [
            b"\x00",
            b"\xff",
            b"\xe9",
            b"(",
            b")",
            b"[",
            b"{",
            b"'",
            b'"',
            b'"""',
            b"\\",
            b"\t",
            b"\r",
            b"\x0c",
            b"\n    ",
            b":",
            b"@st.fragment\n",
            b"# coding: latin-1\n",
            b"\xef\xbb\xbf",
        ]
    )
    for _ in range(draw(st.integers(1, 6))):
        where = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["insert", "delete", "duplicate", "truncate"]))
        if action == "insert":
            data[where:where] = draw(noise)
        elif action == "delete":
            data[where : where + draw(st.integers(1, 40))] = b""
        elif action == "duplicate":
            data[where:where] = data[where : where + draw(st.integers(1, 200))]
        elif action == "truncate" and draw(st.booleans()):
            del data[where:]
    return bytes(data)


# -------------------------------------------------------------- TOML, requirements

TOML_VALUES = [
    '"data/*.csv"',
    '["data/*.csv", "**/*", "../x", "/etc/*", "", "a/**b", ".", "**"]',
    '["tabulate==0.9.0", "not valid!", "x @ file:///nope", ""]',
    "3",
    "true",
    "{a = 1}",
    "[1, 2]",
    "[" * 60 + "]" * 60,
    '"\\u0000"',
    '["\\ud800"]',
]


TOML_TABLES = ["", "[tool.fragc]", "[tool]", "[tool.fragc.extra]", "[project]", "[[tool]]"]
TOML_KEYS = ["include", "requirements", "fragc", "tool", "other"]


@st.composite
def pyprojects(draw: st.DrawFn) -> str:
    """A few `[table]` + `key = value` entries: often invalid (a table twice), often odd."""
    lines: list[str] = []
    for _ in range(draw(st.integers(1, 3))):
        table = draw(st.sampled_from(TOML_TABLES))
        if table:
            lines.append(table)
        key = draw(st.sampled_from(TOML_KEYS))
        lines.append(f"{key} = {draw(st.sampled_from(TOML_VALUES))}")
    return "\n".join(lines) + "\n"


REQUIREMENT_LINES = [
    "tabulate==0.9.0",
    "six>=1.16 ; python_version >= '3.8'",
    "requests[socks]>=2",
    "-r other.txt",
    "-r " + "x" * 300,
    "-e .",
    "--index-url https://example.org/simple",
    "--pre",
    "--hash=sha256:abcdef",
    "pkg --hash=md5:abc",
    "mylib @ https://example.org/mylib-1.0-py3-none-any.whl",
    "not valid!",
    "a; " + "(" * 40 + "python_version>'3'" + ")" * 40,
    "a" * 5000,
    "numpy",
    "streamlit==1.67.0",
    "# comment",
    "continued \\",
    "\x00",
]


@st.composite
def requirements(draw: st.DrawFn) -> str:
    lines = draw(st.lists(st.sampled_from(REQUIREMENT_LINES), max_size=6))
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ running


class _NoPyPI:
    """Every requirement fails to fetch: the fuzz never touches the network."""

    def fetch(self, requirement: Requirement) -> Wheel:
        raise FetchFailed(f"no index in the fuzz test ({requirement.name})")


def _no_pypi(_options: Sequence[str]) -> WheelSource:
    return _NoPyPI()


@functools.cache
def _lock() -> PyodideLock:
    assets = checkout_assets()
    return shipped_lock(assets.pyodide_dir)


def _write(root: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(
            content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass")
        )
    (root / "data.csv").write_text("a,b\n", encoding="utf-8")
    (root / ".env").write_text("KEY=sk-live\n", encoding="utf-8")
    (root / "helpers.py").write_text("X = 1\n", encoding="utf-8")
    return root / "app.py"


def _well_formed(found: Sequence[Diagnostic]) -> None:
    for diagnostic in found:
        assert diagnostic.code in RULES, diagnostic
        assert diagnostic.line >= 1, diagnostic
        assert diagnostic.col >= 1, diagnostic
        assert diagnostic.message, diagnostic
    format_text(found)
    format_json(found)


def check(files: dict[str, str | bytes]) -> None:
    """What `fragc check` does, without pip: every finding must be a well-formed diagnostic."""
    with tempfile.TemporaryDirectory() as folder:
        entry = _write(Path(folder), files)
        analysis = analyze_app(entry)
        plan = resolve_packages(
            analysis, _lock, pyodide_version="314.0.7", wheel_source=_no_pypi, check_only=True
        )
        _well_formed([*analysis.diagnostics, *plan.diagnostics])


@functools.cache
def _fake_assets() -> Assets:
    return make_fake_assets(Path(tempfile.mkdtemp(prefix="fragc-fuzz-assets-")))


@pytest.mark.skipif(
    not (checkout_assets().pyodide_dir / "pyodide-lock.json").is_file(),
    reason="needs Pyodide's lock (make setup)",
)
class TestFuzz:
    @FUZZ
    @given(scripts())
    def test_generated_scripts(self, script: str) -> None:
        check({"app.py": script})

    @FUZZ
    @given(mutated(st.sampled_from(_examples()) | scripts()))
    def test_mutated_scripts(self, script: bytes) -> None:
        check({"app.py": script})

    @FUZZ
    @given(scripts(), st.one_of(pyprojects(), mutated(pyprojects())), requirements())
    def test_configuration(self, script: str, pyproject: str | bytes, reqs: str) -> None:
        check({"app.py": script, "pyproject.toml": pyproject, "requirements.txt": reqs})

    @settings(FUZZ, max_examples=max(EXAMPLES // 5, 10))
    @given(scripts(), pyprojects())
    def test_builds(self, script: str, pyproject: str) -> None:
        with tempfile.TemporaryDirectory() as folder:
            entry = _write(Path(folder) / "app", {"app.py": script, "pyproject.toml": pyproject})
            try:
                build_site(entry, Path(folder) / "app" / "dist", assets=_fake_assets())
                build_site(entry, Path(folder) / "app" / "dist", assets=_fake_assets())
            except FragcError as error:
                _well_formed(error.diagnostics)


def test_fake_assets_match_the_version() -> None:
    assert _fake_assets().pyodide_version() == FAKE_PYODIDE_VERSION
