"""The value of a ``run_every=`` argument, when the source makes it a constant.

Accepted constants are the ones Streamlit accepts: numbers (arithmetic on literals
folded: ``5 * 60``, ``10**100``, ``float("nan")``, ``math.inf``; see
:mod:`fragc.analysis.constants`), strings (pandas timedelta syntax, parsed by
:mod:`fragc.timeparse`, the same code the browser runs) and ``timedelta(...)`` /
``datetime.timedelta(...)`` with constant arguments. Anything else (a variable, a
function call) is left to run time: ``seconds`` is ``None`` and no error is reported.

Streamlit 1.67 passes any number on to the browser's ``setInterval``, which cannot
wait longer than 2**31-1 ms (24.8 days) and fires about every millisecond instead;
NaN and infinity do the same. A constant that is not a finite number is therefore an
error here (FRG010), and one longer than 24.8 days a warning (FRG012): the shim
clamps it (:func:`fragc.timeparse.timer_interval`, docs/differences.md).
"""

from __future__ import annotations

import ast
import datetime
import math
from collections.abc import Callable, Collection
from dataclasses import dataclass

import libcst as cst

from fragc.analysis.constants import fold_number, fold_string
from fragc.timeparse import MAX_TIMER_SECONDS, time_to_seconds

TIMEDELTA_NAMES = frozenset({"datetime.timedelta"})


@dataclass(frozen=True)
class RunEvery:
    seconds: float | None  # None: no timer, or not known before run time
    error: str | None = None  # why the constant is wrong (a FRG010 message)
    clamped: str | None = None  # why the browser waits less than asked (a FRG012 message)


QualifiedNames = Callable[[cst.CSTNode], Collection[str]]


def _literal(node: cst.BaseExpression, names: QualifiedNames) -> object:
    """The constant ``node`` stands for; raises ValueError when it is not one."""
    number = fold_number(node, names)
    if number is not None:
        return number
    text = fold_string(node)
    if text is not None:
        return text
    code = cst.Module(body=[]).code_for_node(node)
    # Parenthesised/multi-line expressions parse as one expression once wrapped.
    return ast.literal_eval(f"(\n{code}\n)")


def evaluate_run_every(node: cst.BaseExpression, qualified_names: QualifiedNames) -> RunEvery:
    """Seconds for the argument ``node``; ``qualified_names`` resolves a callee's names."""
    value: object
    names = qualified_names(node.func) if isinstance(node, cst.Call) else ()
    if isinstance(node, cst.Call) and names and set(names) <= TIMEDELTA_NAMES:
        if any(arg.star for arg in node.args):
            return RunEvery(None)
        try:
            args = [
                _literal(arg.value, qualified_names) for arg in node.args if arg.keyword is None
            ]
            kwargs = {
                arg.keyword.value: _literal(arg.value, qualified_names)
                for arg in node.args
                if arg.keyword is not None
            }
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError, OverflowError):
            return RunEvery(None)  # not constant: decided at run time
        try:
            value = datetime.timedelta(*args, **kwargs)  # type: ignore[arg-type]
        except TypeError:
            return RunEvery(None, "run_every: timedelta() does not take these arguments")
        except (ValueError, OverflowError):
            return RunEvery(None, "run_every: this timedelta is out of range")
    else:
        try:
            value = _literal(node, qualified_names)
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            return RunEvery(None)
    return _seconds(value)


def _seconds(value: object) -> RunEvery:
    if value is None:
        return RunEvery(None)
    if isinstance(value, bool) or not isinstance(value, (int, float, str, datetime.timedelta)):
        return RunEvery(None, f"run_every must be a number, a timedelta or a string, not {value!r}")
    if isinstance(value, float) and not math.isfinite(value):
        return RunEvery(
            None,
            f"run_every is {value}, not a number of seconds (Streamlit would rerun the "
            "fragment about every millisecond)",
        )
    try:
        seconds = time_to_seconds(value)
    except (ValueError, OverflowError) as err:
        return RunEvery(None, str(err))
    assert seconds is not None  # only None maps to None, handled above
    if isinstance(value, str) and value.strip().lstrip("+-").isdigit():
        # pandas reads a bare number as nanoseconds: "10" is 10 ns, a timer that
        # fires as fast as the browser can run it. Nobody means that.
        return RunEvery(
            None,
            f"run_every {value!r} is {value.strip()} nanoseconds (a string without a unit is "
            f"nanoseconds); write {value.strip()} or '{value.strip()}s' for seconds",
        )
    if seconds < 0:
        return RunEvery(None, f"run_every must not be negative (got {_shown(value)})")
    if not seconds:
        return RunEvery(None)  # 0 is "no timer" in Streamlit (it only sends a truthy interval)
    if seconds > MAX_TIMER_SECONDS:
        return RunEvery(
            MAX_TIMER_SECONDS,
            clamped=f"run_every {_shown(value)} is longer than a browser timer can wait "
            "(24.8 days): fragc reruns the fragment every 24.8 days (Streamlit would "
            "rerun it about every millisecond)",
        )
    return RunEvery(float(seconds))


def _shown(value: object) -> str:
    text = repr(value) if not isinstance(value, datetime.timedelta) else f"timedelta({value})"
    return text if len(text) <= 40 else text[:37] + "..."
