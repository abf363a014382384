"""``streamlit.components``: the package of ``streamlit.components.v1``.

``st.components.v1.html(...)`` works without importing the submodule first, as in
Streamlit (whose ``streamlit/__init__.py`` imports it).
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    if name == "v1":
        import importlib

        return importlib.import_module("streamlit.components.v1")
    raise AttributeError(f"module 'streamlit.components' has no attribute '{name}'")
