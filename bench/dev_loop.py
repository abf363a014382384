"""``python -m bench.dev_loop``: how long ``fragc dev`` takes from a save to the new app.

Three figures for a one-line edit of the script (the last line's text changes, as when
a user fixes a label), each over ``--edits`` saves:

* **rebuild**: ``DevBuilder.build()`` in this process, the work a save triggers (analysis,
  app.zip, index.html); the target is under 500 ms;
* **save to build event**: from writing the file to a client of the real ``fragc dev``
  receiving the build event (adds the folder poll and the settle delay);
* **save to page** (``--browser``): from writing the file to Chromium showing the new
  text, taken with the page's clock (``performance.timeOrigin + performance.now()``),
  comparable to this process's wall clock on one machine.

Each figure comes from a fresh copy of the app in a temporary folder; everything started
is stopped.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench.cli import DEFAULT_APP, REPO, machine_info
from bench.stats import summarize

TARGET_REBUILD_MS = 500.0
EDIT_LINE = 'st.caption("fragc dev bench, edit {n}")\n'
WAIT_S = 30.0


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.dev_loop",
        description="Time `fragc dev` from a one-line edit of the script to the rebuilt app.",
    )
    parser.add_argument("--app", type=Path, default=DEFAULT_APP, help="the Streamlit script")
    parser.add_argument("--edits", type=int, default=20, help="saves per figure (default 20)")
    parser.add_argument(
        "--browser", action="store_true", help="also time save -> new text shown in Chromium"
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of the table")
    args = parser.parse_args(argv)
    if not 1 <= args.edits <= 500:
        parser.error("--edits must be within 1..500")
    if not args.app.is_file():
        parser.error(f"--app {args.app}: no such file")
    return args


def copy_app(app: Path, into: Path) -> Path:
    """The app's folder copied into ``into``, the script ending with the line the bench edits."""
    folder = into / "app"
    shutil.copytree(app.parent, folder, ignore=shutil.ignore_patterns("__pycache__", ".*"))
    script = folder / app.name
    script.write_text(
        script.read_text(encoding="utf-8").rstrip("\n") + "\n" + EDIT_LINE.format(n=0),
        encoding="utf-8",
    )
    return script


def save_edit(script: Path, n: int) -> None:
    """Rewrite the last line: a one-line edit, as an editor saves it."""
    lines = script.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[-1] = EDIT_LINE.format(n=n)
    script.write_text("".join(lines), encoding="utf-8")


def time_rebuilds(app: Path, edits: int, scratch: Path) -> list[float]:
    from fragc.dev.builder import DevBuilder

    script = copy_app(app, scratch)
    builder = DevBuilder(script, scratch / "site")
    first = builder.build()
    if not first.ok:
        raise SystemExit(f"bench: the app does not build:\n{first.text()}")
    samples: list[float] = []
    for n in range(1, edits + 1):
        save_edit(script, n)
        started = time.perf_counter()
        result = builder.build()
        samples.append((time.perf_counter() - started) * 1000)
        if "app.zip" not in result.rewritten:
            raise SystemExit(f"bench: edit {n} did not rewrite app.zip ({result.rewritten})")
    return samples


class DevServer:
    """``python -m fragc dev`` in a subprocess, and a thread reading its build events."""

    def __init__(self, script: Path) -> None:
        env = {**os.environ, "PYTHONPATH": str(REPO / "compiler")}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "fragc", "dev", str(script), "--port", "0"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.url = self._read_url()
        self.builds: list[tuple[float, int]] = []  # (time.time() it arrived, build id)
        self._arrived = threading.Condition()
        threading.Thread(target=self._listen, daemon=True).start()

    def _read_url(self) -> str:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            if " at http://" in line:
                return line.split(" at ", 1)[1].split()[0]
        raise SystemExit("bench: fragc dev stopped before serving")

    def _listen(self) -> None:
        try:
            with urllib.request.urlopen(
                self.url + "_fragc/dev/events", timeout=WAIT_S * 4
            ) as stream:
                for raw in stream:
                    line = raw.decode()
                    if line.startswith("data: "):
                        event = json.loads(line[6:])
                        with self._arrived:
                            self.builds.append((time.time(), int(event["build_id"])))
                            self._arrived.notify_all()
        except OSError:
            return  # the server stopped

    def wait_for_build(self, build_id: int) -> float:
        """When the event of ``build_id`` arrived (time.time())."""
        with self._arrived:
            found = self._arrived.wait_for(
                lambda: any(b >= build_id for _, b in self.builds), timeout=WAIT_S
            )
            if not found:
                raise SystemExit(f"bench: no build {build_id} within {WAIT_S} s")
            return next(t for t, b in self.builds if b >= build_id)

    def stop(self) -> None:
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()


