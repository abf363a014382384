"""FRG022: ``st.rerun(scope="fragment")`` where no fragment can be running."""

from __future__ import annotations

import libcst as cst

from fragc.analysis.rules.base import LintRule

# Streamlit's StreamlitInvalidLayoutContextError text, verbatim.
MESSAGE = (
    'scope="fragment" can only be specified from `@st.fragment`-decorated functions during '
    "fragment reruns."
)


class RerunFragmentScope(LintRule):
    """`st.rerun(scope="fragment")` is called where no fragment can be running.

    What:
    `st.rerun(scope="fragment")` appears in the script's top level (not inside any
    function), so it can only run during a full run of the script.

    Why:
    A fragment-scoped rerun reruns the fragment that is running; during a full run
    there is none, and Streamlit raises `StreamlitAPIException` ('scope="fragment" can
    only be specified from `@st.fragment`-decorated functions during fragment
    reruns.'), which stops the script.

    Example:
    ```python
    if st.button("Refresh"):
        st.rerun(scope="fragment")
    ```

    Fix:
    Call `st.rerun()` for a full rerun, or move the call into the fragment it should
    rerun.
    """

    code = "FRG022"
    name = "rerun-fragment-outside-fragment"
    severity = "error"

    def visit_Call(self, node: cst.Call) -> None:
        if self.ctx.streamlit_name(node.func) != "rerun":
            return
        for arg in node.args:
            if (
                arg.keyword is not None
                and arg.keyword.value == "scope"
                and isinstance(arg.value, cst.SimpleString)
                and arg.value.evaluated_value == "fragment"
                and self.ctx.is_module_level(node)
            ):
                self.report(
                    node,
                    MESSAGE,
                    hint='use st.rerun() here, or call st.rerun(scope="fragment") inside the fragment',
                )
