"""The drawing libraries' lazy chunks: their sizes and when a page loads them (issue 11).

    python -m bench.chunks [--dist runtime_js/dist]

Prints each ``assets/fragc-<name>.js`` chunk's size raw, gzip (level 9) and brotli
(quality 11, as ``fragc build`` precompresses), and what makes a page import it. A site
carries only the chunks its app can use (``fragc.analysis.shim_families``), and no page
loads one before an element needs it, so none of these bytes are part of a first visit.
"""

from __future__ import annotations

import argparse
import gzip
from pathlib import Path

import brotli

REPO = Path(__file__).resolve().parent.parent

# chunk -> what makes a page import it (render/lazy.js's LAZY_KINDS, render/markdown.js).
WHEN = {
    "vega": "the first st.line_chart / area / bar / scatter, st.vega_lite_chart, st.altair_chart",
    "plotly": "the first st.plotly_chart (or st.write of a Plotly figure)",
    "echarts": "the first st.echarts_chart",
    "graphviz": "the first st.graphviz_chart",
    "deck": "the first st.map or st.pydeck_chart",
    "grid": "the first st.data_editor, or st.dataframe with column types or on_select",
    "mermaid": "the first st.mermaid_chart, or a ```mermaid fence in Markdown",
}


def sizes(path: Path) -> tuple[int, int, int]:
    data = path.read_bytes()
    return (
        len(data),
        len(gzip.compress(data, compresslevel=9, mtime=0)),
        len(brotli.compress(data, quality=11)),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.chunks", description=__doc__)
    parser.add_argument("--dist", type=Path, default=REPO / "runtime_js" / "dist")
    args = parser.parse_args(argv)
    print(f"{'chunk':<22}{'raw kB':>9}{'gzip kB':>9}{'br kB':>9}  loaded on")
    for name, when in WHEN.items():
        path = args.dist / f"fragc-{name}.js"
        if not path.is_file():
            print(f"{path.name:<22}{'missing: run npm run build':>27}")
            continue
        raw, gz, br = sizes(path)
        print(f"{path.name:<22}{raw / 1000:>9.0f}{gz / 1000:>9.0f}{br / 1000:>9.0f}  {when}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
