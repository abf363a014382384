"""``fragc dev``'s reload in the worker, in CPython: a new build runs in the same session."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fragc.shim import bridge, dev_reload
from fragc.site.bundle import write_bundle

from .harness import AppHarness, run_coroutine

APP = """\
import streamlit as st
from helper import GREETING

if "clicks" not in st.session_state:
    st.session_state.clicks = 0
if st.button("Count"):
    st.session_state.clicks += 1
st.write(f"Clicks: {st.session_state.clicks}")
st.write(GREETING)
st.write("Version one")
"""


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppHarness]:
    """The app as the worker has it: its folder the working directory and importable."""
    folder = tmp_path / "worker"
    folder.mkdir()
    (folder / "helper.py").write_text('GREETING = "hello"\n', encoding="utf-8")
    (folder / "old.txt").write_text("a data file of the previous build\n", encoding="utf-8")
    monkeypatch.chdir(folder)
    monkeypatch.syspath_prepend(str(folder))
    monkeypatch.delitem(sys.modules, "helper", raising=False)
    harness = AppHarness(folder, APP)
    harness.run()
    harness.click("Count")
    assert harness.texts() == ["Clicks: 1", "hello", "Version one"]
    yield harness
    harness.close()
    sys.modules.pop("helper", None)


def new_build(tmp_path: Path, files: dict[str, str]) -> tuple[bytes, list[str]]:
    """app.zip of the next build (written from another folder, as the dev server does)."""
    folder = tmp_path / "next"
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    target = tmp_path / "app.zip"
    info = write_bundle(target, folder, [folder / name for name in files])
    return target.read_bytes(), [entry["path"] for entry in info.files]


def test_a_new_build_reruns_in_the_same_session(app: AppHarness, tmp_path: Path) -> None:
    worker = tmp_path / "worker"
    bundle, files = new_build(
        tmp_path,
        {
            "app.py": APP.replace("Version one", "Version two"),
            "helper.py": 'GREETING = "bonjour"\n',
        },
    )
    changed = dev_reload.apply_bundle(
        bundle, worker, files, previous_files=["app.py", "helper.py", "old.txt"]
    )
    assert changed == ["app.py", "helper.py", "old.txt"]
    assert not (worker / "old.txt").exists(), "a file the new build lacks is removed"
    assert "helper" not in sys.modules, "a module whose file changed is imported again"
    app.run()
    # Session state kept (one click), the edited module and script both new.
    assert app.texts() == ["Clicks: 1", "bonjour", "Version two"]
    app.click("Count")
    assert app.texts()[0] == "Clicks: 2"


def test_unchanged_files_and_their_modules_are_kept(app: AppHarness, tmp_path: Path) -> None:
    helper = sys.modules["helper"]
    bundle, files = new_build(
        tmp_path,
        {"app.py": APP.replace("Version one", "Version two"), "helper.py": 'GREETING = "hello"\n'},
    )
    changed = dev_reload.apply_bundle(
        bundle, tmp_path / "worker", files, previous_files=["app.py", "helper.py"]
    )
    assert changed == ["app.py"]
    assert sys.modules["helper"] is helper


def reload_message(build_id: int, files: list[str]) -> str:
    return json.dumps(
        {
            "type": "dev:reload",
            "build_id": build_id,
            "bundle_url": "http://127.0.0.1:1/app.zip",
            "manifest": {"files": [{"path": name, "sha256": ""} for name in files]},
            "previous_files": ["app.py", "helper.py", "old.txt"],
            "install": [],
        }
    )


def replies(app: AppHarness) -> list[dict[str, Any]]:
    return [m for m in app.messages if m["type"] == "dev:reloaded"]


def test_the_bridge_answers_a_reload(
    app: AppHarness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle, files = new_build(
        tmp_path,
        {"app.py": APP.replace("Version one", "Version two"), "helper.py": "GREETING = 'hi'\n"},
    )

    async def fetch(url: str) -> bytes:
        assert url == "http://127.0.0.1:1/app.zip"
        return bundle

    monkeypatch.setattr(dev_reload, "_fetch", fetch)
    run_coroutine(bridge.handle(reload_message(2, files)))
    assert replies(app) == [
        {
            "type": "dev:reloaded",
            "build_id": 2,
            "ok": True,
            "error": "",
            "changed_files": ["app.py", "helper.py", "old.txt"],
        }
    ]
    app.run()
    assert app.texts() == ["Clicks: 1", "hi", "Version two"]


def test_a_failed_reload_is_reported_and_the_app_keeps_running(
    app: AppHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def fetch(url: str) -> bytes:
        raise OSError(f"HTTP 404 for {url}")

    monkeypatch.setattr(dev_reload, "_fetch", fetch)
    run_coroutine(bridge.handle(reload_message(2, ["app.py"])))
    (reply,) = replies(app)
    assert (reply["ok"], reply["error"]) == (
        False,
        "OSError: HTTP 404 for http://127.0.0.1:1/app.zip",
    )
    app.click("Count")
    assert app.texts() == ["Clicks: 2", "hello", "Version one"]
