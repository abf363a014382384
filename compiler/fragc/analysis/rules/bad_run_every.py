"""FRG010 / FRG012: a ``run_every`` constant Streamlit would refuse, or a browser cannot wait for."""

from __future__ import annotations

from fragc.analysis.rules.base import LintRule
from fragc.diagnostics import Diagnostic


class BadRunEvery(LintRule):
    """A fragment's `run_every` is a constant that is not a valid interval.

    What:
    The `run_every=` argument of `@st.fragment` is a string that is not a time
    (Streamlit parses it as pandas does: `"10s"`, `"1m"` for one minute, `"1h23s"`,
    `"1.5 days"`, `"2 days"`), a negative number, NaN or infinity
    (`float("nan")`, `math.inf`), a `timedelta(...)` whose arguments fail, a value
    of another type, or a string with no unit (`"10"`, which pandas reads as ten
    nanoseconds). Arithmetic on literals counts as a constant (`5 * 60`).

    Why:
    Streamlit raises `StreamlitBadTimeStringError` for a bad string when the
    fragment is first called, which stops the script; for NaN, infinity or a
    negative number it sets a browser timer that fires about every millisecond.
    fragc finds these before the site is deployed.

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

    def finish(self) -> list[Diagnostic]:
        for use in self.ctx.uses:
            if use.run_every is not None and use.run_every_value.error is not None:
                self.report(
                    use.run_every.value,
                    use.run_every_value.error,
                    hint="write seconds (run_every=5), timedelta(seconds=5) or a string like '5s'",
                )
        return self.found


class RunEveryClamped(LintRule):
    """A fragment's `run_every` is longer than a browser timer can wait.

    What:
    The `run_every=` constant is more than 24.8 days (2**31 - 1 milliseconds), for
    example `run_every="30d"` or `run_every=10**100`.

    Why:
    A browser's `setInterval` cannot wait longer: given more, it fires about every
    millisecond instead. Streamlit 1.67 passes the value on, so the fragment reruns
    hundreds of times a second; fragc waits 24.8 days instead (docs/differences.md).

    Example:
    ```python
    @st.fragment(run_every="30d")
    def monthly_report():
        ...
    ```

    Fix:
    Use a shorter interval, or leave `run_every` out and rerun the fragment from a
    button.
    """

    code = "FRG012"
    name = "run-every-clamped"
    severity = "warning"

    def finish(self) -> list[Diagnostic]:
        for use in self.ctx.uses:
            if use.run_every is not None and use.run_every_value.clamped is not None:
                self.report(
                    use.run_every.value,
                    use.run_every_value.clamped,
                    hint="use an interval of at most 24.8 days",
                )
        return self.found
