"""``streamlit.delta_generator``: the container type (``DeltaGenerator``) apps annotate with."""

from __future__ import annotations

from fragc.shim.delta_generator import DeltaGenerator as DeltaGenerator

__all__ = ["DeltaGenerator"]
