"""``python -m bench.compiler``: how long ``fragc check`` takes on big apps, and where it goes.

Each case is a generated app (docs/benchmarks.md, "fragc check"): the issue's
10,000-line app and the same shape at 2,500, 5,000 and 20,000 lines (cost must grow
linearly with size), and an app of 1,000 fragments. Every run is a fresh
``python -m fragc check`` process, timed from the outside: wall time and the
child's CPU time (user + system), which other processes on a shared machine
disturb less. The budget (issue 14): under 2 s for the 10,000-line app and for the
1,000-fragment app.

Then one more ``fragc check`` of the 10,000-line app runs under cProfile (the main
thread and the analysis' worker thread, merged) and the bench prints the phases and
the functions that take the time.
"""

from __future__ import annotations

import argparse
import os
import pstats
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BUDGET_S = 2.0
DEFAULT_LINES = (2_500, 5_000, 10_000, 20_000)
DEFAULT_FRAGMENTS = 1_000
PROFILE_LINES = 10_000

# Where the time of one check goes: (label, file suffix, function) of the profile's
# cumulative times. A phase inside another one is indented under it.
PHASES: tuple[tuple[str, str, str], ...] = (
    ("whole check (the CLI's main)", "fragc/cli.py", "main"),
    ("  reading, CPython's parse and compile, depth", "fragc/analysis/source.py", "_cpython_check"),
    ("  libcst parse", "libcst/_parser/entrypoints.py", "parse_module"),
    ("  analysis of the parsed file", "fragc/analysis/__init__.py", "analyze_file"),
    ("    libcst scopes (ScopeProvider)", "fragc/analysis/context.py", "__post_init__"),
    ("    parent map (a separate walk: only if needed)", "fragc/analysis/walk.py", "parents"),
    ("    start positions (only for findings)", "fragc/analysis/positions.py", "start_positions"),
    ("  package resolution", "fragc/cli.py", "_package_diagnostics"),
)


def lines_app(lines: int) -> str:
    """The issue's generator: blocks of a fragment, a helper, a call and a markdown."""
    out = ["import streamlit as st", "import math", ""]
    i = 0
    while len(out) < lines:
        out += [
            "@st.fragment",
            f"def frag_{i}(x={i}):",
            f"    v = st.slider('s{i}', 0, 100, key='k{i}')",
            "    if v > 3:",
            "        st.write(math.sqrt(v) + x)",
            "    return v",
            "",
            f"def helper_{i}(a, b):",
            "    total = 0",
            "    for j in range(a):",
            "        total += j * b",
            "    return total",
            "",
            f"frag_{i}()",
            f"st.markdown('line {i}')",
            "",
        ]
        i += 1
    return "\n".join(out) + "\n"


def fragments_app(fragments: int) -> str:
    """``fragments`` small fragments, each called once, with a widget and a container."""
    out = ["import streamlit as st", ""]
    for i in range(fragments):
        out += [
            "@st.fragment",
            f"def part_{i}():",
            "    with st.container(border=True):",
            f"        n = st.number_input('n{i}', value={i})",
            f"        st.write(f'part {i}: {{n * 2}}')",
            "",
            f"part_{i}()",
            "",
        ]
    return "\n".join(out) + "\n"


@dataclass(frozen=True)
class Case:
    name: str
    source: str
    budget: bool  # held to BUDGET_S

    @property
    def lines(self) -> int:
        return self.source.count("\n")


@dataclass(frozen=True)
class Timing:
    case: Case
    wall: list[float]
    cpu: list[float]

    @property
    def best_wall(self) -> float:
        return min(self.wall)

    @property
    def median_cpu(self) -> float:
        return statistics.median(self.cpu)


def cases(lines: Sequence[int], fragments: int) -> list[Case]:
    # The baseline: Python's start, fragc's imports and the package resolution, which
    # every check pays whatever the app's size.
    found = [Case("baseline", "import streamlit as st\n\nst.write('hi')\n", budget=False)]
    found += [Case(f"{n:,} lines", lines_app(n), budget=n == PROFILE_LINES) for n in sorted(lines)]
    if fragments:
        found.append(Case(f"{fragments:,} fragments", fragments_app(fragments), budget=True))
    return found


def _env() -> dict[str, str]:
    env = dict(os.environ)
    compiler = str(REPO / "compiler")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (compiler, env.get("PYTHONPATH", "")) if p)
    return env


