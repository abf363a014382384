"""Site-builder fixtures: a stand-in for the built JS runtime and Pyodide's files.

The builder copies these files without looking inside, so small fakes keep these
tests independent of `npm run build`; the real files are exercised by tests/cli and
tests/e2e.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fragc.site import layout
from fragc.site.assets import Assets
from tests.conftest import REPO

FAKE_PYODIDE_VERSION = "314.0.7"


def make_fake_assets(root: Path) -> Assets:
    runtime = root / "dist"
    pyodide = root / "pyodide"
    runtime.mkdir(parents=True)
    pyodide.mkdir(parents=True)
    for name in layout.RUNTIME_FILES:
        (runtime / name).write_text(f"/* fake {name} */\n", encoding="utf-8")
    for name in layout.PYODIDE_CORE_FILES:
        (pyodide / name).write_text(f"fake {name}\n", encoding="utf-8")
    (pyodide / "package.json").write_text(
        json.dumps({"name": "pyodide", "version": FAKE_PYODIDE_VERSION}), encoding="utf-8"
    )
    return Assets(runtime_dir=runtime, pyodide_dir=pyodide, templates_dir=REPO / "templates")


@pytest.fixture
def fake_assets(tmp_path: Path) -> Assets:
    return make_fake_assets(tmp_path / "fake-assets")
