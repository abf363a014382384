"""Which import statements the app guards with ``try: ... except ImportError:``.

An import in the body of a ``try`` whose handlers catch ``ImportError`` (or
``ModuleNotFoundError``, ``Exception``, ``BaseException``, or a bare ``except``) is
optional: the app has a fallback, so a module nothing provides is a warning there,
not an error. Only the ``try`` body counts; an import in a handler or ``else`` is not
guarded by that ``try``.
"""

from __future__ import annotations

from collections.abc import Iterable

import libcst as cst
from libcst.metadata import MetadataWrapper, PositionProvider

from fragc.analysis.source import SourceFile

_CATCHES_IMPORT_ERROR = frozenset(
    {"ImportError", "ModuleNotFoundError", "Exception", "BaseException"}
)

Location = tuple[str, int, int]  # display path, line, col (1-based), as ModuleImport has them


def guarded_imports(sources: Iterable[SourceFile]) -> set[Location]:
    found: set[Location] = set()
    for source in sources:
        if source.module is None:
            continue
        wrapper = MetadataWrapper(source.module, unsafe_skip_copy=True)
        finder = _GuardedImportFinder(source.display)
        wrapper.visit(finder)
        found |= finder.found
    return found


class _GuardedImportFinder(cst.CSTVisitor):
    METADATA_DEPENDENCIES = (PositionProvider,)

    def __init__(self, display: str) -> None:
        super().__init__()
        self.display = display
        self.depth = 0  # how many guarding `try` bodies enclose the current node
        self.found: set[Location] = set()

    def visit_Try(self, node: cst.Try) -> bool:
        if not any(_catches_import_error(h) for h in node.handlers):
            return True
        self.depth += 1
        node.body.visit(self)
        self.depth -= 1
        for part in (*node.handlers, node.orelse, node.finalbody):
            if part is not None:
                part.visit(self)
        return False

    def visit_Import(self, node: cst.Import) -> None:
        self._record(node)

    def visit_ImportFrom(self, node: cst.ImportFrom) -> None:
        self._record(node)

    def _record(self, node: cst.CSTNode) -> None:
        if self.depth:
            start = self.get_metadata(PositionProvider, node).start
            self.found.add((self.display, start.line, start.column + 1))


def _catches_import_error(handler: cst.ExceptHandler) -> bool:
    if handler.type is None:
        return True
    return bool(_exception_names(handler.type) & _CATCHES_IMPORT_ERROR)


def _exception_names(expr: cst.BaseExpression) -> set[str]:
    if isinstance(expr, cst.Name):
        return {expr.value}
    if isinstance(expr, cst.Attribute):
        return {expr.attr.value}
    if isinstance(expr, cst.Tuple):
        return {n for element in expr.elements for n in _exception_names(element.value)}
    return set()
