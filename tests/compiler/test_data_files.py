"""Data files (issue 5, item 5): reads through literal paths are found, checked and bundled."""

from __future__ import annotations

from pathlib import Path

import pytest

from fragc.analysis import AppAnalysis
from tests.compiler.conftest import Analyze

HEADER = "import json, csv, io, os, os.path, sqlite3\nfrom pathlib import Path\nimport pandas as pd\nimport numpy as np\nimport streamlit as st\nfrom PIL import Image\n"
FIRST = HEADER.count("\n") + 1  # the line of the case's first statement

Ref = tuple[str, int, int, bool]  # path, line, col, guarded


def refs(analysis: AppAnalysis) -> list[Ref]:
    return [
        (ref.path, ref.line, ref.col, ref.guarded)
        for file in analysis.files
        for ref in file.data_files
    ]


MATCH = [
    pytest.param('open("data.csv")', [("data.csv", 0, 1, False)], id="open"),
    pytest.param('f = open("data.csv", "rb")', [("data.csv", 0, 5, False)], id="open-rb"),
    pytest.param('open("d.txt", mode="r+")', [("d.txt", 0, 1, False)], id="open-read-write"),
    pytest.param('open(file="k.txt")', [("k.txt", 0, 1, False)], id="open-keyword"),
    pytest.param('io.open("a.txt")', [("a.txt", 0, 1, False)], id="io-open"),
    pytest.param(
        'rows = list(csv.reader(open("./data/rows.csv")))',
        [("data/rows.csv", 0, 24, False)],
        id="csv-reader-normalised",
    ),
    pytest.param('cfg = json.load(open("cfg.json"))', [("cfg.json", 0, 17, False)], id="json-load"),
    pytest.param('Path("x.json").read_text()', [("x.json", 0, 1, False)], id="path-read-text"),
    pytest.param('Path("x.bin").read_bytes()', [("x.bin", 0, 1, False)], id="path-read-bytes"),
    pytest.param('with Path("x.txt").open() as f: ...', [("x.txt", 0, 6, False)], id="path-open"),
    pytest.param(
        'Path("data", "x.csv").read_text()', [("data/x.csv", 0, 1, False)], id="path-parts"
    ),
    pytest.param(
        '(Path("data") / "sub" / "x.csv").read_text()',
        [("data/sub/x.csv", 0, 1, False)],
        id="path-division",
    ),
    pytest.param(
        'open(Path(__file__).parent / "x.csv")', [("x.csv", 0, 1, False)], id="dunder-file-parent"
    ),
    pytest.param(
        'Path(__file__).resolve().parent.joinpath("d", "x.csv").read_text()',
        [("d/x.csv", 0, 1, False)],
        id="dunder-file-joinpath",
    ),
    pytest.param(
        'Path(__file__).with_name("x.toml").read_text()',
        [("x.toml", 0, 1, False)],
        id="dunder-file-with-name",
    ),
    pytest.param(
        'open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "x.csv"))',
        [("data/x.csv", 0, 1, False)],
        id="os-path-join-dirname",
    ),
    pytest.param(
        'HERE = Path(__file__).parent\nDATA = HERE / "sales.csv"\ndf = pd.read_csv(DATA)',
        [("sales.csv", 2, 6, False)],
        id="names-assigned-once",
    ),
    pytest.param('df = pd.read_csv("sales.csv")', [("sales.csv", 0, 6, False)], id="read-csv"),
    pytest.param(
        'pd.read_csv(filepath_or_buffer="s.csv", sep=";")',
        [("s.csv", 0, 1, False)],
        id="read-csv-keyword",
    ),
    pytest.param('pd.read_json("x.json")', [("x.json", 0, 1, False)], id="read-json"),
    pytest.param('pd.read_parquet("x.parquet")', [("x.parquet", 0, 1, False)], id="read-parquet"),
    pytest.param('pd.read_excel("x.xlsx")', [("x.xlsx", 0, 1, False)], id="read-excel"),
    pytest.param('np.loadtxt("m.txt")', [("m.txt", 0, 1, False)], id="numpy-loadtxt"),
    pytest.param('Image.open("pic.png")', [("pic.png", 0, 1, False)], id="pil-image-open"),
    pytest.param('st.image("logo.png")', [("logo.png", 0, 1, False)], id="st-image"),
    pytest.param(
        'st.sidebar.image(["a.png", "b.png"])',
        [("a.png", 0, 1, False), ("b.png", 0, 1, False)],
        id="st-image-list-in-sidebar",
    ),
    pytest.param('st.audio("a.mp3")', [("a.mp3", 0, 1, False)], id="st-audio"),
    pytest.param(
        'def load():\n    return open("inside.txt").read()',
        [("inside.txt", 1, 12, False)],
        id="inside-a-function",
    ),
    pytest.param(
        'try:\n    open("opt.txt")\nexcept FileNotFoundError:\n    pass',
        [("opt.txt", 1, 5, True)],
        id="guarded-by-except",
    ),
    pytest.param(
        'if Path("opt.txt").exists():\n    Path("opt.txt").read_text()',
        [("opt.txt", 1, 5, True)],
        id="guarded-by-exists",
    ),
    pytest.param('sqlite3.connect("app.db")', [("app.db", 0, 1, True)], id="sqlite-optional"),
]


