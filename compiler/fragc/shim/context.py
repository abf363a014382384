"""The state of the run in progress: cursors, the ``with`` stack, the fragment being run.

Streamlit keeps this in ``ScriptRunContext``; fragc keeps the same fields with the same
meaning, because fragment re-entry is defined in their terms: a fragment snapshots the
per-root cursors and the container stack when it is called, and a fragment run puts
those snapshots back so the fragment's output lands in the slot it had.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fragc import protocol

if TYPE_CHECKING:
    from fragc.shim.dg_base import DeltaGeneratorBase as DeltaGenerator

# A run that takes longer than this between two elements shows its progress: pending
# deltas are posted to the page instead of waiting for the end of the run.
FLUSH_INTERVAL_S = 0.05


class Cursor:
    """Where the next element written to a container goes.

    A running cursor hands out ``parent_path + (index,)`` and advances; a locked cursor
    (``st.empty()``, the handle an element call returns) always hands out one path, so
    each write replaces what is there.
    """

    __slots__ = ("parent_path", "index", "locked")

    def __init__(self, parent_path: tuple[int, ...], index: int = 0, *, locked: bool = False):
        self.parent_path = parent_path
        self.index = index
        self.locked = locked

    def peek(self) -> tuple[int, ...]:
        return self.parent_path if self.locked else (*self.parent_path, self.index)

    def take(self) -> tuple[int, ...]:
        if self.locked:
            return self.parent_path
        path = (*self.parent_path, self.index)
        self.index += 1
        return path

    def copy(self) -> Cursor:
        return Cursor(self.parent_path, self.index, locked=self.locked)


def root_cursors() -> dict[int, Cursor]:
    roots = (protocol.ROOT_MAIN, protocol.ROOT_SIDEBAR, protocol.ROOT_EVENT, protocol.ROOT_BOTTOM)
    return {root: Cursor((root,)) for root in roots}


@dataclass
class RunContext:
    """Everything one run (full or fragment) reads and writes besides session state."""

    run_id: str
    fragment_ids_this_run: list[str]
    post: Callable[[dict[str, Any]], None]
    cursors: dict[int, Cursor] = field(default_factory=root_cursors)
    dg_stack: list[DeltaGenerator] = field(default_factory=list)
    current_fragment_id: str | None = None
    # Path of the running fragment's container: widgets must be written under it.
    current_fragment_delta_path: tuple[int, ...] = ()
    new_fragment_ids: set[str] = field(default_factory=set)
    widget_ids_this_run: set[str] = field(default_factory=set)
    widget_user_keys_this_run: set[str] = field(default_factory=set)
    form_ids_this_run: set[str] = field(default_factory=set)
    has_dialog_opened: bool = False
    # The page whose code runs (its URL path; "" for the entry script): part of every
    # element id, so equal widgets on two pages are two widgets, as Streamlit's
    # active_script_hash makes them.
    active_page: str = ""
    pending: list[protocol.Delta] = field(default_factory=list)
    last_flush: float = field(default_factory=time.monotonic)

    @property
    def is_fragment_run(self) -> bool:
        return bool(self.fragment_ids_this_run)

    def emit(
        self,
        path: tuple[int, ...],
        *,
        element: protocol.Element | None = None,
        block: protocol.Block | None = None,
    ) -> None:
        delta: protocol.Delta = {"path": list(path), "fragment_id": self.current_fragment_id}
        if element is not None:
            delta["element"] = element
        if block is not None:
            delta["block"] = block
        self.pending.append(delta)
        if time.monotonic() - self.last_flush > FLUSH_INTERVAL_S:
            self.flush()

    def flush(self) -> None:
        """Post pending deltas now (before a sleep, or when a run is slow)."""
        self.last_flush = time.monotonic()
        if self.pending:
            deltas, self.pending = self.pending, []
            self.post({"type": "run:deltas", "run_id": self.run_id, "deltas": deltas})

    def snapshot(self) -> tuple[dict[int, Cursor], list[DeltaGenerator]]:
        """Copies of the cursors and the ``with`` stack, for a fragment to re-enter later."""
        return (
            {root: cursor.copy() for root, cursor in self.cursors.items()},
            [dg.copy() for dg in self.dg_stack],
        )

    def restore(self, snapshot: tuple[dict[int, Cursor], list[DeltaGenerator]]) -> None:
        # Fresh copies each time: a fragment rerun twice must start from the same slot twice.
        cursors, stack = snapshot
        self.cursors = {root: cursor.copy() for root, cursor in cursors.items()}
        self.dg_stack = [dg.copy() for dg in stack]


_current: RunContext | None = None


@contextlib.contextmanager
def active_page(key: str) -> Iterator[None]:
    """Run a page's code with its element ids (``st.Page.run``)."""
    ctx = get_ctx()
    if ctx is None:
        yield
        return
    previous = ctx.active_page
    ctx.active_page = key
    try:
        yield
    finally:
        ctx.active_page = previous


def get_ctx() -> RunContext | None:
    """The run in progress, or None when the script's code runs outside fragc's runner."""
    return _current


def set_ctx(ctx: RunContext | None) -> None:
    global _current
    _current = ctx
