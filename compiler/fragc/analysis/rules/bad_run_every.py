"""FRG010: a ``run_every`` constant Streamlit would refuse (or that cannot be meant)."""

from __future__ import annotations

from fragc.analysis.context import FileContext
from fragc.analysis.rules.base import LintRule
from fragc.diagnostics import Diagnostic


class BadRunEvery(LintRule):
    """A fragment's `run_every` is a constant that is not a valid interval.

    What:
    The `run_every=` argument of `@st.fragment` is a string that is not a time
    (Streamlit parses it as pandas does: `"10s"`, `"1m"` for one minute, `"1h23s"`,
    `"1.5 days"`, `"2 days"`), a negative number, a `timedelta(...)` whose
    arguments fail, a value of another type, or a string with no unit (`"10"`,
    which pandas reads as ten nanoseconds).

    Why:
    Streamlit raises `StreamlitBadTimeStringError` when the fragment is first called,
    which stops the script; fragc finds it before the site is deployed.

    Example:
    ```python
    @st.fragment(run_every="every 5 seconds")
    def clock():
        st.write(datetime.now())
    ```

    Fix:
    Use a number of seconds (`run_every=5`), a `timedelta(seconds=5)` or a pandas
    time string (`run_every="5s"`).
    """

    code = "FRG010"
    name = "bad-run-every"
    severity = "error"

    @classmethod
    def check(cls, ctx: FileContext) -> list[Diagnostic]:
        rule = cls(ctx)
        for use in ctx.uses:
            if use.run_every is not None and use.run_every_value.error is not None:
                rule.report(
                    use.run_every.value,
                    use.run_every_value.error,
                    hint="write seconds (run_every=5), timedelta(seconds=5) or a string like '5s'",
                )
        return rule.found
