"""What every rule may ask about one parsed file: names, places, fragments.

A :class:`FileContext` wraps the file's ``MetadataWrapper`` (so libcst resolves its
scopes once per file, whatever the number of rules) and the fragment uses the finder
found. Its questions are the ones rules share: "does this expression
certainly name ``streamlit.X``?", "which function is this node in?", "is that
function a fragment?".
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

import libcst as cst
from libcst.metadata import MetadataWrapper, ScopeProvider

from fragc.analysis.ast_lines import def_lines, import_starts, source_lines
from fragc.analysis.fragments import FragmentUse
from fragc.analysis.positions import Start, start_positions
from fragc.analysis.source import SourceFile
from fragc.analysis.walk import parents

if TYPE_CHECKING:
    from fragc.analysis.app_pages import PageRef

Scope = cst.FunctionDef | cst.Lambda | cst.ClassDef
T = TypeVar("T")


def _force(value: T) -> T:
    # Some providers store lazily computed values in the resolved mapping; visitors'
    # get_metadata() forces them, plain lookups must too.
    return value() if callable(value) else value


@dataclass(eq=False)
class FileContext:
    """The file's metadata, computed once and each piece only when first asked for.

    Only libcst's ``ScopeProvider`` runs over the whole file up front. Qualified names
    are asked of the node's scope (what ``QualifiedNameProvider`` would answer for
    it, without computing it for every node); parents and start positions come from
    :mod:`fragc.analysis.walk` and :mod:`fragc.analysis.positions` when first needed.
    """

    source: SourceFile
    wrapper: MetadataWrapper
    implemented: Collection[str]  # st. names fragc's shim provides
    uses: list[FragmentUse] = field(default_factory=list)
    fragment_defs: set[cst.FunctionDef] = field(init=False)

    def __post_init__(self) -> None:
        self.set_uses(self.uses)
        self._scopes = self.wrapper.resolve(ScopeProvider)
        self._parents: dict[cst.CSTNode, cst.CSTNode] | None = None
        self._parents_complete = False
        self._starts: dict[cst.CSTNode, Start] | None = None
        self._qualified: dict[cst.CSTNode, set[str]] = {}
        self._page_refs: list[PageRef] | None = None
        self._def_lines: dict[cst.FunctionDef, int] = {}
        self._import_starts: dict[cst.CSTNode, tuple[int, int]] = {}

    def set_parents(self, found: dict[cst.CSTNode, cst.CSTNode], *, complete: bool) -> None:
        """The parent map a walk of the analysis makes on the way: while the walk is
        still filling it (``complete`` False) it holds every node visited so far, so
        the path to the node being visited; a question about any other node makes
        the whole map at once."""
        self._parents = found
        self._parents_complete = complete

    def set_uses(self, uses: list[FragmentUse]) -> None:
        """The fragment uses the finder found (it needs this context to find them)."""
        self.uses = uses
        self.fragment_defs = {use.function for use in uses if use.function is not None}

    @property
    def module(self) -> cst.Module:
        return self.wrapper.module

    # ------------------------------------------------------------ locations

    def line_col(self, node: cst.CSTNode) -> tuple[int, int]:
        """1-based line and column where ``node`` starts."""
        if self._starts is None:
            self._starts = start_positions(self.module)
        line, column = self._starts[node]
        return line, column + 1

    def read_places(
        self, defs: list[cst.FunctionDef], imports: list[cst.Import | cst.ImportFrom]
    ) -> None:
        """Take the lines of ``defs`` and the places of ``imports`` (each the file's
        every one, in source order) from CPython's parse, where it is certain
        (analysis/ast_lines.py): then a file without findings needs no position pass."""
        tree = self.source.tree
        if tree is None:
            return
        lines = source_lines(self.source.text)
        self._def_lines = def_lines(tree, lines, defs) or {}
        self._import_starts = import_starts(tree, lines, imports) or {}

    def def_line(self, function: cst.FunctionDef) -> int:
        """The line of a def's name."""
        line = self._def_lines.get(function)
        return line if line is not None else self.line_col(function.name)[0]

    def statement_line_col(self, node: cst.CSTNode) -> tuple[int, int]:
        """:meth:`line_col` of an import statement, from CPython's parse when it can."""
        found = self._import_starts.get(node)
        return found if found is not None else self.line_col(node)

    def code(self, node: cst.CSTNode) -> str:
        return self.module.code_for_node(node)

    # ---------------------------------------------------------------- pages

    @property
    def page_refs(self) -> list[PageRef]:
        """The pages the file names (analysis/app_pages.py); the analysis' one pass
        sets them, a rule run on its own finds them itself."""
        if self._page_refs is None:
            from fragc.analysis.app_pages import find_page_refs

            self._page_refs = find_page_refs(self).refs
        return self._page_refs

    @page_refs.setter
    def page_refs(self, refs: list[PageRef]) -> None:
        self._page_refs = refs

    # ---------------------------------------------------------------- names

    def qualified_names(self, node: cst.CSTNode) -> set[str]:
        found = self._qualified.get(node)
        if found is None:
            scope = self.scope_of(node)
            names = scope.get_qualified_names_for(node) if scope is not None else ()
            found = self._qualified[node] = {qn.name for qn in names}
        return found

    def streamlit_name(self, node: cst.CSTNode) -> str | None:
        """``"sidebar.write"`` when ``node`` certainly names ``streamlit.sidebar.write``.

        Certain means every binding that reaches the expression is Streamlit's, so a
        shadowed ``st`` never counts.
        """
        if not isinstance(node, (cst.Name, cst.Attribute)):
            return None
        names = self.qualified_names(node)
        if len(names) != 1:
            return None
        (name,) = names
        prefix, dot, rest = name.partition(".")
        return rest if prefix == "streamlit" and dot else None

    def call_name(self, call: cst.Call) -> str | None:
        """The single qualified name of a call's callee (``"time.sleep"``), if certain."""
        names = self.qualified_names(call.func)
        return next(iter(names)) if len(names) == 1 else None

    def scope_of(self, node: cst.CSTNode) -> cst.metadata.Scope | None:
        return _force(self._scopes.get(node))

    def referents(self, name: cst.Name) -> list[cst.CSTNode] | None:
        """The nodes that bind ``name`` where it is read; None when unknown (a builtin,
        an import, a global declared elsewhere...)."""
        scope = self.scope_of(name)
        if scope is None:
            return None
        nodes: list[cst.CSTNode] = []
        for access in scope.accesses[name]:
            for referent in access.referents:
                node = getattr(referent, "node", None)
                if node is None:
                    return None
                nodes.append(node)
        return nodes or None

    # -------------------------------------------------------------- structure

    def parent(self, node: cst.CSTNode) -> cst.CSTNode | None:
        if node is self.module:
            return None
        found = self._parents.get(node) if self._parents is not None else None
        if found is None and not self._parents_complete:
            self._parents = parents(self.module)
            self._parents_complete = True
            found = self._parents.get(node)
        return found

    def ancestors(self, node: cst.CSTNode) -> list[cst.CSTNode]:
        """Parents from the nearest up to the module."""
        chain: list[cst.CSTNode] = []
        current = self.parent(node)
        while current is not None:
            chain.append(current)
            current = self.parent(current)
        return chain

    def enclosing_scope(self, node: cst.CSTNode) -> Scope | None:
        """The innermost def, lambda or class whose body holds ``node`` (None: module level).

        A decorator or a default value belongs to the enclosing scope, not to the
        function it decorates, so only bodies count.
        """
        child = node
        for ancestor in self.ancestors(node):
            if isinstance(ancestor, (cst.FunctionDef, cst.ClassDef)) and child is ancestor.body:
                return ancestor
            if isinstance(ancestor, cst.Lambda) and child is ancestor.body:
                return ancestor
            child = ancestor
        return None

    def enclosing_fragment(self, node: cst.CSTNode) -> cst.FunctionDef | None:
        """The fragment whose own body runs ``node`` (not through a nested def)."""
        scope = self.enclosing_scope(node)
        return scope if isinstance(scope, cst.FunctionDef) and scope in self.fragment_defs else None

    def is_module_level(self, node: cst.CSTNode) -> bool:
        """True when ``node`` runs as the script runs (not inside any def or lambda)."""
        scope = self.enclosing_scope(node)
        while isinstance(scope, cst.ClassDef):  # class bodies run when the class is defined
            scope = self.enclosing_scope(scope)
        return scope is None

    def is_inside(self, node: cst.CSTNode, container: cst.CSTNode) -> bool:
        return node is container or container in self.ancestors(node)

    def is_guarded(self, node: cst.CSTNode) -> bool:
        """True when ``node`` runs only if a feature check passes: inside ``try`` with an
        ``except`` for AttributeError/ImportError (or broader), or under an ``if`` that
        tests ``hasattr``/``getattr`` or a version. Code like this expects the name to
        be missing on some versions, so reporting it would be a false alarm."""
        child = node
        for ancestor in self.ancestors(node):
            if isinstance(ancestor, cst.Try) and child is ancestor.body:
                if any(_catches_missing_names(handler) for handler in ancestor.handlers):
                    return True
            if isinstance(ancestor, (cst.If, cst.IfExp, cst.While)) and child is not ancestor.test:
                if _is_feature_test(self.code(ancestor.test)):
                    return True
            if isinstance(ancestor, cst.BooleanOperation) and child is ancestor.right:
                if _is_feature_test(self.code(ancestor.left)):
                    return True
            child = ancestor
        return False


_MISSING_NAME_ERRORS = frozenset(
    {"AttributeError", "ImportError", "ModuleNotFoundError", "Exception", "BaseException"}
)


def _catches_missing_names(handler: cst.ExceptHandler) -> bool:
    if handler.type is None:
        return True
    names = {n.value for n in _names_in(handler.type)}
    return bool(names & _MISSING_NAME_ERRORS)


def _names_in(expr: cst.BaseExpression) -> list[cst.Name]:
    if isinstance(expr, cst.Name):
        return [expr]
    if isinstance(expr, cst.Attribute):
        return [expr.attr]
    if isinstance(expr, cst.Tuple):
        return [n for element in expr.elements for n in _names_in(element.value)]
    return []


def _is_feature_test(code: str) -> bool:
    return "hasattr(" in code or "getattr(" in code or "version" in code.lower()
