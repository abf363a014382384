"""FRG052: an endless ``while True`` loop paced by ``time.sleep``."""

from __future__ import annotations

import libcst as cst

from fragc.analysis.rules.base import LintRule


class SleepLoop(LintRule):
    """An endless `while True:` loop that sleeps, where `run_every` is meant.

    What:
    A `while True:` loop that calls `time.sleep(...)` and has no way out (`break`,
    `return`, `raise`, `st.rerun()`, `st.stop()`).

    Why:
    The script never finishes: nothing after the loop runs, and no widget event can
    start another run while it loops (the page stays "running"). In the browser the
    loop also holds the one Python thread fragc has. Streamlit's answer to "update
    this every N seconds" is a fragment with `run_every`.

    Example:
    ```python
    placeholder = st.empty()
    while True:
        placeholder.metric("Price", get_price())
        time.sleep(5)
    ```

    Fix:
    ```python
    @st.fragment(run_every=5)
    def price():
        st.metric("Price", get_price())

    price()
    ```
    """

    code = "FRG052"
    name = "sleep-loop"
    severity = "warning"

    def visit_While(self, node: cst.While) -> None:
        if not _always_true(node.test):
            return
        scan = _LoopScan(self)
        node.body.visit(scan)
        if scan.sleeps and not scan.exits:
            self.report(
                node,
                "this `while True` loop sleeps and never ends; the script never finishes",
                hint="use @st.fragment(run_every=SECONDS) for work that repeats, and drop the loop",
            )


def _always_true(test: cst.BaseExpression) -> bool:
    if isinstance(test, cst.Name):
        return test.value == "True"
    if isinstance(test, cst.Integer):
        return test.evaluated_value != 0
    return False


class _LoopScan(cst.CSTVisitor):
    """Finds time.sleep calls and exits in a loop body (not in nested functions, and
    `break` only at this loop's level)."""

    def __init__(self, rule: SleepLoop) -> None:
        super().__init__()
        self.rule = rule
        self.sleeps = False
        self.exits = False
        self._inner_loops = 0

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        return False

    def visit_Lambda(self, node: cst.Lambda) -> bool:
        return False

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        return False

    def visit_For(self, node: cst.For) -> None:
        self._inner_loops += 1

    def leave_For(self, original_node: cst.For) -> None:
        self._inner_loops -= 1

    def visit_While(self, node: cst.While) -> None:
        self._inner_loops += 1

    def leave_While(self, original_node: cst.While) -> None:
        self._inner_loops -= 1

    def visit_Break(self, node: cst.Break) -> None:
        if self._inner_loops == 0:
            self.exits = True

    def visit_Return(self, node: cst.Return) -> None:
        self.exits = True

    def visit_Raise(self, node: cst.Raise) -> None:
        self.exits = True

    def visit_Call(self, node: cst.Call) -> None:
        name = self.rule.ctx.call_name(node)
        if name == "time.sleep":
            self.sleeps = True
        elif name in ("streamlit.rerun", "streamlit.stop", "sys.exit", "builtins.exit"):
            self.exits = True
