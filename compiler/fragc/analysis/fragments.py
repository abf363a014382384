"""Finding the functions an app turns into fragments or dialogs.

Names are resolved with libcst's scope analysis (``Scope.get_qualified_names_for``,
what ``QualifiedNameProvider`` answers): ``@st.fragment``,
``@streamlit.fragment``, ``@frag`` after ``from streamlit import fragment as frag``
all resolve to ``streamlit.fragment``. A name counts only when *every* binding that
can reach it is Streamlit's: a shadowed ``st`` (``st = Something()``, a parameter
named ``st``, ``import other as st``) or a local ``def fragment`` is not a fragment.

Forms found: ``@X``, ``@X()``, ``@X(run_every=...)``, and the call forms
``X(func)``, ``X(run_every=...)(func)``, where X is ``st.fragment``,
``st.experimental_fragment`` (kind "fragment"), ``st.dialog`` or
``st.experimental_dialog`` (kind "dialog").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import libcst as cst

from fragc.analysis.run_every import RunEvery, evaluate_run_every

if TYPE_CHECKING:
    from fragc.analysis.context import FileContext

FragmentKind = Literal["fragment", "dialog"]

DECORATORS: dict[str, FragmentKind] = {
    "streamlit.fragment": "fragment",
    "streamlit.experimental_fragment": "fragment",
    "streamlit.dialog": "dialog",
    "streamlit.experimental_dialog": "dialog",
}

# What a fragment decorator can be applied to that is certainly not a function.
_NOT_FUNCTIONS = (
    cst.ClassDef,
    cst.Lambda,
    cst.BaseNumber,
    cst.BaseString,
    cst.List,
    cst.Tuple,
    cst.Set,
    cst.Dict,
    cst.ListComp,
    cst.SetComp,
    cst.DictComp,
    cst.GeneratorExp,
)

_EMPTY = cst.Module(body=[])


def code_of(node: cst.CSTNode) -> str:
    return _EMPTY.code_for_node(node)


@dataclass(frozen=True, eq=False)
class FragmentUse:
    """One application of a fragment/dialog decorator (as ``@`` or as a call)."""

    kind: FragmentKind
    decorator: str  # source text without "@", e.g. "st.fragment(run_every=2)"
    node: cst.CSTNode  # the decorator expression or the call: where diagnostics point
    target: cst.CSTNode | None  # FunctionDef, or what else it wraps; None when unknown
    run_every: cst.Arg | None  # the run_every= argument, if written
    run_every_value: RunEvery

    @property
    def function(self) -> cst.FunctionDef | None:
        return self.target if isinstance(self.target, cst.FunctionDef) else None

    @property
    def wraps_non_function(self) -> bool:
        return isinstance(self.target, _NOT_FUNCTIONS)


class FragmentFinder(cst.CSTVisitor):
    """Collects :class:`FragmentUse` s, asking ``ctx`` for names and places."""

    def __init__(self, ctx: FileContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.uses: list[FragmentUse] = []
        self._decorator_calls: set[cst.Call] = set()

    # ---------------------------------------------------------------- helpers

    def qualified_names(self, node: cst.CSTNode) -> set[str]:
        return self.ctx.qualified_names(node)

    def kind_of(self, expr: cst.BaseExpression) -> FragmentKind | None:
        """The fragment kind ``expr`` certainly names, else None."""
        if not isinstance(expr, (cst.Name, cst.Attribute)):
            return None
        names = self.qualified_names(expr)
        kinds = {DECORATORS.get(name) for name in names}
        if len(kinds) != 1:
            return None  # unbound, or several bindings that disagree: not certain
        (kind,) = kinds
        return kind

    def _run_every(
        self, call: cst.Call | None, kind: FragmentKind
    ) -> tuple[cst.Arg | None, RunEvery]:
        if call is None or kind != "fragment":
            return None, RunEvery(None)
        for arg in call.args:
            if arg.keyword is not None and arg.keyword.value == "run_every":
                return arg, evaluate_run_every(arg.value, self.qualified_names)
        return None, RunEvery(None)

    def _add(
        self,
        kind: FragmentKind,
        decorator: str,
        node: cst.CSTNode,
        target: cst.CSTNode | None,
        call: cst.Call | None,
    ) -> None:
        arg, value = self._run_every(call, kind)
        self.uses.append(FragmentUse(kind, decorator, node, target, arg, value))

    def _resolve_target(self, expr: cst.BaseExpression) -> cst.CSTNode | None:
        """What a call form wraps: a def or class the name certainly refers to, a literal."""
        if not isinstance(expr, cst.Name):
            return expr if isinstance(expr, _NOT_FUNCTIONS) else None
        scope = self.ctx.scope_of(expr)
        if scope is None:
            return None
        definitions: list[cst.CSTNode] = []
        for access in scope.accesses[expr]:
            for referent in access.referents:
                node = getattr(referent, "node", None)
                if not isinstance(node, (cst.FunctionDef, cst.ClassDef)):
                    return None  # assigned some other way too: not certain
                definitions.append(node)
        if not definitions:
            return None
        # Several defs of one name (if/else): they share the qualname; take the first.
        return min(definitions, key=lambda n: self.ctx.line_col(n)[0])

    # --------------------------------------------------------------- visitors

    def _decorators(self, node: cst.FunctionDef | cst.ClassDef) -> None:
        for decorator in node.decorators:
            expr = decorator.decorator
            call = expr if isinstance(expr, cst.Call) else None
            kind = self.kind_of(call.func if call else expr)
            if kind is None:
                continue
            if call is not None:
                self._decorator_calls.add(call)
            self._add(kind, code_of(expr), expr, node, call)

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        self._decorators(node)

    def visit_ClassDef(self, node: cst.ClassDef) -> None:
        self._decorators(node)

    def visit_Call(self, node: cst.Call) -> None:
        if node in self._decorator_calls:
            return
        func = node.func
        # X(run_every=2)(f) / st.dialog("Title")(f): the inner call is the decorator.
        if isinstance(func, cst.Call):
            kind = self.kind_of(func.func)
            if kind is not None and node.args and node.args[0].keyword is None:
                self._decorator_calls.add(func)
                target = self._resolve_target(node.args[0].value)
                self._add(kind, code_of(func), node, target, func)
            return
        kind = self.kind_of(func)
        if kind is None:
            return
        positional = [arg for arg in node.args if arg.keyword is None and not arg.star]
        if not positional:
            return  # a decorator factory: the enclosing call (if any) is handled above
        first = positional[0].value
        if isinstance(first, cst.Name) and first.value == "None":
            return  # st.fragment(None) is st.fragment(): a decorator factory
        if kind == "dialog" and isinstance(first, cst.BaseString):
            return  # st.dialog("Title"): the title, not the function
        keywords = [arg for arg in node.args if arg.keyword is not None]
        decorator = code_of(func)
        if keywords:
            decorator += "(" + ", ".join(code_of(arg).strip().rstrip(",") for arg in keywords) + ")"
        self._add(kind, decorator, node, self._resolve_target(first), node)
