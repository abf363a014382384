"""Which top-level module names Pyodide's Python provides without any package.

fragc runs on CPython 3.11 or later but the site runs Pyodide's Python 3.14, so the
standard library is the one of 3.14 *as Pyodide ships it*: ``sys.stdlib_module_names``
of the running interpreter, adjusted by the documented deltas below, minus what
Pyodide leaves out (no terminal, no GUI, no venv in a browser). Pyodide also moved
a few former stdlib modules into packages of its lock (``audioop`` is ``audioop-lts``,
``pydoc_data`` is ``pydoc-data``); the resolver asks the lock before this module, so
they resolve to those packages.

``tests/packages/test_stdlib.py`` checks every pure-Python name here against the
``python_stdlib.zip`` of the Pyodide fragc ships, so a Pyodide upgrade that changes
the list fails a test instead of a user's page.
"""

from __future__ import annotations

import sys

# Added to the standard library after 3.11 (public and private top-level names).
ADDED_AFTER_311 = frozenset(
    {
        # 3.12
        "_pydatetime",
        "_pylong",
        "_wmi",
        # 3.13
        "_colorize",
        "_interpchannels",
        "_interpqueues",
        "_interpreters",
        "_opcode_metadata",
        "_pyrepl",
        "_suggestions",
        "_sysconfig",
        # 3.14
        "annotationlib",
        "compression",
        "_hmac",
        "_py_warnings",
        "_remote_debugging",
        "_types",
        "_zstd",
    }
)

# Removed from the standard library by 3.14 (PEP 594 "dead batteries" in 3.13,
# distutils/imp/asyncore/asynchat/smtpd in 3.12).
REMOVED_BY_314 = frozenset(
    {
        "aifc",
        "asynchat",
        "asyncore",
        "audioop",
        "_compression",  # 3.14: compression._common
        "cgi",
        "cgitb",
        "chunk",
        "crypt",
        "_crypt",
        "distutils",
        "imghdr",
        "imp",
        "lib2to3",
        "mailcap",
        "msilib",
        "_msi",
        "nis",
        "nntplib",
        "ossaudiodev",
        "pipes",
        "smtpd",
        "sndhdr",
        "spwd",
        "sunau",
        "telnetlib",
        "uu",
        "xdrlib",
    }
)

# In CPython's standard library but not in Pyodide's, with the reason a user reads.
NOT_IN_PYODIDE: dict[str, str] = {
    **dict.fromkeys(
        ("tkinter", "_tkinter", "turtle", "turtledemo", "idlelib"),
        "a desktop GUI toolkit; the browser page is the app's only display",
    ),
    **dict.fromkeys(
        ("curses", "_curses", "_curses_panel", "readline"),
        "a terminal library; the browser has no terminal",
    ),
    **dict.fromkeys(
        ("venv", "ensurepip"),
        "it manages Python installations; Pyodide installs packages from the site instead",
    ),
    **dict.fromkeys(
        ("dbm", "_dbm", "_gdbm"),
        "Pyodide is built without the dbm databases; use sqlite3 or json files",
    ),
    "_pydecimal": "Pyodide ships only the C implementation; import decimal instead",
    **dict.fromkeys(
        ("_aix_support", "_osx_support", "_bootsubprocess"),
        "an internal helper of CPython's own build",
    ),
    **dict.fromkeys(
        ("msvcrt", "winreg", "winsound", "_winapi", "nt", "_overlapped", "_wmi"),
        "it exists only on Windows",
    ),
}

# Former stdlib modules Pyodide ships as packages of its lock (resolved there).
IN_PYODIDE_LOCK = frozenset({"pydoc_data"})

# Modules Pyodide itself puts on sys.path (not in any package of its lock).
PYODIDE_RUNTIME = frozenset({"js", "pyodide", "pyodide_js", "_pyodide"})

STDLIB_MODULES: frozenset[str] = frozenset(
    (set(sys.stdlib_module_names) | ADDED_AFTER_311)
    - REMOVED_BY_314
    - set(NOT_IN_PYODIDE)
    - IN_PYODIDE_LOCK
)


def is_stdlib(top_level: str) -> bool:
    """True when ``import <top_level>`` works in Pyodide with no package loaded."""
    return top_level in STDLIB_MODULES or top_level in PYODIDE_RUNTIME


def missing_from_pyodide(top_level: str) -> str | None:
    """Why a CPython stdlib module cannot be imported in Pyodide (None when it can)."""
    if top_level in NOT_IN_PYODIDE:
        return NOT_IN_PYODIDE[top_level]
    if top_level in REMOVED_BY_314:
        return "it was removed from the standard library before 3.14, the Python Pyodide runs"
    return None
