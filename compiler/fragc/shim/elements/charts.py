"""Charts: ``st.line_chart``, ``area_chart``, ``bar_chart``, ``scatter_chart``,
``st.vega_lite_chart`` and ``st.altair_chart``, with Streamlit 1.67's signatures.

Every chart is a Vega-Lite spec the page draws with vega-embed (a bundle loaded the first
time a page shows a chart: ``runtime_js/src/elements/charts.js``). As in Streamlit, the
data travels beside the spec, not inside it: ``data`` (the spec's main data) and
``datasets`` (named data) are columnar JSON (``columns`` + ``rows``), which the page turns
into the row objects Vega wants. The spec is JSON text (``protocol.py``'s prop).
With ``on_select``, a chart is a widget whose value is its selection parameters'
state (``shim/optional/vega.py``).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Mapping
from contextlib import nullcontext
from typing import Any, Final, Literal

from fragc.protocol.elements import ChartData, VegaLiteChartProps
from fragc.shim import dataframes
from fragc.shim.dataframes import Frame
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.elements.builtin_charts import ChartType, check_stack, generate_chart
from fragc.shim.elements.data import normalize_alt
from fragc.shim.elements.layout_params import validate_height, validate_width
from fragc.shim.errors import (
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)

# Above this many points Streamlit draws on a canvas instead of SVG (1.67's note).
CANVAS_THRESHOLD: Final = 2000
_GEO_TYPES: Final = frozenset(
    {"Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon"}
)
_COMPOSITIONS: Final = ("hconcat", "vconcat", "concat", "layer", "facet", "repeat")


# ------------------------------------------------------------------ data


def _chart_cell(value: Any) -> Any:
    # Dates become local midnight ("2024-01-31T00:00:00"): a bare ISO date is read by
    # JavaScript as UTC midnight, which west of Greenwich is the day before.
    if isinstance(value, _dt.date) and not isinstance(value, _dt.datetime):
        return value.isoformat() + "T00:00:00"
    return dataframes.cell(value)


def chart_data_json(frame: Frame, *, with_index: bool = False) -> ChartData:
    """Columnar JSON of a chart's data: ``columns`` and row-major ``rows``."""
    names = frame.names
    columns = [[_chart_cell(v) for v in column] for column in frame.values]
    if with_index:
        # Streamlit's page adds each row's index as the field "(index)".
        names = ["(index)", *names]
        columns = [[_chart_cell(v) for v in frame.index], *columns]
    rows = [[column[r] for column in columns] for r in range(frame.row_count)]
    return {"columns": names, "rows": rows}


def _is_geo(data: Any) -> bool:
    """GeoJSON or TopoJSON: geometry that stays in the spec, not a table."""
    if isinstance(data, dict):
        kind = data.get("type")
        if kind == "FeatureCollection" and "features" in data:
            return True
        if kind == "Feature" and "geometry" in data:
            return True
        if kind == "GeometryCollection" and "geometries" in data:
            return True
        if kind in _GEO_TYPES and "coordinates" in data:
            return True
        if kind is None or kind == "Topology":
            return isinstance(data.get("arcs"), list) and isinstance(data.get("objects"), dict)
        return False
    if isinstance(data, list) and data:
        first = data[0]
        return isinstance(first, dict) and first.get("type") == "Feature" and "geometry" in first
    return False


def _table(data: Any) -> ChartData:
    if isinstance(data, Frame):  # a built-in chart's prepared columns: no index
        return chart_data_json(data)
    return chart_data_json(dataframes.to_frame(data), with_index=True)


