"""What `fragc build` prints about the app's files in app.zip (issue 9, point 5)."""

from __future__ import annotations

import pytest

from fragc.site.size_report import size_report

MB = 1_000_000


@pytest.mark.parametrize(
    ("sizes", "lines"),
    [
        pytest.param(
            {"app.py": 120, "data.csv": 999_999},
            ["app.zip carries 2 files of the app: 1.00 MB before compression"],
            id="nothing-large",
        ),
        pytest.param(
            {"app.py": 120},
            ["app.zip carries 1 file of the app: 0.00 MB before compression"],
            id="one-file",
        ),
        pytest.param(
            {"app.py": 100, "b.bin": 2 * MB, "a.bin": 2 * MB, "big.parquet": 30 * MB},
            [
                "app.zip carries 4 files of the app: 34.00 MB before compression",
                "   30.00 MB  big.parquet",
                "    2.00 MB  a.bin",  # same size: by name
                "    2.00 MB  b.bin",
                "leave out what the app does not read with [tool.fragc] exclude",
            ],
            id="largest-first",
        ),
        pytest.param(
            {f"img/{n:02}.png": (n + 1) * MB for n in range(12)},
            [
                "app.zip carries 12 files of the app: 78.00 MB before compression",
                *(f"{n + 1:8.2f} MB  img/{n:02}.png" for n in range(11, 1, -1)),
                "    3.00 MB  and 2 more files over 1 MB",
                "leave out what the app does not read with [tool.fragc] exclude",
            ],
            id="ten-shown-the-rest-summed",
        ),
    ],
)
def test_size_report(sizes: dict[str, int], lines: list[str]) -> None:
    assert size_report(sizes).splitlines() == lines
