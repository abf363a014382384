"""Running libcst's passes where deeply nested code cannot exhaust the stack.

libcst's metadata providers and visitors recurse once per level of the syntax tree,
and a long chain like ``a + b + ... `` (a few hundred terms) is a few hundred levels
deep: past Python's default recursion limit of 1000 frames. The analysis therefore
runs in a worker thread with a large stack and a raised recursion limit; the
limit is restored afterwards. Code deeper than that is never given to libcst
(:mod:`fragc.analysis.source` measures it first), so nothing here can crash.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

# Enough for the deepest file fragc analyses (source.MAX_TREE_DEPTH levels, a few
# frames each); a bigger stack costs milliseconds per thread start.
STACK_BYTES = 64 * 1024 * 1024
RECURSION_LIMIT = 50_000

_lock = threading.Lock()  # the recursion limit is process-wide: one deep run at a time


def run_with_deep_stack(work: Callable[[], T]) -> T:
    """``work()``, run in a thread with room for very deep recursion; re-raises its errors."""
    results: list[T] = []
    errors: list[BaseException] = []

    def target() -> None:
        try:
            results.append(work())
        except BaseException as err:  # noqa: BLE001 - handed to the calling thread
            errors.append(err)

    with _lock:
        old_stack = threading.stack_size(STACK_BYTES)
        old_limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(old_limit, RECURSION_LIMIT))
        try:
            worker = threading.Thread(target=target, name="fragc-analysis")
            worker.start()
            worker.join()
        finally:
            threading.stack_size(old_stack)
            sys.setrecursionlimit(old_limit)
    if errors:
        raise errors[0]
    return results[0]
