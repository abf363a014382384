"""Fewer bytes, cached for good: content-hashed names, precompressed copies, and how
``fragc serve`` hands them out (Content-Encoding, Vary, Cache-Control)."""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import urllib.request
from collections.abc import Iterator
from email.message import Message
from pathlib import Path

import brotli
import pytest

from fragc.serve import IMMUTABLE, REVALIDATE, accepted_encodings, start_server
from fragc.site import compress
from fragc.site.compress import precompress
from fragc.site.hashing import HASH_LENGTH, address_file, address_folder

TEXT = ("def f(x):\n    return x * 2\n" * 200).encode()  # 5.6 KB, compresses well


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRAGC_CACHE_DIR", str(tmp_path / "cache"))


def test_a_folder_is_named_by_the_hash_of_everything_inside(tmp_path: Path) -> None:
    names = []
    for content in (b"one", b"one", b"two"):
        site = tmp_path / f"site{len(names)}"
        (site / "assets" / "fonts").mkdir(parents=True)
        (site / "assets" / "a.js").write_bytes(b"a")
        (site / "assets" / "fonts" / "f.woff2").write_bytes(content)
        url = address_folder(site, "assets")
        assert re.fullmatch(rf"assets/[0-9a-f]{{{HASH_LENGTH}}}/", url)
        assert (site / url / "fonts" / "f.woff2").read_bytes() == content
        assert sorted(p.name for p in (site / "assets").iterdir()) == [url.split("/")[1]]
        names.append(url)
    assert names[0] == names[1] != names[2]  # same bytes, same name; a change renames


def test_a_file_gets_the_hash_in_its_name(tmp_path: Path) -> None:
    (tmp_path / "app.zip").write_bytes(b"zip bytes")
    url = address_file(tmp_path, "app.zip")
    assert url == f"app.{hashlib.sha256(b'zip bytes').hexdigest()[:HASH_LENGTH]}.zip"
    assert not (tmp_path / "app.zip").exists()


@pytest.mark.parametrize(
    ("name", "data", "copies"),
    [
        pytest.param("big.js", TEXT, True, id="text"),
        pytest.param("big.wasm", TEXT, True, id="wasm"),
        pytest.param("small.js", b"let x = 1;\n", False, id="too-small"),
        pytest.param("big.zip", TEXT, False, id="compressed-format"),
        pytest.param("noise.json", os.urandom(4096), False, id="incompressible"),
    ],
)
def test_precompressed_copies_beside_large_text_and_wasm(
    tmp_path: Path, name: str, data: bytes, copies: bool
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    sizes = precompress([path])[path]
    br, gz = path.with_name(name + ".br"), path.with_name(name + ".gz")
    assert br.exists() is copies
    assert gz.exists() is copies
    if copies:
        assert brotli.decompress(br.read_bytes()) == data
        assert gzip.decompress(gz.read_bytes()) == data
        assert (sizes.raw, sizes.brotli, sizes.gzip) == (
            len(data),
            br.stat().st_size,
            gz.stat().st_size,
        )
        assert sizes.brotli < sizes.gzip < sizes.raw
    else:
        assert sizes.raw == sizes.gzip == sizes.brotli == len(data)


def test_compressed_copies_are_cached_by_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.js").write_bytes(TEXT)
    precompress([tmp_path / "a.js"])
    monkeypatch.setattr(compress.brotli, "compress", lambda *a, **k: pytest.fail("recompressed"))
    (tmp_path / "b.js").write_bytes(TEXT)
    precompress([tmp_path / "b.js"])
    assert (tmp_path / "b.js.br").read_bytes() == (tmp_path / "a.js.br").read_bytes()


@pytest.mark.parametrize(
    ("header", "accepted"),
    [
        pytest.param("gzip, deflate, br, zstd", {"gzip", "deflate", "br", "zstd"}, id="chromium"),
        pytest.param("br;q=0, gzip", {"gzip"}, id="q-zero-refuses"),
        pytest.param(None, set(), id="none"),
        pytest.param("identity", {"identity"}, id="identity"),
    ],
)
def test_accept_encoding(header: str | None, accepted: set[str]) -> None:
    assert accepted_encodings(header) == accepted


HASHED = "assets/0123456789ab/fragc-runtime.js"


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    site = tmp_path_factory.mktemp("site")
    for name in (HASHED, "index.html", "app.0123456789ab.zip", "notes.txt"):
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_bytes(TEXT)
    for name in (HASHED, "index.html"):
        (site / f"{name}.br").write_bytes(brotli.compress(TEXT))
        (site / f"{name}.gz").write_bytes(gzip.compress(TEXT))
    server, url = start_server(site)
    yield url
    server.shutdown()
    server.server_close()


def fetch(url: str, encoding: str | None) -> tuple[Message, bytes]:
    """The headers (looked up without regard to case) and the body as sent."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": encoding} if encoding else {})
    with urllib.request.urlopen(request) as response:
        return response.headers, response.read()


DECODE = {"br": brotli.decompress, "gzip": gzip.decompress, None: lambda data: data}


@pytest.mark.parametrize(
    ("path", "accept", "coding", "mime", "cache"),
    [
        pytest.param(HASHED, "gzip, deflate, br", "br", "text/javascript", IMMUTABLE, id="br"),
        pytest.param(HASHED, "gzip", "gzip", "text/javascript", IMMUTABLE, id="gzip-only"),
        pytest.param(HASHED, None, None, "text/javascript", IMMUTABLE, id="no-accept"),
        pytest.param("index.html", "br", "br", "text/html", REVALIDATE, id="index-br"),
        pytest.param("", "br", "br", "text/html", REVALIDATE, id="directory-index"),
        pytest.param(
            "app.0123456789ab.zip", "br", None, "application/zip", IMMUTABLE, id="no-copies"
        ),
        pytest.param("notes.txt", "br", None, "text/plain", REVALIDATE, id="plain-file"),
    ],
)
def test_serve_sends_the_accepted_encoding_with_the_right_headers(
    site_url: str, path: str, accept: str | None, coding: str | None, mime: str, cache: str
) -> None:
    headers, body = fetch(site_url + path, accept)
    assert headers.get("Content-Encoding") == coding
    assert headers["Content-Type"].startswith(mime)
    assert int(headers["Content-Length"]) == len(body)
    assert DECODE[coding](body) == TEXT
    assert headers["Cache-Control"] == cache
    # A resource with encoded copies varies by Accept-Encoding, whatever was sent this time.
    has_copies = path in (HASHED, "index.html", "")
    assert (headers.get("Vary") == "Accept-Encoding") is has_copies
