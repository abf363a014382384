"""What the app's files weigh in ``app.zip``: ``fragc build`` prints it, largest first.

The site carries the app's whole folder (analysis/app_folder.py), so a forgotten export or
a raw data dump lands in every first visit; the report shows where the weight is before
anyone deploys it.
"""

from __future__ import annotations

from collections.abc import Mapping

LARGE_BYTES = 1_000_000  # files from this size on are listed
SHOWN = 10  # at most this many of them, the rest summed up


def _mb(size: int) -> str:
    return f"{size / 1_000_000:8.2f} MB"


def size_report(sizes: Mapping[str, int]) -> str:
    """The total of the app's files (path -> bytes) and the largest of them, as text."""
    total = sum(sizes.values())
    count = len(sizes)
    lines = [
        f"app.zip carries {count} file{'s' if count != 1 else ''} of the app: "
        f"{total / 1_000_000:.2f} MB before compression"
    ]
    large = sorted(
        ((size, name) for name, size in sizes.items() if size >= LARGE_BYTES),
        key=lambda item: (-item[0], item[1]),
    )
    for size, name in large[:SHOWN]:
        lines.append(f"{_mb(size)}  {name}")
    rest = large[SHOWN:]
    if rest:
        lines.append(f"{_mb(sum(size for size, _ in rest))}  and {len(rest)} more files over 1 MB")
    if large:
        lines.append("leave out what the app does not read with [tool.fragc] exclude")
    return "\n".join(lines)
