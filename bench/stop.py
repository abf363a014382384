"""``python -m bench.stop``: how long the Stop button takes, and what a single file costs.

Figures, each over ``--runs`` repetitions (medians and p90, in milliseconds):

* **Stop, restart** (a page without cross-origin isolation, as on GitHub Pages): from the
  click on Stop to the page letting go of the looping Python ("Restarting Python" shown:
  the worker is terminated), and to the app usable again (the restarted Python's first
  run done, ``notRunning``, the notice shown);
* **Stop, interrupt** (the same app served with COOP/COEP, as ``fragc serve`` does): from
  the click to the run ended in place (``notRunning``, "Run stopped.");
* **single file** (``fragc build --single-file``, with and without the memory snapshot):
  its size, and from navigation to the first run done when opened from disk.

Times are taken in the page (``performance.now()``); the machine is shared, so repeat
and compare medians. The app: ``tests/e2e/apps/stop_and_restart``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.browser import fresh_page, open_browser
from bench.cli import DEFAULT_APP, REPO, machine_info
from bench.stats import summarize

STOP_APP = REPO / "tests" / "e2e" / "apps" / "stop_and_restart" / "app.py"
TIMEOUT_MS = 120_000

# Click Stop; resolve when the page has let go of Python, and when the app is usable.
_TIME_STOP = """
async () => {
  const app = document.querySelector('[data-testid="stApp"]');
  const status = document.querySelector('[data-testid="stStatusWidget"]');
  const stop = [...status.querySelectorAll("button")].find((b) => b.textContent === "Stop");
  const start = performance.now();
  let released = null;
  return await new Promise((resolve) => {
    const check = () => {
      const notice = document.querySelector('[data-testid="stRunStopped"]');
      if (released === null && (status.textContent.includes("Restarting") || notice)) released = performance.now() - start;
      if (notice && app.dataset.testScriptState === "notRunning") {
        observer.disconnect();
        resolve({ released, usable: performance.now() - start });
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(app, { subtree: true, childList: true, attributes: true, characterData: true });
    stop.click();
  });
}
"""

_READY = (
    "() => document.querySelector('[data-testid=\"stApp\"]')?.dataset.testScriptState"
    " === 'notRunning'"
)
_FIRST_RUN_DONE = """
(() => {
  new MutationObserver((_, observer) => {
    const app = document.querySelector('[data-testid="stApp"]');
    if (app && app.dataset.testConnectionState === "CONNECTED" && app.dataset.testScriptState === "notRunning") {
      window.__firstRunDone = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, childList: true });
})();
"""


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.stop", description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="repetitions per figure (default 5)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of the table")
    args = parser.parse_args(argv)
    if not 1 <= args.runs <= 100:
        parser.error("--runs must be within 1..100")
    return args


def stop_figures(url: str, runs: int) -> dict[str, list[float]]:
    released: list[float] = []
    usable: list[float] = []
    with open_browser() as browser, fresh_page(browser) as (page, _problems):
        page.goto(url)
        page.wait_for_function(_READY, timeout=TIMEOUT_MS)
        for _ in range(runs):
            page.get_by_role("button", name="Run forever", exact=True).click()
            page.get_by_role("button", name="Stop", exact=True).wait_for(timeout=TIMEOUT_MS)
            timing = page.evaluate(_TIME_STOP)
            released.append(float(timing["released"]))
            usable.append(float(timing["usable"]))
    return {"released": released, "usable": usable}


def single_file_figures(workdir: Path, runs: int) -> dict[str, Any]:
    from fragc.site.build import BootOptions
    from fragc.site.single_file import build_single_file

    figures: dict[str, Any] = {}
    with open_browser() as browser:
        for snapshot in (True, False):
            out = workdir / f"seed-{'snapshot' if snapshot else 'plain'}.html"
            build_single_file(
                DEFAULT_APP, out, progress=lambda _: None, boot=BootOptions(snapshot=snapshot)
            )
            boots: list[float] = []
            for _ in range(runs):
                with fresh_page(browser) as (page, _problems):
                    page.add_init_script(_FIRST_RUN_DONE)
                    page.goto(out.as_uri())
                    page.wait_for_function(
                        "() => window.__firstRunDone !== undefined", timeout=TIMEOUT_MS
                    )
                    boots.append(float(page.evaluate("() => window.__firstRunDone")))
            figures["snapshot" if snapshot else "no snapshot"] = {
                "bytes": out.stat().st_size,
                "first_run_done_ms": summarize(boots),
            }
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    from fragc.serve import start_server
    from fragc.site.build import build_site

    with tempfile.TemporaryDirectory(prefix="fragc-bench-stop-") as temp:
        root = Path(temp)
        build_site(STOP_APP, root / "app")
        (root / "index.html").write_text("<!doctype html><title>bench</title>\n")
        results: dict[str, Any] = {"machine": machine_info(), "runs": args.runs}
        for mode, isolate in (("restart", False), ("interrupt", True)):
            server, base = start_server(root, isolate=isolate)
            try:
                figures = stop_figures(f"{base}app/", args.runs)
            finally:
                server.shutdown()
                server.server_close()
            results[f"stop, {mode}"] = {name: summarize(v) for name, v in figures.items()}
        results["single file"] = single_file_figures(root, args.runs)
    if args.json:
        json.dump(results, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    print(f"machine: {results['machine']}, runs: {args.runs}")
    for mode in ("restart", "interrupt"):
        figures = results[f"stop, {mode}"]
        print(
            f"Stop, {mode:9}: Python let go p50 {figures['released']['p50']:7.1f} ms "
            f"(p90 {figures['released']['p90']:.1f}); app usable p50 "
            f"{figures['usable']['p50']:7.1f} ms (p90 {figures['usable']['p90']:.1f})"
        )
    for name, figures in results["single file"].items():
        boot = figures["first_run_done_ms"]
        print(
            f"single file, {name:11}: {figures['bytes'] / 1e6:5.1f} MB; opened from disk to "
            f"first run done p50 {boot['p50']:7.1f} ms (p90 {boot['p90']:.1f})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
