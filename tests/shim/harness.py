"""Drive the shim in CPython like the page does, and look at the page it would show.

``AppHarness`` boots a session through :mod:`fragc.shim.bridge` (the same entry the
worker uses), sends ``run:request`` messages and applies the resulting deltas to
``PageModel``, a Python model of the page's node tree with the same pruning rules as
``runtime_js/src/tree.js``. Tests then read what a user would see.
"""

from __future__ import annotations

import json
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fragc import protocol
from fragc.shim import bridge, context, session


@dataclass
class Node:
    kind: str  # element or block kind
    is_block: bool
    props: dict[str, Any]
    fragment_id: str | None
    run_id: str
    key: str | None = None
    widget: dict[str, Any] | None = None
    children: list[Node | None] = field(default_factory=list)


class PageModel:
    def __init__(self) -> None:
        self.roots = [Node("root", True, {}, None, "") for _ in range(4)]
        self.widget_values: dict[str, Any] = {}

    def apply(self, delta: protocol.Delta, run_id: str) -> None:
        path = delta["path"]
        node = self.roots[path[0]]
        node.run_id = run_id
        for index in path[1:-1]:
            child = node.children[index] if index < len(node.children) else None
            assert child is not None, f"no node at {path}"
            assert child.is_block, f"no block at {path}"
            child.run_id = run_id  # writing a node touches its ancestors
            node = child
        slot = path[-1]
        while len(node.children) <= slot:
            node.children.append(None)
        old = node.children[slot]
        if "block" in delta:
            block = delta["block"]
            keep = (
                old.children
                if old is not None and old.is_block and old.kind == block["kind"]
                else []
            )
            node.children[slot] = Node(
                block["kind"],
                True,
                block["props"],
                delta["fragment_id"],
                run_id,
                key=block.get("key"),
                children=keep,
            )
        else:
            element = delta["element"]
            widget = element.get("widget")
            node.children[slot] = Node(
                element["kind"],
                False,
                element["props"],
                delta["fragment_id"],
                run_id,
                key=element.get("key"),
                widget=dict(widget) if widget else None,
            )
            if widget and (widget.get("set_value") or widget["id"] not in self.widget_values):
                self.widget_values[widget["id"]] = widget["value"]

    def finish(self, run_id: str, status: str, fragment_ids: list[str]) -> None:
        if status == "finished":
            for root in self.roots:
                root.children = [self._prune_all(c, run_id) for c in root.children]
        elif status == "finished_fragment":
            for root in self.roots:
                self._prune_fragments(root, run_id, fragment_ids)
        live = {n.widget["id"] for n in self.walk() if n.widget}
        self.widget_values = {k: v for k, v in self.widget_values.items() if k in live}

    def _prune_all(self, node: Node | None, run_id: str) -> Node | None:
        if node is None or node.run_id != run_id:
            return None
        node.children = [self._prune_all(c, run_id) for c in node.children]
        return node

    def _prune_fragments(self, node: Node, run_id: str, fragment_ids: list[str]) -> None:
        for child in node.children:
            if child is None or not child.is_block:
                continue
            if child.fragment_id in fragment_ids and child.run_id == run_id:
                child.children = [self._prune_all(c, run_id) for c in child.children]
            else:
                self._prune_fragments(child, run_id, fragment_ids)

    def walk(self, node: Node | None = None, root: int | None = None) -> list[Node]:
        nodes: list[Node] = []
        starts = [self.roots[root]] if root is not None else self.roots if node is None else [node]
        for start in starts:
            for child in start.children:
                if child is None:
                    continue
                nodes.append(child)
                if child.is_block:
                    nodes.extend(self.walk(child))
        return nodes

    def elements(self, kind: str | None = None, root: int | None = None) -> list[Node]:
        return [
            n for n in self.walk(root=root) if not n.is_block and (kind is None or n.kind == kind)
        ]

    def texts(self, root: int | None = None) -> list[str]:
        """The text of every text-like element, in page order."""
        return [
            str(n.props.get("body", ""))
            for n in self.elements(root=root)
            if n.kind in ("markdown", "heading", "text", "alert", "code", "toast")
        ]


class AppHarness:
    def __init__(self, tmp_path: Path, source: str, name: str = "app.py") -> None:
        script = tmp_path / name
        script.write_text(textwrap.dedent(source), encoding="utf-8")
        self.messages: list[dict[str, Any]] = []
        self.page = PageModel()
        self.timers: dict[str, float] = {}
        self._run_fragments: dict[str, list[str]] = {}
        manifest = {"entry": str(script)}
        bridge.start(json.dumps(manifest), self._receive)

    def close(self) -> None:
        context.set_ctx(None)
        session.set_session(None)

    # -- what the page does -------------------------------------------------------------

    def _receive(self, text: str) -> None:
        message = json.loads(text)
        self.messages.append(message)
        kind = message["type"]
        if kind == "run:started":
            self._run_fragments[message["run_id"]] = message["fragment_ids"]
            if not message["fragment_ids"]:
                self.timers.clear()
        elif kind == "run:deltas":
            for delta in message["deltas"]:
                self.page.apply(delta, message["run_id"])
        elif kind == "run:finished":
            ids = self._run_fragments[message["run_id"]]
            self.page.finish(message["run_id"], message["status"], ids)
        elif kind == "timer:set":
            self.timers.setdefault(message["fragment_id"], message["interval"])
        elif kind == "timer:clear":
            for fragment_id in message["fragment_ids"]:
                self.timers.pop(fragment_id, None)

    def request(
        self,
        fragment_ids: list[str] | None = None,
        triggers: dict[str, Any] | None = None,
        values: dict[str, Any] | None = None,
        is_auto: bool = False,
    ) -> None:
        widget_states = dict(self.page.widget_values)
        widget_states.update(values or {})
        bridge.handle(
            json.dumps(
                {
                    "type": "run:request",
                    "fragment_ids": fragment_ids or [],
                    "widget_states": widget_states,
                    "trigger_values": triggers or {},
                    "is_auto": is_auto,
                    "query_string": "",
                }
            )
        )
        self.page.widget_values.update(values or {})

    def run(self) -> AppHarness:
        self.request()
        return self

    def widget(self, label: str, kind: str | None = None) -> Node:
        found = [
            n
            for n in self.page.elements()
            if n.widget and n.props.get("label") == label and (kind is None or n.kind == kind)
        ]
        assert len(found) == 1, f"{len(found)} widgets labelled {label!r}"
        return found[0]

    def click(self, label: str) -> None:
        node = self.widget(label, "button")
        assert node.widget is not None
        self.request(_queue(node), triggers={node.widget["id"]: True})

    def set(self, label: str, value: Any) -> None:
        node = self.widget(label)
        assert node.widget is not None
        if self.page.widget_values.get(node.widget["id"]) == value:
            return  # no change, no run (as the page does)
        self.request(_queue(node), values={node.widget["id"]: value})

    def tick(self, fragment_id: str) -> None:
        self.request([fragment_id], is_auto=True)

    # -- what tests read ----------------------------------------------------------------

    def texts(self, root: int | None = None) -> list[str]:
        return self.page.texts(root)

    def exceptions(self) -> list[str]:
        return [f"{n.props['type']}: {n.props['message']}" for n in self.page.elements("exception")]

    def statuses(self) -> list[str]:
        return [m["status"] for m in self.messages if m["type"] == "run:finished"]


def _queue(node: Node) -> list[str]:
    return [node.fragment_id] if node.fragment_id else []
