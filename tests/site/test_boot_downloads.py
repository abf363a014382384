"""The boot's downloads (the progress line's total) leave out a page's own packages (issue 9)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, cast

import pytest

from fragc import protocol
from fragc.site.build import boot_downloads

LOCK = {
    "plotly": {"file_name": "plotly-1-py3-none-any.whl", "depends": ["narwhals"]},
    "narwhals": {"file_name": "narwhals-1-py3-none-any.whl", "depends": []},
    "six": {"file_name": "six-1-py3-none-any.whl", "depends": []},
    "yaml": {"file_name": "https://cdn.example/yaml.whl", "depends": []},
}


@pytest.mark.parametrize(
    ("boot", "page_packages", "wheels"),
    [
        (["plotly", "six"], {}, ["narwhals", "plotly", "six"]),
        (["six"], {"pages/1_Charts.py": ["plotly"]}, ["six"]),
        ([], {"pages/1_Charts.py": ["plotly"], "pages/2_Six.py": ["six"]}, []),
        (["narwhals"], {"pages/1_Charts.py": ["plotly"]}, ["narwhals"]),
    ],
)
def test_boot_downloads(
    tmp_path: Path, boot: list[str], page_packages: dict[str, list[str]], wheels: list[str]
) -> None:
    folder = tmp_path / "packages"
    folder.mkdir()
    (folder / "pyodide-lock.json").write_text(json.dumps({"packages": LOCK}))
    for name, entry in LOCK.items():
        if "/" not in entry["file_name"]:
            (folder / entry["file_name"]).write_bytes(name.encode())
    manifest: dict[str, Any] = {
        "bundle": "app.zip",
        "pyodide": "pyodide/",
        "package_lock": "packages/pyodide-lock.json",
        "packages": boot,
        "page_packages": page_packages,
    }
    downloads = boot_downloads(tmp_path, cast(protocol.Manifest, manifest))
    assert sorted(url for url in downloads if url.endswith(".whl")) == [
        f"packages/{name}-1-py3-none-any.whl" for name in wheels
    ]
