"""The page's node tree and widget values, in Python: what a page would show after each run.

The browser's page keeps these in ``runtime_js/src/tree.js`` (``AppTree``) and
``runtime_js/src/widget_store.js`` (``WidgetStore``). This module is the same model for
CPython, for what has no browser: the shim's tests and ``fragc.testing``. The two must
never disagree, so neither is the reference: both replay the golden delta sequences in
``tests/page_model/fixtures/`` (a pytest test and a node test) and must produce the
outline each fixture records. A change to the rules changes the fixtures, then both.

The rules (Streamlit's ``AppRoot``): a delta addresses a slot by ``[root, i, j, ...]``; an
element replaces the slot; a block at a slot that holds a block of the same kind keeps
its children; every ancestor on the path counts as written by the run. When a run
finishes, :meth:`PageModel.finish_run` prunes as Streamlit's ``clearStaleNodes``.
Widget values follow Streamlit's ``WidgetStateManager``: Python's value is taken when a
widget first appears or when Python set it (``set_value``); otherwise what the user
committed wins; values of widgets that left the page are forgotten.

stdlib only: it imports like the protocol, anywhere.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from fragc import protocol

ROOT_COUNT = 4


@dataclass
class Node:
    """One slot's content: an element (``children`` unused) or a block."""

    kind: str
    is_block: bool
    props: dict[str, Any]
    fragment_id: str | None
    run_id: str | None
    key: str | None = None
    widget: dict[str, Any] | None = None
    children: list[Node] = field(default_factory=list)


class DeltaError(ValueError):
    """A delta whose path leads to no slot (Streamlit's "Bad delta path")."""


