"""Imports an app makes without an ``import`` statement: through Streamlit's API.

``st.connection(..., type="sql")`` makes the shim import SQLAlchemy (and pandas for
``.query()``), as Streamlit does; the package resolution must bundle them as if the app
imported them at that line.
"""

from __future__ import annotations

import libcst as cst

from fragc.analysis.context import FileContext
from fragc.analysis.data_files import argument
from fragc.analysis.imports import ModuleImport

_SQL_MODULES = ("sqlalchemy", "pandas")


def implied_imports(ctx: FileContext) -> list[ModuleImport]:
    finder = ImpliedImportFinder(ctx)
    ctx.module.visit(finder)
    return finder.finish()


class ImpliedImportFinder(cst.CSTVisitor):
    def __init__(self, ctx: FileContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.found: list[ModuleImport] = []

    def finish(self) -> list[ModuleImport]:
        return self.found

    def visit_Call(self, node: cst.Call) -> None:
        if self.ctx.streamlit_name(node.func) != "connection":
            return
        kind = _literal(argument(node, 1, "type"))
        name = _literal(argument(node, 0, "name"))
        has_url = any(a.keyword is not None and a.keyword.value == "url" for a in node.args)
        if kind == "sql" or (kind is None and (name == "sql" or has_url)):
            line, col = self.ctx.line_col(node)
            for module in _SQL_MODULES:
                self.found.append(
                    ModuleImport(
                        module=module, file=self.ctx.source.display, line=line, col=col, local=()
                    )
                )


def _literal(node: cst.BaseExpression | None) -> str | None:
    if isinstance(node, (cst.SimpleString, cst.ConcatenatedString)):
        value = node.evaluated_value
        return value if isinstance(value, str) else None
    return None
