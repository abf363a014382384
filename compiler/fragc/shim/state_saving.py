"""What of ``st.session_state`` survives a restart of the worker.

When a run will not stop (a loop that never calls Streamlit, on a page without
cross-origin isolation, where Pyodide's interrupt buffer cannot exist), the page ends it
by terminating the worker and starts a new one from the memory snapshot: Python's memory
is gone. The page keeps what can be carried over. At the end of every request the runner
posts ``session:state``: the session state entries that a JSON round trip gives back
equal and of the same types (None, bool, int, finite float, str, and lists and
str-keyed dicts of those). The page keeps the latest text as it came, never parsing it,
and hands it to the new worker in ``boot:start`` (``restore``), which puts the values
back before the first run. Everything else is named in ``skipped`` (key and type), so
the page can say what was lost.

Saving runs after every request, so it has a budget: at most ``MAX_NODES`` values
walked and ``MAX_CHARS`` of JSON; an entry past either is skipped as too large.
"""

from __future__ import annotations

import json
import math
from typing import Any

from fragc.protocol import SkippedState as Skipped
from fragc.shim.session_state import SessionState

MAX_NODES = 20_000
MAX_CHARS = 1_000_000
MAX_DEPTH = 64


class _TooLarge(Exception):
    pass


class _Walk:
    """Counts the values walked across all entries of one save."""

    def __init__(self) -> None:
        self.nodes = 0

    def plain(self, value: Any, depth: int = 0) -> bool:
        """True when ``json.loads(json.dumps(value)) == value`` with the same types."""
        self.nodes += 1
        if self.nodes > MAX_NODES or depth > MAX_DEPTH:
            raise _TooLarge
        if value is None or type(value) in (bool, int, str):
            return True
        if type(value) is float:
            return math.isfinite(value)
        if type(value) is list:
            return all(self.plain(item, depth + 1) for item in value)
        if type(value) is dict:
            return all(
                type(key) is str and self.plain(item, depth + 1) for key, item in value.items()
            )
        return False


def _is_trigger_key(state: SessionState, key: str) -> bool:
    """Buttons and chat inputs: their keys may never be set through session state."""
    widget_id = state.key_to_id.get(key)
    meta = state.metas.get(widget_id) if widget_id is not None else None
    return meta is not None and meta.is_trigger


def save(state: SessionState) -> tuple[str, list[Skipped]]:
    """The JSON text of every entry that survives, and what does not."""
    walk = _Walk()
    kept: dict[str, Any] = {}
    skipped: list[Skipped] = []
    chars = 0
    for key in state.keys():
        if _is_trigger_key(state, key):
            continue  # a click is never state; restoring it would be an error
        try:
            value = state.get_item(key)
        except KeyError:
            continue
        try:
            plain = walk.plain(value)
            text = json.dumps(value, ensure_ascii=False, allow_nan=False) if plain else ""
        except (_TooLarge, ValueError, RecursionError):
            skipped.append({"key": key, "type": type(value).__name__, "reason": "too large"})
            continue
        if not plain:
            skipped.append({"key": key, "type": type(value).__name__, "reason": "not JSON"})
            continue
        chars += len(text) + len(key)
        if chars > MAX_CHARS:
            skipped.append({"key": key, "type": type(value).__name__, "reason": "too large"})
            continue
        kept[key] = value
    return json.dumps(kept, ensure_ascii=False, allow_nan=False, separators=(",", ":")), skipped


def restore(state: SessionState, text: str) -> None:
    """Put saved entries back into a fresh session, before its first run.

    Widget keys among them become plain entries: the app's usual
    ``if key not in st.session_state`` guard then sees them, and the widget takes the
    value the page sends (``SessionState.register`` drops the plain entry then).
    """
    values = json.loads(text)
    if isinstance(values, dict):
        state.user.update({str(key): value for key, value in values.items()})
