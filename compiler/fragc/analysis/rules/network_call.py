"""FRG051: HTTP requests from the app, which run in the browser."""

from __future__ import annotations

import libcst as cst

from fragc.analysis.rules.base import LintRule

_HTTP_VERBS = ("get", "post", "put", "patch", "delete", "head", "options", "request")

NETWORK_CALLS = frozenset(
    [f"requests.{verb}" for verb in _HTTP_VERBS]
    + ["requests.Session", "requests.session", "requests.sessions.Session"]
    + [f"httpx.{verb}" for verb in (*_HTTP_VERBS, "stream")]
    + ["httpx.Client", "httpx.AsyncClient"]
    + ["urllib.request.urlopen", "urllib.request.urlretrieve", "urllib.request.build_opener"]
    + ["http.client.HTTPConnection", "http.client.HTTPSConnection"]
    + ["urllib3.request", "urllib3.PoolManager", "aiohttp.ClientSession", "aiohttp.request"]
)


class NetworkCall(LintRule):
    """The app makes HTTP requests, which will run from the visitor's browser.

    What:
    A call to `requests`, `httpx`, `urllib.request`, `http.client`, `urllib3` or
    `aiohttp`.

    Why:
    In the built site the request leaves the visitor's browser, not a server: the
    server it calls must allow cross-origin requests (CORS,
    `Access-Control-Allow-Origin`), or the browser blocks the answer. Python's HTTP
    libraries open sockets, which Pyodide does not have: they work only through
    `pyodide-http` (which routes them through the browser's fetch), and
    `aiohttp`/`httpx` need Pyodide's own fetch.

    Example:
    ```python
    prices = requests.get("https://api.example.com/prices").json()
    ```

    Fix:
    Call only servers that send CORS headers; use `pyodide.http.pyfetch` (or
    `import pyodide_http; pyodide_http.patch_all()` before `requests`); for data that
    does not change, download it before the build and ship it as a file.
    """

    code = "FRG051"
    name = "network-call"
    severity = "warning"

    def visit_Call(self, node: cst.Call) -> None:
        name = self.ctx.call_name(node)
        if name in NETWORK_CALLS:
            self.report(
                node,
                f"{name}() runs in the visitor's browser: the server must allow CORS, "
                "and Python's HTTP libraries need pyodide-http",
                hint="use pyodide.http.pyfetch, or pyodide_http.patch_all() before requests; "
                "ship unchanging data as a file instead",
            )
