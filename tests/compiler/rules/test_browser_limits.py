"""FRG050 (calls a browser cannot run), FRG051 (network calls), FRG052 (sleep loops)."""

from __future__ import annotations

import pytest

from tests.compiler.conftest import Analyze, findings_of

THREAD = "cannot start a thread in the browser: Pyodide runs Python on one thread"
PROCESS = "cannot start a process in the browser"
PROGRAM = "cannot run a program in the browser"

UNSUPPORTED = [
    pytest.param(
        "import threading\nthreading.Thread(target=work).start()",
        [(2, 1, f"threading.Thread() {THREAD}")],
        id="thread",
    ),
    pytest.param(
        "from threading import Timer\nTimer(1, work)",
        [(2, 1, f"threading.Timer() {THREAD}")],
        id="timer-from-import",
    ),
    pytest.param(
        "from concurrent.futures import ThreadPoolExecutor as Pool\nwith Pool() as pool: ...",
        [(2, 6, f"concurrent.futures.ThreadPoolExecutor() {THREAD}")],
        id="thread-pool-alias",
    ),
    pytest.param(
        "import multiprocessing as mp\np = mp.Process(target=work)",
        [(2, 5, f"multiprocessing.Process() {PROCESS}")],
        id="process",
    ),
    pytest.param(
        "import subprocess\nout = subprocess.check_output(['ls'])",
        [(2, 7, f"subprocess.check_output() {PROGRAM}")],
        id="subprocess",
    ),
    pytest.param(
        "import os\nos.system('ls')\nos.execvp('ls', ['ls'])",
        [(2, 1, f"os.system() {PROGRAM}"), (3, 1, f"os.execvp() {PROGRAM}")],
        id="os-programs",
    ),
    pytest.param(
        "import socket\ns = socket.socket()",
        [(2, 5, "socket.socket() cannot open a network socket in the browser")],
        id="socket",
    ),
]


@pytest.mark.parametrize(("source", "expected"), UNSUPPORTED)
def test_unsupported_calls(
    analyze: Analyze, source: str, expected: list[tuple[int, int, str]]
) -> None:
    assert findings_of(analyze, "FRG050")(source) == expected


SUPPORTED = [
    pytest.param(
        "import threading\nlock = threading.Lock()\nlocal = threading.local()", id="locks"
    ),
    pytest.param("import os\npath = os.path.join('a', 'b')\nos.environ.get('X')", id="os-path"),
    pytest.param(
        "class Thread:\n    pass\nThread()\ndef system(x): ...\nsystem('ls')", id="own-names"
    ),
    pytest.param("import asyncio\nasyncio.run(main())", id="asyncio"),
]


@pytest.mark.parametrize("source", SUPPORTED)
def test_supported_calls(analyze: Analyze, source: str) -> None:
    assert findings_of(analyze, "FRG050")(source) == []


NETWORK = (
    "() runs in the visitor's browser: the server must allow CORS, and Python's HTTP "
    "libraries need pyodide-http"
)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        pytest.param(
            "import requests\ndata = requests.get(URL).json()",
            [(2, 8, f"requests.get{NETWORK}")],
            id="requests",
        ),
        pytest.param(
            "from urllib.request import urlopen\nurlopen(URL)",
            [(2, 1, f"urllib.request.urlopen{NETWORK}")],
            id="urllib",
        ),
        pytest.param(
            "import httpx\nwith httpx.Client() as client: ...",
            [(2, 6, f"httpx.Client{NETWORK}")],
            id="httpx",
        ),
    ],
)
def test_network_calls(analyze: Analyze, source: str, expected: list[tuple[int, int, str]]) -> None:
    assert findings_of(analyze, "FRG051")(source) == expected


@pytest.mark.parametrize(
    "source",
    [
        pytest.param("import requests\nrequests.codes.ok", id="no-request-made"),
        pytest.param("from pyodide.http import pyfetch\nawait pyfetch(URL)", id="pyfetch"),
        pytest.param("def get(url): ...\nget(URL)", id="own-get"),
    ],
)
def test_not_network_calls(analyze: Analyze, source: str) -> None:
    assert findings_of(analyze, "FRG051")(source) == []


SLEEP_LOOP = "this `while True` loop sleeps and never ends; the script never finishes"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        pytest.param(
            """
            import time
            import streamlit as st

            placeholder = st.empty()
            while True:
                placeholder.metric("Price", price())
                time.sleep(5)
            """,
            [(5, 1, SLEEP_LOOP)],
            id="classic-refresh-loop",
        ),
        pytest.param(
            """
            from time import sleep

            def poll():
                while 1:
                    for item in items():
                        if item:
                            break
                    sleep(1)
            """,
            [(4, 5, SLEEP_LOOP)],
            id="break-of-inner-loop-does-not-exit",
        ),
    ],
)
def test_sleep_loops(analyze: Analyze, source: str, expected: list[tuple[int, int, str]]) -> None:
    assert findings_of(analyze, "FRG052")(source) == expected


@pytest.mark.parametrize(
    "source",
    [
        pytest.param(
            """
            import time
            while True:
                if done():
                    break
                time.sleep(1)
            """,
            id="loop-with-break",
        ),
        pytest.param(
            """
            import time
            import streamlit as st
            while True:
                time.sleep(1)
                st.rerun()
            """,
            id="loop-ending-in-rerun",
        ),
        pytest.param(
            """
            import time
            while count < 3:
                time.sleep(1)
            while True:
                step()
            """,
            id="bounded-loop-or-no-sleep",
        ),
        pytest.param(
            """
            import time
            def retry():
                while True:
                    try:
                        return fetch()
                    except OSError:
                        time.sleep(1)
            """,
            id="retry-loop-returns",
        ),
        pytest.param(
            """
            import time
            while True:
                def later():
                    time.sleep(1)
                raise SystemExit
            """,
            id="sleep-in-nested-function",
        ),
    ],
)
def test_not_sleep_loops(analyze: Analyze, source: str) -> None:
    assert findings_of(analyze, "FRG052")(source) == []
