"""Reading declared requirements: requirements.txt, PEP 723, [tool.fragc] (issue 5, item 4)."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from fragc.packages.requirements import declared_requirements, pep723_blocks
from fragc.project import load_project

Read = tuple[str, str, int, int, tuple[str, ...]]  # requirement, file name, line, col, hashes


def read(
    app_dir: Path, files: dict[str, str], script: str = ""
) -> tuple[list[Read], list[str], list[tuple[str, int]]]:
    for name, text in files.items():
        (app_dir / name).parent.mkdir(parents=True, exist_ok=True)
        (app_dir / name).write_text(text, encoding="utf-8")
    found = declared_requirements(app_dir, script, str(app_dir / "app.py"), load_project(app_dir))
    reads = [
        (str(d.requirement), Path(d.file).name, d.line, d.col, d.hashes) for d in found.requirements
    ]
    problems = [(d.code, d.line) for d in found.diagnostics]
    return reads, found.pip_options, problems


TXT = [
    pytest.param("tabulate\n", [("tabulate", 1, 1, ())], id="name"),
    pytest.param(
        "# pinned\ntabulate==0.9.0  # why\n\nsix>=1.16\n",
        [("tabulate==0.9.0", 2, 1, ()), ("six>=1.16", 4, 1, ())],
        id="comments-and-blank-lines",
    ),
    pytest.param(
        'pywin32; sys_platform == "win32"\n',
        [('pywin32; sys_platform == "win32"', 1, 1, ())],
        id="marker-keeps-quotes",
    ),
    pytest.param(
        "requests[socks]>=2 ; python_version >= '3.8'\n",
        [('requests[socks]>=2; python_version >= "3.8"', 1, 1, ())],
        id="extras-and-marker",
    ),
    pytest.param(
        "tabulate==0.9.0 \\\n    --hash=sha256:ABCDEF01 \\\n    --hash=sha256:02\nsix\n",
        [("tabulate==0.9.0", 1, 1, ("abcdef01", "02")), ("six", 4, 1, ())],
        id="hashes-over-continuations",
    ),
    pytest.param("  indented==1.0\n", [("indented==1.0", 1, 3, ())], id="column-of-indented-line"),
    pytest.param(
        "mylib @ https://example.org/mylib-1.0-py3-none-any.whl\n",
        [("mylib @ https://example.org/mylib-1.0-py3-none-any.whl", 1, 1, ())],
        id="url-requirement",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TXT)
def test_requirements_txt(
    tmp_path: Path, text: str, expected: list[tuple[str, int, int, tuple[str, ...]]]
) -> None:
    reads, _, problems = read(tmp_path, {"requirements.txt": text})
    assert problems == []
    assert reads == [
        (req, "requirements.txt", line, col, hashes) for req, line, col, hashes in expected
    ]


def test_included_files_are_relative_to_the_including_file(tmp_path: Path) -> None:
    reads, _, problems = read(
        tmp_path,
        {
            "requirements.txt": "-r reqs/base.txt\nsix\n",
            "reqs/base.txt": "--requirement=more.txt\ntabulate\n",
            "reqs/more.txt": "pyyaml\n",
        },
    )
    assert problems == []
    assert [(r[0], r[1], r[2]) for r in reads] == [
        ("pyyaml", "more.txt", 1),
        ("tabulate", "base.txt", 2),
        ("six", "requirements.txt", 2),
    ]


def test_index_options_are_collected_for_pip(tmp_path: Path) -> None:
    _, options, problems = read(
        tmp_path,
        {
            "requirements.txt": "-i https://a.example/simple\n--extra-index-url=https://b.example/simple\n"
            "--find-links ./wheels\n--pre\nsix\n"
        },
    )
    assert problems == []
    assert options == [
        "--index-url",
        "https://a.example/simple",
        "--extra-index-url",
        "https://b.example/simple",
        "--find-links",
        "./wheels",
        "--pre",
    ]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        pytest.param("-e ./mylib\n", 1, id="editable"),
        pytest.param("six\n./local/path\n", 2, id="bare-path"),
        pytest.param("tabulate >= >= 1\n", 1, id="bad-specifier"),
        pytest.param("-r nothere.txt\n", 1, id="missing-include"),
        pytest.param("-c constraints.txt\n", 1, id="constraints-unsupported"),
        pytest.param("six --hash=md5:abc\n", 1, id="non-sha256-hash"),
    ],
)
def test_bad_requirement_lines(tmp_path: Path, text: str, line: int) -> None:
    _, _, problems = read(tmp_path, {"requirements.txt": text})
    assert problems == [("FRG064", line)]


PEP723_SCRIPT = '''\
"""An app."""
# /// script
# requires-python = ">=3.11"
# dependencies = [
#   "tabulate==0.9.0",
#   'six',
# ]
# ///
import tabulate
'''


def test_pep_723(tmp_path: Path) -> None:
    reads, _, problems = read(tmp_path, {}, script=PEP723_SCRIPT)
    assert problems == []
    assert reads == [("tabulate==0.9.0", "app.py", 5, 5, ()), ("six", "app.py", 6, 5, ())]


@pytest.mark.parametrize(
    ("script", "line"),
    [
        pytest.param("# /// script\n# dependencies = [\n# ///\n", 1, id="not-toml"),
        pytest.param('# /// script\n# dependencies = "six"\n# ///\n', 1, id="not-a-list"),
        pytest.param(
            'x = 1\n# /// script\n# dependencies = ["not valid!"]\n# ///\n', 3, id="bad-entry"
        ),
    ],
)
def test_bad_pep_723(tmp_path: Path, script: str, line: int) -> None:
    _, _, problems = read(tmp_path, {}, script=script)
    assert problems == [("FRG064", line)]


def test_other_blocks_are_not_script_metadata(tmp_path: Path) -> None:
    reads, _, problems = read(
        tmp_path, {}, script='# /// pyproject\n# dependencies = ["six"]\n# ///\n'
    )
    assert (reads, problems) == ([], [])


def test_tool_fragc(tmp_path: Path) -> None:
    reads, _, problems = read(
        tmp_path,
        {
            "pyproject.toml": '[project]\nname = "x"\ndependencies = ["ignored"]\n\n'
            '[tool.fragc]\nrequirements = [\n  "tabulate==0.9.0",\n  "six",\n]\n'
        },
    )
    assert problems == []
    assert reads == [
        ("tabulate==0.9.0", "pyproject.toml", 7, 3, ()),
        ("six", "pyproject.toml", 8, 3, ()),
    ]


def test_all_sources_add_up(tmp_path: Path) -> None:
    reads, _, _ = read(
        tmp_path,
        {
            "requirements.txt": "a\n",
            "pyproject.toml": '[tool.fragc]\nrequirements = ["c"]\n',
        },
        script='# /// script\n# dependencies = ["b"]\n# ///\n',
    )
    assert [r[0] for r in reads] == ["a", "b", "c"]


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        pytest.param("# /// script\n# x = 1\n# ///\n", [("script", 1, 3, "x = 1\n")], id="one"),
        pytest.param(
            "# /// script\r\n# x = 1\r\n#\r\n# ///\r\n",
            [("script", 1, 4, "x = 1\n\n")],
            id="crlf",
        ),
        pytest.param(
            "# /// script\n# a\n# ///\n# b\n# ///\nc = 1\n",
            [("script", 1, 5, "a\n///\nb\n")],
            id="last-closer-of-the-comment-run",
        ),
        pytest.param("# /// script\n# a\nx = 1\n# ///\n", [], id="closer-after-code"),
        pytest.param("# /// script\n# a\n", [], id="never-closed"),
        pytest.param("#/// script\n# ///\n", [], id="opener-needs-a-space"),
        pytest.param(
            "# /// script\n# ///\n# /// other\n# y\n# ///\n",
            [("script", 1, 5, "///\n/// other\ny\n")],
            id="greedy-as-the-reference-regex",
        ),
        pytest.param(
            "# /// script\n# x\n# ///\n\n# /// tool\n# y\n# ///\n",
            [("script", 1, 3, "x\n"), ("tool", 5, 7, "y\n")],
            id="two-blocks",
        ),
        pytest.param(
            "# /// script\n# ///\n\nx = 1\n", [], id="empty-block-is-none-as-in-the-regex"
        ),
    ],
)
def test_pep_723_blocks_as_the_reference_regex(
    script: str, expected: list[tuple[str, int, int, str]]
) -> None:
    assert pep723_blocks(script) == expected
    reference = re.compile(
        r"(?m)^# /// (?P<type>[a-zA-Z0-9-]+)$\s(?P<content>(^#(| .*)$\s)+)^# ///$"
    )
    normalised = script.replace("\r\n", "\n")
    assert [m.group("type") for m in reference.finditer(normalised)] == [b[0] for b in expected]


@pytest.mark.parametrize(
    "script",
    [
        pytest.param("# /// script\n# x\n" * 20_000, id="openers-never-closed"),
        pytest.param("# /// script\n" + "# x\n" * 50_000, id="one-long-unclosed-block"),
        pytest.param("# /// script\n" * 50_000, id="only-openers"),
    ],
)
def test_pep_723_scan_is_linear(script: str) -> None:
    # The reference regex takes about a minute on each of these; one pass takes milliseconds.
    started = time.perf_counter()
    assert pep723_blocks(script) == []
    assert time.perf_counter() - started < 2


@pytest.mark.parametrize(
    ("files", "script", "message"),
    [
        pytest.param(
            {"requirements.txt": "a" * 200_000 + "\n"},
            "",
            "this requirement is 200,000 characters long; fragc reads requirements of up to 4,000",
            id="line-too-long",
        ),
        pytest.param(
            {"requirements.txt": "a; " + "(" * 1900 + "python_version>'3'" + ")" * 1900 + "\n"},
            "",
            "is not a valid requirement: its markers nest too deeply",
            id="markers-nested-deeply",
        ),
        pytest.param(
            {},
            "# /// script\n# a = " + "[" * 5000 + "]" * 5000 + "\n# ///\n",
            "the `# /// script` block nests too deeply for fragc's TOML reader",
            id="pep723-nested-deeply",
        ),
        pytest.param(
            {"requirements.txt": "-r " + "x" * 5000 + "\n"},
            "",
            ": no such file",
            id="include-name-too-long",
        ),
    ],
)
def test_absurd_requirements_are_diagnostics(
    tmp_path: Path, files: dict[str, str], script: str, message: str
) -> None:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    found = declared_requirements(tmp_path, script, "app.py", load_project(tmp_path))
    assert [d.code for d in found.diagnostics] == ["FRG064"]
    assert message in found.diagnostics[0].message