def split_data(spec: dict[str, Any], data: Any) -> tuple[ChartData | None, dict[str, ChartData]]:
    """Take the tables out of the spec (Streamlit's ``_marshall_chart_data``), in place."""
    datasets: dict[str, ChartData] = {}
    if "datasets" in spec:
        kept: dict[str, Any] = {}
        for name, values in spec["datasets"].items():
            if _is_geo(values):
                kept[str(name)] = values
            elif isinstance(values, dict) and set(values) == {"columns", "rows"}:
                # Converted already (an Altair chart's data).
                datasets[str(name)] = {"columns": values["columns"], "rows": values["rows"]}
            else:
                datasets[str(name)] = _table(values)
        if kept:
            spec["datasets"] = kept
        else:
            del spec["datasets"]
    if "data" in spec:
        data_spec = spec["data"]
        if isinstance(data_spec, dict):
            if "values" in data_spec and not _is_geo(data_spec["values"]):
                data = data_spec["values"]
                del spec["data"]
        elif not _is_geo(data_spec):
            data = data_spec
            del spec["data"]
    return (None if data is None else _table(data)), datasets


# ------------------------------------------------------------------ the spec


def _is_facet(spec: Mapping[str, Any]) -> bool:
    encoding = spec.get("encoding")
    return "facet" in spec or (
        isinstance(encoding, Mapping) and any(k in encoding for k in ("row", "column", "facet"))
    )


def _has_nested_composition(spec: Mapping[str, Any]) -> bool:
    items = spec.get("vconcat")
    return isinstance(items, list) and any(
        isinstance(item, dict) and any(k in item for k in _COMPOSITIONS) for item in items
    )


def prepare_spec(spec: Mapping[str, Any], use_container_width: bool) -> dict[str, Any]:
    """Streamlit's ``_prepare_vega_lite_spec``: a copy with ``autosize`` chosen."""
    spec = dict(spec)
    if not spec:
        raise StreamlitMissingRequiredParameterError(
            "spec", detail="Vega-Lite charts require a non-empty spec dict."
        )
    if "autosize" not in spec:
        nested = _has_nested_composition(spec)
        if "vconcat" in spec and use_container_width:
            kind = "pad" if nested else "fit-x"
        elif _is_facet(spec) or (nested and not use_container_width):
            kind = "pad"
        else:
            kind = "fit"
        spec["autosize"] = {"type": kind, "contains": "padding"}
    # A null legend title breaks Vega-Lite's layout (Streamlit issue #9339).
    encoding = spec.get("encoding")
    if isinstance(encoding, dict) and isinstance(encoding.get("color"), dict):
        color = encoding["color"] = dict(encoding["color"])
        if "title" in color and color["title"] is None:
            color["title"] = " "
        legend = color.get("legend")
        if isinstance(legend, dict) and "title" in legend and legend["title"] is None:
            color["legend"] = {**legend, "title": " "}
    return spec


def _reset_counter(prefix: str, text: str) -> str:
    """Altair's generated names (``param_7``, ``view_3a9f``) renumbered from 1, so the
    same chart gives the same spec on every run."""
    pattern = re.compile(rf'"{prefix}[0-9a-f]+(?:_[0-9]+)?"')
    matches = list(dict.fromkeys(pattern.findall(text)))
    marker = "__fragc_renumbered__"
    for counter, match in enumerate(matches, start=1):
        text = text.replace(match, f'"{marker}{prefix}{counter}"')
    return text.replace(marker, "")


def stable_spec_text(spec: dict[str, Any]) -> str:
    text = json.dumps(spec, ensure_ascii=False, default=str, allow_nan=False)
    if '"params"' in text:
        text = _reset_counter("param_", text)
    if re.search(r'"(vconcat|hconcat|facet|layer|concat|repeat)"', text):
        text = _reset_counter("view_", text)
    return text


def _point_count(data: ChartData | None, datasets: dict[str, ChartData]) -> int:
    tables = [data, *datasets.values()]
    return sum(len(t["rows"]) * max(len(t["columns"]), 1) for t in tables if t is not None)


# ------------------------------------------------------------------ Altair


