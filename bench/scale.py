"""``python -m bench.scale``: what a rerun costs as the page grows (issue 16).

The seed app (examples/seed_counters) with N plain ``st.write`` lines outside its fragment,
for each N in ``--sizes``: one fragc build per N, served on 127.0.0.1, booted once in
Chromium, then ``--clicks`` timed clicks on the fragment's button and as many on the full
rerun button (the same click-until-the-counter-moves measure as ``python -m bench``). With
``--vs-streamlit`` the same app runs under ``streamlit run`` (Streamlit 1.67, the bench's
own venv) in the same run, N by N.

A fragment rerun should cost what the fragment draws: its p50 at N = 2,000 at most 1.2x
the N = 0 figure and at N = 10,000 at most 2x; a full rerun at N = 2,000 at most 0.25x
Streamlit's. The table prints each ratio beside its target.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from bench.cli import (
    DEFAULT_APP,
    DEFAULT_FRAGMENT_BUTTON,
    DEFAULT_FRAGMENT_TEXT,
    DEFAULT_FULL_BUTTON,
    DEFAULT_FULL_TEXT,
    REPO,
    _bounded_int,
    _log,
    machine_info,
)

DEFAULT_SIZES = (0, 500, 2000, 10000)
# Lines appended to the seed app: plain elements outside every fragment.
OUTSIDE = """

for _line in range({n}):
    st.write(f"Line {{_line}} of the page, outside the fragment.")
