"""What a build writes for packages and data files: packages/, the site lock, the manifest, app.zip."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path
from typing import Any

from fragc.packages.pyodide_lock import CDN_TEMPLATE
from fragc.site.build import BuildResult, build_site
from tests.conftest import WriteApp
from tests.packages.conftest import lock_json, sha256_hex

CDN = CDN_TEMPLATE.format(version="314.0.7")


def build(write_app: WriteApp, source: str, files: dict[str, str]) -> tuple[BuildResult, Path]:
    script = write_app(source)
    for name, text in files.items():
        (script.parent / name).parent.mkdir(parents=True, exist_ok=True)
        (script.parent / name).write_text(text, encoding="utf-8")
    outdir = script.parent.parent / "site"
    return build_site(script, outdir), outdir


def manifest_of(outdir: Path) -> dict[str, Any]:
    html = (outdir / "index.html").read_text(encoding="utf-8")
    start = html.index('id="fragc-manifest">') + len('id="fragc-manifest">')
    data: dict[str, Any] = json.loads(html[start : html.index("</script>", start)])
    return data


def test_pure_wheel_is_vendored_with_a_site_lock(write_app: WriteApp) -> None:
    result, outdir = build(
        write_app,
        "import csv\nimport streamlit as st\nfrom tabulate import tabulate\n"
        "rows = list(csv.reader(open('data/rows.csv')))\nst.code(tabulate(rows))\n",
        {"requirements.txt": "tabulate==0.9.0\n", "data/rows.csv": "a,1\nb,2\n"},
    )
    assert result.warnings == ()
    manifest = manifest_of(outdir)
    # packages/<content hash>/: the wheels and the site's lock, together.
    assert re.fullmatch(r"packages/[0-9a-f]{12}/pyodide-lock\.json", manifest["package_lock"])
    folder = (outdir / manifest["package_lock"]).parent
    wheel = folder / "tabulate-0.9.0-py3-none-any.whl"
    assert wheel.is_file()
    lock = lock_json(folder / "pyodide-lock.json")
    entry = lock["packages"]["tabulate"]
    assert entry["file_name"] == "tabulate-0.9.0-py3-none-any.whl"  # beside the lock
    assert entry["sha256"] == sha256_hex(wheel)
    assert entry["imports"] == ["tabulate"]
    # Pyodide's other packages stay reachable, at its CDN.
    assert lock["packages"]["numpy"]["file_name"].startswith(CDN)
    assert lock["info"]["python"].startswith("3.14")

    assert manifest["packages"] == ["tabulate"]
    assert manifest["cdn_packages"] == []
    # The data file is in app.zip at the same relative path, and listed with its hash.
    with zipfile.ZipFile(outdir / manifest["bundle"]) as archive:
        assert archive.read("app/data/rows.csv") == b"a,1\nb,2\n"
    assert "data/rows.csv" in [f["path"] for f in manifest["files"]]


def test_pyodide_only_package_is_listed_at_the_cdn_with_a_warning(write_app: WriteApp) -> None:
    result, outdir = build(write_app, "import regex\nimport streamlit as st\n", {})
    assert [(w.code, w.line, w.col) for w in result.warnings] == [("FRG063", 1, 1)]
    manifest = manifest_of(outdir)
    assert manifest["packages"] == ["regex"]
    assert manifest["cdn_packages"] == ["regex"]
    folder = (outdir / manifest["package_lock"]).parent
    lock = lock_json(folder / "pyodide-lock.json")
    assert lock["packages"]["regex"]["file_name"].startswith(CDN)
    assert [p.name for p in folder.iterdir() if p.suffix not in (".br", ".gz")] == [
        "pyodide-lock.json"
    ]


def test_app_without_packages_ships_no_lock(write_app: WriteApp) -> None:
    _, outdir = build(
        write_app, "import json\nimport streamlit as st\nst.write(json.dumps(1))\n", {}
    )
    assert not (outdir / "packages").exists()
    manifest = manifest_of(outdir)
    assert manifest["packages"] == []
    assert manifest["package_lock"] is None
