"""The base of rules that walk a parsed file: a :class:`Rule` that is a libcst visitor.

A rule subclass sets ``code``, ``name``, ``severity``, writes its docs as its
docstring, and implements ``visit_*`` methods that call :meth:`LintRule.report` (or
:meth:`LintRule.finish`, for a rule that reads the context rather than nodes). The
analysis walks the file once for all rules (:class:`fragc.analysis.walk.Dispatcher`),
so a ``visit_*`` method cannot stop the walk by returning False, and which functions
are fragments (``ctx.uses``) is known only in ``finish()``.
It reads everything else (names, scopes, fragments) from ``self.ctx``; the context
resolved libcst's metadata once for all rules.
"""

from __future__ import annotations

import libcst as cst

from fragc.analysis.context import FileContext
from fragc.diagnostics import Diagnostic, Rule


class LintRule(Rule, cst.CSTVisitor):
    def __init__(self, ctx: FileContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.found: list[Diagnostic] = []

    def report(self, node: cst.CSTNode, message: str, hint: str | None = None) -> None:
        line, col = self.ctx.line_col(node)
        self.found.append(
            self.diagnostic(message, file=self.ctx.source.display, line=line, col=col, hint=hint)
        )

    def report_at(self, line: int, col: int, message: str, hint: str | None = None) -> None:
        self.found.append(
            self.diagnostic(message, file=self.ctx.source.display, line=line, col=col, hint=hint)
        )

    def finish(self) -> list[Diagnostic]:
        """The findings, once the walk has been through the whole file (a rule that
        reads ``ctx`` rather than nodes reports here)."""
        return self.found

    @classmethod
    def check(cls, ctx: FileContext) -> list[Diagnostic]:
        """The rule alone, with a walk of its own (the analysis runs every rule in one)."""
        rule = cls(ctx)
        ctx.module.visit(rule)
        return rule.finish()


class FragmentCallRule(LintRule):
    """A rule that judges every call in a fragment's body, once the walk is done: which
    functions are fragments is only known then (``st.fragment(f)`` may come after
    ``f``'s body). Subclasses implement :meth:`judge`."""

    def __init__(self, ctx: FileContext) -> None:
        super().__init__(ctx)
        self._calls: list[cst.Call] = []

    def visit_Call(self, node: cst.Call) -> None:
        self._calls.append(node)

    def finish(self) -> list[Diagnostic]:
        for call in self._calls:
            fragment = self.ctx.enclosing_fragment(call)
            if fragment is not None:
                self.judge(call, fragment)
        return self.found

    def judge(self, node: cst.Call, fragment: cst.FunctionDef) -> None:
        raise NotImplementedError
