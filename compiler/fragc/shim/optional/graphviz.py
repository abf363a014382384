"""``st.graphviz_chart`` with Streamlit 1.67's signature.

The DOT source (a string, or a ``graphviz.Graph`` / ``Digraph`` / ``Source``, whose
``source`` and ``engine`` are read) travels to the page, where Graphviz compiled to
WebAssembly (``@hpcc-js/wasm-graphviz``, in the ``fragc-graphviz`` chunk) lays it out,
as Streamlit's page does with the same library.
"""

from __future__ import annotations

import hashlib
from typing import Any

from fragc.protocol.elements import GraphvizChartProps
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.elements.data import normalize_alt
from fragc.shim.elements.layout_params import (
    StreamlitInvalidParameterTypeError,
    validate_height,
    validate_width,
)


def is_graphviz_chart(value: Any) -> bool:
    """A ``graphviz`` package object with a DOT source (1.67's ``type_util.is_graphviz_chart``)."""
    module = type(value).__module__ or ""
    return module.split(".")[0] == "graphviz" and isinstance(getattr(value, "source", None), str)


def dot_and_engine(figure_or_dot: Any) -> tuple[str, str]:
    if is_graphviz_chart(figure_or_dot):
        return figure_or_dot.source, str(getattr(figure_or_dot, "engine", "dot") or "dot")
    if isinstance(figure_or_dot, str):
        return figure_or_dot, "dot"
    raise StreamlitInvalidParameterTypeError(
        "figure_or_dot",
        type(figure_or_dot).__name__,
        ["graphviz.Graph", "graphviz.Digraph", "graphviz.Source", "str"],
    )


class GraphvizMixin(DeltaGeneratorBase):
    def graphviz_chart(
        self,
        figure_or_dot: Any,
        use_container_width: bool | None = None,
        *,
        width: str | int = "content",
        height: str | int = "content",
        alt: str | None = None,
    ) -> Any:
        if use_container_width is not None:
            width = "stretch" if use_container_width else "content"
        dot, engine = dot_and_engine(figure_or_dot)
        validate_width(width, allow_content=True)
        validate_height(height, allow_content=True)
        # Streamlit's element id: a hash of where the chart is (its DOM id on the page).
        where = ".".join(map(str, self._next_path()))
        props: GraphvizChartProps = {
            "spec": dot,
            "engine": engine,
            "element_id": hashlib.md5(where.encode(), usedforsecurity=False).hexdigest(),
            "width": width,
            "height": height,
            "alt": normalize_alt(alt),
        }
        return self._enqueue({"kind": "graphviz_chart", "props": props})


Mixin = GraphvizMixin
