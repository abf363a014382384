"""Bad input never gets a traceback from fragc (issue 14.3, issue 17.5).

Each row is an input a tester fed `fragc check` or `fragc build` (issue 14's list,
issue 17's compiler errors), run through the command's own entry point: the outcome
is a diagnostic with its code and location, or a one-line error with exit status 1
or 2, never an exception. The fuzz test (test_fuzz.py) covers what no table lists.
"""

from __future__ import annotations

import os
import re
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from fragc import cli

Prepare = Callable[[Path], None]


@dataclass(frozen=True)
class Case:
    files: dict[str, str | bytes] = field(default_factory=dict)
    argv: tuple[str, ...] = ("check", "app.py")
    exit: int = 1
    output: str = ""  # a regular expression the output must hold
    prepare: Prepare | None = None


def _symlink(target: str, name: str) -> Prepare:
    def prepare(root: Path) -> None:
        os.symlink(target, root / name)

    return prepare


def _shared_module(root: Path) -> None:
    shared = root.parent / "shared"
    shared.mkdir()
    (shared / "helpers.py").write_text("GREETING = 'hi'\n", encoding="utf-8")
    os.symlink(shared / "helpers.py", root / "helpers.py")


ST = "import streamlit as st\n"
LOCATED = r"app\.py:{line}:{col}: {code} "

