"""The Pyodide memory snapshot the worker starts Python from (``snapshot.<hash>.bin``).

Booting Pyodide is mostly initialising the interpreter and importing modules (about
1.9 s of 2 s in Node on the development machine); restoring a memory image made after
the shim was imported takes about 0.3 s. ``make_snapshot.mjs`` makes that image under
Node with the very Pyodide files, standard library zip and shim the site ships
(Pyodide refuses a snapshot of another build; a different stdlib zip would break
``zipimport``'s cached offsets). It does not depend on the app, so it is cached by the
hash of those inputs and made once per machine and fragc version.

File format (chosen by measurement, see docs/benchmarks.md): the raw image is ~31 MB,
half of it zero pages. The file is gzip of: the 8-byte magic ``FRGSNAP1``, three
little-endian u32 (page size, image length, page count), a bitmap of the non-zero pages
(bit i of byte i // 8, LSB first), then those pages in order. gzip, not brotli, because
the worker must decode it itself on any static host (``DecompressionStream("gzip")``
exists in every browser fragc targets; most hosts would not compress a binary file).
Without Node, or when making it fails, the site has no snapshot and the worker boots
Python the usual way: the build says why in one line.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import shutil
import struct
import subprocess
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from fragc.packages.wheels import user_cache_dir
from fragc.site.bundle import SHIM_PREFIX
from fragc.site.hashing import file_digest

_SCRIPT = Path(__file__).with_name("make_snapshot.mjs")
_TIMEOUT_S = 180
MAGIC = b"FRGSNAP1"
PAGE_SIZE = 4096
# The manifest names it, so a future format is told apart.
FORMAT: Literal["fragc-snapshot-1"] = "fragc-snapshot-1"


@dataclass(frozen=True)
class SnapshotResult:
    data: bytes | None  # the encoded file, or None when there is no snapshot
    reason: str = ""  # why not, in a few words
    image_bytes: int = 0  # the raw memory image's size


def cache_dir() -> Path:
    return user_cache_dir() / "snapshots"


def make_snapshot(
    app_zip: Path, pyodide_dir: Path, progress: Callable[[str], None]
) -> SnapshotResult:
    """The encoded snapshot for the shim in ``app_zip``, from the cache or made under Node."""
    shim = _shim_entries(app_zip)
    digest = hashlib.sha256(FORMAT.encode())
    digest.update(file_digest(_SCRIPT).encode())  # what the snapshot imports is said there
    for name in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip"):
        digest.update(file_digest(pyodide_dir / name).encode())
    for name in sorted(shim):
        digest.update(name.encode() + b"\0" + hashlib.sha256(shim[name]).digest())
    cached = cache_dir() / f"{digest.hexdigest()}.bin"
    if cached.is_file():
        data = cached.read_bytes()
        return SnapshotResult(data, image_bytes=image_length(data))
    node = shutil.which("node")
    if node is None:
        return SnapshotResult(None, "Node.js was not found (it makes the snapshot at build time)")
    progress("making the Python memory snapshot under Node (cached for later builds)")
    with tempfile.TemporaryDirectory(prefix="fragc-snapshot-") as temp:
        shim_zip = Path(temp) / "shim.zip"
        with zipfile.ZipFile(shim_zip, "w", compression=zipfile.ZIP_STORED) as archive:
            for name in sorted(shim):
                archive.writestr(name, shim[name])
        raw_path = Path(temp) / "snapshot.raw"
        request = {
            "indexURL": str(pyodide_dir),
            "stdLibURL": str(pyodide_dir / "python_stdlib.zip"),
            "shim": str(shim_zip),
            "out": str(raw_path),
        }
        try:
            subprocess.run(
                [node, str(_SCRIPT)],
                input=json.dumps(request),
                capture_output=True,
                text=True,
                timeout=_TIMEOUT_S,
                check=True,
            )
            raw = raw_path.read_bytes()
        except subprocess.TimeoutExpired:
            return SnapshotResult(None, f"Node did not finish within {_TIMEOUT_S} s")
        except subprocess.CalledProcessError as error:
            last = (error.stderr or "").strip().splitlines()[-1:] or ["no output"]
            return SnapshotResult(None, f"Node failed: {last[0][:200]}")
        except OSError as error:
            return SnapshotResult(None, f"Node could not run: {error.strerror or error}")
    data = encode(raw)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(".tmp")
        tmp.write_bytes(data)
        tmp.replace(cached)
    except OSError:
        pass  # a read-only cache only costs time
    return SnapshotResult(data, image_bytes=len(raw))


def encode(image: bytes) -> bytes:
    """The file format above: zero pages left out, then gzip."""
    count = -(-len(image) // PAGE_SIZE)
    bitmap = bytearray(-(-count // 8))
    pages = []
    for index in range(count):
        page = image[index * PAGE_SIZE : (index + 1) * PAGE_SIZE]
        if page.count(0) != len(page):
            bitmap[index // 8] |= 1 << (index % 8)
            pages.append(page)
    header = MAGIC + struct.pack("<III", PAGE_SIZE, len(image), count)
    return gzip.compress(header + bytes(bitmap) + b"".join(pages), compresslevel=9, mtime=0)


def decode(data: bytes) -> bytes:
    """The raw image back (the worker's decoder in JS does the same; tests use this)."""
    body = gzip.decompress(data)
    if body[:8] != MAGIC:
        raise ValueError("not a fragc snapshot")
    page_size, length, count = struct.unpack_from("<III", body, 8)
    bitmap_end = 20 + -(-count // 8)
    image = bytearray(length)
    at = bitmap_end
    for index in range(count):
        if body[20 + index // 8] >> (index % 8) & 1:
            start = index * page_size
            end = min(start + page_size, length)
            image[start:end] = body[at : at + end - start]
            at += end - start
    return bytes(image)


def image_length(data: bytes) -> int:
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
        header = stream.read(20)
    return int(struct.unpack_from("<III", header, 8)[1])


def _shim_entries(app_zip: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(app_zip) as archive:
        return {
            name: archive.read(name)
            for name in archive.namelist()
            if name.startswith(SHIM_PREFIX) and not name.endswith("/")
        }
