"""FRG021: a fragment writing a widget into a container created outside it."""

from __future__ import annotations

from typing import Literal

import libcst as cst

from fragc.analysis.context import FileContext
from fragc.analysis.rules.base import FragmentCallRule
from fragc.analysis.streamlit_api import BLOCK_COMMANDS, WIDGET_COMMANDS

# Streamlit's StreamlitFragmentWidgetsNotAllowedOutsideError text, verbatim.
MESSAGE = "Fragments cannot write widgets to outside containers."

# Where a container expression puts what is written into it, seen from a fragment:
# "outside" (created before the fragment ran), "inside" (created by the fragment),
# "inherit" (created here, so inside whatever container is active), "transparent"
# (not a container: `with st.spinner():`), "sidebar" (FRG020's business), "unknown".
Origin = Literal["outside", "inside", "inherit", "transparent", "sidebar", "unknown"]

# Calls that create a container; `empty` is a placeholder that holds one element.
_CREATORS = BLOCK_COMMANDS | {"empty"}


class WidgetOutsideFragment(FragmentCallRule):
    """A fragment writes a widget into a container created outside the fragment.

    What:
    Inside a fragment's body, a widget (`button`, `slider`, `text_input`, ...) is
    written into a container that the script created before calling the fragment:
    `outside.button(...)` or `st.button(...)` inside `with outside:`, where
    `outside = st.container()` (or `st.columns(...)`, `st.tabs(...)`, `st.empty()`,
    `st.expander(...)`, ...) runs outside the fragment. Only cases the code makes
    certain are reported: the container is a variable every assignment of which
    creates a Streamlit container outside the fragment.

    Why:
    A fragment run replaces only what is inside the fragment's own container, so a
    widget outside it could not be updated or removed by the fragment. Streamlit
    raises `StreamlitAPIException` ("Fragments cannot write widgets to outside
    containers.") and so does fragc. Non-widget elements (text, charts) may be
    written outside; they accumulate until the next full run.

    Example:
    ```python
    controls = st.container()

    @st.fragment
    def panel():
        with controls:
            st.button("Refresh")
    ```

    Fix:
    Create the container inside the fragment, or call the fragment inside the
    container:
    ```python
    @st.fragment
    def panel():
        st.button("Refresh")

    with st.container():
        panel()
    ```
    """

    code = "FRG021"
    name = "widget-outside-fragment"
    severity = "error"

    HINT = "create the container inside the fragment, or call the fragment inside the container"

    def __init__(self, ctx: FileContext) -> None:
        super().__init__(ctx)
        self._calls_fragment: dict[cst.FunctionDef, bool] = {}

    def judge(self, node: cst.Call, fragment: cst.FunctionDef) -> None:
        if self._calls_other_fragment(fragment):
            return
        func = node.func
        if self.ctx.streamlit_name(func) in WIDGET_COMMANDS:
            origin = self._with_origin(node, fragment)
        elif isinstance(func, cst.Attribute) and func.attr.value in WIDGET_COMMANDS:
            origin = self._origin(func.value, fragment)
            if origin == "inherit":
                origin = self._with_origin(node, fragment)
        else:
            return
        if origin == "outside":
            self.report(node, MESSAGE, self.HINT)

    # ------------------------------------------------------------------ origins

    def _with_origin(self, node: cst.CSTNode, fragment: cst.FunctionDef) -> Origin:
        """Where the innermost container ``with`` around ``node`` writes to."""
        child: cst.CSTNode = node
        for ancestor in self.ctx.ancestors(node):
            if ancestor is fragment:
                return "inside"
            if isinstance(ancestor, cst.With) and child is ancestor.body:
                for item in reversed(ancestor.items):
                    origin = self._origin(item.item, fragment)
                    if origin not in ("inherit", "transparent"):
                        return origin
            child = ancestor
        return "unknown"

    def _origin(self, expr: cst.BaseExpression, fragment: cst.FunctionDef) -> Origin:
        name = self.ctx.streamlit_name(expr)
        if name == "sidebar":
            return "sidebar"
        if isinstance(expr, cst.Call):
            called = self.ctx.streamlit_name(expr.func)
            if called is None:
                return "unknown"
            if called.rpartition(".")[2] not in _CREATORS:
                return "transparent"
            # A container opened in the sidebar is outside the fragment's container
            # wherever it is created (the sidebar is another root).
            return "outside" if called.startswith("sidebar.") else "inherit"
        if isinstance(expr, cst.Subscript):  # cols[0], tabs[1]
            return self._origin(expr.value, fragment)
        if isinstance(expr, cst.Name):
            return self._name_origin(expr, fragment)
        return "unknown"

    def _name_origin(self, name: cst.Name, fragment: cst.FunctionDef) -> Origin:
        referents = self.ctx.referents(name)
        if not referents:
            return "unknown"
        origins = {self._binding_origin(node, fragment) for node in referents}
        return origins.pop() if len(origins) == 1 else "unknown"

    def _binding_origin(self, target: cst.CSTNode, fragment: cst.FunctionDef) -> Origin:
        """Where the container bound by ``target`` (a Name being assigned) was created."""
        value = self._assigned_value(target)
        if value is None:
            return "unknown"
        created = self._origin(value, fragment)
        if created == "outside":  # st.sidebar.container(): outside wherever it runs
            return "outside"
        if created != "inherit":
            return "unknown"
        if self.ctx.is_inside(target, fragment):
            return "inside"
        # The binding must run in a scope that encloses the fragment (the module or an
        # outer function); one in another function could run during the fragment.
        scope = self.ctx.enclosing_scope(target)
        while isinstance(scope, cst.ClassDef):
            scope = self.ctx.enclosing_scope(scope)
        if scope is None or self.ctx.is_inside(fragment, scope):
            return "outside"
        return "unknown"

    def _assigned_value(self, target: cst.CSTNode) -> cst.BaseExpression | None:
        """The expression whose result ``target`` is bound to (``c = st.container()``,
        ``a, b = st.columns(2)``, ``for col in st.columns(3)``)."""
        node: cst.CSTNode | None = target
        while node is not None:
            parent = self.ctx.parent(node)
            if isinstance(parent, (cst.Tuple, cst.List, cst.Element, cst.AssignTarget)):
                node = parent
                continue
            if isinstance(parent, cst.Assign) and parent.value is not None:
                return parent.value
            if isinstance(parent, cst.AnnAssign) and node is parent.target:
                return parent.value
            if isinstance(parent, cst.For) and node is parent.target:
                return parent.iter
            return None
        return None

    # ------------------------------------------------------------------ quirks

    def _calls_other_fragment(self, fragment: cst.FunctionDef) -> bool:
        """Streamlit stops checking for the rest of a fragment's body once a nested
        fragment has run, so a fragment that calls another one is never reported."""
        if fragment not in self._calls_fragment:
            finder = _FragmentCalls(self, fragment)
            fragment.body.visit(finder)
            self._calls_fragment[fragment] = finder.found
        return self._calls_fragment[fragment]


class _FragmentCalls(cst.CSTVisitor):
    def __init__(self, rule: WidgetOutsideFragment, fragment: cst.FunctionDef) -> None:
        super().__init__()
        self.rule = rule
        self.fragment = fragment
        self.found = False

    def visit_Call(self, node: cst.Call) -> None:
        if isinstance(node.func, cst.Name):
            referents = self.rule.ctx.referents(node.func) or []
            if any(ref in self.rule.ctx.fragment_defs for ref in referents):
                self.found = True
