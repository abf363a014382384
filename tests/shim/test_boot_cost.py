"""What the shim imports at boot: every module is paid for in WebAssembly on every visit.

Pyodide loads a set of standard-library modules itself; anything else the shim imports
at module level is loaded (and, for stdlib modules, unmarshalled) before the first run.
Measured in Node-Pyodide 314, the modules below each cost 20-300 ms, so they must be
imported lazily, where the feature that needs them runs. This is the deterministic guard
for the boot budget; bench/ measures the time itself.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

COMPILER = Path(__file__).resolve().parents[2] / "compiler"

SLOW_IN_PYODIDE = [
    "calendar",
    "decimal",
    "difflib",
    "email",
    "fractions",
    "html",
    "http",
    "ipaddress",
    "mimetypes",
    "pickle",
    "platform",
    "secrets",
    "urllib",
    "uuid",
    "zoneinfo",
]


# What Pyodide 314.0.7 has imported itself by the time the worker can run Python
# (`sorted(sys.modules)` right after loadPyodide): free for the shim. Imported first here so
# the guard counts only what the shim adds, whatever this CPython's own import graph is
# (CPython 3.11's pathlib, say, imports urllib.parse; Pyodide has pathlib loaded already).
PRELOADED_BY_PYODIDE = """
    abc ast asyncio atexit base64 binascii bisect bz2 codecs codeop collections contextlib
    contextvars copy copyreg dataclasses dis encodings enum errno fnmatch functools gc
    genericpath glob heapq importlib inspect io itertools json keyword linecache locale
    logging lzma marshal math ntpath opcode operator os pathlib posixpath random re reprlib
    select selectors shutil signal site socket ssl stat string struct subprocess tempfile
    textwrap threading time token tokenize traceback types typing warnings weakref zipfile
    zipimport zlib
""".split()


@pytest.fixture(scope="module")
def imported_at_boot() -> set[str]:
    code = (
        "import sys, json, importlib\n"
        f"for name in {PRELOADED_BY_PYODIDE!r}:\n"
        "    importlib.import_module(name)\n"
        "before = set(sys.modules)\n"
        "import fragc.shim.bridge, fragc.shim.api\n"
        "print(json.dumps(sorted(set(sys.modules) - before)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(COMPILER)},
    ).stdout
    return set(json.loads(out))


@pytest.mark.parametrize("module", SLOW_IN_PYODIDE)
def test_slow_module_is_not_imported_at_boot(imported_at_boot: set[str], module: str) -> None:
    assert module not in imported_at_boot, (
        f"`import fragc.shim.api` imports {module}, which costs boot time in Pyodide: "
        "import it inside the function that needs it"
    )
