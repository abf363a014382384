"""Precompressed copies (``.br``, ``.gz``) beside the site's large text and wasm files.

A host that serves ``X.br`` / ``X.gz`` for ``X`` (``fragc serve`` does, so do nginx's
``brotli_static``/``gzip_static`` and most CDNs' "precompressed" options) then sends the
smallest encoding the browser accepts, without compressing at request time.

Brotli comes from the ``brotli`` package (Google's binding of the reference library):
it runs in-process, so a build without Node.js still writes ``.br`` files, and its wheels
cover every platform fragc supports. Quality 11 (the smallest output) is slow on
Pyodide's 9.6 MB wasm (~25 s), so each result is cached by the sha256 of its input in
the user cache: Pyodide's files are the same for every build, and only the first build
on a machine pays. gzip is the standard library's, level 9, with no name or time stamp
in the header, so the output is reproducible.
"""

from __future__ import annotations

import gzip
import hashlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import brotli  # type: ignore[import-untyped]  # no type information shipped

from fragc.packages.wheels import user_cache_dir

# Formats worth compressing; zip, woff2, png... are compressed already.
COMPRESSIBLE = frozenset({".js", ".mjs", ".css", ".html", ".json", ".wasm", ".svg", ".txt"})
MIN_BYTES = 1024  # below this the headers outweigh the saving
MIN_SAVING = 0.05  # a copy must be at least 5% smaller to be worth a file
ENCODINGS = {"br": ".br", "gzip": ".gz"}


@dataclass(frozen=True)
class Compressed:
    raw: int
    gzip: int  # equal to raw when no .gz was written
    brotli: int  # equal to raw when no .br was written


def cache_dir() -> Path:
    return user_cache_dir() / "compressed"


def wants_compression(path: Path) -> bool:
    return path.suffix in COMPRESSIBLE and path.stat().st_size >= MIN_BYTES


def precompress(
    files: Iterable[Path], progress: Callable[[str], None] = lambda _: None
) -> dict[Path, Compressed]:
    """Write ``.br`` and ``.gz`` beside each file worth it; sizes per file (all given files)."""
    sizes: dict[Path, Compressed] = {}
    announced = False
    for path in files:
        data = path.read_bytes()
        if not wants_compression(path):
            sizes[path] = Compressed(len(data), len(data), len(data))
            continue
        digest = hashlib.sha256(data).hexdigest()
        if not announced and not (cache_dir() / f"{digest}.br").is_file():
            progress("compressing the site's files (brotli 11; cached for later builds)")
            announced = True
        br = _cached(digest, "br", partial(_brotli, data))
        gz = _cached(digest, "gz", partial(_gzip, data))
        written = {}
        for suffix, blob in ((".br", br), (".gz", gz)):
            if len(blob) <= len(data) * (1 - MIN_SAVING):
                path.with_name(path.name + suffix).write_bytes(blob)
                written[suffix] = len(blob)
        sizes[path] = Compressed(
            raw=len(data), gzip=written.get(".gz", len(data)), brotli=written.get(".br", len(data))
        )
    return sizes


def _brotli(data: bytes) -> bytes:
    return bytes(brotli.compress(data, quality=11, lgwin=24))


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)


def _cached(digest: str, kind: str, make: Callable[[], bytes]) -> bytes:
    cached = cache_dir() / f"{digest}.{kind}"
    try:
        return cached.read_bytes()
    except OSError:
        pass
    blob = make()
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_name(f"{cached.name}.{os.getpid()}.tmp")
        tmp.write_bytes(blob)
        tmp.replace(cached)  # atomic: a parallel build never reads half a file
    except OSError:
        pass  # a read-only cache only costs time
    return blob
