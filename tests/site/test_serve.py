"""fragc's static server: MIME types browsers insist on, 404s, and refusing a non-site."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from fragc.errors import FragcError
from fragc.serve import start_server

SITE_FILES = {
    "index.html": "text/html",
    "assets/fragc-runtime.js": "text/javascript",
    "pyodide/pyodide.mjs": "text/javascript",
    "pyodide/pyodide.asm.wasm": "application/wasm",
    "pyodide/pyodide-lock.json": "application/json",
    "assets/fragc-runtime.css": "text/css",
    "app.zip": "application/zip",
}


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    site = tmp_path_factory.mktemp("site")
    for name in SITE_FILES:
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_bytes(b"x")
    server, url = start_server(site)
    yield url
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(
    ("path", "mime"), [pytest.param(*item, id=item[0]) for item in SITE_FILES.items()]
)
def test_mime_types(site_url: str, path: str, mime: str) -> None:
    with urllib.request.urlopen(site_url + path) as response:
        assert response.headers.get_content_type() == mime
        assert response.read() == b"x"


def test_missing_file_is_404(site_url: str) -> None:
    with pytest.raises(urllib.error.HTTPError) as raised:
        urllib.request.urlopen(site_url + "nope.js")
    assert raised.value.code == 404
    raised.value.close()


def test_serves_on_loopback(site_url: str) -> None:
    assert site_url.startswith("http://127.0.0.1:")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        pytest.param(lambda root: root / "missing", "no such directory", id="missing"),
        pytest.param(lambda root: root, "has no index.html", id="not-a-site"),
    ],
)
def test_refuses_a_directory_that_is_not_a_site(
    tmp_path: Path, make: Callable[[Path], Path], message: str
) -> None:
    with pytest.raises(FragcError, match=message) as raised:
        start_server(make(tmp_path))
    assert raised.value.exit_code == 2