@pytest.mark.parametrize(("source", "expected"), MATCH)
def test_reads_by_literal_paths_are_found(
    analyze: Analyze, source: str, expected: list[Ref]
) -> None:
    found = refs(analyze(HEADER + source))
    assert found == [(path, FIRST + line, col, guarded) for path, line, col, guarded in expected]


NO_MATCH = [
    pytest.param('open("out.txt", "w")', id="write-mode"),
    pytest.param('open("log.txt", "a")', id="append-mode"),
    pytest.param('open("new.txt", mode="x")', id="exclusive-create"),
    pytest.param('Path("out.txt").write_text("x")', id="path-write"),
    pytest.param('Path("out.txt").open("w")', id="path-open-write"),
    pytest.param('open("x.txt", mode)', id="mode-at-run-time"),
    pytest.param('name = "a"\nopen(f"{name}.csv")', id="f-string"),
    pytest.param('open("data" + suffix)', id="concatenation"),
    pytest.param("def load(path):\n    return open(path)", id="parameter"),
    pytest.param('p = "a.csv"\np = "b.csv"\nopen(p)', id="assigned-twice"),
    pytest.param('pd.read_csv("https://example.com/data.csv")', id="url"),
    pytest.param('st.image("https://example.com/logo.png")', id="image-url"),
    pytest.param("pd.read_json('{\"a\": 1}')", id="json-content"),
    pytest.param('sqlite3.connect(":memory:")', id="in-memory-db"),
    pytest.param('st.write("data.csv")', id="not-a-reader"),
    pytest.param('open("~/notes.txt")', id="home-dir"),
    pytest.param('def open(x): ...\nopen("shadowed.txt")', id="shadowed-open"),
    pytest.param('"x.txt".read_text()', id="not-a-path-object"),
    pytest.param("st.image(buffer)", id="image-object"),
    pytest.param("open(*args)", id="star-args"),
]


@pytest.mark.parametrize("source", NO_MATCH)
def test_paths_not_certain_are_left_alone(analyze: Analyze, source: str) -> None:
    assert refs(analyze(HEADER + source)) == []


def test_module_reads_are_relative_to_the_app_or_the_module(analyze: Analyze) -> None:
    analysis = analyze(
        "import pkg.loader\n",
        files={
            "pkg/__init__.py": "",
            "pkg/loader.py": """
                from pathlib import Path
                A = open("top.txt")
                B = (Path(__file__).parent / "near.txt").read_text()
            """,
        },
    )
    assert refs(analysis) == [("top.txt", 2, 5, False), ("pkg/near.txt", 3, 5, False)]


def codes(analysis: AppAnalysis) -> list[tuple[str, str, int, int]]:
    return [
        (d.code, Path(d.file).name, d.line, d.col)
        for d in analysis.diagnostics
        if d.code.startswith("FRG07") or d.code == "FRG066"
    ]


def bundled(analysis: AppAnalysis) -> list[str]:
    return [path.relative_to(analysis.app_dir.resolve()).as_posix() for path in analysis.data_files]


def test_existing_files_are_bundled_and_missing_ones_are_errors(analyze: Analyze) -> None:
    analysis = analyze(
        """
        import pandas as pd
        rows = open("data.csv").read()
        df = pd.read_csv("missing.csv")
        pics = open("img/a.png", "rb")
        try:
            extra = open("optional.txt").read()
        except OSError:
            extra = ""
        """,
        files={"data.csv": "a,b\n", "img/a.png": "png"},
    )
    assert codes(analysis) == [("FRG070", "app.py", 3, 6)]
    (missing,) = [d for d in analysis.diagnostics if d.code == "FRG070"]
    assert missing.severity == "error"
    assert missing.message.startswith("pd.read_csv() reads missing.csv, which does not exist")
    assert bundled(analysis) == ["data.csv", "img/a.png"]


def test_a_read_directory_is_bundled_whole(analyze: Analyze) -> None:
    analysis = analyze(
        'import pandas as pd\ndf = pd.read_parquet("table/")\n',
        files={"table/part-0.parquet": "0", "table/part-1.parquet": "1"},
    )
    assert codes(analysis) == []
    assert bundled(analysis) == ["table/part-0.parquet", "table/part-1.parquet"]


