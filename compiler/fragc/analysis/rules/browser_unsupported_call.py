"""FRG050: calls a browser cannot run (threads, processes, programs, raw sockets)."""

from __future__ import annotations

import libcst as cst

from fragc.analysis.rules.base import LintRule

_THREADS = (
    "cannot start a thread in the browser: Pyodide runs Python on one thread",
    "do the work inline (or with asyncio); to repeat it, use @st.fragment(run_every=...)",
)
_PROCESSES = (
    "cannot start a process in the browser",
    "do the work inline: the browser has no processes to spawn",
)
_PROGRAMS = (
    "cannot run a program in the browser",
    "the built site has no shell and no executables; do the work in Python, or before the build",
)
_SOCKETS = (
    "cannot open a network socket in the browser",
    "browsers only allow fetch/WebSocket; use pyodide.http.pyfetch for HTTP",
)

UNSUPPORTED: dict[str, tuple[str, str]] = {
    "threading.Thread": _THREADS,
    "threading.Timer": _THREADS,
    "_thread.start_new_thread": _THREADS,
    "_thread.start_new": _THREADS,
    "concurrent.futures.ThreadPoolExecutor": _THREADS,
    "concurrent.futures.thread.ThreadPoolExecutor": _THREADS,
    "multiprocessing.pool.ThreadPool": _THREADS,
    "multiprocessing.Process": _PROCESSES,
    "multiprocessing.Pool": _PROCESSES,
    "multiprocessing.pool.Pool": _PROCESSES,
    "concurrent.futures.ProcessPoolExecutor": _PROCESSES,
    "concurrent.futures.process.ProcessPoolExecutor": _PROCESSES,
    "os.fork": _PROCESSES,
    "os.forkpty": _PROCESSES,
    "subprocess.run": _PROGRAMS,
    "subprocess.Popen": _PROGRAMS,
    "subprocess.call": _PROGRAMS,
    "subprocess.check_call": _PROGRAMS,
    "subprocess.check_output": _PROGRAMS,
    "subprocess.getoutput": _PROGRAMS,
    "subprocess.getstatusoutput": _PROGRAMS,
    "os.system": _PROGRAMS,
    "os.popen": _PROGRAMS,
    "os.posix_spawn": _PROGRAMS,
    "os.posix_spawnp": _PROGRAMS,
    "asyncio.create_subprocess_exec": _PROGRAMS,
    "asyncio.create_subprocess_shell": _PROGRAMS,
    "socket.socket": _SOCKETS,
    "socket.create_connection": _SOCKETS,
    "socket.create_server": _SOCKETS,
}
# os.execv, os.execlp, ..., os.spawnv, os.spawnlp, ...: all replace or spawn a program.
_PROGRAM_PREFIXES = ("os.exec", "os.spawn")


class BrowserUnsupportedCall(LintRule):
    """The app calls something a browser cannot do: threads, processes, programs, sockets.

    What:
    A call to `threading.Thread`, `threading.Timer`, `ThreadPoolExecutor`,
    `multiprocessing`, `ProcessPoolExecutor`, `os.fork`, `subprocess.*`, `os.system`,
    `os.popen`, `os.exec*`/`os.spawn*`, `asyncio.create_subprocess_*` or a raw
    `socket`.

    Why:
    Pyodide runs Python inside the browser, on one thread, with no operating-system
    processes, no executables and no sockets. These calls raise an error when they
    run (for example `RuntimeError: can't start new thread`).

    Example:
    ```python
    threading.Thread(target=poll_prices, daemon=True).start()
    subprocess.run(["git", "pull"])
    ```

    Fix:
    Do the work inline (or with `asyncio`); to repeat it, use
    `@st.fragment(run_every=...)`; run programs before the build, not in the app.
    """

    code = "FRG050"
    name = "browser-unsupported-call"
    severity = "error"

    def visit_Call(self, node: cst.Call) -> None:
        name = self.ctx.call_name(node)
        if name is None:
            return
        found = UNSUPPORTED.get(name)
        if found is None and name.startswith(_PROGRAM_PREFIXES):
            found = _PROGRAMS
        if found is not None:
            what, hint = found
            self.report(node, f"{name}() {what}", hint)
