"""Check a message against ``fragc.protocol``'s TypedDicts, strictly.

mypy checks the props the shim builds where their values are typed; this checks what
actually crosses to the page (after JSON), where a value typed ``Any`` in the shim could
still be the wrong thing, and refuses fields no TypedDict declares. The shim's test
harness runs it on every message the worker posts, so every shim test holds the shim to
the one definition of each element's props.
"""

from __future__ import annotations

import types
import typing
from typing import Any, Literal, NotRequired, Union

from fragc import protocol

# The field that tells the members of a union of TypedDicts apart.
_TAGS = ("type", "kind")


def check_message(message: Any) -> list[str]:
    """The problems of a worker -> page message (empty when it is valid)."""
    return _check(protocol.WorkerToPage, message, "")


def check(tp: Any, value: Any) -> list[str]:
    return _check(tp, value, "")


def _check(tp: Any, value: Any, path: str) -> list[str]:
    origin = typing.get_origin(tp)
    if tp is Any:
        return []
    if tp is type(None):
        return [] if value is None else [f"{path}: expected null, got {value!r}"]
    if tp is bool:
        return [] if isinstance(value, bool) else [f"{path}: expected bool, got {value!r}"]
    if tp is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
        return [] if ok else [f"{path}: expected int, got {value!r}"]
    if tp is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        return [] if ok else [f"{path}: expected number, got {value!r}"]
    if tp is str:
        return [] if isinstance(value, str) else [f"{path}: expected str, got {value!r}"]
    if origin is Literal:
        allowed = typing.get_args(tp)
        return [] if value in allowed else [f"{path}: expected one of {allowed}, got {value!r}"]
    if origin in (Union, types.UnionType):
        return _check_union(typing.get_args(tp), value, path)
    if origin is list:
        if not isinstance(value, list):
            return [f"{path}: expected a list, got {value!r}"]
        (item,) = typing.get_args(tp)
        return [problem for i, v in enumerate(value) for problem in _check(item, v, f"{path}/{i}")]
    if origin is dict:
        if not isinstance(value, dict):
            return [f"{path}: expected an object, got {value!r}"]
        _key, item = typing.get_args(tp)
        return [problem for k, v in value.items() for problem in _check(item, v, f"{path}/{k}")]
    if isinstance(tp, type) and issubclass(tp, dict):
        return _check_typeddict(tp, value, path)
    raise TypeError(f"cannot check {tp!r}")


def _check_typeddict(tp: Any, value: Any, path: str) -> list[str]:
    if not isinstance(value, dict):
        return [f"{path}: expected {tp.__name__}, got {value!r}"]
    problems = []
    hints = typing.get_type_hints(tp, include_extras=True)
    for name, hint in hints.items():
        optional = typing.get_origin(hint) is NotRequired
        if optional:
            (hint,) = typing.get_args(hint)
        if name in value:
            problems += _check(hint, value[name], f"{path}/{name}")
        elif not optional:
            problems.append(f"{path}: {tp.__name__} misses {name!r}")
    for name in value.keys() - hints.keys():
        problems.append(f"{path}: {tp.__name__} has no field {name!r}")
    return problems


def _check_union(members: tuple[Any, ...], value: Any, path: str) -> list[str]:
    failures = []
    for member in members:
        problems = _check(member, value, path)
        if not problems:
            return []
        failures.append((member, problems))
    # Report the member the value was meant to be (its tag says which), if any.
    if isinstance(value, dict):
        for tag in _TAGS:
            for member, problems in failures:
                hints = typing.get_type_hints(member) if isinstance(member, type) else {}
                if tag in hints and value.get(tag) in typing.get_args(hints[tag]):
                    return problems
    return [f"{path}: {value!r} matches none of {[getattr(m, '__name__', m) for m in members]}"]