@pytest.mark.parametrize(
    "path",
    [pytest.param("/etc/hostname", id="absolute"), pytest.param("../secret.txt", id="climbs-out")],
)
def test_files_outside_the_app_are_errors(analyze: Analyze, app_dir: Path, path: str) -> None:
    (app_dir.parent / "secret.txt").write_text("s", encoding="utf-8")
    analysis = analyze(f"text = open({path!r}).read()\n")
    assert codes(analysis) == [("FRG071", "app.py", 1, 8)]
    assert bundled(analysis) == []


PYPROJECT_INCLUDE = """
[project]
name = "demo"

[tool.fragc]
include = ["data/*.csv", "assets/**/*.svg", "nothing/*.txt"]
"""


def test_include_globs_add_files_and_warn_when_empty(analyze: Analyze) -> None:
    analysis = analyze(
        "print('hi')\n",
        files={
            "pyproject.toml": PYPROJECT_INCLUDE,
            "data/a.csv": "1",
            "data/b.csv": "2",
            "data/skip.json": "{}",
            "assets/icons/x.svg": "<svg/>",
        },
    )
    # Line 5 is the include line, column 45 the quote of the pattern that matched nothing.
    assert codes(analysis) == [("FRG072", "pyproject.toml", 5, 45)]
    warning = next(d for d in analysis.diagnostics if d.code == "FRG072")
    assert warning.severity == "warning"
    assert bundled(analysis) == ["assets/icons/x.svg", "data/a.csv", "data/b.csv"]


@pytest.mark.parametrize(
    ("pyproject", "line"),
    [
        pytest.param('[tool.fragc]\ninclude = "data/*.csv"\n', 2, id="include-not-a-list"),
        pytest.param("[tool.fragc]\nrequirements = [1, 2]\n", 2, id="requirements-not-strings"),
        pytest.param("[tool.fragc\ninclude = []\n", 1, id="not-toml"),
        pytest.param("tool = 3\n", 1, id="tool-is-an-int"),
        pytest.param('# settings\ntool = "fragc"\n', 2, id="tool-is-a-string"),
        pytest.param("[tool]\nfragc = 3\n", 1, id="fragc-is-an-int"),
        pytest.param("[tool]\nfragc = ['a']\n", 1, id="fragc-is-a-list"),
        pytest.param("a = " + "[" * 30000 + "]" * 30000 + "\n", 1, id="arrays-nested-deeply"),
        pytest.param(
            "a = " + "{b=" * 30000 + "1" + "}" * 30000 + "\n", 1, id="tables-nested-deeply"
        ),
        pytest.param('[tool.fragc]\ninclude = ["data/**.csv"]\n', 2, id="glob-starstar-in-name"),
        pytest.param('[tool.fragc]\ninclude = ["."]\n', 2, id="glob-the-folder"),
        pytest.param('[tool.fragc]\ninclude = ["../*.csv"]\n', 2, id="glob-climbs-out"),
        pytest.param('[tool.fragc]\ninclude = ["/etc/*"]\n', 2, id="glob-absolute"),
        pytest.param('[tool.fragc]\ninclude = [""]\n', 2, id="glob-empty"),
        pytest.param('[tool.fragc]\ninclude = ["data/**"]\n', 2, id="glob-folders-only"),
        pytest.param('[tool.fragc]\ninclude = ["a\\u0000b"]\n', 2, id="glob-nul"),
        pytest.param('[tool.fragc]\nexclude = "notebooks"\n', 2, id="exclude-not-a-list"),
        pytest.param('[tool.fragc]\nexclude = ["../*.csv"]\n', 2, id="exclude-climbs-out"),
        pytest.param('[tool.fragc]\nexclude = ["/tmp"]\n', 2, id="exclude-absolute"),
        pytest.param('[tool.fragc]\nexclude = ["a/**b"]\n', 2, id="exclude-starstar-in-name"),
        pytest.param('[tool.fragc]\nexclude = ["."]\n', 2, id="exclude-the-folder"),
    ],
)
def test_bad_fragc_config_is_an_error(analyze: Analyze, pyproject: str, line: int) -> None:
    analysis = analyze("print('hi')\n", files={"pyproject.toml": pyproject})
    assert [(code, file, found_line) for code, file, found_line, _ in codes(analysis)] == [
        ("FRG066", "pyproject.toml", line)
    ]


def test_exclude_may_name_folders(analyze: Analyze) -> None:
    # Unlike include (files to add), exclude = ["data/**"] means what the folder holds.
    analysis = analyze(
        "print('hi')\n",
        files={"pyproject.toml": '[tool.fragc]\nexclude = ["data/**"]\n', "data/a.csv": "1"},
    )
    assert codes(analysis) == []
    assert [p.name for p in analysis.folder_files] == ["app.py", "pyproject.toml"]
