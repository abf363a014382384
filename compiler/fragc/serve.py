"""``fragc serve``: a static file server for a built site, on 127.0.0.1, with the right MIME types.

Browsers refuse to compile WebAssembly streamed with the wrong type and to run module
scripts served as anything but JavaScript, so the types are set here rather than
trusted to the platform's mimetypes table. Any static host works for a real
deployment; this one is for trying a site out and for the browser tests.
"""

from __future__ import annotations

import errno
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from fragc.errors import EXIT_USAGE, FragcError
from fragc.site import layout

HOST = "127.0.0.1"

MIME_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".wasm": "application/wasm",
    ".zip": "application/zip",
    ".map": "application/json",
}


class SiteRequestHandler(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, **MIME_TYPES}
    # Keep-alive: a page load is dozens of requests to the same server.
    protocol_version = "HTTP/1.1"
    quiet = True

    def end_headers(self) -> None:
        # Revalidate every time: after a rebuild the browser must not mix old and new files.
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        if not self.quiet:
            super().log_message(format, *args)


class SiteServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        # A browser dropping a connection mid-response (navigation, test teardown) is normal.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


def make_server(directory: Path, port: int = 0, *, quiet: bool = True) -> SiteServer:
    """A server for ``directory`` bound to 127.0.0.1:``port`` (0: any free port)."""
    site = _require_site(directory)
    handler = type("Handler", (SiteRequestHandler,), {"quiet": quiet})
    try:
        return SiteServer((HOST, port), partial(handler, directory=str(site)))
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            raise FragcError(f"port {port} is already in use; pick another with --port") from None
        raise FragcError(f"cannot listen on {HOST}:{port}: {error.strerror}") from None


def url_of(server: SiteServer) -> str:
    host, port = server.server_address[:2]
    return f"http://{host!s}:{port}/"


def start_server(directory: Path, port: int = 0) -> tuple[SiteServer, str]:
    """Serve ``directory`` from a daemon thread; returns the server (``shutdown()`` it) and URL."""
    server = make_server(directory, port)
    threading.Thread(target=server.serve_forever, name="fragc-serve", daemon=True).start()
    return server, url_of(server)


def serve(directory: Path, port: int) -> None:
    """Serve until Ctrl+C (the ``fragc serve`` command)."""
    with make_server(directory, port, quiet=False) as server:
        sys.stdout.write(f"Serving {directory} at {url_of(server)}  (Ctrl+C to stop)\n")
        sys.stdout.flush()
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            sys.stderr.write("\nfragc: server stopped\n")


def _require_site(directory: Path) -> Path:
    if not directory.is_dir():
        raise FragcError(f"{directory}: no such directory", exit_code=EXIT_USAGE)
    if not (directory / layout.SITE_INDEX).is_file():
        raise FragcError(
            f"{directory} has no {layout.SITE_INDEX}; build a site into it first with "
            f"`fragc build APP.py -o {directory}`",
            exit_code=EXIT_USAGE,
        )
    return directory.resolve()
