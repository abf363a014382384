"""The dev build: what a save rewrites, what it leaves alone (issue 13, point 1)."""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fragc.dev import builder as builder_module
from fragc.dev.builder import DevBuilder
from fragc.packages.pyodide_lock import PyodideLock, SitePackage
from fragc.packages.resolve import PackagePlan, Vendored
from fragc.site import layout
from fragc.site.assets import Assets
from tests.conftest import WriteApp
from tests.site.conftest import make_fake_assets

APP = """
    import streamlit as st

    st.title("Dev")
    st.write("version one")
"""


class Calls:
    def __init__(self) -> None:
        self.resolve = 0
        self.precompile = 0
        self.plan: Callable[[], PackagePlan] = lambda: PackagePlan(lock=None, cdn_base="cdn/")


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Calls:
    """Counts the expensive steps (package resolution, bytecode) and stands in for them."""
    counted = Calls()

    def resolve(*_args: object, **_kwargs: object) -> PackagePlan:
        counted.resolve += 1
        return counted.plan()

    def precompile(*_args: object, **_kwargs: object) -> dict[str, bytes]:
        counted.precompile += 1
        return {}

    monkeypatch.setattr(builder_module, "resolve_packages", resolve)
    monkeypatch.setattr(builder_module, "precompile", precompile)
    return counted


@pytest.fixture
def assets(tmp_path: Path) -> Assets:
    fake = make_fake_assets(tmp_path / "fake-assets")
    (fake.runtime_dir / layout.DEV_CLIENT).write_text("/* fake dev client */\n", encoding="utf-8")
    return fake


@pytest.fixture
def app(write_app: WriteApp) -> Path:
    return write_app(APP)


@pytest.fixture
def dev(app: Path, tmp_path: Path, assets: Assets, calls: Calls) -> DevBuilder:
    builder = DevBuilder(app, tmp_path / "site", assets=assets)
    first = builder.build()
    assert first.ok, first.text()
    return builder


def read_manifest(site: Path) -> dict[str, Any]:
    page = (site / layout.SITE_INDEX).read_text(encoding="utf-8")
    match = re.search(r'<script type="application/json" id="fragc-manifest">(.*?)</script>', page)
    assert match is not None
    return dict(json.loads(match.group(1)))


def stamps(site: Path) -> dict[str, int]:
    return {
        path.relative_to(site).as_posix(): path.stat().st_mtime_ns
        for path in site.rglob("*")
        if path.is_file()
    }


def bundled(site: Path, name: str) -> str:
    with zipfile.ZipFile(site / layout.SITE_BUNDLE) as archive:
        return archive.read(f"app/{name}").decode()


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_first_build_writes_a_whole_site(dev: DevBuilder, calls: Calls) -> None:
    site = dev.site
    for name in (layout.SITE_INDEX, layout.SITE_BUNDLE, layout.SITE_NOJEKYLL, layout.SITE_MARKER):
        assert (site / name).is_file(), name
    assert (site / "assets" / layout.DEV_CLIENT).is_file()
    assert (site / "pyodide" / "pyodide.asm.wasm").is_file()
    manifest = read_manifest(site)
    assert manifest["dev"] == {"events": "_fragc/dev/events", "build_id": 1, "package_files": {}}
    assert (calls.resolve, calls.precompile) == (1, 1)


def test_a_one_line_edit_rewrites_the_bundle_and_the_page_only(
    dev: DevBuilder, app: Path, calls: Calls
) -> None:
    before = stamps(dev.site)
    replace(app, "version one", "version two")
    result = dev.build()
    assert result.ok
    assert (result.build_id, result.rewritten) == (2, ("app.zip", "index.html"))
    changed = {name for name, stamp in stamps(dev.site).items() if before.get(name) != stamp}
    assert changed == {layout.SITE_BUNDLE, layout.SITE_INDEX}
    assert "version two" in bundled(dev.site, "app.py")
    assert result.manifest is not None
    assert result.manifest["dev"]["build_id"] == 2
    # Neither the resolver (pip) nor the bytecode compiler (node) ran again.
    assert (calls.resolve, calls.precompile) == (1, 1)


