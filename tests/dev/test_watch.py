"""The dev loop's watcher: which edits of the app folder count as changes (issue 13, point 1)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from fragc.dev.watch import Watcher

Edit = Callable[[Path], None]


def _write(relative: str, text: str = "x = 1\n") -> Edit:
    def edit(folder: Path) -> None:
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    return edit


def _touch_later(relative: str) -> Edit:
    """Same content, newer mtime (an editor's save without changes)."""

    def edit(folder: Path) -> None:
        path = folder / relative
        stat = path.stat()
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))

    return edit


def _site_written(relative: str) -> Edit:
    """A site fragc built into the app's folder (it carries the marker)."""

    def edit(folder: Path) -> None:
        site = folder / relative
        site.mkdir()
        (site / "fragc-build.json").write_text("{}", encoding="utf-8")
        (site / "app.zip").write_text("zip", encoding="utf-8")

    return edit


def _remove(relative: str) -> Edit:
    return lambda folder: (folder / relative).unlink()


@pytest.fixture
def app_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "app"
    (folder / "pkg").mkdir(parents=True)
    (folder / "app.py").write_text("import streamlit as st\n", encoding="utf-8")
    (folder / "pkg" / "util.py").write_text("VALUE = 1\n", encoding="utf-8")
    (folder / "data.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("edit", "changed"),
    [
        pytest.param(
            _write("app.py", "import streamlit as st\nst.write(1)\n"), {"app.py"}, id="edit-script"
        ),
        pytest.param(_write("pkg/util.py", "VALUE = 22\n"), {"pkg/util.py"}, id="edit-module"),
        pytest.param(_write("new_module.py"), {"new_module.py"}, id="new-file"),
        pytest.param(_remove("data.csv"), {"data.csv"}, id="removed-file"),
        pytest.param(
            _write("requirements.txt", "tabulate\n"), {"requirements.txt"}, id="requirements"
        ),
        pytest.param(
            _write(".streamlit/secrets.toml", "k = 1\n"), {".streamlit/secrets.toml"}, id="secrets"
        ),
        pytest.param(_touch_later("app.py"), {"app.py"}, id="saved-unchanged"),
        # What an app never consists of: editor scratch files, caches, tools' folders.
        pytest.param(_write(".app.py.swp"), set(), id="vim-swap"),
        pytest.param(_write(".#app.py"), set(), id="emacs-lock"),
        pytest.param(_write("app.py~"), set(), id="backup"),
        pytest.param(_write("__pycache__/app.cpython-311.pyc"), set(), id="pycache"),
        pytest.param(_write(".git/index"), set(), id="git"),
        pytest.param(_write("node_modules/x/index.js"), set(), id="node-modules"),
        pytest.param(_write("env/pyvenv.cfg", "home = /usr\n"), set(), id="virtualenv"),
        pytest.param(_write(".venv/lib/x.py"), set(), id="hidden-virtualenv"),
        # The site carries the whole folder: any data file in it counts, whatever its folder.
        pytest.param(_write("build/report.csv"), {"build/report.csv"}, id="data-in-build"),
        pytest.param(_write("data/new.json", "{}"), {"data/new.json"}, id="new-data-folder"),
        pytest.param(_site_written("dist"), set(), id="fragc-site"),
    ],
)
def test_changes_seen(app_folder: Path, edit: Edit, changed: set[str]) -> None:
    watcher = Watcher(app_folder)
    edit(app_folder)
    found = {path.relative_to(app_folder).as_posix() for path in watcher.poll().paths}
    assert found == changed
    assert not watcher.poll(), "a change is reported once"


def test_the_site_folder_inside_the_app_is_not_watched(app_folder: Path) -> None:
    site = app_folder / "site"
    watcher = Watcher(app_folder, excluded=[site])
    _write("site/app.zip", "new build")(app_folder)
    assert not watcher.poll()
