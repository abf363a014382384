"""Places read from CPython's parse are libcst's places, or nothing (analysis/ast_lines.py)."""

from __future__ import annotations

import ast

import libcst as cst
import pytest

from fragc.analysis.ast_lines import DefCollector, def_lines, import_starts, source_lines
from fragc.analysis.imports import ImportCollector
from fragc.analysis.positions import start_positions
from fragc.analysis.walk import Dispatcher

from .test_walk import CORPUS, IDS

EDGES = {
    "crlf": "import a\r\nx = 1\r\n\r\n@d\r\ndef f():\r\n    from b import c\r\n",
    "non_ascii": "é = 1; import a\nif é: from . import b\n",
    "nested": (
        "class C:\n    def m(self):\n        def inner(): import x\n"
        "try:\n    import y\nexcept ImportError:\n    def g(): pass\n"
        "match v:\n    case 1:\n        def h(): pass\n"
    ),
}


def _places(text: str) -> tuple[dict[int, int] | None, dict[int, tuple[int, int]] | None, dict]:
    module = cst.parse_module(text)
    defs, statements = DefCollector(), ImportCollector()
    module.visit(Dispatcher([defs, statements]))
    lines = source_lines(text)
    tree = ast.parse(text)
    starts = start_positions(module)
    expected = {
        "defs": {id(d): starts[d.name][0] for d in defs.defs},
        "imports": {id(s): (starts[s][0], starts[s][1] + 1) for s in statements.statements},
    }
    by_def = def_lines(tree, lines, defs.defs)
    by_import = import_starts(tree, lines, statements.statements)
    return (
        None if by_def is None else {id(k): v for k, v in by_def.items()},
        None if by_import is None else {id(k): v for k, v in by_import.items()},
        expected,
    )


@pytest.mark.parametrize(("name", "text"), [*CORPUS, *EDGES.items()], ids=[*IDS, *EDGES])
def test_places_are_libcsts(name: str, text: str) -> None:
    by_def, by_import, expected = _places(text)
    assert by_def == expected["defs"]
    assert by_import == expected["imports"]


@pytest.mark.parametrize(
    "text",
    [
        "def \\\n    f(): pass\n",  # the name is not on the line of `def`
        "async def \\\n  g(): pass\n",
    ],
)
def test_a_doubtful_def_is_left_to_libcst(text: str) -> None:
    by_def, _, _ = _places(text)
    assert by_def is None