CASES = {
    # --- code CPython's parser or compiler rejects: FRG001 at its place
    "bytes-not-ascii": Case(
        {"app.py": ST + 'x = b"\xe9"\n'}, output=LOCATED.format(line=2, col=5, code="FRG001")
    ),
    "nonlocal-at-module-level": Case(
        {"app.py": ST + "nonlocal x\n"},
        output=LOCATED.format(line=2, col=1, code="FRG001")
        + "syntax error: nonlocal declaration not allowed at module level",
    ),
    "return-outside-function": Case(
        {"app.py": ST + "x = 1\nreturn x\n"},
        output=LOCATED.format(line=3, col=1, code="FRG001")
        + "syntax error: 'return' outside function",
    ),
    "yield-outside-function": Case(
        {"app.py": ST + "yield 1\n"},
        output=LOCATED.format(line=2, col=1, code="FRG001")
        + "syntax error: 'yield' outside function",
    ),
    "break-outside-loop": Case(
        {"app.py": ST + "if True:\n    break\n"},
        output=LOCATED.format(line=3, col=5, code="FRG001") + "syntax error: 'break' outside loop",
    ),
    "continue-outside-loop": Case(
        {"app.py": ST + "continue\n"}, output=LOCATED.format(line=2, col=1, code="FRG001")
    ),
    "duplicate-argument": Case(
        {"app.py": ST + "def f(a, b, a):\n    pass\n"},
        output=LOCATED.format(line=2, col=13, code="FRG001")
        + "syntax error: duplicate argument 'a' in function definition",
    ),
    "await-outside-async": Case(
        {"app.py": ST + "await st.sleep(1)\n"},
        output=LOCATED.format(line=2, col=1, code="FRG001")
        + "syntax error: 'await' outside function",
    ),
    "late-future-import": Case(
        {"app.py": ST + "from __future__ import annotations\n"},
        output=LOCATED.format(line=2, col=1, code="FRG001"),
    ),
    "global-after-use": Case(
        {"app.py": ST + "def f():\n    x = 1\n    global x\n"},
        output=LOCATED.format(line=4, col=5, code="FRG001"),
    ),
    "non-ascii-column": Case(
        {"app.py": ST + "é = 1; return é\n"}, output=LOCATED.format(line=2, col=8, code="FRG001")
    ),
    "null-byte": Case(
        {"app.py": ST + 'x = "a\x00b"\n'}, output=LOCATED.format(line=1, col=1, code="FRG001")
    ),
    "null-escape-in-strings": Case(
        {"app.py": ST + 'API_KEY = "abc\\x00defghij12345678"\nx = "\\0"\n'}, exit=0
    ),
    "in-module": Case(
        {"app.py": ST + "import helpers\n", "helpers.py": "return 1\n"},
        output=r"helpers\.py:1:1: FRG001 ",
    ),
    # --- valid but deep or odd code: analysed, or bundled unchecked (FRG003), never a crash
    "500-nested-lambdas": Case({"app.py": ST + "f = " + "lambda: " * 500 + "0\n"}, exit=0),
    # Past what CPython's own parser takes (it fails the same way in the browser).
    "5000-nested-lambdas": Case(
        {"app.py": ST + "f = " + "lambda: " * 5000 + "0\n"},
        output=LOCATED.format(line=1, col=1, code="FRG001")
        + "syntax error: the code is nested too deeply",
    ),
    "100000-nested-lists": Case(
        {"app.py": ST + "x = " + "[" * 100_000 + "]" * 100_000 + "\n"},
        output=LOCATED.format(line=2, col=r"\d+", code="FRG001")
        + "syntax error: too many nested parentheses",
    ),
    "dotted-import-3000-deep": Case(
        {"app.py": ST + "import " + ".".join(["a"] * 3000) + "\n"}, output=r"FRG060"
    ),
    "import-name-too-long": Case({"app.py": ST + "import " + "a" * 5000 + "\n"}, output=r"FRG060"),
    "data-path-too-long": Case(
        {"app.py": ST + 'open("' + "a" * 5000 + '").read()\n'},
        output=LOCATED.format(line=2, col=1, code="FRG070") + ".*File name too long",
    ),
    "run-every-string-of-digits": Case(
        {"app.py": ST + '@st.fragment(run_every="' + "1" * 400 + 's")\ndef f(): ...\n'},
        output=LOCATED.format(line=2, col=24, code="FRG010"),
    ),
    "long-string-before-a-url": Case(
        {"app.py": ST + 'x = "' + "a" * 200_000 + '://u:p4ss@h"\n'},
        exit=0,
        output=LOCATED.format(line=2, col=5, code="FRG041")
        + "this string looks like a URL with a password",
    ),
    # --- [tool.fragc], requirements and PEP 723: FRG066 / FRG064 at their place
    "tool-fragc-is-an-int": Case(
        {"app.py": ST, "pyproject.toml": "[tool]\nfragc = 3\n"},
        output=r"pyproject\.toml:1:1: FRG066 tool\.fragc must be a table",
    ),
    "tool-is-a-string": Case(
        {"app.py": ST, "pyproject.toml": 'tool = "fragc"\n'},
        output=r"pyproject\.toml:1:1: FRG066 tool must be a table",
    ),
    "bad-include-glob": Case(
        {"app.py": ST, "pyproject.toml": '[tool.fragc]\ninclude = ["data/**.csv"]\n'},
        output=r"pyproject\.toml:2:12: FRG066 include pattern 'data/\*\*\.csv' uses \*\* inside a name",
    ),
    "toml-nested-deeply": Case(
        {"app.py": ST, "pyproject.toml": "a = " + "[" * 30_000 + "]" * 30_000 + "\n"},
        output=r"pyproject\.toml:1:1: FRG066 .* nests too deeply",
    ),
    "pep723-nested-deeply": Case(
        {"app.py": "# /// script\n# a = " + "[" * 5000 + "]" * 5000 + "\n# ///\n" + ST},
        output=LOCATED.format(line=1, col=1, code="FRG064")
        + "the `# /// script` block nests too deeply",
    ),
    "pep723-16000-unclosed-openers": Case({"app.py": "# /// script\n" * 16_000 + ST}, exit=0),
    "requirement-too-long": Case(
        {"app.py": ST, "requirements.txt": "a" * 200_000 + "\n"},
        output=r"requirements\.txt:1:1: FRG064 this requirement is 200,000 characters long",
    ),
    "requirement-markers-nested": Case(
        {
            "app.py": ST,
            "requirements.txt": "a; " + "(" * 1900 + "python_version>'3'" + ")" * 1900 + "\n",
        },
        output=r"requirements\.txt:1:1: FRG064 .*markers nest too deeply",
    ),
    "requirements-not-utf8": Case(
        {"app.py": ST, "requirements.txt": b"\xff\xfe\x00a\n"},
        output=r"requirements\.txt:1:1: FRG064 cannot read",
    ),
    # --- the file system: a one-line error, exit 1 (the app or OUTDIR) or 2 (usage)
    "outdir-parent-is-a-file": Case(
        {"app.py": ST, "a-file": "x"},
        argv=("build", "app.py", "-o", "a-file/site"),
        output=r"^fragc: error: cannot use .*a-file/site as the output directory: .*a-file is a file, not a folder",
    ),
    "outdir-name-too-long": Case(
        {"app.py": ST},
        argv=("build", "app.py", "-o", "x" * 300),
        output=r"^fragc: error: cannot use .* as the output directory: File name too long",
    ),
    "app-name-too-long": Case(
        {},
        argv=("check", "y" * 300 + ".py"),
        exit=2,
        output=r"^fragc: error: y+\.py: File name too long$",
    ),
    "app-dangling-symlink": Case(
        {},
        exit=2,
        output=r"^fragc: error: app\.py: no such file",
        prepare=_symlink("/nonexistent/app.py", "app.py"),
    ),
    "module-dangling-symlink": Case(
        {"app.py": ST + "import helpers\n"},
        output=LOCATED.format(line=2, col=1, code="FRG060"),
        prepare=_symlink("/nonexistent/h.py", "helpers.py"),
    ),
    "data-dangling-symlink": Case(
        {"app.py": ST + "open('data.csv').read()\n"},
        output=LOCATED.format(line=2, col=1, code="FRG071") + r"open\(\) reads data\.csv, outside",
        prepare=_symlink("/nonexistent/d.csv", "data.csv"),
    ),
    "app-name-not-utf8": Case(
        {os.fsdecode(b"\xff.py"): ST},
        argv=("check", os.fsdecode(b"\xff.py")),
        exit=2,
        output=r"^fragc: error: .*\.py: the file name is not valid UTF-8",
    ),
    "serve-port-out-of-range": Case(
        {"out/index.html": ""},
        argv=("serve", "out", "--port", "99999"),
        exit=2,
        output=r"error: argument --port: 99999 is not a port \(0-65535\)",
    ),
}


