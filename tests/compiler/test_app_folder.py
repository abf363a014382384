"""The app's folder ships as `streamlit run` sees it (issue 9, point 5): which files do, which never.

An app may open a file by a path computed at run time (`open(HERE / path)` with `path` an
argument), which no analysis can follow: so the site carries the folder, less tools'
folders, caches, environments, earlier sites, secrets and `[tool.fragc] exclude`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fragc.analysis import AppAnalysis, analyze_app
from fragc.analysis.app_folder import Globs
from fragc.project import ConfigValue
from tests.compiler.conftest import Analyze

PRIVATE_PEM = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn\n-----END OPENSSH PRIVATE KEY-----\n"
SINGLE_FILE_PAGE = '<!doctype html>\n<html><head><meta name="generator" content="fragc 0.9.0">\n'
PYPROJECT = """
[tool.fragc]
exclude = ["notebooks", "**/*.log", "raw/**"]
include = ["raw/keep.csv", ".data/hidden.json"]
"""

# (path in the app's folder, shipped?)
TREE: list[tuple[str, bool]] = [
    ("data/sales.csv", True),
    ("nested/deep/table.parquet", True),
    ("README.md", True),
    ("pyproject.toml", True),
    ("helper.py", True),  # a module the app does not import: data, as Streamlit sees it
    ("scripts/prepare.py", True),
    ("build/report.csv", True),  # a folder named build, not a site fragc built
    ("page.html", True),
    ("raw/keep.csv", True),  # include wins over exclude
    (".data/hidden.json", True),  # include reaches hidden folders
    (".git/config", False),
    (".venv/lib/site.py", False),
    ("venv/lib/site.py", False),
    ("env/pyvenv.cfg", False),  # a virtual environment, whatever its name
    ("env/lib/site.py", False),
    ("conda/conda-meta/history", False),
    ("conda/lib/site.py", False),
    ("__pycache__/helper.cpython-311.pyc", False),
    ("stray.pyc", False),
    ("node_modules/pkg/index.js", False),
    ("site-packages/pkg/__init__.py", False),
    ("dist/fragc-build.json", False),  # an earlier site
    ("dist/app.zip", False),
    (".dist.fragc-new-x1y2/app.zip", False),  # a build's staging folder
    ("app.html", False),  # the page `fragc build --single-file` wrote here
    (".env", False),
    (".env.example", False),  # hidden files are tools' (include them to ship them)
    (".gitignore", False),
    (".streamlit/secrets.toml", False),
    (".streamlit/config.toml", True),  # st.get_option reads it
    (".ipynb_checkpoints/a.ipynb", False),
    ("id_rsa", False),
    ("notes.txt~", False),
    (".notes.txt.swp", False),
    ("notebooks/a.ipynb", False),  # exclude = ["notebooks"]: the folder and all it holds
    ("x.log", False),  # **/*.log at any depth, the top included
    ("logs/deep/y.log", False),
    ("raw/drop.csv", False),  # raw/**
]


def shipped(analysis: AppAnalysis) -> set[str]:
    root = analysis.app_dir.resolve()
    return {p.relative_to(root).as_posix() for p in analysis.files_to_bundle(root)}


@pytest.fixture
def folder_analysis(app_dir: Path) -> AppAnalysis:
    for relative, _ in TREE:
        path = app_dir / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        text = {"id_rsa": PRIVATE_PEM, "app.html": SINGLE_FILE_PAGE}.get(relative, "x\n")
        path.write_text(PYPROJECT if relative == "pyproject.toml" else text, encoding="utf-8")
    (app_dir / "app.py").write_text("import streamlit as st\nst.write('hi')\n", encoding="utf-8")
    return analyze_app(app_dir / "app.py")


@pytest.mark.parametrize(("relative", "ships"), [pytest.param(*row, id=row[0]) for row in TREE])
def test_what_ships_from_the_app_folder(
    folder_analysis: AppAnalysis, relative: str, ships: bool
) -> None:
    assert (relative in shipped(folder_analysis)) is ships
    assert not [d for d in folder_analysis.diagnostics if d.severity == "error"]


def test_a_read_through_a_variable_path_finds_its_file(analyze: Analyze) -> None:
    # The case of the issue: no literal path, so no diagnostic, and the file must ship.
    analysis = analyze(
        """
        from pathlib import Path
        import streamlit as st
        HERE = Path(__file__).parent
        def load(path="data/sales.csv"):
            return open(HERE / path).read()
        st.write(load())
        """,
        files={"data/sales.csv": "region,total\nnorth,7\n"},
    )
    assert analysis.diagnostics == []
    assert shipped(analysis) == {"app.py", "data/sales.csv"}


def test_links_are_not_followed_out_of_the_app(analyze: Analyze, app_dir: Path) -> None:
    outside = app_dir.parent / "outside"
    (outside / "deep").mkdir(parents=True)
    (outside / "secret.csv").write_text("s", encoding="utf-8")
    (outside / "deep" / "more.csv").write_text("m", encoding="utf-8")
    (app_dir / "data").mkdir()
    (app_dir / "data" / "real.csv").write_text("r", encoding="utf-8")
    (app_dir / "data" / "link.csv").symlink_to(outside / "secret.csv")
    (app_dir / "linked_folder").symlink_to(outside / "deep", target_is_directory=True)
    (app_dir / "loop").symlink_to(app_dir, target_is_directory=True)
    analysis = analyze("print('hi')\n")
    assert shipped(analysis) == {"app.py", "data/real.csv"}


def test_the_folder_being_built_is_left_out(app_dir: Path) -> None:
    # OUTDIR inside the app, before this build has written its marker.
    (app_dir / "out" / "assets").mkdir(parents=True)
    (app_dir / "out" / "assets" / "half-copied.js").write_text("js", encoding="utf-8")
    (app_dir / "app.py").write_text("print('hi')\n", encoding="utf-8")
    assert shipped(analyze_app(app_dir / "app.py", outputs=[app_dir / "out"])) == {"app.py"}
    assert "out/assets/half-copied.js" in shipped(analyze_app(app_dir / "app.py"))


def test_component_frontends_are_not_bundled_twice(analyze: Analyze) -> None:
    analysis = analyze(
        """
        import streamlit.components.v1 as components
        card = components.declare_component("card", path="frontend/build")
        """,
        files={"frontend/build/index.html": "<p>card</p>", "frontend/src/card.ts": "x"},
    )
    assert shipped(analysis) == {"app.py", "frontend/src/card.ts"}
    assert set(analysis.components) == {"frontend/build"}


@pytest.mark.parametrize(
    ("source", "messages"),
    [
        pytest.param(
            'text = open("notebooks/cleaned.csv").read()\n',
            [
                "open() reads notebooks/cleaned.csv, but [tool.fragc] exclude pattern "
                "'notebooks' ({pyproject}:2) leaves out notebooks/cleaned.csv: the read "
                "fails in the browser"
            ],
            id="read-excluded",
        ),
        pytest.param(
            'import pandas as pd\ndf = pd.read_parquet("notebooks/")\n',
            [
                "pd.read_parquet() reads notebooks, but [tool.fragc] exclude pattern "
                "'notebooks' ({pyproject}:2) leaves out notebooks/cleaned.csv (and 1 more): "
                "the read fails in the browser"
            ],
            id="read-excluded-folder",
        ),
        pytest.param(
            "from pathlib import Path\n"
            'p = Path("notebooks/cleaned.csv")\n'
            "text = p.read_text() if p.exists() else ''\n",
            [],
            id="guarded-read-is-quiet",
        ),
        pytest.param('text = open("raw/keep.csv").read()\n', [], id="included-wins"),
    ],
)
def test_reads_of_excluded_files_warn(
    analyze: Analyze, app_dir: Path, source: str, messages: list[str]
) -> None:
    analysis = analyze(
        source,
        files={
            "pyproject.toml": PYPROJECT,
            "notebooks/cleaned.csv": "a\n",
            "notebooks/more.csv": "b\n",
            "raw/keep.csv": "k\n",
        },
    )
    pyproject = app_dir / "pyproject.toml"
    found = [d for d in analysis.diagnostics if d.code == "FRG075"]
    assert [d.message for d in found] == [m.format(pyproject=pyproject) for m in messages]
    assert all(d.severity == "warning" and d.line >= 1 for d in found)
    assert ("notebooks/cleaned.csv" in shipped(analysis)) is False
    assert "raw/keep.csv" in shipped(analysis)


@pytest.mark.parametrize(
    ("pattern", "path", "matches"),
    [
        ("notebooks", "notebooks/a/b.ipynb", True),
        ("notebooks/**", "notebooks/a.ipynb", True),
        ("notebooks", "src/notebooks/a.ipynb", False),  # relative to the app, like include
        ("**/notebooks", "src/notebooks/a.ipynb", True),
        ("*.csv", "a.csv", True),
        ("*.csv", "data/a.csv", False),
        ("**/*.csv", "data/deep/a.csv", True),
        ("data/*.csv", "data/a.csv", True),
        ("data/*.csv", "data/deep/a.csv", False),
        ("data/?.csv", "data/ab.csv", False),
        ("data/[ab].csv", "data/b.csv", True),
        ("Data", "data/a.csv", False),  # case counts, as on the host's file system
    ],
)
def test_exclude_globs(pattern: str, path: str, matches: bool) -> None:
    globs = Globs([ConfigValue(pattern, "pyproject.toml", 1, 1)])
    assert (globs.match(path) is not None) is matches


def test_exclude_never_drops_the_apps_code(analyze: Analyze) -> None:
    analysis = analyze(
        "import helpers\nhelpers.hi()\n",
        files={
            "pyproject.toml": '[tool.fragc]\nexclude = ["*.py"]\n',
            "helpers.py": "def hi(): pass\n",
            "unused.py": "x = 1\n",
        },
    )
    assert shipped(analysis) == {"app.py", "helpers.py", "pyproject.toml"}