class PageModel:
    def __init__(self) -> None:
        self.roots = [Node("root", True, {}, None, None) for _ in range(ROOT_COUNT)]
        self.run_id: str | None = None
        self.fragment_ids: list[str] = []
        # The committed value of every widget on the page, by widget id.
        self.widget_values: dict[str, Any] = {}

    # -- runs ------------------------------------------------------------------------

    def start_run(self, run_id: str, fragment_ids: list[str]) -> None:
        self.run_id = run_id
        self.fragment_ids = list(fragment_ids)

    def apply(self, delta: protocol.Delta) -> None:
        """Write one delta; raises :class:`DeltaError` (and changes nothing) on a bad path."""
        path = delta["path"]
        if len(path) < 2 or not 0 <= path[0] < ROOT_COUNT:
            raise DeltaError(f"bad delta path {path}")
        if ("element" in delta) == ("block" in delta):
            raise DeltaError(f"delta at {path} needs exactly one of element and block")
        chain = [self.roots[path[0]]]
        for index in path[1:-1]:
            parent = chain[-1]
            child = parent.children[index] if 0 <= index < len(parent.children) else None
            if child is None or not child.is_block:
                raise DeltaError(f"bad delta path {path}: no block at index {index}")
            chain.append(child)
        parent, index = chain[-1], path[-1]
        if not 0 <= index <= len(parent.children):
            raise DeltaError(
                f"bad delta path {path}: index {index} outside [0, {len(parent.children)}]"
            )
        old = parent.children[index] if index < len(parent.children) else None
        fragment_id = delta["fragment_id"] or None
        if "block" in delta:
            block = delta["block"]
            keep = old is not None and old.is_block and old.kind == block["kind"]
            block_widget = block.get("widget")  # tabs, an expander or a popover with on_change
            node = Node(
                block["kind"],
                True,
                dict(block["props"]),
                fragment_id,
                self.run_id,
                key=block.get("key"),
                widget=dict(block_widget) if block_widget else None,
                children=old.children if keep and old is not None else [],
            )
            if block_widget:
                self._sync_widget(dict(block_widget))
        else:
            element = delta["element"]
            widget = element.get("widget")
            node = Node(
                element["kind"],
                False,
                dict(element["props"]),
                fragment_id,
                self.run_id,
                key=element.get("key"),
                widget=dict(widget) if widget else None,
            )
            if widget:
                self._sync_widget(dict(widget))
        if index == len(parent.children):
            parent.children.append(node)
        else:
            parent.children[index] = node
        for ancestor in chain:  # Streamlit rebuilds every ancestor in setIn
            ancestor.run_id = self.run_id

    def finish_run(self, status: str) -> None:
        """Prune what the finished run did not write.

        * ``finished`` (a full run): every node this run did not write goes.
        * ``finished_fragment``: only inside the blocks of a fragment that ran and that
          this run re-sent do old children go; what a fragment wrote into outside
          containers stays until the next full run.
        * ``early_for_rerun`` and ``compile_error``: nothing goes.
        """
        if status not in ("finished", "finished_fragment"):
            return
        fragment_ids = self.fragment_ids if status == "finished_fragment" else []
        for root in self.roots:
            self._prune_children(root, fragment_ids, None)
        # Forget widgets no longer on the page (Streamlit's removeInactive after every
        # completed run): pruned ones, and ones replaced in place by another element.
        live = {node.widget["id"] for node in self.walk() if node.widget}
        self.widget_values = {k: v for k, v in self.widget_values.items() if k in live}

    def _prune_children(
        self, block: Node, fragment_ids: list[str], fragment_of_block: str | None
    ) -> bool:
        kept: list[Node] = []
        changed = False
        for child in block.children:
            if self._is_stale_for_pruning(child, fragment_ids, fragment_of_block):
                changed = True
                continue
            if child.is_block:
                is_fragment_block = (
                    bool(fragment_ids)
                    and child.fragment_id is not None
                    and child.fragment_id in fragment_ids
                    and child.run_id == self.run_id
                )
                inner = child.fragment_id if is_fragment_block else fragment_of_block
                changed |= self._prune_children(child, fragment_ids, inner)
            kept.append(child)
        if changed:
            block.children = kept
        return changed

    def _is_stale_for_pruning(
        self, node: Node, fragment_ids: list[str], fragment_of_block: str | None
    ) -> bool:
        old = node.run_id != self.run_id
        if not fragment_ids:
            return old  # a full run
        if node.is_block:
            return fragment_of_block is not None and old
        # An element in a fragment run: only a fragment's element inside a fragment block goes.
        return node.fragment_id is not None and fragment_of_block is not None and old

    # -- widget values -------------------------------------------------------------------

    def _sync_widget(self, widget: dict[str, Any]) -> None:
        if widget.get("trigger"):
            return  # a one-shot value (a click), never a committed one
        if widget.get("set_value") or widget["id"] not in self.widget_values:
            self.widget_values[widget["id"]] = widget["value"]

    def commit(self, widget_id: str, value: Any) -> bool:
        """The user committed a value; False when it is the value already held (no run)."""
        if widget_id in self.widget_values and _same(self.widget_values[widget_id], value):
            return False
        self.widget_values[widget_id] = value
        return True

    # -- reading -------------------------------------------------------------------------

    def walk(self, root: int | None = None) -> Iterator[Node]:
        """Every node, depth first, parents before children."""

        def go(block: Node) -> Iterator[Node]:
            for child in block.children:
                yield child
                if child.is_block:
                    yield from go(child)

        for start in self.roots if root is None else [self.roots[root]]:
            yield from go(start)

    def elements(self, kind: str | None = None, root: int | None = None) -> list[Node]:
        return [n for n in self.walk(root) if not n.is_block and (kind is None or n.kind == kind)]

    def outline(self) -> list[str]:
        """One line per root, as the golden fixtures record pages (see :func:`outline_of`)."""
        return [outline_of(root) for root in self.roots]


def outline_of(node: Node) -> str:
    """``kind:name`` for an element, ``kind[child, ...]`` for a block.

    ``name`` is the element's ``body`` or ``label`` prop: enough to tell the fixtures'
    elements apart, and the same text in ``runtime_js/test/page_model.test.js``.
    """
    if not node.is_block:
        return f"{node.kind}:{node.props.get('body', node.props.get('label', ''))}"
    return f"{node.kind}[{', '.join(outline_of(child) for child in node.children)}]"


def _same(a: Any, b: Any) -> bool:
    return bool(a == b) or json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)
