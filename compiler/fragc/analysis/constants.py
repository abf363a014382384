"""Values the source makes certain: numbers and strings folded from libcst literals, safely.

``10**100``, ``-2.5 * 60``, ``float("nan")``, ``math.inf``, ``"sk-" + "abc"``,
``"a" "b"``: what these evaluate to is known before the app runs, so rules may judge
it. Folding never runs user code and never takes long: an integer power past
10**400 stops there (``9**9**9`` is not computed), a string that would grow past
:data:`MAX_STRING` stops folding. Names (``math.inf``, ``float``) are judged by the
qualified names libcst's scope analysis gives them, so a shadowed ``float`` is not
Python's.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Collection

import libcst as cst

QualifiedNames = Callable[[cst.CSTNode], Collection[str]]
Number = int | float

MAX_STRING = 100_000
_MAX_DEPTH = 50  # deeper expressions are not folded (they are not constants anyone writes)
_HUGE = 10**400  # past any float: what an integer power beyond it stands for
_SPECIAL_FLOATS = {
    "math.inf": math.inf,
    "math.nan": math.nan,
    "numpy.inf": math.inf,
    "numpy.nan": math.nan,
}
_FLOAT_CALLS = frozenset({"builtins.float"})
_ARITHMETIC: dict[type[cst.BaseBinaryOp], Callable[[Number, Number], Number]] = {
    cst.Add: operator.add,
    cst.Subtract: operator.sub,
    cst.Multiply: operator.mul,
    cst.Divide: operator.truediv,
    cst.FloorDivide: operator.floordiv,
    cst.Modulo: operator.mod,
}


def fold_number(node: cst.CSTNode, names: QualifiedNames, depth: int = 0) -> Number | None:
    """The number ``node`` certainly evaluates to, or None."""
    if depth > _MAX_DEPTH:
        return None
    deeper = depth + 1
    if isinstance(node, (cst.Integer, cst.Float)):
        return node.evaluated_value
    if isinstance(node, cst.UnaryOperation) and isinstance(node.operator, (cst.Minus, cst.Plus)):
        inner = fold_number(node.expression, names, deeper)
        if inner is None:
            return None
        return -inner if isinstance(node.operator, cst.Minus) else inner
    if isinstance(node, cst.BinaryOperation):
        left = fold_number(node.left, names, deeper)
        right = fold_number(node.right, names, deeper) if left is not None else None
        if left is None or right is None:
            return None
        return _arithmetic(node.operator, left, right)
    if isinstance(node, cst.Attribute):
        found = {_SPECIAL_FLOATS.get(name) for name in names(node)}
        if len(found) == 1:
            (value,) = found
            return value
        return None
    if (
        isinstance(node, cst.Call)
        and len(node.args) == 1
        and node.args[0].keyword is None
        and not node.args[0].star
        and set(names(node.func)) == _FLOAT_CALLS
    ):
        argument = node.args[0].value
        text = fold_string(argument, deeper)
        if text is not None:
            try:
                return float(text)
            except ValueError:
                return None
        number = fold_number(argument, names, deeper)
        return None if number is None else _to_float(number)
    return None


def _arithmetic(op: cst.BaseBinaryOp, left: Number, right: Number) -> Number | None:
    if isinstance(op, cst.Power):
        return _power(left, right)
    function = _ARITHMETIC.get(type(op))
    if function is None:
        return None
    try:
        return function(left, right)
    except (ZeroDivisionError, OverflowError):
        return None


def _power(base: Number, exponent: Number) -> Number | None:
    """``base ** exponent`` without computing results past any use: an integer power
    past 10**400 is 10**400 (with its sign); a float one overflows, as in Python."""
    if base == 0 or exponent == 0 or base == 1:
        return base**exponent if not (base == 0 and exponent < 0) else None
    if abs(exponent) * math.log10(abs(base)) > 400:
        if exponent < 0:
            return 0.0
        if isinstance(base, float) or isinstance(exponent, float):
            return None  # OverflowError when the app runs: not a constant
        negative = base < 0 and exponent % 2 == 1
        return -_HUGE if negative else _HUGE
    try:
        result = base**exponent
    except (OverflowError, ZeroDivisionError):
        return None
    return result if isinstance(result, (int, float)) else None  # a negative base's root: complex


def _to_float(number: Number) -> float:
    try:
        return float(number)
    except OverflowError:
        return math.inf if number > 0 else -math.inf


def fold_string(node: cst.CSTNode, depth: int = 0) -> str | None:
    """The string ``node`` certainly evaluates to (``"a" "b"``, ``"a" + "b"``), or None."""
    if depth > _MAX_DEPTH:
        return None
    if isinstance(node, cst.SimpleString):
        try:
            value = node.evaluated_value
        except (ValueError, SyntaxError, MemoryError):
            return None
        return value if isinstance(value, str) else None
    if isinstance(node, cst.ConcatenatedString):
        parts = (fold_string(node.left, depth + 1), fold_string(node.right, depth + 1))
    elif isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Add):
        left = fold_string(node.left, depth + 1)
        parts = (left, fold_string(node.right, depth + 1) if left is not None else None)
    else:
        return None
    left, right = parts
    if left is None or right is None or len(left) + len(right) > MAX_STRING:
        return None
    return left + right
