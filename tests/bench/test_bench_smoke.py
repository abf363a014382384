"""The bench's pure parts: statistics, the result and its table, argument parsing.

No browser, no server, no timing: `python -m bench` itself is run by hand (docs/benchmarks.md).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bench.browser import text_pattern
from bench.cli import DEFAULT_APP, parse_args
from bench.report import format_table, make_result, phase_medians, side_result
from bench.sites import write_bare_page
from bench.stats import median, percentile, ratio, summarize
from bench.streamlit_server import copy_app_for_streamlit, to_stable_fragment


@pytest.mark.parametrize(
    ("samples", "q", "expected"),
    [
        ([5.0], 50, 5.0),
        ([1.0, 2.0, 3.0], 50, 2.0),
        ([4.0, 1.0, 3.0, 2.0], 50, 2.5),
        ([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0], 90, 9.1),
        ([3.0, 1.0, 2.0], 0, 1.0),
        ([3.0, 1.0, 2.0], 100, 3.0),
    ],
)
def test_percentile_interpolates_like_numpy(
    samples: list[float], q: float, expected: float
) -> None:
    assert percentile(samples, q) == pytest.approx(expected)


def test_percentile_rejects_nothing_and_out_of_range() -> None:
    with pytest.raises(ValueError, match="no samples"):
        percentile([], 50)
    with pytest.raises(ValueError, match="0..100"):
        percentile([1.0], 101)


def test_summarize_and_ratio() -> None:
    summary = summarize([3.0, 1.0, 2.0, 10.0])
    assert summary == {
        "n": 4,
        "p50": 2.5,
        "p90": pytest.approx(7.9),
        "min": 1.0,
        "max": 10.0,
        "samples": [3.0, 1.0, 2.0, 10.0],
    }
    assert median([7.0, 1.0, 4.0]) == 4.0
    assert ratio(5.0, 50.0) == 0.1
    assert ratio(5.0, None) is None
    assert ratio(5.0, 0.0) is None


def _side(boot: float, fragment: float, *, bare: float | None = None) -> dict[str, object]:
    return side_result(
        boot=[boot, boot + 10, boot - 10],
        connected=[boot - 50] * 3,
        content=[boot + 1] * 3,
        fragment=[fragment] * 30,
        full=[fragment * 2] * 30,
        phases=[[("worker created", 100.0), ("Loading app…", boot - 300), ("first run done", boot)]]
        * 3,
        bare=None if bare is None else [bare] * 3,
    )


def test_side_result_splits_the_boot() -> None:
    fragc = _side(3000.0, 5.0, bare=2800.0)
    assert fragc["app_boot_cost_ms"] == 200.0
    assert fragc["fragment_rerun_ms"]["p50"] == 5.0  # type: ignore[index]
    assert fragc["boot_phases_ms"] == [
        {"phase": "worker created", "p50": 100.0, "n": 3},
        {"phase": "Loading app…", "p50": 2700.0, "n": 3},
        {"phase": "first run done", "p50": 3000.0, "n": 3},
    ]
    assert fragc["after_pyodide_ms"]["p50"] == 300.0  # type: ignore[index]
    assert "app_boot_cost_ms" not in _side(900.0, 45.0)


def test_phase_medians_orders_by_time_and_counts_missing_steps() -> None:
    phases = phase_medians([[("b", 20.0), ("a", 10.0)], [("a", 12.0)]])
    assert phases == [{"phase": "a", "p50": 11.0, "n": 2}, {"phase": "b", "p50": 20.0, "n": 1}]


def test_result_and_table_without_streamlit() -> None:
    result = make_result(
        app="app.py",
        boots=5,
        clicks=30,
        browser="Chromium 1",
        fragc=_side(3000.0, 5.0, bare=2600.0),
    )
    assert result["streamlit"] is None
    assert result["ratios"] is None
    assert [(t["figure"], t["met"]) for t in result["targets"]] == [
        ("app_boot_cost", False),  # 400 ms > 300 ms
        ("fragment_rerun_p50", True),
        ("content_visible_p50", None),  # relative to Streamlit: not measured
        ("cold_boot_p50", None),
    ]
    json.dumps(result)  # --json must work
    table = format_table(result)
    assert "streamlit" not in table.splitlines()[2]
    assert re.search(r"app's own boot cost\s+400\.0\s+<= 300 MISSED", table)
    assert re.search(r"fragment rerun p50\s+5\.0\s+<= 10 ok", table)
    assert re.search(r"app's own cost after Pyodide, median\s+300\.0\n", table)
    assert (
        "fragc boot steps (median ms from navigation start): "
        "worker created 100 > Loading app… 2700 > first run done 3000"
    ) in table


def test_a_negative_boot_cost_is_noise_not_a_met_target() -> None:
    result = make_result(
        app="app.py",
        boots=5,
        clicks=30,
        browser="Chromium 1",
        fragc=_side(3000.0, 5.0, bare=3500.0),
    )
    assert result["targets"][0]["met"] is None
    assert re.search(r"app's own boot cost\s+-500\.0\s+<= 300 \? \(noise\)", format_table(result))


def test_result_and_table_with_streamlit() -> None:
    result = make_result(
        app="app.py",
        boots=5,
        clicks=30,
        browser="Chromium 1",
        fragc=_side(3000.0, 5.0, bare=2800.0),
        streamlit=_side(1000.0, 50.0),
        notes=["the streamlit side ran a copy"],
    )
    assert result["ratios"]["fragment_rerun_p50"] == 0.1
    assert result["ratios"]["cold_boot_p50"] == 3.0
    assert "app_boot_cost" not in result["ratios"]
    table = format_table(result)
    header = table.splitlines()[2].split()
    assert header[-3:] == ["streamlit", "fragc/streamlit", "target"]
    assert re.search(r"fragment rerun p50\s+5\.0\s+50\.0\s+0\.10\s+<= 10 ok", table)
    assert re.search(r"bare Pyodide boot, median\s+2800\.0\s+-\s+-", table)
    assert table.rstrip().endswith("note: the streamlit side ran a copy")


def test_arguments_defaults_and_flags() -> None:
    args = parse_args([])
    assert (args.app, args.clicks, args.boots, args.vs_streamlit, args.json) == (
        DEFAULT_APP,
        30,
        5,
        False,
        False,
    )
    assert DEFAULT_APP.is_file()
    args = parse_args(["--app", "x/app.py", "--clicks", "7", "--vs-streamlit", "--json"])
    assert (args.app, args.clicks, args.vs_streamlit, args.json) == (
        Path("x/app.py"),
        7,
        True,
        True,
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["--clicks", "0"],
        ["--clicks", "many"],
        ["--boots", "51"],
        ["--fragment-text", "no counter"],
        ["--boot-timeout", "-1"],
    ],
)
def test_bad_arguments_are_usage_errors(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        parse_args(argv)
    assert stop.value.code == 2
    assert "error:" in capsys.readouterr().err


def test_text_pattern_matches_any_count() -> None:
    pattern = re.compile(text_pattern("Fragment says it ran {n} times."))
    assert pattern.search("x Fragment says it ran 12 times. y")
    assert not pattern.search("Fragment says it ran twelve times.")
    assert not pattern.search("Fragment says it ran 1 timesX")


def test_streamlit_copy_uses_the_stable_fragment_name(tmp_path: Path) -> None:
    assert to_stable_fragment("@st.experimental_fragment\n@st.experimental_fragmentary") == (
        "@st.fragment\n@st.experimental_fragmentary",
        1,
    )
    app = tmp_path / "src" / "app.py"
    app.parent.mkdir()
    app.write_text("import streamlit as st\n\n@st.experimental_fragment\ndef f(): ...\n")
    (app.parent / "helper.py").write_text("from streamlit import experimental_fragment\n")
    copied, replaced = copy_app_for_streamlit(app, tmp_path / "copy")
    assert replaced == 2
    assert "@st.fragment\n" in copied.read_text()
    assert app.read_text().count("experimental_fragment") == 1  # the original is untouched


def test_bare_page_loads_the_sites_pyodide(tmp_path: Path) -> None:
    folder = write_bare_page(tmp_path, "fragc/pyodide/0123456789ab/")
    assert 'new Worker(new URL("./worker.mjs"' in (folder / "index.html").read_text()
    worker = (folder / "worker.mjs").read_text()
    assert 'new URL("../fragc/pyodide/0123456789ab/", import.meta.url)' in worker
    assert "loadPyodide({ indexURL: indexUrl.href, packages: [] })" in worker


def _boot_side(visible: float, interactive: float, megabytes: float) -> dict[str, object]:
    return side_result(
        boot=[interactive] * 3,
        connected=[interactive] * 3,
        content=[interactive] * 3,
        visible=[visible] * 3,
        reload_boot=[interactive / 2] * 3,
        reload_visible=[visible / 2] * 3,
        bytes_first=[megabytes * 1e6] * 3,
        bytes_reload=[2000.0] * 3,
    )


def test_boot_targets_are_ratios_to_streamlit_and_every_build_has_a_row() -> None:
    fragc = _boot_side(150.0, 1000.0, 12.3)
    plain = _boot_side(3000.0, 3000.0, 6.1)
    streamlit = _boot_side(850.0, 900.0, 3.4)
    result = make_result(
        app="app.py",
        boots=5,
        clicks=30,
        browser="Chromium 1",
        fragc=fragc,
        streamlit=streamlit,
        variants={"fragc": fragc, "fragc-plain": plain},
    )
    ratio_targets = {t["figure"]: t for t in result["targets"] if "ratio" in t}
    assert ratio_targets["content_visible_p50"]["ratio"] == pytest.approx(0.176, abs=1e-3)
    assert ratio_targets["content_visible_p50"]["met"] is True  # <= 0.4
    assert ratio_targets["cold_boot_p50"]["met"] is True  # 1.11 <= 1.2
    json.dumps(result)
    table = format_table(result)
    assert re.search(
        r"content visible, median\s+150\.0\s+850\.0\s+0\.18\s+<= 0\.4x streamlit ok", table
    )
    assert re.search(
        r"interactive \(cold boot\), median\s+1000\.0\s+900\.0\s+1\.11\s+<= 1\.2x streamlit ok",
        table,
    )
    assert re.search(
        r"^fragc-plain\s+3000\s+3000\s+1500\s+1500\s+6\.10\s+0\.002$", table, re.MULTILINE
    )
    assert re.search(r"^streamlit\s+850\s+900\s+425\s+450\s+3\.40\s+0\.002$", table, re.MULTILINE)


def test_variants_argument() -> None:
    assert parse_args([]).variants == [
        "fragc",
        "fragc-no-snapshot",
        "fragc-no-prerender",
        "fragc-plain",
    ]
    assert parse_args(["--variants", "fragc-plain"]).variants == ["fragc", "fragc-plain"]
    with pytest.raises(SystemExit):
        parse_args(["--variants", "fragc-fast"])


def test_chunk_table_lists_every_chunk(tmp_path, capsys):
    from bench import chunks

    (tmp_path / "fragc-vega.js").write_text("x" * 5000, encoding="utf-8")
    assert chunks.main(["--dist", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 + len(chunks.WHEN)
    vega = next(line for line in lines if line.startswith("fragc-vega.js"))
    assert vega.split()[1] == "5"  # raw kB
    assert "missing" in next(line for line in lines if line.startswith("fragc-plotly.js"))
