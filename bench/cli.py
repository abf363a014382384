"""``python -m bench``: argument parsing and the run itself.

The run builds the app with fragc into a temporary folder, serves it (and a bare-Pyodide
page) on 127.0.0.1, optionally starts ``streamlit run`` on a copy of the app, then drives
one Chromium: cold boots in fresh contexts (interleaved: bare Pyodide, fragc, streamlit),
then timed clicks in one more context per side. Everything it starts it stops.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import signal
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_APP = REPO / "examples" / "seed_counters" / "app.py"

# The seed app's two buttons and the texts each one moves (see examples/seed_counters).
DEFAULT_FRAGMENT_BUTTON = "Rerun fragment"
DEFAULT_FRAGMENT_TEXT = "Fragment says it ran {n} times."
DEFAULT_FULL_BUTTON = "Rerun full script"
DEFAULT_FULL_TEXT = "Full script says it ran {n} times."

MAX_BOOTS = 50
MAX_CLICKS = 1000
# bench/sites.py VARIANTS (kept here too: parsing arguments imports nothing heavy).
VARIANT_NAMES = ("fragc", "fragc-no-snapshot", "fragc-no-prerender", "fragc-plain")


def _variants(text: str) -> list[str]:
    names = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in VARIANT_NAMES]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown variant {', '.join(unknown) or '(none)'}; choose from {', '.join(VARIANT_NAMES)}"
        )
    if "fragc" not in names:
        names.insert(0, "fragc")  # the main figures and the reruns are the full build's
    return names


def _bounded_int(low: int, high: int) -> Any:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be within {low}..{high}, got {value}")
        return value

    return parse


def _positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 < value <= 3600:
        raise argparse.ArgumentTypeError(f"must be within 0..3600 seconds, got {value}")
    return value


def _template(text: str) -> str:
    if text.count("{n}") != 1:
        raise argparse.ArgumentTypeError(f"must contain {{n}} (the counter) exactly once: {text!r}")
    return text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description=(
            "Benchmark a fragc-built app in Chromium: cold boot (split into bare Pyodide and the "
            "app's own cost), fragment rerun and full rerun latency; optionally against "
            "`streamlit run` on the same app."
        ),
    )
    parser.add_argument(
        "--app",
        type=Path,
        default=DEFAULT_APP,
        help="the Streamlit script (default: the seed counters app)",
    )
    parser.add_argument(
        "--clicks",
        type=_bounded_int(1, MAX_CLICKS),
        default=30,
        help="timed clicks per rerun kind (default 30)",
    )
    parser.add_argument(
        "--boots",
        type=_bounded_int(1, MAX_BOOTS),
        default=5,
        help="cold boots, each in a fresh browser context (default 5)",
    )
    parser.add_argument(
        "--vs-streamlit",
        action="store_true",
        help="also measure `streamlit run` on the same app and print the ratios",
    )
    parser.add_argument(
        "--json", action="store_true", help="print the result as JSON instead of the table"
    )
    parser.add_argument(
        "--variants",
        type=_variants,
        default=list(VARIANT_NAMES),
        metavar="A,B",
        help="fragc builds to measure (default: all of " + ", ".join(VARIANT_NAMES) + ")",
    )
    parser.add_argument(
        "--fragment-button",
        default=DEFAULT_FRAGMENT_BUTTON,
        metavar="LABEL",
        help="button inside a fragment (default %(default)r)",
    )
    parser.add_argument(
        "--fragment-text",
        type=_template,
        default=DEFAULT_FRAGMENT_TEXT,
        metavar="TEXT",
        help="text whose {n} that button increments (default %(default)r)",
    )
    parser.add_argument(
        "--full-button",
        default=DEFAULT_FULL_BUTTON,
        metavar="LABEL",
        help="button outside every fragment (default %(default)r)",
    )
    parser.add_argument(
        "--full-text",
        type=_template,
        default=DEFAULT_FULL_TEXT,
        metavar="TEXT",
        help="text whose {n} that button increments (default %(default)r)",
    )
    parser.add_argument(
        "--boot-timeout",
        type=_positive_seconds,
        default=120.0,
        metavar="S",
        help="give up on one boot after S seconds (default 120)",
    )
    parser.add_argument(
        "--click-timeout",
        type=_positive_seconds,
        default=15.0,
        metavar="S",
        help="give up on one click after S seconds (default 15)",
    )
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def _log(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def machine_info() -> dict[str, Any]:
    info: dict[str, Any] = {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
    }
    try:
        info["load_average_at_start"] = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        pass
    return info


def _terminated(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    # Heavy imports only once the arguments are fine.
    from bench.streamlit_server import BenchError

    # `kill` / `timeout` too unwind through the finally blocks that stop the servers.
    signal.signal(signal.SIGTERM, _terminated)

    try:
        result = run(args)
    except BenchError as error:
        print(f"bench: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("bench: interrupted", file=sys.stderr)
        return 130
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        from bench.report import format_table

        print(format_table(result))
    return 0


def run(args: argparse.Namespace) -> dict[str, Any]:
    from bench.streamlit_server import BenchError

    try:
        import fragc  # noqa: F401
    except ImportError:  # a checkout without `make setup`: use its sources
        sys.path.insert(0, str(REPO / "compiler"))
    from bench import sites
    from bench.report import make_result, side_result
    from fragc.errors import FragcError
    from fragc.serve import start_server

    app: Path = args.app
    if not app.is_file():
        raise BenchError(f"{app}: no such file")
    machine = machine_info()
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="fragc-bench-") as temp:
        root = Path(temp)
        _log(f"building {app} with fragc")
        try:
            sites.prepare(root, app, args.variants)
        except FragcError as error:
            raise BenchError(f"fragc build failed: {error.message}") from None
        server, base_url = start_server(root)
        try:
            streamlit_app: Path | None = None
            streamlit_exe: Path | None = None
            if args.vs_streamlit:
                from bench.streamlit_server import (
                    STREAMLIT_VERSION,
                    copy_app_for_streamlit,
                    ensure_venv,
                )

                streamlit_exe = ensure_venv(_log)
                streamlit_app, replaced = copy_app_for_streamlit(app, root / "streamlit-app")
                if replaced:
                    notes.append(
                        f"the streamlit side ran a copy of the app with st.experimental_fragment "
                        f"replaced by st.fragment ({replaced}x): Streamlit {STREAMLIT_VERSION} no "
                        f"longer has st.experimental_fragment"
                    )
            figures = measure(
                args,
                fragc_urls={name: f"{base_url}{name}/" for name in args.variants},
                bare_url=f"{base_url}bare/",
                streamlit_exe=streamlit_exe,
                streamlit_app=streamlit_app,
                log_dir=root,
            )
        finally:
            server.shutdown()
            server.server_close()
    fragc_side = side_result(**figures["fragc"], bare=figures["bare"])
    variants = {
        name: fragc_side if name == "fragc" else side_result(**figures[name])
        for name in args.variants
    }
    streamlit_side = side_result(**figures["streamlit"]) if "streamlit" in figures else None
    notes.append(
        f"load average at start {machine.get('load_average_at_start', '?')} on {machine['cpus']} CPUs"
    )
    return make_result(
        app=str(app),
        boots=args.boots,
        clicks=args.clicks,
        browser=figures["browser"],
        fragc=fragc_side,
        streamlit=streamlit_side,
        variants=variants,
        notes=notes,
        machine=machine,
    )


def measure(
    args: argparse.Namespace,
    *,
    fragc_urls: dict[str, str],
    bare_url: str,
    streamlit_exe: Path | None,
    streamlit_app: Path | None,
    log_dir: Path,
) -> dict[str, Any]:
    from contextlib import ExitStack

    from bench import browser as chromium
    from bench.report import FIRST_RUN_DONE
    from bench.stats import median
    from bench.streamlit_server import StreamlitServer

    boot_ms = args.boot_timeout * 1000
    click_ms = args.click_timeout * 1000
    with ExitStack() as stack:
        apps = dict(fragc_urls)
        if streamlit_exe is not None and streamlit_app is not None:
            _log("starting streamlit run")
            streamlit = stack.enter_context(
                StreamlitServer(streamlit_exe, streamlit_app, log_dir / "streamlit.log")
            )
            apps["streamlit"] = streamlit.url
        browser = stack.enter_context(chromium.open_browser())
        figures: dict[str, Any] = {
            "browser": f"Chromium {browser.version}",
            "bare": [],
            **{
                name: {
                    "boot": [],
                    "connected": [],
                    "content": [],
                    "visible": [],
                    "reload_boot": [],
                    "reload_visible": [],
                    "bytes_first": [],
                    "bytes_reload": [],
                    "fragment": [],
                    "full": [],
                    "phases": [],
                }
                for name in apps
            },
        }
        content = {
            "labels": [args.fragment_button, args.full_button],
            "templates": [args.fragment_text, args.full_text],
        }

        def boot(name: str, *, record: bool) -> float:
            with chromium.fresh_page(browser) as (page, problems):
                if name == "bare":
                    value = chromium.boot_bare(page, problems, bare_url, boot_ms)
                    if record:
                        figures["bare"].append(value)
                    return value
                transfer = chromium.Transfer(page.context, page)
                result = chromium.boot_app(page, problems, apps[name], boot_ms, **content)
                first_bytes = transfer.take()
                # The same page again: a returning visitor, the HTTP cache warm.
                again = chromium.boot_app(
                    page, problems, apps[name], boot_ms, **content, reload=True
                )
                if record:
                    samples = figures[name]
                    samples["boot"].append(result.done)
                    samples["connected"].append(result.connected)
                    samples["content"].append(result.content)
                    samples["visible"].append(result.visible)
                    samples["reload_boot"].append(again.done)
                    samples["reload_visible"].append(again.visible)
                    samples["bytes_first"].append(first_bytes)
                    samples["bytes_reload"].append(transfer.take())
                    if result.phases:  # only fragc's worker reports its steps
                        samples["phases"].append([*result.phases, (FIRST_RUN_DONE, result.done)])
                return result.done

        # One untimed round first: the servers' files in the OS cache, Streamlit's
        # server-side first session done. Then the rounds, each side in turn, so that
        # the machine's load drifts over all sides alike.
        order = ["bare", *apps]
        _log("warm-up boot of " + ", ".join(order))
        for name in order:
            boot(name, record=False)
        for round_ in range(1, args.boots + 1):
            for name in order:
                started = time.monotonic()
                value = boot(name, record=True)
                wall = time.monotonic() - started
                _log(f"boot {round_}/{args.boots} {name}: {value:.0f} ms ({wall:.1f} s wall)")
        for name, url in apps.items():
            if name not in ("fragc", "streamlit"):
                continue  # reruns do not depend on how the page booted
            with chromium.fresh_page(browser) as (page, problems):
                chromium.boot_app(page, problems, url, boot_ms, **content)
                for kind, label, template in (
                    ("fragment", args.fragment_button, args.fragment_text),
                    ("full", args.full_button, args.full_text),
                ):
                    figures[name][kind] = chromium.clicks(
                        page,
                        problems,
                        label=label,
                        template=template,
                        count=args.clicks,
                        timeout_ms=click_ms,
                    )
                    middle = median(figures[name][kind])
                    _log(f"{name} {kind} reruns: {args.clicks} clicks, median {middle:.1f} ms")
                if problems.seen:
                    _log(f"{name}: the page reported: " + "; ".join(problems.seen[:5]))
    return figures
