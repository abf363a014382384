"""build_site: what lands in OUTDIR, the manifest, the bundle, and the atomic swap."""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from fragc import protocol
from fragc.errors import FragcError
from fragc.site import build as build_module
from fragc.site import layout
from fragc.site.assets import Assets
from fragc.site.build import build_site
from fragc.site.bundle import write_bundle
from tests.conftest import WriteApp
from tests.site.conftest import FAKE_PYODIDE_VERSION

COUNTER_APP = """
    import streamlit as st

    @st.fragment(run_every=2)
    def counter():
        st.button("Plus one")

    counter()
    st.write("outside")
"""

SYNTAX_ERROR_APP = """
    import streamlit as st
    def broken(:
        pass
"""


def read_manifest(site: Path) -> protocol.Manifest:
    html = (site / layout.SITE_INDEX).read_text(encoding="utf-8")
    start = html.index('id="fragc-manifest">') + len('id="fragc-manifest">')
    manifest: protocol.Manifest = json.loads(html[start : html.index("</script>", start)])
    return manifest


def leftovers(parent: Path) -> list[str]:
    """Staging or parked directories a build should never leave behind."""
    return sorted(path.name for path in parent.iterdir() if ".fragc-" in path.name)


def test_site_layout(write_app: WriteApp, fake_assets: Assets, tmp_path: Path) -> None:
    site = tmp_path / "out"
    result = build_site(write_app(COUNTER_APP), site, assets=fake_assets)

    files = {path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file()}
    manifest = result.manifest
    # Content-hashed names for everything a page loads, except index.html.
    assert re.fullmatch(r"app\.[0-9a-f]{12}\.zip", manifest["bundle"])
    assert re.fullmatch(r"assets/[0-9a-f]{12}/", manifest["runtime"])
    assert re.fullmatch(r"pyodide/[0-9a-f]{12}/", manifest["pyodide"])
    assert files == {
        "index.html",
        "index.html.br",  # the fake runtime files are too small to be worth compressing
        "index.html.gz",
        ".nojekyll",
        "fragc-build.json",
        manifest["bundle"],
        *(f"{manifest['runtime']}{name}" for name in layout.RUNTIME_FILES),
        *(f"{manifest['pyodide']}{name}" for name in layout.PYODIDE_CORE_FILES),
    }
    marker = json.loads((site / "fragc-build.json").read_text(encoding="utf-8"))
    assert marker["generator"] == "fragc"
    assert leftovers(tmp_path) == []


def test_manifest(write_app: WriteApp, fake_assets: Assets, tmp_path: Path) -> None:
    app = write_app(COUNTER_APP, name="seed_counters.py")
    site = tmp_path / "out"
    result = build_site(app, site, assets=fake_assets)

    manifest = read_manifest(site)
    assert manifest == result.manifest
    # Every field but `dev`, which only `fragc dev` writes.
    assert set(manifest) == set(protocol.Manifest.__annotations__) - {"dev"}
    assert manifest["protocol_version"] == protocol.PROTOCOL_VERSION
    assert manifest["pyodide_version"] == FAKE_PYODIDE_VERSION
    assert manifest["entry"] == "seed_counters.py"
    assert manifest["title"] == "Seed counters"
    bundle = (site / manifest["bundle"]).read_bytes()
    assert manifest["bundle_sha256"] == hashlib.sha256(bundle).hexdigest()
    assert manifest["bundle"] == f"app.{manifest['bundle_sha256'][:12]}.zip"
    # What the worker downloads at boot, with sizes, for the progress line.
    assert manifest["downloads"] == {
        manifest["bundle"]: len(bundle),
        **{
            f"{manifest['pyodide']}{name}": (site / manifest["pyodide"] / name).stat().st_size
            for name in (*layout.PYODIDE_BOOT_FILES, "pyodide-lock.json")
        },
    }
    assert manifest["files"] == [
        {"path": "seed_counters.py", "sha256": hashlib.sha256(app.read_bytes()).hexdigest()}
    ]
    assert manifest["packages"] == []
    [fragment] = manifest["fragments"]
    assert (fragment["qualname"], fragment["line"], fragment["kind"], fragment["run_every"]) == (
        "counter",
        4,
        "fragment",
        2.0,
    )


def test_bundle_holds_the_shim_and_the_app_only(
    write_app: WriteApp, fake_assets: Assets, tmp_path: Path
) -> None:
    result = build_site(write_app(COUNTER_APP), tmp_path / "out", assets=fake_assets)

    names = zipfile.ZipFile(tmp_path / "out" / result.manifest["bundle"]).namelist()
    assert "app/app.py" in names
    browser_modules = {
        "_fragc/fragc/__init__.py",
        "_fragc/fragc/protocol/__init__.py",
        "_fragc/fragc/protocol/elements.py",
        "_fragc/fragc/timeparse.py",
    }
    assert browser_modules <= set(names)
    assert "_fragc/fragc/shim/bridge.py" in names
    # Precompiled bytecode (site/bytecode.py) sits in __pycache__ beside its source.
    sources = [
        name.replace("__pycache__/", "").split(".cpython-")[0] + ".py"
        if name.endswith(".pyc")
        else name
        for name in names
    ]
    others = [
        name
        for name in sources
        if not (name.startswith("app/") or name.startswith("_fragc/fragc/shim/"))
        and name not in browser_modules
    ]
    assert others == []
    assert all(name.endswith((".py", ".pyc")) for name in names)


