"""``python -m bench.compiler`` at a small size, so that it cannot rot.

Nothing here is timed: the bench itself is run by hand (docs/benchmarks.md, "fragc
check"). This runs it end to end on tiny apps and checks what it prints, and that its
generated apps are what the issue describes.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bench.compiler import PHASES, fragments_app, lines_app, main

from fragc.analysis import analyze_app


@pytest.mark.parametrize("lines", [100, 1_000, 10_000])
def test_lines_app_has_the_size_asked(lines: int) -> None:
    source = lines_app(lines)
    assert lines <= source.count("\n") < lines + 16  # whole blocks of 16 lines
    compile(source, "app.py", "exec")


@pytest.mark.parametrize(("app", "fragments"), [(lines_app(200), 13), (fragments_app(7), 7)])
def test_generated_apps_check_clean(tmp_path: Path, app: str, fragments: int) -> None:
    (tmp_path / "app.py").write_text(app, encoding="utf-8")
    analysis = analyze_app(tmp_path / "app.py")
    assert analysis.diagnostics == []
    assert len(analysis.fragments) == fragments


def test_bench_runs_end_to_end(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["--lines", "100,200", "--fragments", "5", "--repeat", "1", "--profile-lines", "100"]
    )
    out = capsys.readouterr().out
    assert code == 0
    rows = {line.split()[0] + " " + line.split()[1]: line for line in out.splitlines()[1:5]}
    assert set(rows) == {"baseline 3", "100 lines", "200 lines", "5 fragments"}
    # wall and CPU seconds are numbers; the budget is judged on the fragments app
    assert re.search(r"5 fragments\s+\d+\s+\d+\.\d\d\s+\d+\.\d\d\s+-?\d+\s+(ok|OVER)$", out, re.M)
    assert "where the time goes (100 lines, cProfile):" in out
    for label, _, _ in PHASES:
        assert re.search(rf"{re.escape(label.strip())}\s+\d+\.\d %", out), label
    top = out.split("top 15 functions by own time")[1].strip().splitlines()[1:]
    assert len(top) == 15
    assert all(re.match(r"\s*\d+\.\d\d s\s+[\d,]+\s+\S", line) for line in top)
