"""Drive the shim in CPython like the page does, and look at the page it would show.

``AppHarness`` boots a session through :mod:`fragc.shim.bridge` (the same entry the
worker uses), sends ``run:request`` messages and applies the resulting deltas to
:class:`fragc.page_model.PageModel`, the page's tree and widget values in Python (held
to the same golden delta sequences as ``runtime_js/src/tree.js``, see
tests/page_model/). Tests then read what a user would see. Every message the shim posts
is also checked against fragc.protocol's TypedDicts (tests/protocol_check.py): the
``make_app`` fixture fails a test whose app made the shim send anything else.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

from fragc.page_model import Node, PageModel
from fragc.shim import bridge, context, session
from tests.protocol_check import check_message

TEXT_KINDS = ("markdown", "heading", "text", "alert", "code", "toast")


def run_coroutine(coroutine: Coroutine[Any, Any, Any]) -> Any:
    """Run ``coroutine`` to its end in this thread, as the worker awaits it.

    Not ``asyncio.run``: in a session that ran the browser tests, Playwright's event loop
    is still running in this thread and asyncio.run refuses. What the shim awaits in
    CPython (the tests' loaders) never suspends, so stepping it once ends it.
    """
    try:
        suspended_on = coroutine.send(None)
    except StopIteration as done:
        return done.value
    coroutine.close()
    raise AssertionError(
        f"the coroutine waited on {suspended_on!r}: give the test a loader that does not"
    )


def texts_of(page: PageModel, root: int | None = None) -> list[str]:
    """The text of every text-like element, in page order."""
    return [str(n.props.get("body", "")) for n in page.elements(root=root) if n.kind in TEXT_KINDS]


class AppHarness:
    def __init__(
        self,
        tmp_path: Path,
        source: str,
        name: str = "app.py",
        restore: str | None = None,
        manifest: dict[str, Any] | None = None,
    ) -> None:
        self.tmp = tmp_path
        script = tmp_path / name
        script.write_text(textwrap.dedent(source), encoding="utf-8")
        self.messages: list[dict[str, Any]] = []
        self.page = PageModel()
        self.timers: dict[str, float] = {}
        # What the shim posted that fragc.protocol does not allow (checked at close()).
        self.protocol_problems: list[str] = []
        # A multipage app's address bar: the URL path of the page shown (page:nav moves it).
        self.page_path: str | None = None
        self.nav: dict[str, Any] | None = None
        bridge.start(json.dumps({"entry": str(script), **(manifest or {})}), self._receive, restore)

    def close(self) -> None:
        context.set_ctx(None)
        session.set_session(None)
        problems, self.protocol_problems = self.protocol_problems, []
        assert problems == [], "the shim sent what fragc.protocol does not allow"

    # -- what the page does -------------------------------------------------------------

    def _receive(self, text: str) -> None:
        message = json.loads(text)
        self.messages.append(message)
        self.protocol_problems += check_message(message)
        kind = message["type"]
        if kind == "run:started":
            self.page.start_run(message["run_id"], message["fragment_ids"])
            if not message["fragment_ids"]:
                self.timers.clear()
        elif kind == "run:deltas":
            for delta in message["deltas"]:
                self.page.apply(delta)
        elif kind == "run:finished":
            self.page.finish_run(message["status"])
        elif kind == "page:nav":
            self.nav = message
            self.page_path = message["current"]
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
        message: dict[str, Any] = {
            "type": "run:request",
            "fragment_ids": fragment_ids or [],
            "widget_states": widget_states,
            "trigger_values": triggers or {},
            "is_auto": is_auto,
            "query_string": "",
        }
        if self.page_path is not None:
            message["page"] = self.page_path
        pending = bridge.handle(json.dumps(message))
        if pending is not None:  # a page's packages first (shim/page_packages.py), as the worker
            run_coroutine(pending)
        self.page.widget_values.update(values or {})

    def go(self, url_path: str) -> None:
        """Follow a navigation link: a full run of the page at ``url_path``."""
        self.page_path = url_path
        self.request()

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
        return texts_of(self.page, root)

    def exceptions(self) -> list[str]:
        return [f"{n.props['type']}: {n.props['message']}" for n in self.page.elements("exception")]

    def statuses(self) -> list[str]:
        return [m["status"] for m in self.messages if m["type"] == "run:finished"]


def _queue(node: Node) -> list[str]:
    return [node.fragment_id] if node.fragment_id else []
