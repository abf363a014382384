"""The pages ``st.navigation`` lists, as far as the source says them literally.

``st.Page("settings.py")`` (or a bare ``"settings.py"`` in ``st.navigation``'s list or
dict) names a page file: it is analysed with the same rules as the entry and bundled,
and a file that does not exist is FRG024 (Streamlit would raise when the page is
created). Each page's URL path, where the source fixes it (a literal ``url_path=``, the
file's name, a ``def``'s name), lets the build write that page's own ``PAGE/index.html``
so a deep link or a reload of it works on a static host (ARCHITECTURE.md, "Multipage
apps"). A page built at run time (a path in a variable, a loop) still runs; only its
URL cannot be opened directly on a host without fallback rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath

import libcst as cst

from fragc.analysis.context import FileContext
from fragc.shim import pages


@dataclass(frozen=True)
class PageRef:
    """A page the source names: its file (relative to the entry's folder) or callable."""

    script: str | None  # "settings.py" for a file page, None for a callable
    url_path: str | None  # where the site serves it; None when only known at run time
    line: int
    col: int
    node: cst.CSTNode


@dataclass(frozen=True)
class FilePages:
    """What one file says about the app's pages."""

    refs: list[PageRef]
    calls_navigation: bool
    # The file of the page st.navigation shows at the site's root (``default=True``, else
    # the first one listed), when the source says it literally.
    default_script: str | None


def find_page_refs(ctx: FileContext) -> FilePages:
    collector = PageCalls(ctx)
    ctx.module.visit(collector)
    return collector.finish()


class PageCalls(cst.CSTVisitor):
    def __init__(self, ctx: FileContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.found: list[PageRef] = []
        self.calls_navigation = False
        self.first_listed: cst.BaseExpression | None = None

    def finish(self) -> FilePages:
        default = next((r.script for r in self.found if r.url_path == "" and r.script), None)
        if default is None and self.first_listed is not None:
            default = self.script_of(self.first_listed)
        return FilePages(self.found, self.calls_navigation, default)

    def visit_Call(self, node: cst.Call) -> None:
        name = self.ctx.streamlit_name(node.func)
        if name == "Page" and node.args and node.args[0].keyword is None:
            self._page(node.args[0].value, node, _keywords(node))
        elif name == "navigation":
            self.calls_navigation = True
            if not node.args or node.args[0].keyword is not None:
                return
            listed = _listed(node.args[0].value)
            if listed and self.first_listed is None:
                self.first_listed = listed[0]
            for item in listed:
                # A bare path or function in the list: st.Page with its defaults.
                if isinstance(item, (cst.SimpleString, cst.Name)):
                    self._page(item, item, {})

    def _page(
        self, target: cst.BaseExpression, at: cst.CSTNode, keywords: dict[str, cst.BaseExpression]
    ) -> None:
        line, col = self.ctx.line_col(at)
        url = _literal(keywords.get("url_path"))
        is_default = (
            isinstance(keywords.get("default"), cst.Name)
            and getattr(keywords.get("default"), "value", "") == "True"
        )
        if isinstance(target, cst.SimpleString):
            script = target.evaluated_value
            if not isinstance(script, str) or "://" in script:
                return  # an external URL page: nothing to bundle, no URL of ours
            inferred = pages.icon_and_name(PurePosixPath(script).name)[1]
            path = url if url is not None else inferred
            self.found.append(
                PageRef(_normal(script), "" if is_default else path.strip("/"), line, col, target)
            )
        elif isinstance(target, cst.Name) and self._is_function(target):
            path = url if url is not None else target.value
            self.found.append(
                PageRef(None, "" if is_default else path.strip("/"), line, col, target)
            )
        else:
            self.found.append(
                PageRef(
                    None, "" if is_default else url.strip("/") if url else None, line, col, target
                )
            )

    def script_of(self, node: cst.BaseExpression) -> str | None:
        """The page file a listed page names: a path, ``st.Page("f.py")``, or a name
        assigned once to ``st.Page("f.py")``."""
        if isinstance(node, cst.Name):
            bound = self.ctx.referents(node)
            if not bound or len(bound) != 1:
                return None
            # The binding is the assignment's target name: `home = st.Page(...)`.
            statement = self.ctx.parent(bound[0])
            if isinstance(statement, cst.AssignTarget):
                statement = self.ctx.parent(statement)
            if not isinstance(statement, (cst.Assign, cst.AnnAssign)) or statement.value is None:
                return None
            return self.script_of(statement.value)
        if isinstance(node, cst.SimpleString):
            text = node.evaluated_value
            return _normal(text) if isinstance(text, str) and "://" not in text else None
        if (
            isinstance(node, cst.Call)
            and self.ctx.streamlit_name(node.func) == "Page"
            and node.args
            and node.args[0].keyword is None
            and isinstance(node.args[0].value, cst.SimpleString)
        ):
            return self.script_of(node.args[0].value)
        return None

    def _is_function(self, name: cst.Name) -> bool:
        """The name is a ``def`` (its ``__name__`` is the URL path), not a variable."""
        bound = self.ctx.referents(name)
        return bool(bound) and all(isinstance(node, cst.FunctionDef) for node in bound or ())


def _keywords(call: cst.Call) -> dict[str, cst.BaseExpression]:
    return {arg.keyword.value: arg.value for arg in call.args if arg.keyword is not None}


def _literal(node: cst.BaseExpression | None) -> str | None:
    if isinstance(node, cst.SimpleString):
        value = node.evaluated_value
        return value if isinstance(value, str) else None
    return None


def _listed(node: cst.BaseExpression) -> list[cst.BaseExpression]:
    """The items of st.navigation's list, or of every list in its dict."""
    if isinstance(node, (cst.List, cst.Tuple)):
        return [e.value for e in node.elements]
    if isinstance(node, cst.Dict):
        found: list[cst.BaseExpression] = []
        for element in node.elements:
            if isinstance(element, cst.DictElement):
                found += _listed(element.value)
        return found
    return []


def _normal(path: str) -> str:
    parts = [p for p in PurePosixPath(path.replace("\\", "/")).parts if p not in (".", "")]
    return "/".join(parts)
