"""st.get_option and st.set_option (also ``streamlit.config``), as in Streamlit 1.67.

Options read Streamlit's defaults (``config_defaults.py``), overridden by the app's
``.streamlit/config.toml`` when it is bundled with the app (the build copies it).
As in Streamlit, only the ``client.*`` options can be set while the app runs; the
others say where to set them. fragc itself reads few of them (docs/api.md says which).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from fragc.shim.config_defaults import DEFAULTS
from fragc.shim.errors import StreamlitAPIException

CONFIG_FILE = Path(".streamlit") / "config.toml"  # relative to the app's directory
# What Streamlit lets a script change (its "scriptable" options).
SCRIPTABLE = frozenset(
    {
        "logger.enableRich",
        "client.showErrorDetails",
        "client.toolbarMode",
        "client.disableDataExport",
        "client.showSidebarNavigation",
    }
)
# theme.light.*, theme.dark.*, theme.sidebar.*: the same names as theme.*.
_THEME_VARIANT = re.compile(r"^theme\.(?:(?:light|dark)\.)?(?:sidebar\.)?([A-Za-z]+)$")

# Per session (tests run many apps in one process): options set, config.toml read.
_set: dict[str, dict[str, Any]] = {}
_files: dict[str, dict[str, Any]] = {}


def _session_key() -> str:
    from fragc.shim.session import _session

    return "" if _session is None else _session.session_id


def _known(key: str) -> bool:
    if key in DEFAULTS or key in SCRIPTABLE:
        return True
    match = _THEME_VARIANT.match(key)
    return match is not None and f"theme.{match.group(1)}" in DEFAULTS


def _app_dir() -> Path:
    from fragc.shim.session import _session

    return Path(".") if _session is None else Path(_session.script_path).parent


def _from_file() -> dict[str, Any]:
    key = _session_key()
    if key not in _files:
        try:
            import tomllib

            with open(_app_dir() / CONFIG_FILE, "rb") as handle:
                data = tomllib.load(handle)
        except (OSError, ValueError):
            data = {}
        _files[key] = {}
        _flatten(data, "", _files[key])
    return _files[key]


def _flatten(table: dict[str, Any], prefix: str, out: dict[str, Any]) -> None:
    for name, value in table.items():
        key = f"{prefix}{name}"
        if isinstance(value, dict) and not _known(key):
            _flatten(value, f"{key}.", out)
        else:
            out[key] = value


def get_option(key: str) -> Any:
    if not _known(key):
        raise RuntimeError(f'Config key "{key}" not defined.')
    chosen = _set.get(_session_key(), {})
    if key in chosen:
        return chosen[key]
    return _from_file().get(key, DEFAULTS.get(key))


def set_option(key: str, value: Any) -> None:
    if not _known(key):
        raise StreamlitAPIException(f"Unrecognized config option: {key}")
    if key not in SCRIPTABLE:
        raise StreamlitAPIException(
            f"{key} cannot be set on the fly. Set as command line option, e.g. "
            f"streamlit run script.py --{key}, or in config.toml instead."
        )
    _set.setdefault(_session_key(), {})[key] = value


def get_options_for_section(section: str) -> dict[str, Any]:
    prefix = f"{section}."
    return {
        key[len(prefix) :]: get_option(key)
        for key in DEFAULTS
        if key.startswith(prefix) and "." not in key[len(prefix) :]
    }