def test_without_bytecode_the_bundle_carries_sources(tmp_path: Path) -> None:
    app = tmp_path / "app"
    app.mkdir()
    (app / "app.py").write_text("import streamlit as st\n", encoding="utf-8")
    write_bundle(tmp_path / "app.zip", app, [app / "app.py"])
    names = zipfile.ZipFile(tmp_path / "app.zip").namelist()
    assert "_fragc/fragc/shim/bridge.py" in names
    assert not [name for name in names if name.endswith(".pyc")]


def test_bundle_is_reproducible(write_app: WriteApp, fake_assets: Assets, tmp_path: Path) -> None:
    app = write_app(COUNTER_APP)
    first = build_site(app, tmp_path / "one", assets=fake_assets)
    second = build_site(app, tmp_path / "two", assets=fake_assets)
    assert first.manifest["bundle_sha256"] == second.manifest["bundle_sha256"]


def test_rebuild_replaces_the_previous_site(
    write_app: WriteApp, fake_assets: Assets, tmp_path: Path
) -> None:
    site = tmp_path / "out"
    build_site(write_app(COUNTER_APP), site, assets=fake_assets)
    (site / "stale.txt").write_text("from an older build", encoding="utf-8")

    build_site(write_app('import streamlit as st\nst.write("v2")\n'), site, assets=fake_assets)
    assert not (site / "stale.txt").exists()
    assert read_manifest(site)["fragments"] == []
    assert leftovers(tmp_path) == []


def test_app_errors_leave_outdir_untouched(
    write_app: WriteApp, fake_assets: Assets, tmp_path: Path
) -> None:
    site = tmp_path / "out"
    build_site(write_app(COUNTER_APP), site, assets=fake_assets)
    before = (site / "index.html").read_bytes()

    with pytest.raises(FragcError) as raised:
        build_site(write_app(SYNTAX_ERROR_APP), site, assets=fake_assets)
    assert raised.value.exit_code == 1
    assert [d.severity for d in raised.value.diagnostics] == ["error"]
    assert (site / "index.html").read_bytes() == before
    assert leftovers(tmp_path) == []


def test_a_failure_while_writing_keeps_the_previous_site(
    write_app: WriteApp, fake_assets: Assets, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "out"
    build_site(write_app(COUNTER_APP), site, assets=fake_assets)
    before = {path.name: path.read_bytes() for path in site.iterdir() if path.is_file()}

    def broken_render(*_args: object, **_kwargs: object) -> str:
        raise OSError("disk full")

    monkeypatch.setattr(build_module, "render_index", broken_render)
    with pytest.raises(FragcError, match="disk full"):
        build_site(write_app('import streamlit as st\nst.write("v2")\n'), site, assets=fake_assets)
    assert {path.name: path.read_bytes() for path in site.iterdir() if path.is_file()} == before
    assert leftovers(tmp_path) == []


def _foreign_dir(out: Path) -> None:
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")


def _plain_file(out: Path) -> None:
    out.write_text("mine", encoding="utf-8")


@pytest.mark.parametrize(
    ("prepare", "message"),
    [
        pytest.param(_foreign_dir, "not written by fragc", id="non-empty-foreign-dir"),
        pytest.param(_plain_file, "not a directory", id="a-file"),
    ],
)
def test_refuses_to_replace_what_fragc_did_not_write(
    write_app: WriteApp,
    fake_assets: Assets,
    tmp_path: Path,
    prepare: Callable[[Path], object],
    message: str,
) -> None:
    out = tmp_path / "out"
    prepare(out)
    snapshot = sorted(p.name for p in out.iterdir()) if out.is_dir() else out.read_text()

    with pytest.raises(FragcError, match=message) as raised:
        build_site(write_app(COUNTER_APP), out, assets=fake_assets)
    assert raised.value.exit_code == 1
    assert (sorted(p.name for p in out.iterdir()) if out.is_dir() else out.read_text()) == snapshot


def test_refuses_an_outdir_that_holds_the_app(
    write_app: WriteApp, fake_assets: Assets, tmp_path: Path
) -> None:
    app = write_app(COUNTER_APP)
    with pytest.raises(FragcError, match="holds the app"):
        build_site(app, app.parent, assets=fake_assets)
    with pytest.raises(FragcError, match="holds the app"):
        build_site(app, tmp_path, assets=fake_assets)


@pytest.mark.parametrize(
    "prepare",
    [
        pytest.param(lambda out: None, id="missing"),
        pytest.param(lambda out: out.mkdir(), id="empty"),
    ],
)
def test_writes_into_a_missing_or_empty_dir(
    write_app: WriteApp, fake_assets: Assets, tmp_path: Path, prepare: Callable[[Path], object]
) -> None:
    out = tmp_path / "nested" / "out"
    out.parent.mkdir()
    prepare(out)
    build_site(write_app(COUNTER_APP), out, assets=fake_assets)
    assert (out / "index.html").is_file()
