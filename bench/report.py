"""The bench's result as a JSON-able dict, and the readable table. Pure functions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bench.stats import median, ratio, summarize

# The issues' targets (ms).
TARGET_APP_BOOT_COST_MS = 300.0
TARGET_FRAGMENT_RERUN_P50_MS = 10.0
# Issue 12, against Streamlit in the same run (fragc / streamlit).
TARGET_CONTENT_VISIBLE_RATIO = 0.4
TARGET_INTERACTIVE_RATIO = 1.2

# One table row per figure: (JSON name, label, which summary field; None: a plain number).
ROWS: tuple[tuple[str, str, str | None], ...] = (
    ("content_visible_ms", "content visible, median", "p50"),
    ("cold_boot_ms", "interactive (cold boot), median", "p50"),
    ("bare_pyodide_boot_ms", "  bare Pyodide boot, median", "p50"),
    ("app_boot_cost_ms", "  app's own boot cost", None),
    ("after_pyodide_ms", "  app's own cost after Pyodide, median", "p50"),
    ("connected_ms", "  until CONNECTED, median", "p50"),
    ("content_shown_ms", "  until content shown, median", "p50"),
    ("reload_visible_ms", "reload: content visible, median", "p50"),
    ("reload_interactive_ms", "reload: interactive, median", "p50"),
    ("fragment_rerun_ms", "fragment rerun p50", "p50"),
    ("fragment_rerun_ms", "fragment rerun p90", "p90"),
    ("fragment_rerun_ms", "fragment rerun max", "max"),
    ("full_rerun_ms", "full rerun p50", "p50"),
    ("full_rerun_ms", "full rerun p90", "p90"),
    ("full_rerun_ms", "full rerun max", "max"),
)

# fragc's worker posts this boot:progress message once Pyodide is loaded
# (runtime_js/src/worker.js), and the bench ends every boot's steps with FIRST_RUN_DONE.
PYODIDE_LOADED_STEP = "Loading app…"
FIRST_RUN_DONE = "first run done"

# Figures with a target: (JSON name, field) -> target in ms.
TARGETS: dict[tuple[str, str | None], float] = {
    ("app_boot_cost_ms", None): TARGET_APP_BOOT_COST_MS,
    ("fragment_rerun_ms", "p50"): TARGET_FRAGMENT_RERUN_P50_MS,
}
# Figures with a target relative to Streamlit's in the same run: -> the largest ratio.
RATIO_TARGETS: dict[tuple[str, str | None], float] = {
    ("content_visible_ms", "p50"): TARGET_CONTENT_VISIBLE_RATIO,
    ("cold_boot_ms", "p50"): TARGET_INTERACTIVE_RATIO,
}


def side_result(
    *,
    boot: Sequence[float],
    connected: Sequence[float],
    content: Sequence[float],
    fragment: Sequence[float] = (),
    full: Sequence[float] = (),
    visible: Sequence[float] = (),
    reload_boot: Sequence[float] = (),
    reload_visible: Sequence[float] = (),
    bytes_first: Sequence[float] = (),
    bytes_reload: Sequence[float] = (),
    phases: Sequence[Sequence[tuple[str, float]]] = (),
    bare: Sequence[float] | None = None,
) -> dict[str, Any]:
    """One side's figures from its samples (ms, bytes). fragc's side also has the bare
    Pyodide boot and the app's own boot cost. Figures without samples are left out."""
    result: dict[str, Any] = {"cold_boot_ms": summarize(boot)}
    for name, samples in (
        ("content_visible_ms", visible),
        ("reload_visible_ms", reload_visible),
        ("reload_interactive_ms", reload_boot),
        ("first_visit_bytes", bytes_first),
        ("reload_bytes", bytes_reload),
    ):
        if samples:
            result[name] = summarize(samples)
    if bare is not None:
        result["bare_pyodide_boot_ms"] = summarize(bare)
        # The difference of the medians: what the app adds on top of Pyodide's own boot.
        result["app_boot_cost_ms"] = round(
            result["cold_boot_ms"]["p50"] - result["bare_pyodide_boot_ms"]["p50"], 2
        )
    result["connected_ms"] = summarize(connected)
    result["content_shown_ms"] = summarize(content)
    if fragment:
        result["fragment_rerun_ms"] = summarize(fragment)
    if full:
        result["full_rerun_ms"] = summarize(full)
    if any(phases):
        result["boot_phases_ms"] = phase_medians(phases)
        after = [
            steps[FIRST_RUN_DONE] - steps[PYODIDE_LOADED_STEP]
            for steps in map(dict, phases)
            if PYODIDE_LOADED_STEP in steps and FIRST_RUN_DONE in steps
        ]
        if after:
            result["after_pyodide_ms"] = summarize(after)
    return result


def phase_medians(boots: Sequence[Sequence[tuple[str, float]]]) -> list[dict[str, Any]]:
    """Per named boot step, the median time it was reached (ms from navigation start),
    in order of that median; steps seen in only some boots say so."""
    times: dict[str, list[float]] = {}
    for steps in boots:
        for name, at in steps:
            times.setdefault(name, []).append(at)
    ordered = sorted(times, key=lambda name: median(times[name]))
    return [
        {"phase": name, "p50": round(median(times[name]), 1), "n": len(times[name])}
        for name in ordered
    ]


def figure(side: dict[str, Any] | None, name: str, field: str | None) -> float | None:
    """One number of a side's result, or None when that side has no such figure."""
    if side is None or name not in side:
        return None
    value = side[name]
    if field is None:
        return float(value)
    return float(value[field])


def ratio_key(name: str, field: str | None) -> str:
    base = name.removesuffix("_ms")
    return base if field is None else f"{base}_{field}"


