"""What a first visit downloads, in bytes: raw, with gzip, with brotli. ``fragc build``
prints it as a table when it ends, so the cost of a change shows where it is made.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fragc import protocol
from fragc.site import layout
from fragc.site.compress import Compressed

# The page's own files, in the runtime folder: what index.html loads before the worker's.
PAGE_FILES = ("fragc-runtime.css", "fragc-runtime.js", "fragc-worker.js")


@dataclass(frozen=True)
class Row:
    url: str
    raw: int
    gzip: int
    brotli: int


@dataclass(frozen=True)
class FirstVisit:
    rows: tuple[Row, ...]

    def total(self) -> Row:
        return Row(
            "total",
            sum(row.raw for row in self.rows),
            sum(row.gzip for row in self.rows),
            sum(row.brotli for row in self.rows),
        )

    def table(self) -> str:
        def mb(size: int) -> str:
            return f"{size / 1_000_000:8.2f}"

        rows = [*self.rows, self.total()]
        width = max(len(row.url) for row in rows)
        lines = [f"{'first visit downloads':<{width}}   raw MB  gzip MB    br MB"]
        for row in rows:
            if row.url == "total":
                lines.append("-" * (width + 30))
            lines.append(f"{row.url:<{width}} {mb(row.raw)} {mb(row.gzip)} {mb(row.brotli)}")
        return "\n".join(lines)


def first_visit(
    site: Path, manifest: protocol.Manifest, sizes: dict[Path, Compressed]
) -> FirstVisit:
    runtime = manifest.get("runtime", f"{layout.SITE_ASSETS}/")
    urls = [layout.SITE_INDEX, *(runtime + name for name in PAGE_FILES)]
    urls += list(manifest.get("downloads", {}))
    rows = []
    for url in urls:
        path = site / url
        if not path.is_file():
            continue
        size = sizes.get(path)
        raw = path.stat().st_size
        rows.append(Row(url, raw, size.gzip if size else raw, size.brotli if size else raw))
    return FirstVisit(tuple(rows))
