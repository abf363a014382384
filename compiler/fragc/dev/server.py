"""The dev server: ``fragc serve``'s static server plus the page's build events.

``GET /_fragc/dev/events`` is a server-sent event stream (``text/event-stream``): one
``build`` event at once (the latest build), then one per build. Server-sent events,
rather than the page polling a build id, because the page learns of a build the moment
it is written (no polling interval added to every save), the browser's
``EventSource`` reconnects by itself when the server restarts, and the server side is a
loop in the request's thread of ``http.server``'s threading server: no dependency,
no WebSocket handshake.

Until a first build has succeeded the site has no ``index.html``; the server then
answers ``/`` with a small page that shows the diagnostics and reloads itself when a
build succeeds.
"""

from __future__ import annotations

import errno
import html
import json
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fragc.dev.builder import EVENTS_PATH
from fragc.dev.channel import BuildChannel
from fragc.errors import FragcError
from fragc.serve import HOST, SiteRequestHandler, SiteServer
from fragc.site import layout

# A stream with nothing to say sends a comment this often, which also notices a page
# that went away (the write fails) so its thread ends.
KEEPALIVE_S = 10.0


class DevRequestHandler(SiteRequestHandler):
    channel: BuildChannel  # set by make_dev_server

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        if path == "/" + EVENTS_PATH:
            self._stream_events()
            return
        site = Path(self.directory)
        if path in ("/", "/" + layout.SITE_INDEX) and not (site / layout.SITE_INDEX).is_file():
            self._send_waiting_page()
            return
        super().do_GET()

    def _stream_events(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        channel = self.channel
        try:
            # EventSource's reconnection delay after the server went away.
            self.wfile.write(b"retry: 500\n\n")
            seq = 0
            event = channel.latest()
            while not channel.closed:
                if event is None:
                    self.wfile.write(b": keep-alive\n\n")
                else:
                    seq = int(event["seq"])
                    self.wfile.write(sse_message("build", event))
                self.wfile.flush()
                event = channel.wait_after(seq, KEEPALIVE_S)
        except (ConnectionError, OSError):
            return  # the page closed or reloaded

    def _send_waiting_page(self) -> None:
        body = waiting_page(self.channel.latest()).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def sse_message(event: str, data: dict[str, Any]) -> bytes:
    """One server-sent event; JSON has no raw newlines, so one ``data:`` line holds it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return f"event: {event}\ndata: {text}\n\n".encode()


def make_dev_server(site: Path, channel: BuildChannel, port: int) -> SiteServer:
    handler = type("DevHandler", (DevRequestHandler,), {"channel": channel, "quiet": True})
    try:
        return SiteServer((HOST, port), partial(handler, directory=str(site)))
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            raise FragcError(f"port {port} is already in use; pick another with --port") from None
        raise FragcError(f"cannot listen on {HOST}:{port}: {error.strerror}") from None


_WAITING_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>fragc dev: the app does not build yet</title>
<link rel="icon" href="data:,">
<style>
  body {{ font-family: system-ui, sans-serif; margin: 3rem auto; max-width: 50rem; padding: 0 1rem; color: #31333f; }}
  pre {{ background: #fff0f0; border-left: 4px solid #ff4b4b; padding: .75rem 1rem; overflow-x: auto; white-space: pre-wrap; }}
</style>
</head>
<body>
<div data-testid="fragcDevOverlay" role="alert">
<h1>The app does not build yet</h1>
<p>Fix what fragc found below and save: this page reloads by itself.</p>
<pre data-testid="fragcDevDiagnostics">{details}</pre>
</div>
<script>
  // Reload once a build succeeds; show the latest problems meanwhile.
  var events = new EventSource("{events}");
  events.addEventListener("build", function (message) {{
    var build = JSON.parse(message.data);
    if (build.ok) {{ events.close(); location.reload(); return; }}
    document.querySelector('[data-testid="fragcDevDiagnostics"]').textContent = build.text;
  }});
</script>
</body>
</html>
"""


def waiting_page(event: dict[str, Any] | None) -> str:
    details = "fragc is building the app…" if event is None else str(event.get("text", ""))
    return _WAITING_PAGE.format(details=html.escape(details), events=EVENTS_PATH)
