"""Messages to the page as text: every delta arrives, or an error in its place.

``protocol.encode`` writes Python's JSON dialect (non-finite floats as ``NaN``,
``Infinity``, ``-Infinity``, which the page reads back as numbers: runtime_js/src/wire.js)
and turns unknown values into their ``str``. What can still fail is a structure JSON has
no form for: a dict key that is a tuple, a cycle, nesting deeper than the recursion
limit. Such a value must not take the message down with it, nor the run: the deltas of
a ``run:deltas`` message are then encoded one by one, and one that fails is replaced by
an error element at its slot, naming the element, while the others arrive as they are.
"""

from __future__ import annotations

from typing import Any

from fragc import protocol

ENCODING_ERRORS = (TypeError, ValueError, RecursionError)


def encode(message: dict[str, Any]) -> str:
    try:
        return protocol.encode(message)
    except ENCODING_ERRORS:
        if message.get("type") != "run:deltas":
            raise
    return protocol.encode({**message, "deltas": [_sendable(d) for d in message["deltas"]]})


def _sendable(delta: dict[str, Any]) -> dict[str, Any]:
    try:
        protocol.encode(delta)
    except ENCODING_ERRORS as error:
        return _in_place_of(delta, error)
    return delta


def _in_place_of(delta: dict[str, Any], error: BaseException) -> dict[str, Any]:
    """An error element, or an empty block of the same kind, where ``delta`` went."""
    base = {"path": delta["path"], "fragment_id": delta.get("fragment_id")}
    if "block" in delta:
        # A block keeps its kind (its children's deltas address it) with default props.
        return {**base, "block": {"kind": delta["block"]["kind"], "props": {}}}
    kind = (delta.get("element") or {}).get("kind", "element")
    text = (
        f"fragc could not send this `{kind}` element to the page: {type(error).__name__}: {error}"
    )
    return {**base, "element": {"kind": "alert", "props": {"variant": "error", "body": text}}}
