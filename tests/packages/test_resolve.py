"""Import and requirement resolution (issue 5, item 4), against a fake PyPI and a small lock."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from fragc.analysis import analyze_app
from fragc.packages.pyodide_lock import PyodideLock
from fragc.packages.resolve import PackagePlan, resolve_packages
from tests.packages.conftest import (
    FakeIndex,
    Resolve,
    lock_entry,
    make_wheel,
    sha256_hex,
    small_lock,
)

Finding = tuple[str, str, int, int]  # code, file name, line, col


@dataclass
class Case:
    source: str
    files: dict[str, str] = field(default_factory=dict)
    index: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    refuse: dict[str, str] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    load: list[str] = field(default_factory=list)
    vendored: list[str] = field(default_factory=list)
    cdn: list[str] = field(default_factory=list)


def findings(plan: PackagePlan) -> list[Finding]:
    return [(d.code, Path(d.file).name, d.line, d.col) for d in plan.diagnostics]


TABULATE = ("tabulate", "0.9.0", {})
PURE_LOCK_DEPS = [("python-dateutil", "2.9.0", {"modules": ["dateutil"]}), ("six", "1.17.0", {})]
PEP723 = """
# /// script
# requires-python = ">=3.11"
# dependencies = [
#   "tabulate==0.9.0",
# ]
# ///
import tabulate
"""

CASES = [
    # ---------------------------------------------------------------- satisfied
    pytest.param(
        Case("import os, json, csv\nfrom collections import abc\nimport tomllib, asyncio\n"),
        id="stdlib",
    ),
    pytest.param(Case("import annotationlib\nfrom compression import zstd\n"), id="stdlib-of-3.14"),
    pytest.param(Case("import js\nfrom pyodide.http import pyfetch\n"), id="pyodide-runtime"),
    pytest.param(
        Case("import streamlit as st\nimport streamlit.components.v1 as components\n"),
        id="streamlit-is-fragc",
    ),
    pytest.param(
        Case(
            "import helpers\nimport pkg.sub\nimport nsdir\n",
            files={"helpers.py": "", "pkg/__init__.py": "", "pkg/sub.py": "", "nsdir/x.txt": ""},
        ),
        id="local-modules-packages-namespace",
    ),
    pytest.param(
        Case(
            "import tabulate\n",
            files={"requirements.txt": "tabulate==0.9.0\n"},
            index=[TABULATE],
            load=["tabulate"],
            vendored=["tabulate"],
        ),
        id="requirements-txt",
    ),
    pytest.param(
        Case(
            "from slugify import slugify\nimport text_unidecode\n",
            files={"requirements.txt": "# comment\n\npython-slugify  # trailing comment\n"},
            index=[
                (
                    "python-slugify",
                    "8.0.4",
                    {
                        "modules": ["slugify"],
                        "requires": [
                            "text-unidecode>=1.3",
                            'unidecode>=1.1.1; extra == "unidecode"',
                        ],
                    },
                ),
                ("text-unidecode", "1.3", {}),
            ],
            load=["python-slugify", "text-unidecode"],
            vendored=["python-slugify", "text-unidecode"],
        ),
        id="dependency-and-import-name-differ",
    ),
    pytest.param(
        Case(PEP723, index=[TABULATE], load=["tabulate"], vendored=["tabulate"]),
        id="pep-723",
    ),
    pytest.param(
        Case(
            "import tabulate\n",
            files={"pyproject.toml": '[tool.fragc]\nrequirements = ["tabulate==0.9.0"]\n'},
            index=[TABULATE],
            load=["tabulate"],
            vendored=["tabulate"],
        ),
        id="tool-fragc",
    ),
    pytest.param(
        Case(
            "import tabulate\n",
            files={"requirements.txt": "-r base.txt\n", "base.txt": "tabulate\n"},
            index=[TABULATE],
            load=["tabulate"],
            vendored=["tabulate"],
        ),
        id="requirements-include",
    ),
    pytest.param(
        Case(
            "import streamlit as st\n",
            files={
                "requirements.txt": 'streamlit>=1.30\npywin32; sys_platform == "win32"\n'
                'backports.zoneinfo; python_version < "3.9"\n'
            },
        ),
        id="streamlit-and-markers-skipped",
    ),
    pytest.param(
        Case(
            "import fastjson\n",
            files={"requirements.txt": "fastpkg[speed]\n"},
            index=[
                (
                    "fastpkg",
                    "1.0",
                    {
                        "modules": ["fastjson"],
                        "requires": ['speedup; extra == "speed"', 'slowdown; extra == "slow"'],
                    },
                ),
                ("speedup", "2.0", {}),
            ],
            load=["fastpkg", "speedup"],
            vendored=["fastpkg", "speedup"],
        ),
        id="extras",
    ),
    # ----------------------------------------------------------- Pyodide's lock
    pytest.param(
        Case(
            "import yaml\n",
            findings=[("FRG063", "app.py", 1, 1)],
            load=["pyyaml"],
            cdn=["pyyaml"],
        ),
        id="pyodide-lock-by-import",
    ),
    pytest.param(
        Case(
            "import streamlit as st\nimport pandas as pd\n",
            index=PURE_LOCK_DEPS,
            findings=[("FRG063", "app.py", 2, 1)],
            load=["pandas"],
            vendored=["python-dateutil", "six"],
            cdn=["numpy", "pandas"],
        ),
        id="pyodide-lock-closure-pure-ones-from-pypi",
    ),
    pytest.param(
        Case(
            "import dateutil\n",
            load=["python-dateutil"],
            findings=[("FRG063", "app.py", 1, 1)],
            cdn=["python-dateutil", "six"],
        ),
        id="pure-lock-packages-fall-back-to-the-cdn",
    ),
    pytest.param(
        Case(
            "import numpy\n",
            files={"requirements.txt": "numpy>=2\n"},
            findings=[("FRG063", "requirements.txt", 1, 1)],
            load=["numpy"],
            cdn=["numpy"],
        ),
        id="requirement-in-pyodide-lock",
    ),
    pytest.param(
        Case(
            "import audioop\n",
            findings=[("FRG063", "app.py", 1, 1)],
            load=["audioop-lts"],
            cdn=["audioop-lts"],
        ),
        id="former-stdlib-in-lock",
    ),
    # -------------------------------------------------------------- unsatisfied
    pytest.param(
        Case("import os\nimport nosuchmod\n", findings=[("FRG060", "app.py", 2, 1)]),
        id="unsatisfiable",
    ),
    pytest.param(
        Case("from nosuch.sub import thing\n", findings=[("FRG060", "app.py", 1, 1)]),
        id="unsatisfiable-from-import-once",
    ),
    pytest.param(
        Case("def f():\n    import tkinter\n", findings=[("FRG060", "app.py", 2, 5)]),
        id="stdlib-not-in-pyodide",
    ),
    pytest.param(
        Case(
            "try:\n    import orjson2 as json\nexcept ImportError:\n    import json\n",
            findings=[("FRG061", "app.py", 2, 5)],
        ),
        id="try-except-import-error",
    ),
    pytest.param(
        Case(
            "try:\n    import fancy\nexcept (ValueError, ModuleNotFoundError):\n    fancy = None\n",
            findings=[("FRG061", "app.py", 2, 5)],
        ),
        id="try-except-tuple",
    ),
    pytest.param(
        Case(
            "try:\n    import fancy\nexcept ValueError:\n    pass\n",
            findings=[("FRG060", "app.py", 2, 5)],
        ),
        id="try-except-other-error",
    ),
    pytest.param(
        Case(
            "try:\n    import json\nexcept ImportError:\n    import fancy\n",
            findings=[("FRG060", "app.py", 4, 5)],
        ),
        id="import-in-handler-is-not-guarded",
    ),
    pytest.param(
        Case(
            "import tabulate\nimport missing_too\n",
            files={"requirements.txt": "tabulate==0.9.0\n"},
            index=[TABULATE],
            findings=[("FRG060", "app.py", 2, 1)],
            load=["tabulate"],
            vendored=["tabulate"],
        ),
        id="declared-packages-do-not-cover-other-imports",
    ),
    pytest.param(
        Case(
            "import psutil\n",
            files={"requirements.txt": "tabulate\npsutil\n"},
            index=[TABULATE],
            refuse={"psutil": "only platform-specific wheels"},
            findings=[("FRG062", "requirements.txt", 2, 1)],
            load=["tabulate"],
            vendored=["tabulate"],
        ),
        id="no-browser-wheel",
    ),
    pytest.param(
        Case(
            "import numpy\n",
            files={"requirements.txt": "numpy<2\n"},
            refuse={"numpy": "only platform-specific wheels"},
            findings=[("FRG062", "requirements.txt", 1, 1)],
        ),
        id="lock-version-does-not-satisfy",
    ),
    pytest.param(
        Case(
            "import wrapper\n",
            files={"requirements.txt": "# a wrapper around C code\nwrapper\n"},
            index=[("wrapper", "1.0", {"requires": ["cext>=1"]})],
            refuse={"cext": "only platform-specific wheels"},
            findings=[("FRG062", "requirements.txt", 2, 1)],
            load=["wrapper"],
            vendored=["wrapper"],
        ),
        id="dependency-without-browser-wheel",
    ),
    pytest.param(
        Case(
            "import tabulate, old\n",
            files={"requirements.txt": "tabulate==0.9.0\nold\n"},
            index=[TABULATE, ("old", "1.0", {"requires": ["tabulate<0.9"]})],
            findings=[("FRG062", "requirements.txt", 2, 1)],
            load=["old", "tabulate"],
            vendored=["old", "tabulate"],
        ),
        id="conflicting-versions",
    ),
    pytest.param(
        Case(
            "import tabulate\n",
            files={"requirements.txt": f"tabulate==0.9.0 --hash=sha256:{'0' * 64}\n"},
            index=[TABULATE],
            findings=[("FRG062", "requirements.txt", 1, 1)],
        ),
        id="hash-mismatch",
    ),
    pytest.param(
        Case(
            "import streamlit\n",
            files={
                "requirements.txt": "-e ./mylib\nnot a requirement!\n-r nothere.txt\n--no-binary :all:\n"
            },
            findings=[
                ("FRG064", "requirements.txt", 1, 1),
                ("FRG064", "requirements.txt", 2, 1),
                ("FRG064", "requirements.txt", 3, 1),
                ("FRG064", "requirements.txt", 4, 1),
            ],
        ),
        id="bad-requirements",
    ),
]


@pytest.mark.parametrize("case", CASES)
def test_resolution(resolve: Resolve, index: FakeIndex, case: Case) -> None:
    for name, version, kwargs in case.index:
        index.add(name, version, **kwargs)
    index.refuse.update(case.refuse)
    _, plan = resolve(case.source, files=case.files)
    assert findings(plan) == case.findings
    assert plan.load == case.load
    assert sorted(v.package.name for v in plan.vendored) == case.vendored
    assert plan.cdn == case.cdn


def test_unresolved_import_says_why_and_how_to_fix(resolve: Resolve) -> None:
    _, plan = resolve("import nosuchmod\n")
    (diag,) = plan.diagnostics
    assert (diag.name, diag.severity) == ("unresolved-import", "error")
    assert diag.message == (
        "no module named 'nosuchmod' in the built site: not in the standard library, not a file "
        "beside the app, not in requirements.txt / PEP 723 / [tool.fragc], not in Pyodide's "
        "distribution"
    )
    assert diag.hint is not None
    assert "requirements.txt" in diag.hint


def test_optional_import_is_a_warning(resolve: Resolve) -> None:
    _, plan = resolve("try:\n    import nosuchmod\nexcept ImportError:\n    nosuchmod = None\n")
    (diag,) = plan.diagnostics
    assert (diag.code, diag.severity) == ("FRG061", "warning")


def test_stdlib_missing_from_pyodide_names_the_reason(resolve: Resolve) -> None:
    _, plan = resolve("import curses\n")
    (diag,) = plan.diagnostics
    assert diag.message == (
        "module 'curses' is part of CPython's standard library but not of Pyodide's: "
        "a terminal library; the browser has no terminal"
    )


def test_no_browser_wheel_names_the_package_and_the_reason(
    resolve: Resolve, index: FakeIndex
) -> None:
    index.refuse["psutil"] = "PyPI has psutil but no pure-Python wheel"
    _, plan = resolve("import psutil\n", files={"requirements.txt": "psutil>=5\n"})
    (diag,) = plan.diagnostics
    assert (diag.name, diag.severity) == ("no-browser-wheel", "error")
    assert diag.message == (
        "psutil>=5 has no wheel that runs in the browser: PyPI has psutil but no pure-Python wheel"
    )


def test_cdn_warning_names_the_packages(resolve: Resolve, index: FakeIndex) -> None:
    _, plan = resolve("import pandas\n")
    (diag,) = plan.diagnostics
    assert (diag.name, diag.severity) == ("pyodide-cdn-package", "warning")
    assert diag.message.startswith(
        "import pandas: the page will download numpy, pandas, python-dateutil, six from "
        "Pyodide's CDN (https://cdn.jsdelivr.net/pyodide/v314.0.7/full/)"
    )
    assert diag.hint is not None
    assert "--pyodide-packages" in diag.hint


def test_index_options_reach_pip(resolve: Resolve, index: FakeIndex) -> None:
    index.add(*TABULATE[:2])
    resolve(
        "import tabulate\n",
        files={
            "requirements.txt": "--extra-index-url https://example.org/simple\n--pre\ntabulate\n"
        },
    )
    assert index.options == [["--extra-index-url", "https://example.org/simple", "--pre"]]


def test_matching_hash_is_accepted(resolve: Resolve, index: FakeIndex) -> None:
    wheel = index.add("tabulate", "0.9.0")
    _, plan = resolve(
        "import tabulate\n",
        files={"requirements.txt": f"tabulate==0.9.0 \\\n    --hash=sha256:{sha256_hex(wheel)}\n"},
    )
    assert plan.diagnostics == []
    assert [v.package.sha256 for v in plan.vendored] == [sha256_hex(wheel)]


def test_pyodide_packages_dir_vendors_the_closure(resolve: Resolve, tmp_path: Path) -> None:
    dist = tmp_path / "pyodide-dist"
    wasm = "cp314-cp314-pyemscripten_2026_0_wasm32"
    numpy = make_wheel(dist, "numpy", "2.4.6", tag=wasm)
    pandas = make_wheel(dist, "pandas", "3.0.2", tag=wasm)
    dateutil = make_wheel(dist, "python-dateutil", "2.9.0", modules=["dateutil"])
    six = make_wheel(dist, "six", "1.17.0")
    lock = PyodideLock.from_json(
        {
            "info": {"python": "3.14.2"},
            "packages": {
                "numpy": lock_entry("numpy", "2.4.6", sha256=sha256_hex(numpy)),
                "pandas": lock_entry(
                    "pandas",
                    "3.0.2",
                    depends=["numpy", "python-dateutil"],
                    sha256=sha256_hex(pandas),
                ),
                "python-dateutil": lock_entry(
                    "python-dateutil",
                    "2.9.0",
                    imports=["dateutil"],
                    depends=["six"],
                    pure=True,
                    sha256=sha256_hex(dateutil),
                ),
                "six": lock_entry("six", "1.17.0", pure=True, sha256=sha256_hex(six)),
            },
        }
    )
    _, plan = resolve("import pandas\n", lock=lock, pyodide_packages=dist)
    assert plan.diagnostics == []
    assert plan.cdn == []
    assert sorted((v.package.name, v.source) for v in plan.vendored) == [
        ("numpy", numpy),
        ("pandas", pandas),
        ("python-dateutil", dateutil),
        ("six", six),
    ]


def test_pyodide_packages_dir_missing_a_file_is_an_error(resolve: Resolve, tmp_path: Path) -> None:
    dist = tmp_path / "empty-dist"
    dist.mkdir()
    _, plan = resolve("import os\nimport numpy\n", pyodide_packages=dist)
    (diag,) = plan.diagnostics
    assert (diag.code, Path(diag.file).name, diag.line, diag.col) == ("FRG065", "app.py", 2, 1)
    assert "numpy-2.4.6-cp314-cp314-pyemscripten_2026_0_wasm32.whl is not in" in diag.message


def test_pyodide_packages_dir_with_another_file_is_an_error(
    resolve: Resolve, tmp_path: Path
) -> None:
    dist = tmp_path / "other-dist"
    make_wheel(
        dist, "pyyaml", "6.0.2", modules=["yaml"], tag="cp314-cp314-pyemscripten_2026_0_wasm32"
    )
    _, plan = resolve("import yaml\n", pyodide_packages=dist)
    (diag,) = plan.diagnostics
    assert (diag.code, diag.line, diag.col) == ("FRG065", 1, 1)
    assert "is not the file of Pyodide's lock (sha256 differs)" in diag.message


def test_check_only_does_not_fetch_pyodide_pure_packages(tmp_path: Path, index: FakeIndex) -> None:
    app = tmp_path / "app"
    app.mkdir()
    (app / "app.py").write_text("import pandas\n", encoding="utf-8")
    plan = resolve_packages(
        analyze_app(app / "app.py"),
        small_lock(),
        pyodide_version="314.0.7",
        wheel_source=index.source,
        check_only=True,
    )
    assert index.asked == []
    assert [(d.code, d.line) for d in plan.diagnostics] == [("FRG063", 1)]
    assert plan.cdn == ["numpy", "pandas"]