def altair_to_spec(chart: Any) -> dict[str, Any]:
    """An Altair chart's Vega-Lite dict, its data frames collected as named datasets."""
    # The app imported altair to build the chart.
    import altair as alt

    datasets: dict[str, Any] = {}

    def to_dataset(data: Any, datasets: dict[str, Any] = datasets) -> dict[str, str]:
        table = _table(data) if not _is_geo(data) else data
        name = hashlib.md5(
            json.dumps(table, sort_keys=True, default=str).encode(), usedforsecurity=False
        ).hexdigest()
        datasets[name] = table
        return {"name": name}

    alt.data_transformers.register("fragc_dataset", to_dataset)
    themes = getattr(alt, "theme", None) or alt.themes
    # Altair's default theme sets sizes Streamlit does not want.
    theme_context = themes.enable("none") if themes.active == "default" else nullcontext()
    with theme_context, alt.data_transformers.enable("fragc_dataset", datasets=datasets):
        spec: dict[str, Any] = chart.to_dict()
    existing = spec.get("datasets")
    spec["datasets"] = {**existing, **datasets} if isinstance(existing, dict) else datasets
    return spec


# ------------------------------------------------------------------ the mixin


def _check_on_select(on_select: Any) -> None:
    if not (callable(on_select) or on_select in ("rerun", "ignore")):
        raise StreamlitValueError("on_select", ["'rerun'", "'ignore'", "a callback function"])


