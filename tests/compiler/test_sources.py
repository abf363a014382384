"""Which Python files are bundled: the script and what it imports from beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.compiler.conftest import Analyze

SOURCES = [
    pytest.param(
        "import streamlit as st\nimport pandas as pd\n",
        {},
        ["app.py"],
        ["pandas", "streamlit"],
        id="only-the-script",
    ),
    pytest.param(
        "import helpers\nfrom util import tools\n",
        {"helpers.py": "", "util.py": "", "unused.py": ""},
        ["app.py", "helpers.py", "util.py"],
        [],
        id="modules-beside-the-app",
    ),
    pytest.param(
        "from pkg.sub import thing\n",
        {
            "pkg/__init__.py": "",
            "pkg/sub.py": "from . import sibling\nfrom .deep.leaf import x\n",
            "pkg/sibling.py": "",
            "pkg/deep/__init__.py": "",
            "pkg/deep/leaf.py": "from ..sibling import y\n",
            "pkg/unused.py": "",
        },
        [
            "app.py",
            "pkg/__init__.py",
            "pkg/sub.py",
            "pkg/sibling.py",
            "pkg/deep/__init__.py",
            "pkg/deep/leaf.py",
        ],
        [],
        id="package-with-relative-imports",
    ),
    pytest.param(
        "def load():\n    import lazy\ntry:\n    import optional\nexcept ImportError:\n    optional = None\n",
        {"lazy.py": "import json\n"},
        ["app.py", "lazy.py"],
        ["json", "optional"],
        id="imports-anywhere-and-missing-ones",
    ),
    pytest.param(
        "import ns.mod\n",
        {"ns/mod.py": ""},
        ["app.py", "ns/mod.py"],
        [],
        id="namespace-package",
    ),
    pytest.param(
        "import helpers\n",
        {"helpers.py": "import app\nimport helpers\n"},
        ["app.py", "helpers.py"],
        [],
        id="cycles",
    ),
]


@pytest.mark.parametrize(("source", "files", "bundled", "external"), SOURCES)
def test_sources(
    analyze: Analyze,
    app_dir: Path,
    source: str,
    files: dict[str, str],
    bundled: list[str],
    external: list[str],
) -> None:
    result = analyze(source, files=files)
    assert [result.relative(path) for path in result.sources] == bundled
    assert all(path.is_file() for path in result.sources)
    assert result.external_modules == external


def test_diagnostics_point_into_local_modules(analyze: Analyze, app_dir: Path) -> None:
    result = analyze(
        "import helpers\n",
        files={"helpers.py": "import subprocess\nsubprocess.run(['ls'])\n"},
    )
    assert [(d.code, d.file, d.line, d.col) for d in result.diagnostics] == [
        ("FRG050", str(app_dir / "helpers.py"), 2, 1)
    ]


def test_relative_entry_path_stays_relative(app_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from fragc.analysis import analyze_app

    (app_dir / "app.py").write_text("import helpers\nimport subprocess\nsubprocess.run([])\n")
    (app_dir / "helpers.py").write_text("")
    monkeypatch.chdir(app_dir.parent)
    result = analyze_app(Path("app/app.py"))
    assert result.sources == [Path("app/app.py"), Path("app/helpers.py")]
    assert [d.file for d in result.diagnostics] == ["app/app.py"]
