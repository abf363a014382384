"""Running libcst's passes where deeply nested code cannot exhaust the stack.

libcst's metadata providers and visitors recurse once per level of the syntax tree,
and a long chain like ``a + b + ... `` (a few hundred terms) is a few hundred levels
deep: past Python's default recursion limit of 1000 frames. The analysis therefore
runs in a worker thread with a large stack and a raised recursion limit; the
limit is restored afterwards. Code deeper than even that gets a diagnostic from the
caller, not a crash.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import TypeVar

import libcst as cst

T = TypeVar("T")

STACK_BYTES = 512 * 1024 * 1024  # reserved address space; pages are used on demand
RECURSION_LIMIT = 200_000
# Deeper files are not analysed at all: libcst slows down sharply on such trees
# (a 3,000-term sum takes seconds), and no hand-written app nests this deep.
MAX_TREE_DEPTH = 2_000

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


def tree_depth(root: cst.CSTNode) -> int:
    """How many levels deep the syntax tree goes (counted without recursing)."""
    deepest = 0
    stack: list[tuple[cst.CSTNode, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in node.children)
    return deepest
