"""Custom component frontends in the built site: copied to components/<hash>/, named in
the manifest by the path the app gives, and the folders fragc must not copy left out."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from fragc.site.assets import Assets
from fragc.site.build import build_site
from fragc.site.components import write_components
from tests.conftest import WriteApp

APP = """
    from pathlib import Path
    import streamlit.components.v1 as components
    one = components.declare_component("one", path=Path(__file__).parent / "one" / "build")
    two = components.declare_component("two", path="two")
    one(key="a")
"""


def make_frontend(folder: Path, text: str) -> None:
    (folder / "static").mkdir(parents=True)
    (folder / "index.html").write_text(f"<script src='static/main.js'></script>{text}")
    (folder / "static" / "main.js").write_text("console.log(1)")
    (folder / "static" / "main.js.map").write_text("{}")  # source maps stay out
    (folder / "node_modules").mkdir()
    (folder / "node_modules" / "huge.js").write_text("x")


def test_components_in_the_site(write_app: WriteApp, fake_assets: Assets, tmp_path: Path) -> None:
    entry = write_app(APP)
    make_frontend(entry.parent / "one" / "build", "one")
    make_frontend(entry.parent / "two", "two")
    site = tmp_path / "out"
    result = build_site(entry, site, assets=fake_assets)
    components = result.manifest["components"]
    assert set(components) == {"one/build", "two"}
    for name, url in components.items():
        assert re.fullmatch(r"components/[0-9a-f]{12}/", url)
        files = sorted(
            p.relative_to(site / url).as_posix() for p in (site / url).rglob("*") if p.is_file()
        )
        assert files == ["index.html", "static/main.js"]
        assert (site / url / "index.html").read_text().endswith(name.split("/")[0])


def test_identical_frontends_share_a_folder(tmp_path: Path) -> None:
    for name in ("a", "b"):
        make_frontend(tmp_path / name, "same")
    site = tmp_path / "site"
    site.mkdir()
    urls = write_components(site, {"a": tmp_path / "a", "b": tmp_path / "b"})
    assert urls["a"] == urls["b"]
    assert [p.name for p in (site / "components").iterdir()] == [urls["a"].split("/")[1]]


def make_wheel(path: Path, files: dict[str, str]) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return path


def test_frontends_of_component_packages(tmp_path: Path) -> None:
    from fragc.site.components import wheel_component_folders

    grid = make_wheel(
        tmp_path / "st_grid-1.0-py3-none-any.whl",
        {
            "st_grid/__init__.py": "import streamlit.components.v1 as c\n_f = c.declare_component('g', path=...)\n",
            "st_grid/frontend/build/index.html": "<p>grid</p>",
            "st_grid/frontend/build/static/js/main.js": "1",
            "st_grid-1.0.dist-info/index.html": "not a frontend",
        },
    )
    docs = make_wheel(
        tmp_path / "docs-1.0-py3-none-any.whl",
        {"docs/__init__.py": "", "docs/html/index.html": "<p>docs</p>"},
    )
    folders = wheel_component_folders([grid, docs], tmp_path / "unpacked")
    assert list(folders) == ["site-packages/st_grid/frontend/build"]
    built = folders["site-packages/st_grid/frontend/build"]
    assert sorted(p.relative_to(built).as_posix() for p in built.rglob("*") if p.is_file()) == [
        "index.html",
        "static/js/main.js",
    ]


def test_the_shim_names_a_package_component_as_the_site_does(
    tmp_path: Path, monkeypatch: Any
) -> None:
    import sys

    from fragc.shim.widgets.custom_component import bundle_key

    site_packages = tmp_path / "lib" / "python3.14" / "site-packages"
    monkeypatch.setattr(sys, "path", [*sys.path, str(site_packages)])
    assert (
        bundle_key(str(site_packages / "st_grid" / "frontend" / "build"))
        == "site-packages/st_grid/frontend/build"
    )