def time_save_to_event(app: Path, edits: int, scratch: Path) -> list[float]:
    script = copy_app(app, scratch)
    server = DevServer(script)
    try:
        server.wait_for_build(1)
        samples: list[float] = []
        for n in range(1, edits + 1):
            saved = time.time()
            save_edit(script, n)
            samples.append((server.wait_for_build(n + 1) - saved) * 1000)
        return samples
    finally:
        server.stop()


def time_save_to_page(app: Path, edits: int, scratch: Path) -> list[float]:
    from playwright.sync_api import sync_playwright

    from bench.browser import launch

    script = copy_app(app, scratch)
    server = DevServer(script)
    try:
        with sync_playwright() as playwright:
            browser = launch(playwright)
            page = browser.new_page()
            page.goto(server.url)
            page.wait_for_function(
                # A function, not an expression: the page's CSP refuses Playwright's eval.
                "() => document.querySelector('[data-testid=stApp]')?.dataset.testScriptState"
                " === 'notRunning'",
                timeout=WAIT_S * 4 * 1000,
            )
            samples: list[float] = []
            for n in range(1, edits + 1):
                wanted = f"fragc dev bench, edit {n}"
                page.evaluate(_WATCH_FOR_TEXT, wanted)
                saved = time.time() * 1000
                save_edit(script, n)
                shown = page.wait_for_function(
                    "() => window.__benchShown", timeout=WAIT_S * 1000
                ).json_value()
                samples.append(float(shown) - saved)
            browser.close()
        return samples
    finally:
        server.stop()


# When the text first appears in the DOM, by the page's wall clock.
_WATCH_FOR_TEXT = """(wanted) => {
  window.__benchShown = null;
  const observer = new MutationObserver(() => {
    if (document.body.innerText.includes(wanted)) {
      window.__benchShown = performance.timeOrigin + performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
}"""


def run(args: argparse.Namespace) -> dict[str, Any]:
    figures: dict[str, Callable[[Path, int, Path], list[float]]] = {
        "rebuild": time_rebuilds,
        "save_to_build_event": time_save_to_event,
    }
    if args.browser:
        figures["save_to_page"] = time_save_to_page
    result: dict[str, Any] = {
        "app": str(args.app),
        "edits": args.edits,
        "machine": machine_info(),
        "target_rebuild_ms": TARGET_REBUILD_MS,
    }
    for name, measure in figures.items():
        with tempfile.TemporaryDirectory(prefix="fragc-bench-dev-") as scratch:
            print(f"bench: timing {name.replace('_', ' ')}…", file=sys.stderr, flush=True)
            result[name] = summarize(measure(args.app, args.edits, Path(scratch)))
    return result


def format_table(result: dict[str, Any]) -> str:
    labels = {
        "rebuild": "rebuild (in process)",
        "save_to_build_event": "save -> build event",
        "save_to_page": "save -> page updated",
    }
    lines = [
        f"fragc dev, one-line edit of {result['app']} ({result['edits']} saves per figure)",
        "machine: {cpus} cores, load {load} at start (other work on the machine makes these noisy)".format(
            cpus=result["machine"]["cpus"],
            load=result["machine"].get("load_average_at_start", ["?"])[0],
        ),
        f"{'':24} {'p50':>8} {'p90':>8} {'max':>8}  (ms)",
    ]
    for key, label in labels.items():
        if key in result:
            figure = result[key]
            lines.append(
                f"{label:24} {figure['p50']:8.1f} {figure['p90']:8.1f} {figure['max']:8.1f}"
            )
    verdict = "met" if result["rebuild"]["p90"] < result["target_rebuild_ms"] else "MISSED"
    lines.append(f"target: rebuild p90 under {result['target_rebuild_ms']:.0f} ms: {verdict}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        import fragc  # noqa: F401
    except ImportError:  # a checkout without `make setup`: use its sources
        sys.path.insert(0, str(REPO / "compiler"))
    result = run(args)
    print(json.dumps(result, indent=2) if args.json else format_table(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
