"""The base of rules that walk a parsed file: a :class:`Rule` that is a libcst visitor.

A rule subclass sets ``code``, ``name``, ``severity``, writes its docs as its
docstring, and implements ``visit_*`` methods that call :meth:`LintRule.report`.
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

    @classmethod
    def check(cls, ctx: FileContext) -> list[Diagnostic]:
        rule = cls(ctx)
        ctx.module.visit(rule)
        return rule.found