def check_once(app: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one ``python -m fragc check app`` in a fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "fragc", "check", str(app)],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(f"fragc check {app} failed ({done.returncode}):\n{done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def time_cases(found: list[Case], folder: Path, repeat: int) -> list[Timing]:
    timings = []
    for case in found:
        app = folder / case.name.replace(",", "").replace(" ", "_") / "app.py"
        app.parent.mkdir(parents=True, exist_ok=True)
        app.write_text(case.source, encoding="utf-8")
        walls, cpus = [], []
        for _ in range(repeat):
            wall, cpu = check_once(app)
            walls.append(wall)
            cpus.append(cpu)
        timings.append(Timing(case, walls, cpus))
        print(f"  {case.name}: {min(walls):.2f} s", file=sys.stderr)
    return timings


def format_timings(timings: list[Timing]) -> str:
    """One row per case; the last column is the CPU time above the baseline per 1,000
    lines, which stays level when the cost is linear in the app's size."""
    base = next((t.median_cpu for t in timings if t.case.name == "baseline"), 0.0)
    rows = [
        f"{'case':<18} {'lines':>7} {'wall s (best)':>14} {'CPU s (median)':>15} "
        f"{'CPU-baseline ms/1k lines':>25}  budget {BUDGET_S:g} s (wall)"
    ]
    for t in timings:
        per_k = ""
        if t.case.name != "baseline":
            per_k = f"{(t.median_cpu - base) * 1e6 / max(t.case.lines, 1):.0f}"
        verdict = ("ok" if t.best_wall < BUDGET_S else "OVER") if t.case.budget else ""
        rows.append(
            f"{t.case.name:<18} {t.case.lines:>7,} {t.best_wall:>14.2f} {t.median_cpu:>15.2f} "
            f"{per_k:>25}  {verdict}"
        )
    return "\n".join(rows)


# --------------------------------------------------------------------- profile

# Run in the child: fragc's CLI with cProfile in the main thread and in the analysis'
# worker thread (cProfile sees only the thread that enables it), merged into one file.
_PROFILE_CHILD = """
import cProfile, pstats, sys
import fragc.analysis as analysis
out, app = sys.argv[1], sys.argv[2]
inner = cProfile.Profile()
deep = analysis.run_with_deep_stack
def profiled(work):
    def run():
        inner.enable()
        try:
            return work()
        finally:
            inner.disable()
    return deep(run)
analysis.run_with_deep_stack = profiled
from fragc.cli import main
outer = cProfile.Profile()
outer.enable()
try:
    code = main(["check", app])
finally:
    outer.disable()
stats = pstats.Stats(outer)
stats.add(inner)
stats.dump_stats(out)
sys.exit(code)
"""


def profile_check(app: Path, out: Path) -> pstats.Stats:
    subprocess.run(
        [sys.executable, "-c", _PROFILE_CHILD, str(out), str(app)],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=1200,
        check=True,
    )
    return pstats.Stats(str(out))


def format_profile(stats: pstats.Stats, top: int) -> str:
    entries = stats.stats  # type: ignore[attr-defined]
    total = max((v[3] for v in entries.values()), default=0.0) or 1.0

    def cumulative(suffix: str, function: str) -> float:
        return sum(
            v[3]
            for (file, _, name), v in entries.items()
            if name == function and file.replace("\\", "/").endswith(suffix)
        )

    lines = ["phase (share of the profiled check; cProfile slows each part differently)"]
    for label, suffix, function in PHASES:
        seconds = cumulative(suffix, function)
        lines.append(f"  {label:<48} {100 * seconds / total:5.1f} %")
    lines.append("")
    lines.append(f"top {top} functions by own time (profiled seconds, calls, function)")
    # The main thread waiting for the analysis' thread is not time of its own.
    ranked = sorted(
        ((key, value) for key, value in entries.items() if "acquire" not in key[2]),
        key=lambda item: item[1][2],
        reverse=True,
    )[:top]
    for (file, line, name), (_, calls, own, _, _) in ranked:
        where = _short(file)
        lines.append(f"  {own:7.2f} s {calls:>9,}  {where}:{line}({name})")
    return "\n".join(lines)


def _short(file: str) -> str:
    file = file.replace("\\", "/")
    for marker in ("/site-packages/", "/compiler/", "/lib/python"):
        if marker in file:
            return file.split(marker, 1)[1]
    return file


# ------------------------------------------------------------------------ main


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.compiler", description=__doc__)
    parser.add_argument(
        "--lines",
        type=lambda text: tuple(int(n) for n in text.split(",")),
        default=DEFAULT_LINES,
        help="sizes of the generated app, comma-separated (default 2500,5000,10000,20000)",
    )
    parser.add_argument(
        "--fragments", type=int, default=DEFAULT_FRAGMENTS, help="fragments of the second app"
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs per case (default 3)")
    parser.add_argument(
        "--profile-lines",
        type=int,
        default=PROFILE_LINES,
        help="size of the app profiled (0: no profile)",
    )
    parser.add_argument("--top", type=int, default=15, help="profile entries to print")
    args = parser.parse_args(argv)
    if args.repeat < 1 or any(n < 1 for n in args.lines):
        parser.error("--repeat and --lines must be positive")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="fragc-bench-compiler-") as tmp:
        folder = Path(tmp)
        print(f"fragc check, {args.repeat} fresh process(es) per case:", file=sys.stderr)
        timings = time_cases(cases(args.lines, args.fragments), folder, args.repeat)
        print(format_timings(timings))
        if args.profile_lines:
            app = folder / "profiled" / "app.py"
            app.parent.mkdir()
            app.write_text(lines_app(args.profile_lines), encoding="utf-8")
            print(f"profiling fragc check on {args.profile_lines:,} lines...", file=sys.stderr)
            stats = profile_check(app, folder / "check.prof")
            print()
            print(f"where the time goes ({args.profile_lines:,} lines, cProfile):")
            print(format_profile(stats, args.top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