def make_result(
    *,
    app: str,
    boots: int,
    clicks: int,
    browser: str,
    fragc: dict[str, Any],
    streamlit: dict[str, Any] | None = None,
    variants: dict[str, dict[str, Any]] | None = None,
    notes: Sequence[str] = (),
    machine: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Everything ``--json`` prints: both sides, the ratios (fragc / streamlit) and the targets."""
    ratios: dict[str, float | None] | None = None
    if streamlit is not None:
        ratios = {}
        for name, _label, field in ROWS:
            mine, theirs = figure(fragc, name, field), figure(streamlit, name, field)
            if mine is not None and theirs is not None:
                ratios[ratio_key(name, field)] = ratio(mine, theirs)
    targets = []
    for (name, field), limit in TARGETS.items():
        value = figure(fragc, name, field)
        targets.append(
            {
                "figure": ratio_key(name, field),
                "target_ms": limit,
                "value_ms": value,
                # A negative difference of medians is the machine's noise, not a result.
                "met": None if value is None or value < 0 else value <= limit,
            }
        )
    for (name, field), limit in RATIO_TARGETS.items():
        value = None if ratios is None else ratios.get(ratio_key(name, field))
        targets.append(
            {
                "figure": ratio_key(name, field),
                "target_ratio_to_streamlit": limit,
                "ratio": value,
                "met": None if value is None else value <= limit,
            }
        )
    return {
        "app": app,
        "boots": boots,
        "clicks": clicks,
        "browser": browser,
        "machine": machine or {},
        "fragc": fragc,
        "streamlit": streamlit,
        "variants": variants or {},
        "ratios": ratios,
        "targets": targets,
        "notes": list(notes),
    }


def _cell(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _verdict(
    value: float,
    limit: float | None,
    ratio_value: float | None = None,
    ratio_limit: float | None = None,
) -> str:
    if ratio_limit is not None:
        if ratio_value is None:
            return f"<= {ratio_limit:g}x streamlit"
        return f"<= {ratio_limit:g}x streamlit {'ok' if ratio_value <= ratio_limit else 'MISSED'}"
    if limit is None:
        return ""
    if value < 0:  # a difference of two noisy medians: says nothing
        return f"<= {limit:g} ? (noise)"
    return f"<= {limit:g} {'ok' if value <= limit else 'MISSED'}"


# The per-build comparison: (JSON name, column, unit divisor, digits).
VARIANT_COLUMNS: tuple[tuple[str, str, float, int], ...] = (
    ("content_visible_ms", "visible ms", 1, 0),
    ("cold_boot_ms", "interactive ms", 1, 0),
    ("reload_visible_ms", "reload visible ms", 1, 0),
    ("reload_interactive_ms", "reload interactive ms", 1, 0),
    ("first_visit_bytes", "first visit MB", 1e6, 2),
    ("reload_bytes", "reload MB", 1e6, 3),
)


def _variants_table(result: dict[str, Any]) -> list[str]:
    """Medians per build (fragc's variants, then Streamlit): boot times and bytes received."""
    sides = dict(result.get("variants") or {})
    if result.get("streamlit"):
        sides["streamlit"] = result["streamlit"]
    if not sides:
        return []
    rows = [["side (medians)", *(column for _name, column, _div, _digits in VARIANT_COLUMNS)]]
    for side_name, side in sides.items():
        row = [side_name]
        for name, _column, divisor, digits in VARIANT_COLUMNS:
            value = figure(side, name, "p50")
            row.append(_cell(None if value is None else value / divisor, digits))
        rows.append(row)
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(
            [
                row[0].ljust(widths[0]),
                *(c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)),
            ]
        )
        for row in rows
    ]
    return ["", lines[0], "  ".join("-" * width for width in widths), *lines[1:]]


def format_table(result: dict[str, Any]) -> str:
    """The readable report: one row per figure, in ms, with the ratio and the target."""
    fragc, streamlit = result["fragc"], result.get("streamlit")
    header = ["figure (ms)", "fragc"]
    if streamlit is not None:
        header += ["streamlit", "fragc/streamlit"]
    header.append("target")
    rows = [header]
    for name, label, field in ROWS:
        mine = figure(fragc, name, field)
        if mine is None:
            continue
        row = [label, _cell(mine)]
        theirs = figure(streamlit, name, field)
        if streamlit is not None:
            row += [_cell(theirs), _cell(ratio(mine, theirs), 2)]
        row.append(
            _verdict(
                mine,
                TARGETS.get((name, field)),
                ratio(mine, theirs),
                RATIO_TARGETS.get((name, field)),
            )
        )
        rows.append(row)
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]

    def line(row: list[str]) -> str:
        cells = [row[0].ljust(widths[0])]
        cells += [cell.rjust(width) for cell, width in zip(row[1:-1], widths[1:-1], strict=True)]
        cells.append(row[-1].ljust(widths[-1]))
        return "  ".join(cells).rstrip()

    title = (
        f"fragc bench: {result['app']}  ({result['browser']}; cold boot: median of "
        f"{result['boots']} fresh contexts; reruns: {result['clicks']} clicks each)"
    )
    out = [title, "", line(rows[0]), "  ".join("-" * width for width in widths)]
    out += [line(row) for row in rows[1:]]
    out += _variants_table(result)
    for side in ("fragc", "streamlit"):
        phases = (result.get(side) or {}).get("boot_phases_ms")
        if phases:
            steps = " > ".join(f"{step['phase']} {step['p50']:.0f}" for step in phases)
            out += ["", f"{side} boot steps (median ms from navigation start): {steps}"]
    notes = list(result.get("notes", ()))
    if notes:
        out.append("")
        out += [f"note: {note}" for note in notes]
    return "\n".join(out)
