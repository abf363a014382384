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
    FRAGC_ALIASES,
    REMOVED,
    STREAMLIT_NAMES,
    implemented_names,
)
from fragc.shim.modules import SUBMODULES

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


# Names Streamlit's package exports that are modules or helpers, not API an app calls
# (besides _INTERNAL: st.column_config's module and st.user's module).
_MODULES = _INTERNAL | {"column_config", "user_info"}

# Names fragc defines but that cannot do their job in a static site: calling one raises
# an error that says why, and `fragc check` reports it first (FRG035).
SERVER_ONLY = {
    "login": "signing in needs Streamlit's server (an OpenID Connect redirect and a signed "
    "cookie); protect the site with your host's authentication instead",
    "logout": "nobody is signed in to a static site (st.user stays logged out)",
    "App": "Streamlit's ASGI server wrapper; a static site has no server",
}

# Why each name fragc does not have yet is missing (the default: not built yet).
NOT_YET = {
    **dict.fromkeys(
        (
            "data_editor",
            "plotly_chart",
            "pyplot",
            "pydeck_chart",
            "map",
            "graphviz_chart",
            "mermaid_chart",
        ),
        "charts and data editing: being built (issue 11, docs/data-and-charts.md)",
    ),
}


def public_names() -> frozenset[str]:
    """Streamlit 1.67's public API: ``dir(streamlit)`` without modules and fragc's aliases (112)."""
    return frozenset(STREAMLIT_NAMES - FRAGC_ALIASES - _MODULES)


def _names(names: Collection[str]) -> str:
    return ", ".join(f"`st.{name}`" for name in sorted(names, key=str.lower)) or "none"


def render() -> str:
    implemented = set(implemented_names()) - set(SERVER_ONLY)
    public = set(public_names())
    available = implemented & public
    missing = public - implemented - set(SERVER_ONLY)
    elements = (ELEMENT_COMMANDS | BLOCK_COMMANDS) & available
    lines = [
        "# The Streamlit API in fragc",
        "",
        f"<!-- Generated from fragc.shim.api and Streamlit 1.67's names: run `{REGENERATE}`. -->",
        "",
        "fragc runs your script against its own implementation of `streamlit` (Streamlit 1.67's",
        "signatures and behaviour; deliberate differences are in [differences.md](differences.md)).",
        "Streamlit 1.67's `streamlit` module has "
        f"{len(public)} public names (besides its submodules); fragc provides {len(available)}.",
        "A name from the last two lists is reported by `fragc check` / `fragc build` (FRG035,",
        "FRG031) with its location, and calling it in the browser shows an error that names it.",
        "",
        f"## Available ({len(available)} of {len(public)})",
        "",
        f"Elements and containers, also on `st.sidebar`, columns and other containers: "
        f"{_names(elements)}.",
        "",
        f"Everything else: {_names(available - elements)}.",
        "",
        "Also kept: the deprecated aliases "
        f"{_names(FRAGC_ALIASES & set(implemented_names()))} (same behaviour).",
        "",
        "## Submodules apps import",
        "",
        "`import streamlit.X` works for these (any other is FRG031):",
        "",
        *(f"- `{name}`" for name in sorted(SUBMODULES)),
        "",
        "`runtime.exists()` is True while the app runs; `get_script_run_ctx()` returns a",
        "context with `session_id`, `session_state`, `query_string`, `main_script_path`,",
        "`page_script_hash`, `user_info` and the fragment being run; `add_script_run_ctx(thread)`",
        "returns the thread (Python runs on one thread in the browser).",
        "",
        f"## Not possible in a static site ({len(SERVER_ONLY)}, FRG035)",
        "",
        "| name | why |",
        "|---|---|",
        *(f"| `st.{name}` | {why} |" for name, why in sorted(SERVER_ONLY.items())),
        "",
        f"## Not available yet ({len(missing)}, FRG031)",
        "",
        "| name | why |",
        "|---|---|",
        *(
            f"| `st.{name}` | {NOT_YET.get(name, 'not built yet')} |"
            for name in sorted(missing, key=str.lower)
        ),
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
