"""Driving Chromium: fresh-context boots and in-page click timings.

Every time is taken inside the page with ``performance.now()``: boots from navigation
start (the document's time origin), clicks from just before ``button.click()`` is
dispatched inside ``page.evaluate`` to the MutationObserver callback that first sees the
expected text. Playwright's round trips are outside every measured interval.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import (
    Browser,
    BrowserContext,
    Page,
    Playwright,
    Request,
    Response,
    WebSocket,
    sync_playwright,
)
from playwright.sync_api import Error as PlaywrightError

from bench.streamlit_server import BenchError

DEBIAN_CHROMIUM = Path("/usr/bin/chromium")
# As tests/e2e/conftest.py, plus a resolver that knows no host but 127.0.0.1: the bench
# never talks to anything else, whatever a page tries.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}

# Records every change of stApp's run-state attributes from the document's creation, the
# first moment both say "first run done" (CONNECTED and notRunning), and the first moment
# the app's content is in the DOM (every given button label and text pattern). The two
# differ under Streamlit, whose elements render lazily after its state says notRunning.
BOOT_RECORDER = """
((config) => {
  const boot = { log: [], done: null, connected: null, content: null, visible: null, phases: [] };
  window.__benchBoot = boot;
  // fragc's worker reports its boot steps (boot:progress ... boot:ready): note when each
  // arrives, then stop listening so that runs are not slowed by the bench.
  const NativeWorker = window.Worker;
  if (NativeWorker) {
    window.Worker = class extends NativeWorker {
      constructor(...args) {
        super(...args);
        boot.phases.push({ t: performance.now(), what: "worker created" });
        const listen = (event) => {
          let message;
          try { message = typeof event.data === "string" ? JSON.parse(event.data) : event.data; } catch { return; }
          if (!message || typeof message.type !== "string" || !message.type.startsWith("boot:")) return;
          const what = message.type === "boot:progress" ? String(message.message) : message.type;
          // A stage's first message: later ones of the same stage only report bytes.
          if (!boot.phases.some((phase) => phase.what === what)) boot.phases.push({ t: performance.now(), what });
          if (message.type !== "boot:progress") this.removeEventListener("message", listen);
        };
        this.addEventListener("message", listen);
      }
    };
  }
  const patterns = config.texts.map((text) => new RegExp(text));
  const hasContent = () => {
    const labels = new Set([...document.querySelectorAll("button")].map((b) => b.textContent.trim()));
    if (!config.labels.every((label) => labels.has(label))) return false;
    const text = document.body.textContent;
    return patterns.every((pattern) => pattern.test(text));
  };
  const check = () => {
    // Content visible: the first of the app's texts is on the page, Python ready or not
    // (a pre-rendered fragc page shows it before; Streamlit once its first run is drawn).
    if (boot.visible === null && document.body && patterns.some((p) => p.test(document.body.textContent))) {
      boot.visible = performance.now();
    }
    const app = document.querySelector('[data-testid="stApp"]');
    if (!app) return;
    const conn = app.getAttribute("data-test-connection-state");
    const state = app.getAttribute("data-test-script-state");
    const last = boot.log[boot.log.length - 1];
    const now = performance.now();
    if (!last || last.conn !== conn || last.state !== state) boot.log.push({ t: now, conn, state });
    if (boot.connected === null && conn === "CONNECTED") boot.connected = now;
    if (boot.done === null && conn === "CONNECTED" && state === "notRunning") boot.done = now;
    if (boot.content === null && boot.connected !== null && hasContent()) boot.content = now;
    // All noted: stop watching, so that the reruns measured later pay nothing for it.
    if (boot.done !== null && boot.content !== null && boot.visible !== null) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, {
    subtree: true, childList: true, characterData: true, attributes: true,
    attributeFilter: ["data-test-connection-state", "data-test-script-state"],
  });
})(CONFIG);
"""


def text_pattern(template: str) -> str:
    """A JS regular expression source for ``template`` with ``{n}`` as any count."""
    prefix, suffix = template.split("{n}")
    return re.escape(prefix) + r"\d+" + re.escape(suffix)


@dataclass(frozen=True)
class Boot:
    """One cold boot, in ms from navigation start."""

    done: float  # CONNECTED and notRunning: interactive
    connected: float  # CONNECTED
    content: float  # every expected button and text in the DOM, once CONNECTED
    visible: float = 0.0  # the first of the app's texts in the DOM, connected or not
    phases: tuple[tuple[str, float], ...] = ()  # fragc's worker boot messages, by arrival


# One click, timed in the page. Finds the current count in the text `template` ("... {n}
# ..."), clicks the button, resolves with the ms until the text with count + 1 is in the DOM.
CLICK_AND_WAIT = """
async ({ label, template, timeoutMs }) => {
  const [prefix, suffix] = template.split("{n}");
  const escape = (s) => s.replace(/[.*+?^${}()|[\\]\\\\]/g, "\\\\$&");
  const pattern = new RegExp(escape(prefix) + "(\\\\d+)" + escape(suffix));
  const root = document.body;
  const found = root.textContent.match(pattern);
  if (!found) throw new Error(`no text like ${JSON.stringify(template)} on the page`);
  const expected = prefix + String(Number(found[1]) + 1) + suffix;
  const button = [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === label);
  if (!button) throw new Error(`no button labelled ${JSON.stringify(label)}`);
  return await new Promise((resolve, reject) => {
    let start = 0;
    const seen = (node) => {
      const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
      return element !== null && element.textContent.includes(expected);
    };
    const observer = new MutationObserver((records) => {
      const now = performance.now();
      if (records.some((record) => seen(record.target))) {
        observer.disconnect();
        clearTimeout(timer);
        resolve(now - start);
      }
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`${JSON.stringify(expected)} did not appear within ${timeoutMs} ms`));
    }, timeoutMs);
    start = performance.now();
    button.click();
  });
}
"""

# After a timed click: wait (untimed) until the run is over and two frames have passed,
# so the next click starts from an idle page.
SETTLE = """
async ({ timeoutMs }) => {
  const app = document.querySelector('[data-testid="stApp"]');
  const idle = () => app.getAttribute("data-test-script-state") === "notRunning";
  const deadline = performance.now() + timeoutMs;
  while (!idle()) {
    if (performance.now() > deadline) throw new Error("the run did not finish (script state " + app.getAttribute("data-test-script-state") + ")");
    await new Promise((r) => setTimeout(r, 2));
  }
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await new Promise((r) => setTimeout(r, 20));
}
"""


def launch(playwright: Playwright) -> Browser:
    """Playwright's own Chromium when it was downloaded, else Debian's (as the e2e tests)."""
    if Path(playwright.chromium.executable_path).exists():
        return playwright.chromium.launch(args=CHROMIUM_ARGS)
    if not DEBIAN_CHROMIUM.exists():
        raise BenchError("no Chromium: run `make setup` (installs Debian's chromium)")
    return playwright.chromium.launch(executable_path=str(DEBIAN_CHROMIUM), args=CHROMIUM_ARGS)


@contextmanager
def open_browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            yield browser
        finally:
            browser.close()


class Problems:
    """Page errors, failed responses and requests to other hosts seen in one context.

    Passive listeners only: routing every request through Playwright would add its round
    trip to each of the dozens of requests a boot makes."""

    def __init__(self, context: BrowserContext, page: Page) -> None:
        self.seen: list[str] = []
        context.on("request", self._request)
        context.on("response", self._response)
        page.on("pageerror", lambda error: self.seen.append(f"page error: {error}"))

    def _response(self, response: Response) -> None:
        if response.status >= 400:
            self.seen.append(f"HTTP {response.status} {response.url}")

    def _request(self, request: Request) -> None:
        parts = urlsplit(request.url)
        if parts.scheme not in ("data", "blob") and parts.hostname not in LOCAL_HOSTS:
            self.seen.append(f"request to a non-local host (refused): {request.url}")


class Transfer:
    """Bytes a page received: HTTP responses (headers and body as sent, so a response from
    the HTTP cache counts 0; the page's and its workers' requests alike) and websocket
    frames (Streamlit's deltas). Passive listeners; sizes are read when asked for, after
    the measured interval."""

    def __init__(self, context: BrowserContext, page: Page) -> None:
        self._requests: list[Request] = []
        self._frames = 0
        context.on("requestfinished", lambda request: self._requests.append(request))
        page.on("websocket", self._websocket)

    def _websocket(self, socket: WebSocket) -> None:
        socket.on("framereceived", self._frame)

    def _frame(self, payload: str | bytes) -> None:
        self._frames += len(payload.encode() if isinstance(payload, str) else payload)

    def take(self) -> int:
        """Bytes received since the last call."""
        total, self._frames = self._frames, 0
        requests, self._requests[:] = list(self._requests), []
        for request in requests:
            try:
                sizes = request.sizes()
            except PlaywrightError:
                continue  # the page went away meanwhile
            total += max(0, sizes["responseBodySize"] + sizes["responseHeadersSize"])
        return total


@contextmanager
def fresh_page(browser: Browser) -> Iterator[tuple[Page, Problems]]:
    context = browser.new_context()
    try:
        page = context.new_page()
        yield page, Problems(context, page)
    finally:
        try:
            context.close()
        except PlaywrightError:
            pass


def _fail(what: str, error: Exception, problems: Problems, extra: str = "") -> BenchError:
    detail = "\n  ".join(problems.seen[-10:])
    text = f"{what}: {error}"
    if extra:
        text += f"\n  {extra}"
    if detail:
        text += f"\n  {detail}"
    return BenchError(text)


def boot_app(
    page: Page,
    problems: Problems,
    url: str,
    timeout_ms: float,
    *,
    labels: Sequence[str],
    templates: Sequence[str],
    reload: bool = False,
) -> Boot:
    """Navigate to ``url`` (``reload``: reload the page, whose HTTP cache is warm) and wait
    until the first run is done and the content is shown."""
    config = {"labels": list(labels), "texts": [text_pattern(t) for t in templates]}
    if not reload:
        page.add_init_script(BOOT_RECORDER.replace("CONFIG", json.dumps(config)))
    try:
        if reload:
            page.reload(wait_until="commit", timeout=timeout_ms)
        else:
            page.goto(url, wait_until="commit", timeout=timeout_ms)
        # Functions, not expressions: a fragc page's CSP refuses Playwright's eval of a string.
        page.wait_for_function(
            "() => window.__benchBoot && window.__benchBoot.done !== null"
            " && window.__benchBoot.content !== null && window.__benchBoot.visible !== null",
            timeout=timeout_ms,
        )
    except PlaywrightError as error:
        log = _safe_eval(page, "window.__benchBoot ? JSON.stringify(window.__benchBoot) : ''")
        raise _fail(
            f"{url} did not finish its first run", error, problems, f"boot record: {log}"
        ) from None
    record = page.evaluate("window.__benchBoot")
    return Boot(
        done=float(record["done"]),
        connected=float(record["connected"]),
        content=float(record["content"]),
        visible=float(record["visible"]),
        phases=tuple((str(phase["what"]), float(phase["t"])) for phase in record["phases"]),
    )


def boot_bare(page: Page, problems: Problems, url: str, timeout_ms: float) -> float:
    """Navigate to the bare page; ms from navigation start until Pyodide is ready."""
    try:
        page.goto(url, wait_until="commit", timeout=timeout_ms)
        page.wait_for_function(
            "() => window.__bareReady !== undefined || window.__bareError !== undefined",
            timeout=timeout_ms,
        )
    except PlaywrightError as error:
        raise _fail("bare Pyodide did not boot", error, problems) from None
    failure = page.evaluate("window.__bareError ?? null")
    if failure:
        raise BenchError(f"bare Pyodide failed: {failure}")
    return float(page.evaluate("window.__bareReady"))


def clicks(
    page: Page,
    problems: Problems,
    *,
    label: str,
    template: str,
    count: int,
    timeout_ms: float,
    progress: Callable[[int], None] = lambda i: None,
) -> list[float]:
    """Click ``label`` ``count`` times; each click's ms until the next count shows."""
    timings = []
    for index in range(count):
        try:
            timings.append(
                float(
                    page.evaluate(
                        CLICK_AND_WAIT,
                        {"label": label, "template": template, "timeoutMs": timeout_ms},
                    )
                )
            )
            page.evaluate(SETTLE, {"timeoutMs": timeout_ms})
        except PlaywrightError as error:
            raise _fail(f"click {index + 1} on {label!r}", error, problems) from None
        progress(index + 1)
    return timings


def _safe_eval(page: Page, expression: str) -> str:
    try:
        return str(page.evaluate(expression))
    except PlaywrightError:
        return "?"
