"""``st.plotly_chart`` with Streamlit 1.67's signature, theme and selections.

The figure travels as Plotly's own JSON (``plotly.io.to_json``) and the page draws it
with plotly.js (``runtime_js/src/chunks/plotly.js``, a chunk loaded the first time a
page shows a Plotly chart). A dict (or a list of traces) works without the ``plotly``
package, which saves an app that builds its figures by hand a large download.

As ``import streamlit`` does, the first import of Plotly's graph objects makes
Streamlit's template (``"streamlit"``) Plotly's default: its colours are placeholders
(``#000001``...) the page replaces with the theme's colours, or with Plotly's own
colours when ``theme=None``.

With ``on_select="rerun"`` or a callback, the chart is a widget whose value is
Streamlit's selection object: ``{"selection": {"points", "point_indices", "box",
"lasso"}}``.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import json
import sys
import types
from collections.abc import Iterable, Sequence
from typing import Any, Final, Literal

from fragc.protocol.elements import PlotlyChartProps
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.elements.data import normalize_alt
from fragc.shim.elements.layout_params import validate_height, validate_width
from fragc.shim.errors import StreamlitValueError
from fragc.shim.optional.common import (
    ReadOnlyAttributeDictionary,
    as_set,
    check_on_select,
    selection_widget,
)

SELECTION_MODES: Final = ("box", "lasso", "points")
DEFAULT_WIDTH: Final = 700  # width="content" of a figure without a layout width
DEFAULT_HEIGHT: Final = 450


class PlotlySelectionState(ReadOnlyAttributeDictionary):
    """``points``, ``point_indices``, ``box``, ``lasso``."""


class PlotlyState(ReadOnlyAttributeDictionary):
    """``selection``: the :class:`PlotlySelectionState`."""

    def __getitem__(self, key: Any) -> Any:
        if key == "selection":
            item = dict.__getitem__(self, key)
            return item if isinstance(item, PlotlySelectionState) else PlotlySelectionState(item)
        return super().__getitem__(key)


def _empty_selection() -> dict[str, list[Any]]:
    return {"points": [], "point_indices": [], "box": [], "lasso": []}


def deserialize_selection(value: Any) -> PlotlyState:
    """The page's value (None before any selection) as 1.67's ``PlotlyChartSelectionSerde``."""
    if not isinstance(value, dict) or not isinstance(value.get("selection"), dict):
        return PlotlyState({"selection": PlotlySelectionState(_empty_selection())})
    state = dict(value)
    state["selection"] = PlotlySelectionState({**_empty_selection(), **value["selection"]})
    return PlotlyState(state)


def parse_selection_mode(selection_mode: str | Iterable[str]) -> list[str]:
    modes = as_set(selection_mode)
    if not modes <= set(SELECTION_MODES):
        raise StreamlitValueError("selection_mode", [f"'{mode}'" for mode in SELECTION_MODES])
    return sorted(modes)


def _layout_size(figure: Any, name: str) -> Any:
    if isinstance(figure, dict):
        layout = figure.get("layout")
        return layout.get(name) if isinstance(layout, dict) else None
    try:
        return getattr(figure.layout, name)
    except (AttributeError, TypeError):
        return None


def resolve_size(value: Any, figure: Any, name: str, default: int) -> Any:
    """``"content"``: the figure's own layout width/height, else Streamlit's default."""
    if value != "content":
        return value
    size = _layout_size(figure, name)
    if isinstance(size, (int, float)) and not isinstance(size, bool) and size > 0:
        return int(size)
    return default


def figure_json(figure_or_data: Any) -> tuple[str, Any]:
    """(Plotly's JSON text of the figure, the figure whose layout gives its size)."""
    if _is_matplotlib_figure(figure_or_data):
        import plotly.tools

        figure = plotly.tools.mpl_to_plotly(figure_or_data)
        return _to_json(figure), figure
    plotly_io = _plotly_io()
    if plotly_io is None:
        # No plotly package: plain dicts (and lists of traces) are already Plotly's JSON.
        figure = _plain_figure(figure_or_data)
        return json.dumps(figure, default=str), figure
    import plotly.tools

    figure = plotly.tools.return_figure_from_figure_or_data(figure_or_data, validate_figure=True)
    return _to_json(figure), figure


def _to_json(figure: Any) -> str:
    import plotly.io

    text: str = plotly.io.to_json(figure, validate=False)
    return text


def _plotly_io() -> types.ModuleType | None:
    try:
        import plotly.io
    except ImportError:
        return None
    module: types.ModuleType = plotly.io
    return module


def _plain_figure(data: Any) -> dict[str, Any]:
    if isinstance(data, dict):
        if "data" in data or "layout" in data:
            return {"data": list(data.get("data") or []), "layout": dict(data.get("layout") or {})}
        return {"data": [data], "layout": {}}
    if isinstance(data, (list, tuple)):
        return {"data": list(data), "layout": {}}
    raise ImportError(
        "st.plotly_chart needs the `plotly` package for this figure "
        f"({type(data).__name__}); add plotly to requirements.txt"
    )


def _is_matplotlib_figure(value: Any) -> bool:
    cls = type(value)
    return (cls.__module__ or "").startswith("matplotlib") and any(
        base.__name__ == "Figure" for base in cls.__mro__
    )


class PlotlyMixin(DeltaGeneratorBase):
    def plotly_chart(
        self,
        figure_or_data: Any,
        use_container_width: bool | None = None,
        *,
        width: str | int = "stretch",
        height: str | int = "content",
        theme: Literal["streamlit"] | None = "streamlit",
        key: str | int | None = None,
        on_select: Any = "ignore",
        selection_mode: str | Iterable[str] = ("points", "box", "lasso"),
        config: dict[str, Any] | None = None,
        alt: str | None = None,
    ) -> Any:
        if use_container_width is not None:
            if use_container_width:
                width = "stretch"
            elif not isinstance(width, int):
                width = "content"
        validate_width(width, allow_content=True)
        validate_height(height, allow_content=True)
        if theme not in ("streamlit", None):
            raise StreamlitValueError("theme", ["'streamlit'", "None"])
        check_on_select(on_select)
        selecting = on_select != "ignore"
        spec, figure = figure_json(figure_or_data)
        modes = parse_selection_mode(selection_mode) if selecting else []
        config_text = json.dumps(config or {}, default=str)
        props: PlotlyChartProps = {
            "spec": spec,
            "config": config_text,
            "theme": theme,
            "width": resolve_size(width, figure, "width", DEFAULT_WIDTH),
            "height": resolve_size(height, figure, "height", DEFAULT_HEIGHT),
            "selection_mode": modes,
            "alt": normalize_alt(alt),
        }
        if not selecting:
            return self._enqueue(
                {"kind": "plotly_chart", "props": props}, key=None if key is None else str(key)
            )
        return selection_widget(
            self,
            {"kind": "plotly_chart", "props": props},
            key=key,
            on_select=on_select,
            id_parts={
                "plotly_spec": spec,
                "plotly_config": config_text,
                "selection_mode": modes,
                "is_selection_activated": True,
                "theme": theme,
                "width": width,
                "height": height,
                "alt": props["alt"],
            },
            deserialize=deserialize_selection,
        )


Mixin = PlotlyMixin  # what DeltaGenerator looks up (shim/optional/__init__.py)


# ------------------------------------------------------------------ the theme

# Placeholder colours the page replaces (runtime_js/src/chunks/plotly.js), as
# Streamlit's `streamlit_plotly_theme.py` defines them.
_CATEGORY = [f"#0000{n:02d}" for n in range(1, 11)]
_SEQUENTIAL = [f"#0000{n:02d}" for n in range(11, 21)]
_DIVERGING = [f"#0000{n:02d}" for n in range(21, 31)]
INCREASING, DECREASING, TOTAL = "#000032", "#000033", "#000034"
GRAY_70, GRAY_90, BG_COLOR, FADED_TEXT_05, BG_MIX = (
    "#000036",
    "#000037",
    "#000038",
    "#000039",
    "#000040",
)


def _scale(colors: Sequence[str]) -> list[list[Any]]:
    return [[i / (len(colors) - 1), color] for i, color in enumerate(colors)]


def streamlit_template() -> dict[str, Any]:
    """Streamlit 1.67's Plotly template, as plain data."""
    sequential = _scale(_SEQUENTIAL)
    return {
        "data": {
            "candlestick": [
                {
                    "decreasing": {"line": {"color": DECREASING}},
                    "increasing": {"line": {"color": INCREASING}},
                }
            ],
            "contour": [{"colorscale": sequential}],
            "contourcarpet": [{"colorscale": sequential}],
            "heatmap": [{"colorscale": sequential}],
            "histogram2d": [{"colorscale": sequential}],
            "icicle": [{"textfont": {"color": "white"}}],
            "sankey": [{"textfont": {"color": GRAY_70}}],
            "scatter": [{"marker": {"line": {"width": 0}}}],
            "table": [
                {
                    "cells": {
                        "fill": {"color": BG_COLOR},
                        "font": {"color": GRAY_90},
                        "line": {"color": FADED_TEXT_05},
                    },
                    "header": {
                        "font": {"color": GRAY_70},
                        "line": {"color": FADED_TEXT_05},
                        "fill": {"color": BG_MIX},
                    },
                }
            ],
            "waterfall": [
                {
                    "increasing": {"marker": {"color": INCREASING}},
                    "decreasing": {"marker": {"color": DECREASING}},
                    "totals": {"marker": {"color": TOTAL}},
                    "connector": {"line": {"color": GRAY_70, "width": 2}},
                }
            ],
        },
        "layout": {
            "colorway": list(_CATEGORY),
            "colorscale": {
                "sequential": sequential,
                "sequentialminus": sequential,
                "diverging": _scale(_DIVERGING),
            },
            "coloraxis": {"colorscale": sequential},
        },
    }


def configure_theme() -> None:
    """Register Streamlit's template and make it Plotly's default (1.67 does it on import)."""
    import plotly.graph_objects as go
    import plotly.io as pio

    if "streamlit" in pio.templates:
        return
    pio.templates["streamlit"] = go.layout.Template(streamlit_template())
    pio.templates.default = "streamlit"


# Plotly's graph objects, under either name (plotly.express imports the old one).
_TRIGGERS: Final = frozenset({"plotly.graph_objects", "plotly.graph_objs"})


class _ThemeOnImport(importlib.abc.MetaPathFinder):
    """Configures the theme right after the app's first import of Plotly's graph objects.

    Every figure needs them (``plotly.express`` imports them too), and once they have
    run, ``plotly.io`` can register a template without an import cycle.
    """

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: types.ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in _TRIGGERS:
            return None
        sys.meta_path.remove(self)  # once; also keeps the lookup below from finding us
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None:
            return spec
        loader = spec.loader
        run_module = loader.exec_module

        def exec_module(module: types.ModuleType) -> None:
            run_module(module)
            configure_theme()

        loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def install_import_hook() -> None:
    """Called at boot (``shim/optional/__init__.py``): before the app imports Plotly."""
    if _TRIGGERS & sys.modules.keys():
        configure_theme()
    elif not any(isinstance(finder, _ThemeOnImport) for finder in sys.meta_path):
        sys.meta_path.insert(0, _ThemeOnImport())
