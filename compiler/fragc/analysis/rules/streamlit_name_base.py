"""What FRG030 and FRG031 share: visiting every ``st.X`` and ``from streamlit import X``."""

from __future__ import annotations

import libcst as cst

from fragc.analysis.rules.base import LintRule


class StreamlitNameRule(LintRule):
    """Visits every `st.X` and `from streamlit import X`; subclasses judge X."""

    def problem(self, name: str) -> tuple[str, str | None] | None:
        """(message, hint) when ``streamlit.<name>`` is this rule's kind of missing."""
        raise NotImplementedError

    def visit_Attribute(self, node: cst.Attribute) -> None:
        self._check(node, self.ctx.streamlit_name(node))

    def visit_ImportFrom(self, node: cst.ImportFrom) -> None:
        if node.relative or isinstance(node.names, cst.ImportStar):
            return
        if not (isinstance(node.module, cst.Name) and node.module.value == "streamlit"):
            return
        for alias in node.names:
            if isinstance(alias.name, cst.Name):
                self._check(alias, alias.name.value)

    def _check(self, node: cst.CSTNode, name: str | None) -> None:
        if name is None or "." in name or name.startswith("__") or self._is_assigned(node):
            return
        found = self.problem(name)
        if found is not None and not self.ctx.is_guarded(node):
            self.report(node, *found)

    def _is_assigned(self, node: cst.CSTNode) -> bool:
        """``st.x = ...`` or ``del st.x``: the app defines the name itself."""
        parent = self.ctx.parent(node)
        return isinstance(parent, (cst.AssignTarget, cst.Del)) or (
            isinstance(parent, (cst.AnnAssign, cst.AugAssign)) and parent.target is node
        )
