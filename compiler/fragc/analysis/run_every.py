"""The value of a ``run_every=`` argument, when the source makes it a constant.

Accepted constants are the ones Streamlit accepts: numbers, strings (pandas
timedelta syntax, parsed by :mod:`fragc.timeparse`, the same code the browser
runs) and ``timedelta(...)`` / ``datetime.timedelta(...)`` with constant arguments.
Anything else (a variable, a function call) is left to run time: ``seconds`` is
``None`` and no error is reported.
"""

from __future__ import annotations

import ast
import datetime
from collections.abc import Callable, Collection
from dataclasses import dataclass

import libcst as cst

from fragc.timeparse import time_to_seconds

TIMEDELTA_NAMES = frozenset({"datetime.timedelta"})


@dataclass(frozen=True)
class RunEvery:
    seconds: float | None  # None: no timer, or not known before run time
    error: str | None = None  # why the constant is wrong (a FRG010 message)


def _literal(node: cst.BaseExpression) -> object:
    """The constant ``node`` stands for; raises ValueError when it is not one."""
    code = cst.Module(body=[]).code_for_node(node)
    # Parenthesised/multi-line expressions parse as one expression once wrapped.
    return ast.literal_eval(f"(\n{code}\n)")


def evaluate_run_every(
    node: cst.BaseExpression, qualified_names: Callable[[cst.CSTNode], Collection[str]]
) -> RunEvery:
    """Seconds for the argument ``node``; ``qualified_names`` resolves a callee's names."""
    value: object
    if isinstance(node, cst.Call):
        names = qualified_names(node.func)
        if not names or not set(names) <= TIMEDELTA_NAMES:
            return RunEvery(None)
        if any(arg.star for arg in node.args):
            return RunEvery(None)
        try:
            args = [_literal(arg.value) for arg in node.args if arg.keyword is None]
            kwargs = {
                arg.keyword.value: _literal(arg.value)
                for arg in node.args
                if arg.keyword is not None
            }
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            return RunEvery(None)  # not constant: decided at run time
        try:
            value = datetime.timedelta(*args, **kwargs)  # type: ignore[arg-type]
        except TypeError:
            return RunEvery(None, "run_every: timedelta() does not take these arguments")
        except (ValueError, OverflowError):
            return RunEvery(None, "run_every: this timedelta is out of range")
    else:
        try:
            value = _literal(node)
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            return RunEvery(None)
    return _seconds(value)


def _seconds(value: object) -> RunEvery:
    if value is None:
        return RunEvery(None)
    if isinstance(value, bool) or not isinstance(value, (int, float, str, datetime.timedelta)):
        return RunEvery(None, f"run_every must be a number, a timedelta or a string, not {value!r}")
    try:
        seconds = time_to_seconds(value)
    except ValueError as err:
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
        return RunEvery(None, f"run_every must not be negative (got {value!r})")
    # 0 is "no timer" in Streamlit (it only sends an interval when it is truthy).
    return RunEvery(float(seconds) if seconds else None)
