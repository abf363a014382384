"""``fragc dev APP.py``: serve the app, watch its folder, rebuild on save, until Ctrl+C.

The main thread polls the folder and builds; the server answers requests from its own
threads. Every build attempt is published to the page (:mod:`fragc.dev.channel`) and
reported on the terminal. Ctrl+C (or SIGTERM) ends the streams, stops the server and
removes the temporary site, then returns 0.
"""

from __future__ import annotations

import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from fragc.dev.builder import DevBuild, DevBuilder
from fragc.dev.channel import BuildChannel
from fragc.dev.server import make_dev_server
from fragc.dev.watch import Changes, Watcher
from fragc.diagnostics import format_text
from fragc.errors import EXIT_USAGE, FragcError
from fragc.serve import url_of
from fragc.site.entry import require_script
from fragc.site.output import check_output_dir

# How often the folder is scanned, and how long a change must hold still before the
# build starts (an editor may write a file in several steps).
POLL_INTERVAL_S = 0.1
SETTLE_S = 0.02


@dataclass(frozen=True)
class DevOptions:
    app: Path
    port: int
    outdir: Path | None = None  # None: a temporary folder, removed at exit
    pyodide_packages: Path | None = None


def run_dev(
    options: DevOptions,
    *,
    out: TextIO = sys.stderr,
    ready: Callable[[str], None] | None = None,
) -> int:
    """Run until interrupted; ``ready(url)`` is called once the server listens."""
    script = require_script(options.app)
    if options.pyodide_packages is not None and not options.pyodide_packages.is_dir():
        raise FragcError(
            f"--pyodide-packages {options.pyodide_packages}: no such directory",
            exit_code=EXIT_USAGE,
        )
    temp: Path | None = None
    if options.outdir is None:
        temp = Path(tempfile.mkdtemp(prefix="fragc-dev-"))
        site = temp / "site"
    else:
        site = options.outdir.absolute()
        check_output_dir(site, script.parent)

    def say(message: str) -> None:
        out.write(f"fragc: {message}\n")
        out.flush()

    channel = BuildChannel()
    previous_handler = signal.signal(signal.SIGTERM, _interrupt)
    server = None
    try:
        builder = DevBuilder(
            options.app, site, pyodide_packages=options.pyodide_packages, progress=say
        )
        server = make_dev_server(site, channel, options.port)
        threading.Thread(target=server.serve_forever, name="fragc-dev-serve", daemon=True).start()
        url = url_of(server)
        say(f"serving {options.app} at {url}  (Ctrl+C to stop)")
        say(f"watching {script.parent} for changes")
        say(f"site in {site}" + (" (removed at exit)" if temp else ""))
        if ready is not None:
            ready(url)
        watcher = Watcher(script.parent, excluded=[site, *([temp] if temp else [])])
        published = _publish(builder.build, channel, None, say)
        while True:
            time.sleep(POLL_INTERVAL_S)
            changes = _settled(watcher)
            if changes:
                published = _publish(builder.build, channel, published, say)
    except KeyboardInterrupt:
        pass
    finally:
        channel.close()
        if server is not None:
            server.shutdown()
            server.server_close()
        if temp is not None:
            shutil.rmtree(temp, ignore_errors=True)
        signal.signal(signal.SIGTERM, previous_handler)
    out.write("\nfragc: dev server stopped\n")
    return 0


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


def _settled(watcher: Watcher) -> Changes:
    """What changed, once the folder has held still for ``SETTLE_S``."""
    changes = watcher.poll()
    if not changes:
        return changes
    paths = set(changes.paths)
    while True:
        time.sleep(SETTLE_S)
        more = watcher.poll()
        if not more:
            return Changes(frozenset(paths), frozenset(), frozenset())
        paths |= more.paths


def _publish(
    build: Callable[[], DevBuild],
    channel: BuildChannel,
    previous: dict[str, Any] | None,
    say: Callable[[str], None],
) -> dict[str, Any]:
    """Build, tell the terminal, and tell the page when anything it shows differs."""
    started = time.perf_counter()
    result = build()
    elapsed_ms = (time.perf_counter() - started) * 1000
    event = result.to_json()
    if previous is not None and event == previous:
        return previous  # a save that changed nothing the page sees
    if not result.ok:
        say(f"the app has errors (the page keeps the last good build):\n{result.text().rstrip()}")
    else:
        warnings = [d for d in result.diagnostics if d.severity == "warning"]
        if warnings and (previous is None or previous.get("diagnostics") != event["diagnostics"]):
            say(f"warnings:\n{format_text(warnings).rstrip()}")
        if previous is None:
            say(f"built the site in {elapsed_ms:.0f} ms")
        elif result.rewritten:
            what = ", ".join(result.rewritten)
            say(f"build {result.build_id}: rewrote {what} in {elapsed_ms:.0f} ms")
        else:
            say("the page runs the current build again")
    channel.publish(event)
    return event