class ChartsMixin(DeltaGeneratorBase):
    def _vega_lite(
        self,
        data: Any,
        spec: Any,
        *,
        use_container_width: bool | None,
        theme: Any,
        on_select: Any,
        width: Any,
        height: Any,
        alt: Any,
        builtin: bool = False,
        key: Any = None,
        selection_mode: Any = None,
    ) -> Any:
        if theme not in ("streamlit", None):
            raise StreamlitValueError("theme", ["'streamlit'", "None"])
        _check_on_select(on_select)
        if isinstance(data, dict) and spec is None:
            spec, data = data, None
        if spec is None:
            spec = {}
        if use_container_width is None and width is None:
            # Charts that lay out their own width (facets, concatenations) keep it.
            fixed = (
                _is_facet(spec)
                or "hconcat" in spec
                or "repeat" in spec
                or _has_nested_composition(spec)
            )
            width = "content" if fixed else "stretch"
        if use_container_width is not None:
            if use_container_width:
                width = "stretch"
            elif not isinstance(width, int):
                width = "content"
        if width is not None:
            validate_width(width, allow_content=True)
        validate_height(height, allow_content=True)
        stretch = use_container_width if use_container_width is not None else width == "stretch"
        prepared = prepare_spec(spec, bool(stretch))
        chart_data, datasets = split_data(prepared, data)
        props: VegaLiteChartProps = {
            "spec": stable_spec_text(prepared),
            "data": chart_data,
            "datasets": datasets,
            "width": width,
            "height": height,
            "theme": theme,
            "use_container_width": use_container_width,
            "builtin": builtin,
            # Many points: a canvas stays responsive where SVG would not.
            "renderer": "canvas"
            if _point_count(chart_data, datasets) > CANVAS_THRESHOLD
            else "svg",
            "alt": normalize_alt(alt) or _description(prepared),
        }
        if on_select != "ignore":  # a widget: shim/optional/vega.py (bundled for such apps)
            from fragc.shim.optional.vega import select

            return select(self, props, key, on_select, selection_mode)
        user_key = None if key is None else str(key)
        return self._enqueue({"kind": "vega_lite_chart", "props": props}, key=user_key)

    def _builtin(
        self,
        chart: ChartType,
        data: Any,
        *,
        width: Any,
        height: Any,
        use_container_width: bool | None,
        alt: Any,
        **options: Any,
    ) -> Any:
        spec, columns = generate_chart(chart, data, width=width, height=height, **options)
        spec["data"] = {"values": columns.as_frame()}
        return self._vega_lite(
            None,
            spec,
            use_container_width=use_container_width,
            theme="streamlit",
            on_select="ignore",
            width=width,
            height=height,
            alt=alt,
            builtin=True,
        )

    def line_chart(
        self,
        data: Any = None,
        *,
        x: str | None = None,
        y: str | Iterable[str] | None = None,
        x_label: str | None = None,
        y_label: str | None = None,
        color: Any = None,
        width: str | int = "stretch",
        height: str | int = "content",
        use_container_width: bool | None = None,
        alt: str | None = None,
    ) -> Any:
        return self._builtin(
            ChartType.LINE,
            data,
            x=x,
            y=y,
            x_label=x_label,
            y_label=y_label,
            color=color,
            width=width,
            height=height,
            use_container_width=use_container_width,
            alt=alt,
        )

    def area_chart(
        self,
        data: Any = None,
        *,
        x: str | None = None,
        y: str | Iterable[str] | None = None,
        x_label: str | None = None,
        y_label: str | None = None,
        color: Any = None,
        stack: bool | Literal["normalize", "center", "layered"] | None = None,
        width: str | int = "stretch",
        height: str | int = "content",
        use_container_width: bool | None = None,
        alt: str | None = None,
    ) -> Any:
        check_stack(stack)
        return self._builtin(
            ChartType.AREA,
            data,
            x=x,
            y=y,
            x_label=x_label,
            y_label=y_label,
            color=color,
            stack=stack,
            width=width,
            height=height,
            use_container_width=use_container_width,
            alt=alt,
        )

    def bar_chart(
        self,
        data: Any = None,
        *,
        x: str | None = None,
        y: str | Iterable[str] | None = None,
        x_label: str | None = None,
        y_label: str | None = None,
        color: Any = None,
        horizontal: bool = False,
        sort: bool | str = True,
        stack: bool | Literal["normalize", "center", "layered"] | None = None,
        width: str | int = "stretch",
        height: str | int = "content",
        use_container_width: bool | None = None,
        alt: str | None = None,
    ) -> Any:
        check_stack(stack)
        chart = ChartType.HORIZONTAL_BAR if horizontal else ChartType.VERTICAL_BAR
        return self._builtin(
            chart,
            data,
            x=x,
            y=y,
            x_label=x_label,
            y_label=y_label,
            color=color,
            stack=stack,
            sort=sort,
            width=width,
            height=height,
            use_container_width=use_container_width,
            alt=alt,
        )

    def scatter_chart(
        self,
        data: Any = None,
        *,
        x: str | None = None,
        y: str | Iterable[str] | None = None,
        x_label: str | None = None,
        y_label: str | None = None,
        color: Any = None,
        size: str | float | None = None,
        width: str | int = "stretch",
        height: str | int = "content",
        use_container_width: bool | None = None,
        alt: str | None = None,
    ) -> Any:
        return self._builtin(
            ChartType.SCATTER,
            data,
            x=x,
            y=y,
            x_label=x_label,
            y_label=y_label,
            color=color,
            size=size,
            width=width,
            height=height,
            use_container_width=use_container_width,
            alt=alt,
        )

    def vega_lite_chart(
        self,
        data: Any = None,
        spec: Mapping[str, Any] | None = None,
        *,
        width: str | int | None = None,
        height: str | int = "content",
        use_container_width: bool | None = None,
        theme: Literal["streamlit"] | None = "streamlit",
        key: str | int | None = None,
        on_select: Literal["rerun", "ignore"] | Callable[..., Any] = "ignore",
        selection_mode: str | Iterable[str] | None = None,
        alt: str | None = None,
    ) -> Any:
        return self._vega_lite(
            data,
            spec,
            use_container_width=use_container_width,
            theme=theme,
            on_select=on_select,
            width=width,
            height=height,
            alt=alt,
            key=key,
            selection_mode=selection_mode,
        )

    def altair_chart(
        self,
        altair_chart: Any,
        *,
        width: str | int | None = None,
        height: str | int = "content",
        use_container_width: bool | None = None,
        theme: Literal["streamlit"] | None = "streamlit",
        key: str | int | None = None,
        on_select: Literal["rerun", "ignore"] | Callable[..., Any] = "ignore",
        selection_mode: str | Iterable[str] | None = None,
        alt: str | None = None,
    ) -> Any:
        _check_on_select(on_select)
        return self._vega_lite(
            None,
            altair_to_spec(altair_chart),
            use_container_width=use_container_width,
            theme=theme,
            on_select=on_select,
            width=width,
            height=height,
            alt=alt,
            key=key,
            selection_mode=selection_mode,
        )


def _description(spec: Mapping[str, Any]) -> str | None:
    description = spec.get("description")
    return description if isinstance(description, str) and description.strip() else None
