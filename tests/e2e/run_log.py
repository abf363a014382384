"""Test instruments: what the page asked the worker to run, and its run-state changes.

``RequestLog`` records every ``run:request`` (to check queueing, order and merging);
``RunLog(page)`` installs a MutationObserver on ``stApp``'s ``data-test-script-state``.
The runtime leaves ``notRunning`` synchronously inside the event handler that asks for a
run, and MutationObserver callbacks run before Playwright's next evaluate, so an empty
log right after an action means the action asked for nothing.
"""

from __future__ import annotations

from typing import Any

from playwright.sync_api import Page

_INSTALL = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  window.__fragcRunLog = [];
  window.__fragcRunObserver?.disconnect();
  window.__fragcRunObserver = new MutationObserver(() =>
    window.__fragcRunLog.push(app.getAttribute("data-test-script-state")));
  window.__fragcRunObserver.observe(app, { attributes: true, attributeFilter: ["data-test-script-state"] });
}"""


class RunLog:
    def __init__(self, page: Page) -> None:
        self.page = page
        page.evaluate(_INSTALL)

    def states(self) -> list[str]:
        """The run states the page went through since the log was (re)started."""
        return list(self.page.evaluate("() => window.__fragcRunLog.slice()"))

    def restart(self) -> None:
        self.page.evaluate("() => { window.__fragcRunLog = []; }")


_RECORD_REQUESTS = """(() => {
  const post = Worker.prototype.postMessage;
  window.__fragcRequests = [];
  Worker.prototype.postMessage = function (message, ...rest) {
    try {
      const parsed = typeof message === "string" ? JSON.parse(message) : message;
      if (parsed && parsed.type === "run:request") {
        window.__fragcRequests.push({ ...parsed, at: performance.now() });
      }
    } catch (error) {
      // not JSON: not ours to record
    }
    return post.call(this, message, ...rest);
  };
})();"""


class RequestLog:
    """Every ``run:request`` the page sends to the worker, in order.

    Create it before the app is opened (``RequestLog(page)`` then ``app(name)``): it
    wraps ``Worker.prototype.postMessage`` in an init script. Each entry is the request
    (``fragment_ids``, ``trigger_values``, ``is_auto``...) plus ``at``, the page's
    ``performance.now()`` when it was sent.
    """

    def __init__(self, page: Page) -> None:
        self.page = page
        page.add_init_script(_RECORD_REQUESTS)

    def all(self) -> list[dict[str, Any]]:
        return list(self.page.evaluate("() => window.__fragcRequests.slice()"))

    def mark(self) -> int:
        """A position in the log: ``since(mark)`` returns what was sent after it."""
        return len(self.all())

    def since(self, mark: int) -> list[dict[str, Any]]:
        return self.all()[mark:]
