"""``fragc serve``: a static file server for a built site, on 127.0.0.1, with the right MIME types.

Browsers refuse to compile WebAssembly streamed with the wrong type and to run module
scripts served as anything but JavaScript, so the types are set here rather than
trusted to the platform's mimetypes table. Any static host works for a real
deployment; this one is for trying a site out and for the browser tests.

It serves as a well-configured host would: the build's precompressed ``X.br`` / ``X.gz``
for ``X`` when the browser accepts that encoding (``Content-Encoding``, and ``Vary:
Accept-Encoding`` on every answer for a file that has such copies, so a cache never
hands one encoding to a browser that asked for another), and content-hashed files
(``site/hashing.py``) as immutable for a year, while ``index.html`` is revalidated on
every visit.

``fragc serve`` also makes the page cross-origin isolated (``Cross-Origin-Opener-Policy:
same-origin``, ``Cross-Origin-Embedder-Policy: credentialless``): the page can then share
a ``SharedArrayBuffer`` with the worker, and its Stop button interrupts a running script
in place (runtime_js/src/worker_host.js) instead of restarting Python. ``credentialless``
rather than ``require-corp``: images from other sites still load (without cookies). A
host that cannot send headers (GitHub Pages) gets the restart instead; ``--no-isolation``
serves as such a host does.
"""

from __future__ import annotations

import email.utils
import errno
import os
import re
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


# Precompressed copies, in the order the server prefers them.
ENCODINGS = (("br", ".br"), ("gzip", ".gz"))
# A content-hashed URL (site/hashing.py): a folder `assets/<12 hex>/...` or `name.<12 hex>.ext`.
HASHED_URL = re.compile(r"(^|/)[0-9a-f]{12}/|\.[0-9a-f]{12}\.[A-Za-z0-9]+$")
IMMUTABLE = "public, max-age=31536000, immutable"
ISOLATION_HEADERS = {
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Embedder-Policy": "credentialless",
}
REVALIDATE = "no-cache"


def accepted_encodings(header: str | None) -> set[str]:
    """The codings an Accept-Encoding header allows (q=0 excludes one)."""
    accepted = set()
    for part in (header or "").split(","):
        name, _, params = part.strip().partition(";")
        quality = params.strip()
        if quality.startswith("q=") and quality[2:].strip() in ("0", "0.0", "0.00", "0.000"):
            continue
        if name.strip():
            accepted.add(name.strip().lower())
    return accepted


class SiteRequestHandler(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, **MIME_TYPES}
    # Keep-alive: a page load is dozens of requests to the same server.
    protocol_version = "HTTP/1.1"
    quiet = True
    isolate = False  # send the cross-origin isolation headers
    _cache_control = REVALIDATE
    _vary = False

    def send_head(self) -> Any:
        path = self.translate_path(self.path)
        url_path = self.path.split("?", 1)[0].split("#", 1)[0]
        self._cache_control = IMMUTABLE if HASHED_URL.search(url_path) else REVALIDATE
        self._vary = False
        if url_path.endswith("/") and os.path.isfile(os.path.join(path, "index.html")):
            path = os.path.join(path, "index.html")  # the site's page, with its copies
        if not os.path.isfile(path):
            return super().send_head()
        variants = [(coding, path + suffix) for coding, suffix in ENCODINGS]
        variants = [(coding, variant) for coding, variant in variants if os.path.isfile(variant)]
        self._vary = bool(variants)
        accepted = accepted_encodings(self.headers.get("Accept-Encoding"))
        for coding, variant in variants:
            if coding in accepted:
                return self._send_variant(path, variant, coding)
        return super().send_head()

    def _send_variant(self, path: str, variant: str, coding: str) -> Any:
        handle = open(variant, "rb")  # noqa: SIM115 - copyfile() reads it, the base class closes it
        stat = os.fstat(handle.fileno())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", coding)
        self.send_header("Content-Length", str(stat.st_size))
        self.send_header("Last-Modified", email.utils.formatdate(stat.st_mtime, usegmt=True))
        self.end_headers()
        return handle

    def end_headers(self) -> None:
        # index.html is revalidated (after a rebuild the browser must not mix old and new
        # files); a content-hashed file never changes under its name.
        self.send_header("Cache-Control", self._cache_control)
        if self._vary:
            self.send_header("Vary", "Accept-Encoding")
        if self.isolate:
            for name, value in ISOLATION_HEADERS.items():
                self.send_header(name, value)
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


def make_server(
    directory: Path, port: int = 0, *, quiet: bool = True, isolate: bool = False
) -> SiteServer:
    """A server for ``directory`` bound to 127.0.0.1:``port`` (0: any free port);
    ``isolate``: with the cross-origin isolation headers."""
    site = _require_site(directory)
    handler = type("Handler", (SiteRequestHandler,), {"quiet": quiet, "isolate": isolate})
    try:
        return SiteServer((HOST, port), partial(handler, directory=str(site)))
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            raise FragcError(f"port {port} is already in use; pick another with --port") from None
        raise FragcError(f"cannot listen on {HOST}:{port}: {error.strerror}") from None


def url_of(server: SiteServer) -> str:
    host, port = server.server_address[:2]
    return f"http://{host!s}:{port}/"


def start_server(
    directory: Path, port: int = 0, *, isolate: bool = False
) -> tuple[SiteServer, str]:
    """Serve ``directory`` from a daemon thread; returns the server (``shutdown()`` it) and URL."""
    server = make_server(directory, port, isolate=isolate)
    threading.Thread(target=server.serve_forever, name="fragc-serve", daemon=True).start()
    return server, url_of(server)


def serve(directory: Path, port: int, *, isolate: bool = True) -> None:
    """Serve until Ctrl+C (the ``fragc serve`` command)."""
    with make_server(directory, port, quiet=False, isolate=isolate) as server:
        sys.stdout.write(f"Serving {directory} at {url_of(server)}  (Ctrl+C to stop)\n")
        sys.stdout.flush()
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            sys.stderr.write("\nfragc: server stopped\n")


def _require_site(directory: Path) -> Path:
    try:
        is_dir, has_index = directory.is_dir(), (directory / layout.SITE_INDEX).is_file()
    except OSError as err:  # a name the file system refuses
        raise FragcError(f"{directory}: {err.strerror or err}", exit_code=EXIT_USAGE) from None
    if not is_dir:
        raise FragcError(f"{directory}: no such directory", exit_code=EXIT_USAGE)
    if not has_index:
        raise FragcError(
            f"{directory} has no {layout.SITE_INDEX}; build a site into it first with "
            f"`fragc build APP.py -o {directory}`",
            exit_code=EXIT_USAGE,
        )
    return directory.resolve()