def test_an_error_leaves_the_site_as_it_was(dev: DevBuilder, app: Path) -> None:
    before = stamps(dev.site)
    replace(app, 'st.write("version one")', 'st.write("version one"')
    result = dev.build()
    assert not result.ok
    assert result.build_id == 1
    (error,) = [d for d in result.diagnostics if d.severity == "error"]
    assert (error.code, error.line, error.col) == ("FRG001", 4, 9)
    event = result.to_json()
    assert event["diagnostics"][0]["source"] == 'st.write("version one"'
    assert f"{app}:4:9: FRG001" in event["text"]
    assert stamps(dev.site) == before


def test_undoing_an_error_needs_no_new_build(dev: DevBuilder, app: Path) -> None:
    good = app.read_text(encoding="utf-8")
    replace(app, "st.title", "st.title(")
    assert not dev.build().ok
    app.write_text(good, encoding="utf-8")
    result = dev.build()
    assert result.ok
    assert (result.build_id, result.rewritten) == (1, ())


def test_a_new_file_of_the_folder_ships_with_the_next_build(dev: DevBuilder, app: Path) -> None:
    # As under `streamlit run`, the app may open any file of its folder by a computed path.
    (app.parent / "data").mkdir()
    (app.parent / "data" / "notes.txt").write_text("todo\n", encoding="utf-8")
    result = dev.build()
    assert (result.ok, result.build_id, result.rewritten) == (True, 2, ("app.zip", "index.html"))
    assert bundled(dev.site, "data/notes.txt") == "todo\n"


@pytest.mark.parametrize(
    "relative",
    [
        pytest.param("__pycache__/app.cpython-311.pyc", id="cache"),
        pytest.param(".venv/lib/x.py", id="hidden-venv"),
        pytest.param("node_modules/x/index.js", id="node-modules"),
        pytest.param(".env", id="secrets"),
        pytest.param("notes.txt~", id="editor-backup"),
        pytest.param("notebooks/draft.ipynb", id="excluded"),
    ],
)
def test_a_file_the_site_never_carries_changes_nothing(
    write_app: WriteApp, tmp_path: Path, assets: Assets, calls: Calls, relative: str
) -> None:
    app = write_app('import streamlit as st\nst.write("hi")\n')
    (app.parent / "pyproject.toml").write_text(
        '[tool.fragc]\nexclude = ["notebooks"]\n', encoding="utf-8"
    )
    dev = DevBuilder(app, tmp_path / "site", assets=assets)
    assert dev.build().ok
    path = app.parent / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("x\n", encoding="utf-8")
    result = dev.build()
    assert (result.ok, result.build_id, result.rewritten) == (True, 1, ())


def test_a_data_file_edit_rewrites_the_bundle(
    write_app: WriteApp, tmp_path: Path, assets: Assets, calls: Calls
) -> None:
    app = write_app('import streamlit as st\nst.write(open("data.csv").read())\n')
    data = app.parent / "data.csv"
    data.write_text("a\n1\n", encoding="utf-8")
    dev = DevBuilder(app, tmp_path / "site", assets=assets)
    assert dev.build().ok
    data.write_text("a\n2\n", encoding="utf-8")
    result = dev.build()
    assert result.rewritten == ("app.zip", "index.html")
    assert bundled(dev.site, "data.csv") == "a\n2\n"


def test_a_deleted_script_is_reported(dev: DevBuilder, app: Path) -> None:
    app.unlink()
    result = dev.build()
    assert not result.ok
    assert result.message is not None
    assert "no such file" in result.message


def _requirements(app: Path) -> None:
    (app.parent / "requirements.txt").write_text("tabulate==0.9.0\n", encoding="utf-8")


