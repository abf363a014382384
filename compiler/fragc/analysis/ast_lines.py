"""Where defs and imports are, read from CPython's parse of the file.

Every analysed file has fragments and imports whose places the analysis records (a
fragment's line in the manifest, an import's file:line:col for package errors), but
most files have no finding at all: their places alone would cost a position pass over
the whole tree (analysis/positions.py). CPython's parser, which has already read the
file (analysis/source.py), knows those places. Its statements come in the same source
order as libcst's, so the n-th ``def`` of one is the n-th of the other; each answer is
checked against the text (the def's name on that line, ``import``/``from`` at that
place) and any doubt returns None: the caller then asks libcst's positions.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator, Sequence

import libcst as cst

_BODIES = ("body", "orelse", "handlers", "finalbody", "cases")
_NEWLINE = re.compile(r"\r\n?|\n")  # what both parsers count as a line's end


class DefCollector(cst.CSTVisitor):
    """Every def of the file, in source order (a walk's pre-order)."""

    def __init__(self) -> None:
        super().__init__()
        self.defs: list[cst.FunctionDef] = []

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        self.defs.append(node)


def source_lines(text: str) -> list[str]:
    return _NEWLINE.split(text)


def statements(body: Sequence[ast.AST]) -> Iterator[ast.AST]:
    """Every statement under ``body``, in source order (only statements hold defs)."""
    for node in body:
        yield node
        for field in _BODIES:
            inner = getattr(node, field, None)
            if inner:
                yield from statements(inner)


def def_lines(
    tree: ast.Module, lines: Sequence[str], defs: Sequence[cst.FunctionDef]
) -> dict[cst.FunctionDef, int] | None:
    """The line of each def's name (``defs``: every def of the file, in source order)."""
    found = [
        node
        for node in statements(tree.body)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
    ]
    if len(found) != len(defs):
        return None
    result: dict[cst.FunctionDef, int] = {}
    for ours, theirs in zip(defs, found, strict=True):
        name = ours.name.value
        if theirs.name != name or not 0 < theirs.lineno <= len(lines):
            return None
        # CPython gives the line of `def` (or `async`); the name is on it unless a
        # backslash continues the header.
        if not re.search(rf"\bdef\s+{re.escape(name)}\b", lines[theirs.lineno - 1]):
            return None
        result[ours] = theirs.lineno
    return result


def import_starts(
    tree: ast.Module,
    lines: Sequence[str],
    imports: Sequence[cst.Import | cst.ImportFrom],
) -> dict[cst.CSTNode, tuple[int, int]] | None:
    """The 1-based line and column of each import statement (every one of the file's,
    in source order)."""
    found = [
        node for node in statements(tree.body) if isinstance(node, (ast.Import, ast.ImportFrom))
    ]
    if len(found) != len(imports):
        return None
    result: dict[cst.CSTNode, tuple[int, int]] = {}
    for ours, theirs in zip(imports, found, strict=True):
        if isinstance(ours, cst.Import) != isinstance(theirs, ast.Import):
            return None
        if not 0 < theirs.lineno <= len(lines):
            return None
        line = lines[theirs.lineno - 1]
        # CPython counts UTF-8 bytes, libcst characters.
        encoded = line.encode("utf-8", "surrogatepass")
        column = len(encoded[: theirs.col_offset].decode("utf-8", "surrogatepass"))
        keyword = "import" if isinstance(ours, cst.Import) else "from"
        if not line.startswith(keyword, column):
            return None
        result[ours] = (theirs.lineno, column + 1)
    return result
