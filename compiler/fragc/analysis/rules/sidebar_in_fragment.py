"""FRG020: a fragment writing straight into ``st.sidebar``."""

from __future__ import annotations

import libcst as cst

from fragc.analysis.rules.base import FragmentCallRule
from fragc.analysis.streamlit_api import BLOCK_COMMANDS, ELEMENT_COMMANDS

# Streamlit's StreamlitAPIException text, verbatim (the seed states the same rule).
MESSAGE = (
    "Calling `st.sidebar` in a function wrapped with `st.fragment` is not supported. To write "
    "elements to the sidebar with a fragment, call your fragment function inside a "
    "`with st.sidebar` context manager."
)


# What is reported: elements, less `spinner`, whose element Streamlit may only write
# after a delay (the calls inside `with st.spinner()` are reported instead).
_REPORTED = ELEMENT_COMMANDS - {"spinner"}


class SidebarInFragment(FragmentCallRule):
    """A fragment writes an element directly into the sidebar.

    What:
    Inside the body of a `@st.fragment` (or `@st.dialog`) function, an element is
    written straight to the sidebar: `st.sidebar.write(...)`, or `st.write(...)`
    directly inside `with st.sidebar:`.

    Why:
    A fragment's output lives in its own container so that a fragment run can replace
    it; the sidebar's root is outside that container. Streamlit raises
    `StreamlitAPIException` there ("Calling `st.sidebar` in a function wrapped with
    `st.fragment` is not supported...") and so does fragc. Opening a container in the
    sidebar (`with st.sidebar.container():`) is allowed, as is calling the whole
    fragment inside `with st.sidebar:`.

    Example:
    ```python
    @st.fragment
    def filters():
        st.sidebar.selectbox("Region", ["EU", "US"])
    ```

    Fix:
    Call the fragment inside the sidebar instead:
    ```python
    @st.fragment
    def filters():
        st.selectbox("Region", ["EU", "US"])

    with st.sidebar:
        filters()
    ```
    """

    code = "FRG020"
    name = "sidebar-in-fragment"
    severity = "error"

    HINT = "call the fragment inside `with st.sidebar:` and write with st.* in its body"

    def judge(self, node: cst.Call, fragment: cst.FunctionDef) -> None:
        name = self.ctx.streamlit_name(node.func)
        if name is None:
            return
        root, _, method = name.partition(".")
        if root == "sidebar" and method in _REPORTED:
            self.report(node, MESSAGE, self.HINT)
        elif not method and root in _REPORTED and self._in_sidebar_with(node, fragment):
            self.report(node, MESSAGE, self.HINT)

    def _in_sidebar_with(self, node: cst.CSTNode, fragment: cst.FunctionDef) -> bool:
        """True when the innermost container ``with`` around ``node`` is ``st.sidebar``."""
        child: cst.CSTNode = node
        for ancestor in self.ctx.ancestors(node):
            if ancestor is fragment:
                return False
            if isinstance(ancestor, cst.With) and child is ancestor.body:
                for item in reversed(ancestor.items):
                    name = self.ctx.streamlit_name(item.item)
                    if name == "sidebar":
                        return True
                    if name is None and isinstance(item.item, cst.Call):
                        name = self.ctx.streamlit_name(item.item.func)
                        if name is not None and name.rpartition(".")[2] not in BLOCK_COMMANDS:
                            continue  # st.spinner(...) and the like: not a container
                    return False  # another container, or something unknown: not certain
            child = ancestor
        return False