def _pyproject(app: Path) -> None:
    (app.parent / "pyproject.toml").write_text(
        '[tool.fragc]\nrequirements = ["tabulate==0.9.0"]\n', encoding="utf-8"
    )


def _pep723(app: Path) -> None:
    script = app.read_text(encoding="utf-8")
    block = '# /// script\n# dependencies = ["tabulate==0.9.0"]\n# ///\n'
    app.write_text(block + script, encoding="utf-8")


def _new_import(app: Path) -> None:
    replace(app, "import streamlit as st", "import streamlit as st\nimport tabulate")


def _script_edit(app: Path) -> None:
    replace(app, "version one", "version two")


def _stdlib_import(app: Path) -> None:
    replace(app, "import streamlit as st", "import streamlit as st\nimport json")


@pytest.mark.parametrize(
    ("edit", "resolved_again"),
    [
        pytest.param(_requirements, True, id="requirements.txt"),
        pytest.param(_pyproject, True, id="pyproject"),
        pytest.param(_pep723, True, id="pep-723-block"),
        pytest.param(_new_import, True, id="new-package-import"),
        pytest.param(_script_edit, False, id="script-edit"),
        pytest.param(_stdlib_import, False, id="stdlib-import"),
    ],
)
def test_packages_are_resolved_again_only_when_what_decides_them_changed(
    dev: DevBuilder, app: Path, calls: Calls, edit: Callable[[Path], None], resolved_again: bool
) -> None:
    edit(app)
    dev.build()
    assert calls.resolve == (2 if resolved_again else 1)


def test_a_new_requirement_writes_the_packages(
    dev: DevBuilder, app: Path, calls: Calls, tmp_path: Path
) -> None:
    wheel = tmp_path / "tabulate-0.9.0-py3-none-any.whl"
    wheel.write_bytes(b"not really a wheel")
    package = SitePackage(
        name="tabulate",
        version="0.9.0",
        file_name=wheel.name,
        sha256="0" * 64,
        imports=("tabulate",),
        depends=(),
    )
    calls.plan = lambda: PackagePlan(
        lock=PyodideLock(info={}, packages={}),
        cdn_base="cdn/",
        load=["tabulate"],
        vendored=[Vendored(source=wheel, package=package)],
    )
    _requirements(app)
    result = dev.build()
    assert result.ok
    # requirements.txt is a file of the app's folder: it ships too, as Streamlit sees it.
    assert result.rewritten == ("packages", "app.zip", "index.html")
    assert (dev.site / "packages" / wheel.name).read_bytes() == b"not really a wheel"
    lock = json.loads((dev.site / "packages" / "pyodide-lock.json").read_text())
    assert lock["packages"]["tabulate"]["file_name"] == wheel.name
    assert result.package_files == {"tabulate": f"packages/{wheel.name}"}
    assert result.manifest is not None
    assert result.manifest["packages"] == ["tabulate"]
    assert result.manifest["dev"]["package_files"] == {"tabulate": f"packages/{wheel.name}"}


def test_component_frontends_follow_their_builds(dev: DevBuilder, app: Path) -> None:
    front = app.parent / "front"
    front.mkdir()
    (front / "index.html").write_text("<p>one</p>")
    app.write_text(
        "import streamlit.components.v1 as components\n"
        "c = components.declare_component('c', path='front')\n",
        encoding="utf-8",
    )
    first = dev.build()
    assert first.ok
    (url,) = read_manifest(dev.site)["components"].values()
    assert (dev.site / url / "index.html").read_text() == "<p>one</p>"
    assert "components" not in dev.build().rewritten  # nothing changed
    (front / "index.html").write_text("<p>two, rebuilt</p>")
    again = dev.build()
    assert "components" in again.rewritten
    (new_url,) = read_manifest(dev.site)["components"].values()
    assert new_url != url
    assert (dev.site / new_url / "index.html").read_text() == "<p>two, rebuilt</p>"
    assert not (dev.site / url).exists()
