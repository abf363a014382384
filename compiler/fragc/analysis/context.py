"""What every rule may ask about one parsed file: names, places, fragments.

A :class:`FileContext` wraps the file's ``MetadataWrapper`` (so libcst resolves each
metadata provider once per file, whatever the number of rules) and the fragment uses
the finder found. Its questions are the ones rules share: "does this expression
certainly name ``streamlit.X``?", "which function is this node in?", "is that
function a fragment?".
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import TypeVar

import libcst as cst
from libcst.metadata import (
    CodeRange,
    MetadataWrapper,
    ParentNodeProvider,
    PositionProvider,
    QualifiedNameProvider,
    ScopeProvider,
)

from fragc.analysis.fragments import FragmentUse
from fragc.analysis.source import SourceFile

Scope = cst.FunctionDef | cst.Lambda | cst.ClassDef
T = TypeVar("T")


def _force(value: T) -> T:
    # Some providers (QualifiedNameProvider) store lazily computed values in the
    # resolved mapping; visitors' get_metadata() forces them, plain lookups must too.
    return value() if callable(value) else value


@dataclass(eq=False)
class FileContext:
    source: SourceFile
    wrapper: MetadataWrapper
    uses: list[FragmentUse]
    implemented: Collection[str]  # st. names fragc's shim provides
    fragment_defs: set[cst.FunctionDef] = field(init=False)

    def __post_init__(self) -> None:
        self.fragment_defs = {use.function for use in self.uses if use.function is not None}
        self._positions = self.wrapper.resolve(PositionProvider)
        self._parents = self.wrapper.resolve(ParentNodeProvider)
        self._qualified = self.wrapper.resolve(QualifiedNameProvider)
        self._scopes = self.wrapper.resolve(ScopeProvider)

    @property
    def module(self) -> cst.Module:
        return self.wrapper.module

    # ------------------------------------------------------------ locations

    def position(self, node: cst.CSTNode) -> CodeRange:
        return _force(self._positions[node])

    def line_col(self, node: cst.CSTNode) -> tuple[int, int]:
        """1-based line and column where ``node`` starts."""
        start = self.position(node).start
        return start.line, start.column + 1

    def code(self, node: cst.CSTNode) -> str:
        return self.module.code_for_node(node)

    # ---------------------------------------------------------------- names

    def qualified_names(self, node: cst.CSTNode) -> set[str]:
        return {qn.name for qn in _force(self._qualified.get(node, set()))}

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
        return _force(self._parents.get(node))

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
