"""FRG011: ``st.fragment`` / ``st.dialog`` applied to something that is not a function."""

from __future__ import annotations

import libcst as cst

from fragc.analysis.rules.base import LintRule
from fragc.diagnostics import Diagnostic


class FragmentNotFunction(LintRule):
    """A fragment or dialog decorator wraps something that is not a `def` function.

    What:
    `@st.fragment` or `@st.dialog` decorates a class, or `st.fragment(...)` is called
    on a lambda, a class or a constant.

    Why:
    A fragment is a function Streamlit reruns on its own. A class would rerun its
    constructor, a lambda cannot hold the statements a fragment needs and has no name
    fragc can list in the page's manifest (the page knows every fragment before
    Python starts), and a constant cannot be called at all.

    Example:
    ```python
    @st.fragment
    class Counter:
        ...

    ticker = st.fragment(lambda: st.write(time.time()))
    ```

    Fix:
    Write the fragment as a function with `def` and decorate that.
    """

    code = "FRG011"
    name = "fragment-not-function"
    severity = "error"

    def finish(self) -> list[Diagnostic]:
        for use in self.ctx.uses:
            target = use.target
            if not use.wraps_non_function or target is None:
                continue
            what = _describe(target)
            decorator = use.decorator.split("(")[0]
            self.report(
                use.node,
                f"{decorator} wraps {what}, not a function",
                hint=f"define the {use.kind} with `def` and decorate it with @{decorator}",
            )
        return self.found


def _describe(node: cst.CSTNode) -> str:
    if isinstance(node, cst.ClassDef):
        return f"the class {node.name.value}"
    if isinstance(node, cst.Lambda):
        return "a lambda"
    return "a constant"