def _expected_output(case: Case) -> re.Pattern[str]:
    return re.compile(case.output, re.MULTILINE)


@pytest.mark.parametrize("case", [pytest.param(c, id=name) for name, c in CASES.items()])
def test_bad_input_is_a_diagnostic_or_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], case: Case
) -> None:
    root = tmp_path / "app"
    root.mkdir()
    for name, content in case.files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    if case.prepare is not None:
        case.prepare(root)
    monkeypatch.chdir(root)
    started = time.perf_counter()
    try:
        code = cli.main(list(case.argv))  # any other exception is what this test looks for
    except SystemExit as usage:  # argparse's own usage errors
        code = int(usage.code or 0)
    elapsed = time.perf_counter() - started
    out = capsys.readouterr()
    text = out.out + out.err
    assert code == case.exit, text[-2000:]
    assert _expected_output(case).search(text), text[-2000:]
    assert elapsed < 30, f"took {elapsed:.0f} s"
    if code == 1 and "error:" in text and "FRG" not in text:
        assert len([line for line in text.splitlines() if line.startswith("fragc: error")]) == 1


def test_a_module_symlinked_from_outside_passes_check_and_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "app"
    root.mkdir()
    (root / "app.py").write_text(ST + "import helpers\nst.write(helpers.GREETING)\n", "utf-8")
    _shared_module(root)
    monkeypatch.chdir(root)
    assert cli.main(["check", "app.py"]) == 0, capsys.readouterr().err
    assert cli.main(["build", "app.py", "-o", str(tmp_path / "site")]) == 0, capsys.readouterr().err
    (bundle_path,) = (tmp_path / "site").glob("app.*.zip")  # content-hashed name
    with zipfile.ZipFile(bundle_path) as bundle:
        assert bundle.read("app/helpers.py") == b"GREETING = 'hi'\n"
