"""Generate docs/api.md: which of Streamlit 1.67's ``st.`` names fragc provides.

Usage: ``python -m fragc.analysis.api_docs docs/api.md`` (no argument prints to stdout).
The lists come from the same place as rules FRG030/FRG031 (``streamlit_api``), so the
page, the build-time check and the run-time module agree; a test fails when the
committed page is stale.
"""

from __future__ import annotations

import sys
from collections.abc import Collection
from pathlib import Path

from fragc.analysis.streamlit_api import (
    BLOCK_COMMANDS,
    ELEMENT_COMMANDS,
    REMOVED,
    STREAMLIT_NAMES,
    implemented_names,
)

REGENERATE = "PYTHONPATH=compiler python -m fragc.analysis.api_docs docs/api.md"

# Top-level names of the streamlit package that are its own submodules or helpers,
# not API an app calls (dir(streamlit) lists them all).
_INTERNAL = frozenset(
    """
    auth_util byte_util cli_util commands components config config_option config_util
    connections cursor dataframe_util delta_generator delta_generator_singletons
    deprecation_util development elements env_util error_util errors file_util logger
    net_util path_security proto runtime signal_util source_util starlette streamlit
    string_util time_util toml_writer type_util typing url_util util version watcher web
    """.split()
)


def _names(names: Collection[str]) -> str:
    return ", ".join(f"`st.{name}`" for name in sorted(names, key=str.lower)) or "none"


def render() -> str:
    implemented = set(implemented_names())
    public = set(STREAMLIT_NAMES) - _INTERNAL
    missing = public - implemented
    elements = (ELEMENT_COMMANDS | BLOCK_COMMANDS) & implemented
    lines = [
        "# The Streamlit API in fragc",
        "",
        f"<!-- Generated from fragc.shim.api and Streamlit 1.67's names: run `{REGENERATE}`. -->",
        "",
        "fragc runs your script against its own implementation of `streamlit` (Streamlit 1.67's",
        "signatures and behaviour; deliberate differences are in [differences.md](differences.md)).",
        "A name from the second list is reported by `fragc check` / `fragc build` (FRG031) with",
        "its location, and calling it in the browser shows an error that names it.",
        "",
        f"## Available ({len(implemented & public)} of {len(public)})",
        "",
        f"Elements and containers, also on `st.sidebar`, columns and other containers: "
        f"{_names(elements)}.",
        "",
        f"Everything else: {_names((implemented & public) - elements)}.",
        "",
        f"## Not available yet ({len(missing)})",
        "",
        _names(missing) + ".",
        "",
        "## Removed from Streamlit (FRG030 names the replacement)",
        "",
        "| old name | use |",
        "|---|---|",
        *(f"| `st.{old}` | `{new}` |" for old, new in sorted(REMOVED.items())),
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if len(argv) > 1:
        Path(argv[1]).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