"""
# (N, target of fragment p50 / N=0 fragment p50); and the full-rerun target vs Streamlit.
FRAGMENT_TARGETS = {2000: 1.2, 10000: 2.0}
FULL_VS_STREAMLIT = (2000, 0.25)


def _sizes(text: str) -> list[int]:
    try:
        sizes = sorted({int(part) for part in text.split(",") if part.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of whole numbers: {text!r}") from None
    if not sizes or sizes[0] < 0 or sizes[-1] > 100_000:
        raise argparse.ArgumentTypeError("sizes must be within 0..100000")
    return sizes


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bench.scale", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--sizes",
        type=_sizes,
        default=list(DEFAULT_SIZES),
        metavar="N,N",
        help="elements outside the fragment (default 0,500,2000,10000)",
    )
    parser.add_argument(
        "--clicks", type=_bounded_int(1, 500), default=20, help="timed clicks per kind (20)"
    )
    parser.add_argument(
        "--vs-streamlit", action="store_true", help="also measure `streamlit run`, N by N"
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of the table")
    return parser


def app_source(n: int) -> str:
    return DEFAULT_APP.read_text(encoding="utf-8") + OUTSIDE.format(n=n)


def worker_side(app: Path, runs: int) -> dict[str, float]:
    """The Python half of a rerun, in CPython: the shim handling the ``run:request`` a
    click on each button sends, with every message it posts encoded to JSON as the
    worker does (no page model: that is the page's half). p50 ms per kind."""
    import time

    from bench.stats import median
    from fragc.testing.session import TestSession

    class Encoding(TestSession):
        def _receive(self, message: dict[str, Any]) -> None:
            self.messages.append(json.loads(json.dumps(message)))

    session = Encoding(app)
    base = {"type": "run:request", "widget_states": {}, "is_auto": False, "query_string": ""}
    session.run({**base, "fragment_ids": [], "trigger_values": {}}, timeout=600)  # type: ignore[typeddict-item]
    buttons = {}
    for message in session.messages:
        for delta in message.get("deltas", []):
            element = delta.get("element") or {}
            if element.get("kind") == "button":
                buttons[element["props"]["label"]] = (element["widget"]["id"], delta["fragment_id"])
    out = {}
    for kind, label in (("fragment", DEFAULT_FRAGMENT_BUTTON), ("full", DEFAULT_FULL_BUTTON)):
        widget_id, fragment_id = buttons[label]
        timings = []
        for _ in range(runs):
            request = {
                **base,
                "fragment_ids": [fragment_id] if fragment_id else [],
                "trigger_values": {widget_id: True},
            }
            started = time.perf_counter()
            session.run(request, timeout=600)  # type: ignore[arg-type]
            timings.append((time.perf_counter() - started) * 1000)
            session.messages.clear()
        out[kind] = round(median(timings), 1)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from bench.streamlit_server import BenchError

    try:
        result = run(args)
    except BenchError as error:
        print(f"bench: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("bench: interrupted", file=sys.stderr)
        return 130
    print(json.dumps(result, indent=2) if args.json else format_table(result))
    return 0


def run(args: argparse.Namespace) -> dict[str, Any]:
    try:
        import fragc  # noqa: F401
    except ImportError:  # a checkout without `make setup`: use its sources
        sys.path.insert(0, str(REPO / "compiler"))
    from bench import browser as chromium
    from bench.stats import median
    from bench.streamlit_server import StreamlitServer, copy_app_for_streamlit, ensure_venv
    from fragc.serve import start_server
    from fragc.site.build import build_site

    content = {
        "labels": [DEFAULT_FRAGMENT_BUTTON, DEFAULT_FULL_BUTTON],
        "templates": [DEFAULT_FRAGMENT_TEXT, DEFAULT_FULL_TEXT],
    }
    kinds = (
        ("fragment", DEFAULT_FRAGMENT_BUTTON, DEFAULT_FRAGMENT_TEXT),
        ("full", DEFAULT_FULL_BUTTON, DEFAULT_FULL_TEXT),
    )
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="fragc-bench-scale-") as temp, ExitStack() as stack:
        root = Path(temp)
        streamlit_exe = ensure_venv(_log) if args.vs_streamlit else None
        for n in args.sizes:
            app = root / f"app-{n}" / "app.py"
            app.parent.mkdir()
            app.write_text(app_source(n), encoding="utf-8")
            _log(f"N={n}: building")
            build_site(app, root / "sites" / str(n))
        (root / "sites" / "index.html").write_text("<!doctype html><title>bench</title>\n")
        server, base_url = start_server(root / "sites")
        stack.callback(server.server_close)
        stack.callback(server.shutdown)
        browser = stack.enter_context(chromium.open_browser())

        def clicks_on(url: str) -> dict[str, float]:
            with chromium.fresh_page(browser) as (page, problems):
                chromium.boot_app(page, problems, url, 180_000, **content)
                out = {}
                for kind, label, template in kinds:
                    timings = chromium.clicks(
                        page,
                        problems,
                        label=label,
                        template=template,
                        count=args.clicks,
                        timeout_ms=60_000,
                    )
                    out[kind] = round(median(timings), 1)
                return out

        for n in args.sizes:
            row: dict[str, Any] = {
                "n": n,
                "fragc": clicks_on(f"{base_url}{n}/"),
                "worker": worker_side(root / f"app-{n}" / "app.py", args.clicks),
            }
            _log(f"N={n}: fragc {row['fragc']}")
            if streamlit_exe is not None:
                copy, _ = copy_app_for_streamlit(root / f"app-{n}" / "app.py", root / f"st-{n}")
                with StreamlitServer(streamlit_exe, copy, root / f"streamlit-{n}.log") as st_server:
                    row["streamlit"] = clicks_on(st_server.url)
                _log(f"N={n}: streamlit {row['streamlit']}")
            rows.append(row)
    return {"clicks": args.clicks, "rows": rows, "machine": machine_info()}


def format_table(result: dict[str, Any]) -> str:
    rows = result["rows"]
    with_streamlit = any("streamlit" in row for row in rows)
    base = next((row["fragc"]["fragment"] for row in rows if row["n"] == 0), None)
    head = (
        "| N outside | fragment p50 ms | x N=0 (target) | full p50 ms "
        "| Python fragment / full p50 ms |"
    )
    rule = "|---:|---:|---:|---:|---:|"
    if with_streamlit:
        head += " Streamlit fragment p50 ms | Streamlit full p50 ms | full vs Streamlit |"
        rule += "---:|---:|---:|"
    lines = [
        f"Reruns by page size: p50 of {result['clicks']} clicks each, "
        f"{result['machine']['cpus']} CPUs, load {result['machine'].get('load_average_at_start')}",
        head,
        rule,
    ]
    for row in rows:
        fragment, full = row["fragc"]["fragment"], row["fragc"]["full"]
        target = FRAGMENT_TARGETS.get(row["n"])
        times = f"{fragment / base:.2f}x" if base else "-"
        if target:
            times += f" (<= {target}x)"
        worker = row["worker"]
        line = (
            f"| {row['n']} | {fragment:.1f} | {times} | {full:.1f} "
            f"| {worker['fragment']:.1f} / {worker['full']:.1f} |"
        )
        if with_streamlit:
            theirs = row.get("streamlit")
            if theirs:
                vs = f"{full / theirs['full']:.2f}x"
                if row["n"] == FULL_VS_STREAMLIT[0]:
                    vs += f" (<= {FULL_VS_STREAMLIT[1]}x)"
                line += f" {theirs['fragment']:.1f} | {theirs['full']:.1f} | {vs} |"
            else:
                line += " - | - | - |"
        lines.append(line)
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
