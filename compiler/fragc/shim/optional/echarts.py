"""``st.echarts_chart`` with Streamlit 1.67's signature, checks and selection state.

The option travels as JSON text and the page draws it with Apache ECharts (the
``fragc-echarts`` chunk, ``runtime_js/src/chunks/echarts.js``, loaded the first time a page
shows an ECharts chart). As in 1.67, only JSON-compatible options are accepted: Python
refuses what ECharts could not draw from JSON (JavaScript callbacks, ``custom`` series,
maps and geo, the GL extension's 3D series) with 1.67's messages.

A dataframe-like ``dataset.source`` becomes rows of JSON cells with the frame's column
order in ``dataset.dimensions`` (1.67 sends Arrow and the page does the same).

With ``on_select="rerun"`` or a callback the chart is a widget whose value is 1.67's
``EChartsState``: ``{"selection": {"selected": [...], "areas": [...]}}``.
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections.abc import Iterator, Mapping
from typing import Any, Final, Literal

from fragc.protocol.elements import EChartsChartProps
from fragc.shim import dataframes
from fragc.shim.dataframes import StreamlitDataframeConversionError
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.elements.data import normalize_alt
from fragc.shim.elements.layout_params import validate_height, validate_width
from fragc.shim.errors import StreamlitAPIException, StreamlitValueError
from fragc.shim.optional.common import (
    ReadOnlyAttributeDictionary,
    check_on_select,
    selection_widget,
)
from fragc.shim.widgets.input_common import identity_parts
from fragc.shim.widgets.registry import to_key

_LOGGER: Final = logging.getLogger("streamlit.elements.echarts_chart")

# 1.67's "content" sizes: an option has no intrinsic size.
DEFAULT_CONTENT_WIDTH: Final = 700
DEFAULT_CONTENT_HEIGHT: Final = 350
# pyecharts' InitOpts always carry these: treated as "unset", as 1.67 does.
_PYECHARTS_DEFAULT_WIDTH: Final = "900px"
_PYECHARTS_DEFAULT_HEIGHT: Final = "500px"

_GL_SERIES_TYPES: Final = frozenset(
    {
        "bar3D",
        "flowGL",
        "globe",
        "graphGL",
        "line3D",
        "lines3D",
        "linesGL",
        "map3D",
        "polygons3D",
        "scatter3D",
        "scatterGL",
        "surface",
    }
)
_GL_COMPONENT_KEYS: Final = frozenset({"geo3D", "globe", "grid3D", "mapbox3D", "maptalks3D"})
_EXTENSION_SERIES_TYPES: Final = {
    "liquidFill": "echarts-liquidfill",
    "wordCloud": "echarts-wordcloud",
}
_BARE_JS_FUNCTION: Final = re.compile(r"\bfunction\s*\(")
_PYECHARTS_JSCODE_SENTINEL: Final = "--x_x--"
# Libraries whose objects 1.67's ``is_dataframe_like`` accepts as ``dataset.source``.
_DATAFRAME_MODULES: Final = frozenset(
    {"pandas", "numpy", "polars", "pyarrow", "xarray", "dask", "modin", "pyspark", "snowflake"}
)


class StreamlitInvalidParameterTypeError(StreamlitAPIException):
    """1.67's error for a parameter of a type the command does not take (here, not in
    ``shim/errors.py``, which every site carries: only ``st.echarts_chart`` raises it)."""

    def __init__(
        self,
        parameter: str,
        provided_type: str,
        expected_types: list[str],
        *,
        detail: str | None = None,
    ) -> None:
        message = (
            f"Invalid `{parameter}` type. Expected one of: {', '.join(expected_types)}. "
            f"Provided type: {provided_type}."
        )
        super().__init__(f"{message} {detail}" if detail else message)


class EChartsSelectionState(ReadOnlyAttributeDictionary):
    """``selected`` (points and brushed data, grouped by series) and ``areas`` (brushes)."""


class EChartsState(ReadOnlyAttributeDictionary):
    """``selection``: the :class:`EChartsSelectionState`."""

    def __getitem__(self, key: Any) -> Any:
        if key == "selection":
            item = dict.__getitem__(self, key)
            return item if isinstance(item, EChartsSelectionState) else EChartsSelectionState(item)
        return super().__getitem__(key)


def deserialize_selection(value: Any) -> EChartsState:
    """The page's value (None before any selection) as 1.67's ``EChartsChartSelectionSerde``."""
    selection: dict[str, Any] = {"selected": [], "areas": []}
    if isinstance(value, dict) and isinstance(value.get("selection"), dict):
        selection.update(value["selection"])
    return EChartsState({"selection": EChartsSelectionState(selection)})


# ------------------------------------------------------------------ the spec


def _js_callback_error() -> StreamlitAPIException:
    return StreamlitAPIException(
        "The provided ECharts spec contains JavaScript callbacks (e.g. "
        "`function` values or `JsCode`), which `st.echarts_chart` does not "
        "support. Only JSON-compatible option objects are supported. Use "
        "ECharts string-template formatters instead of JavaScript functions."
    )


def _contains_pyecharts_jscode(value: Any) -> bool:
    if isinstance(value, str):
        stripped = value.strip()
        return (
            stripped.startswith(_PYECHARTS_JSCODE_SENTINEL)
            and stripped.endswith(_PYECHARTS_JSCODE_SENTINEL)
            and len(stripped) > 2 * len(_PYECHARTS_JSCODE_SENTINEL)
        )
    if isinstance(value, dict):
        return any(_contains_pyecharts_jscode(item) for item in value.values())
    if isinstance(value, (list, tuple)):
        return any(_contains_pyecharts_jscode(item) for item in value)
    return False


def _loads_json_option(raw: str) -> Any:
    try:
        option = json.loads(raw)
    except (json.JSONDecodeError, TypeError, ValueError) as ex:
        # Only the unparsed rest counts: "=>" in an already-read title is no callback.
        rest = raw[ex.pos :] if isinstance(ex, json.JSONDecodeError) else raw
        if _BARE_JS_FUNCTION.search(rest) is not None or "=>" in rest:
            raise _js_callback_error() from ex
        raise StreamlitAPIException(
            "The provided ECharts spec could not be parsed as JSON. "
            "`st.echarts_chart` only supports JSON-compatible option objects."
        ) from ex
    if _contains_pyecharts_jscode(option):
        raise _js_callback_error()
    return option


def _sequence_entries(value: Any, key: str) -> Iterator[Any]:
    if value is None:
        return
    if not isinstance(value, (list, tuple)):
        raise StreamlitAPIException(
            f"The provided ECharts spec has a `{key}` value that is not a list. "
            "`st.echarts_chart` only supports JSON-compatible option objects."
        )
    yield from value


def _media_options(option: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for entry in _sequence_entries(option.get("media"), "media"):
        if isinstance(entry, dict) and isinstance(entry.get("option"), dict):
            yield entry["option"]


def option_variants(option: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The option, its ``media`` overrides, its timeline's ``baseOption`` and ``options``."""
    yield option
    yield from _media_options(option)
    base = option.get("baseOption")
    if isinstance(base, dict):
        yield base
        yield from _media_options(base)
    for tick in _sequence_entries(option.get("options"), "options"):
        if isinstance(tick, dict):
            yield tick
            yield from _media_options(tick)


def _config_entries(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        yield value
    elif isinstance(value, (list, tuple)):
        yield from (entry for entry in value if isinstance(entry, dict))


def all_series(option: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for variant in option_variants(option):
        yield from _config_entries(variant.get("series"))


def enables_selection(option: dict[str, Any]) -> bool:
    """A series with ``selectedMode``, a ``brush`` component or a toolbox brush."""
    for variant in option_variants(option):
        if "brush" in variant:
            return True
        toolbox = variant.get("toolbox")
        for entry in toolbox if isinstance(toolbox, (list, tuple)) else [toolbox]:
            if isinstance(entry, dict) and isinstance(entry.get("feature"), dict):
                if "brush" in entry["feature"]:
                    return True
    return any(series.get("selectedMode") for series in all_series(option))


def validate_supported_features(option: dict[str, Any]) -> None:
    """1.67's refusals: what ECharts fails at late (an empty chart) or cannot do from JSON."""
    uses_geo = any("geo" in variant for variant in option_variants(option)) or any(
        series.get("coordinateSystem") == "geo" for series in all_series(option)
    )
    gl_components = sorted(
        component
        for variant in option_variants(option)
        for component in _GL_COMPONENT_KEYS & variant.keys()
    )
    if gl_components:
        raise StreamlitAPIException(
            f"The provided ECharts spec uses the `{gl_components[0]}` component, "
            "which requires the ECharts GL extension. `st.echarts_chart` does not "
            "support 3D or WebGL charts."
        )
    for series in all_series(option):
        series_type = series.get("type")
        if series_type in _GL_SERIES_TYPES:
            raise StreamlitAPIException(
                f"The provided ECharts spec uses the `{series_type}` series, which "
                "requires the ECharts GL extension. `st.echarts_chart` does not "
                "support 3D or WebGL charts."
            )
        extension = (
            _EXTENSION_SERIES_TYPES.get(series_type) if isinstance(series_type, str) else None
        )
        if extension:
            raise StreamlitAPIException(
                f"The provided ECharts spec uses the `{series_type}` series, which "
                f"requires the `{extension}` extension. `st.echarts_chart` bundles "
                "only core ECharts, so this chart would render empty."
            )
        if series_type == "map":
            uses_geo = True
        if series_type == "custom":
            raise StreamlitAPIException(
                "The provided ECharts spec uses a `custom` series, which requires "
                "a JavaScript `renderItem` callback. `st.echarts_chart` only "
                "supports JSON-compatible option objects, so custom series are not "
                "supported."
            )
    if uses_geo:
        raise StreamlitAPIException(
            "The provided ECharts spec uses a map or geo coordinate system, which "
            "requires registering GeoJSON map data. `st.echarts_chart` does not "
            "support map charts."
        )


def is_dataframe_like(value: Any) -> bool:
    if isinstance(value, (str, bytes, list, tuple, dict)):
        return False
    return (type(value).__module__ or "").split(".")[0] in _DATAFRAME_MODULES


def _convert_dataset(dataset: dict[str, Any]) -> None:
    """A dataframe ``source`` → rows of JSON cells, the column order in ``dimensions``."""
    source = dataset.get("source")
    if source is None or not is_dataframe_like(source):
        return
    try:
        frame = dataframes.to_frame(source)
    except (StreamlitDataframeConversionError, TypeError, ValueError) as ex:
        raise StreamlitDataframeConversionError(
            "The provided ECharts `dataset.source` could not be converted for "
            "display. Convert or drop the columns that cannot be serialized "
            "(for example, cast object columns to strings, or call "
            f"`.sparse.to_dense()` on sparse columns).\n\n{ex}"
        ) from ex
    # 1.67 leaves the index out (`df.reset_index()` plots it) and keeps the column order.
    columns = [[dataframes.cell(value) for value in column] for column in frame.values]
    dataset["source"] = [[column[r] for column in columns] for r in range(frame.row_count)]
    dataset.setdefault("dimensions", list(frame.names))


def _copy_option(value: Any) -> Any:
    """A copy of the dicts and lists of dicts we may change; dataframes stay as they are."""
    if isinstance(value, dict):
        return {
            key: item if key == "source" and is_dataframe_like(item) else _copy_option(item)
            for key, item in value.items()
        }
    if isinstance(value, (list, tuple)) and any(isinstance(item, dict) for item in value):
        items = [_copy_option(item) for item in value]
        return items if isinstance(value, list) else tuple(items)
    return value


def normalize_spec(spec: Any) -> dict[str, Any]:
    """A dict, a JSON string or a pyecharts chart → a checked option with JSON datasets."""
    if isinstance(spec, str):
        option = _loads_json_option(spec)
    elif isinstance(spec, Mapping):
        option = _copy_option(dict(spec))
    elif callable(getattr(spec, "dump_options", None)):
        option = _loads_json_option(spec.dump_options())
    else:
        raise StreamlitInvalidParameterTypeError(
            "spec", type(spec).__name__, ["dict", "str", "pyecharts chart"]
        )
    if not isinstance(option, dict):
        raise StreamlitInvalidParameterTypeError(
            "spec",
            type(option).__name__,
            ["dict"],
            detail="An ECharts spec must be a JSON object (mapping).",
        )
    validate_supported_features(option)
    for variant in option_variants(option):
        for dataset in _config_entries(variant.get("dataset")):
            _convert_dataset(dataset)
    return option


def _unserializable(value: Any, path: str) -> tuple[str, Any] | None:
    """The option path and value of the first value JSON refuses."""
    if isinstance(value, float):
        return None if math.isfinite(value) else (path, value)
    if value is None or isinstance(value, (str, int)):
        return None
    if isinstance(value, dict):
        for key, item in value.items():
            found = _unserializable(item, f"{path}.{key}" if path else str(key))
            if found is not None:
                return found
        return None
    if isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            found = _unserializable(item, f"{path}[{index}]")
            if found is not None:
                return found
        return None
    return path, value


def _describe(value: Any) -> str:
    """1.67's ``_describe_unserializable_value``, without importing numpy or pandas."""
    import datetime as dt

    if isinstance(value, float):
        name = "NaN" if math.isnan(value) else repr(value)
        return f"`{name}`. Use `None` for missing or non-finite numbers"
    cls = type(value)
    module = (cls.__module__ or "").split(".")[0]
    type_name = cls.__qualname__ if module == "builtins" else f"{module}.{cls.__qualname__}"
    description = f"a `{type_name}`"
    if module == "numpy" and cls.__name__.startswith(("bool", "int", "uint", "float")):
        return f"{description}. Convert it with `int()`, `float()`, or `bool()`"
    if module == "pandas" and cls.__name__ in ("NaTType", "NAType"):
        return f"{description}. Use `None` for missing values"
    if isinstance(value, (dt.date, dt.time)):
        return f"{description}. Convert it with `.isoformat()`"
    if is_dataframe_like(value):
        return (
            f"{description}. Only `dataset.source` accepts dataframes and "
            "arrays, so pass the data there"
        )
    if callable(value):
        return (
            f"{description}. Use an ECharts string template such as "
            '`"{b}: {c}"` instead of a callback'
        )
    return f"{description}. Convert it to a plain Python value"


def serialize_option(option: dict[str, Any]) -> str:
    """Strict JSON (no NaN, no fallback): a value JSON cannot hold is named in the error."""
    try:
        return json.dumps(option, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError) as ex:
        try:
            found = _unserializable(option, "")
        except RecursionError:
            found = None
        detail = f" `{found[0]}` is {_describe(found[1])}." if found else ""
        raise StreamlitAPIException(
            f"The provided ECharts spec is not JSON-serializable.{detail} "
            "`st.echarts_chart` only supports JSON-compatible option objects. "
            "Pass chart data as a dataframe in `dataset.source`, which converts "
            "datetimes, NumPy values, and missing values automatically. Values "
            "anywhere else (for example `series.data`) must already be plain "
            "Python values such as `int`, `float`, `str`, `None`, lists, and "
            "dicts."
        ) from ex


# ------------------------------------------------------------------ sizes


def _chart_dimension(value: Any, library_default: str, parameter: str) -> int | str | None:
    """A pyecharts chart's own ``InitOpts`` size: px, "stretch" (100%), None (default)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return int(value) if value > 0 else None
    if not isinstance(value, str):
        return None
    dimension = value.strip()
    if not dimension or dimension == library_default:
        return None
    if dimension == "100%":
        return "stretch"
    match = re.match(r"^\s*(\d+(?:\.\d+)?)\s*px\s*$", dimension)
    if match:
        pixels = int(float(match.group(1)))
        return pixels if pixels > 0 else None
    _LOGGER.warning(
        "The pyecharts chart passed to `st.echarts_chart` sets an unsupported "
        "`%s` of %r. Only pixel values and `100%%` are supported, so Streamlit's "
        "default is used instead. Set the `%s` parameter of `st.echarts_chart` "
        "to size the chart explicitly.",
        parameter,
        dimension,
        parameter,
    )
    return None


def resolve_size(value: Any, spec: Any, name: str) -> Any:
    """``"content"``: a pyecharts chart's own size, else 1.67's fixed default."""
    if value != "content":
        return value
    if name == "width":
        own = _chart_dimension(getattr(spec, "width", None), _PYECHARTS_DEFAULT_WIDTH, name)
        return DEFAULT_CONTENT_WIDTH if own is None else own
    own = _chart_dimension(getattr(spec, "height", None), _PYECHARTS_DEFAULT_HEIGHT, name)
    return DEFAULT_CONTENT_HEIGHT if own is None else own


# ------------------------------------------------------------------ the command


class EChartsMixin(DeltaGeneratorBase):
    def echarts_chart(
        self,
        spec: Any,
        *,
        width: str | int = "stretch",
        height: str | int = "content",
        theme: Literal["streamlit"] | None = "streamlit",
        key: str | int | None = None,
        on_select: Any = "ignore",
        renderer: Literal["canvas", "svg"] = "canvas",
        alt: str | None = None,
    ) -> Any:
        validate_width(width, allow_content=True)
        validate_height(height, allow_content=True)
        if theme not in ("streamlit", None):
            raise StreamlitValueError("theme", ["'streamlit'", "None"])
        if renderer not in ("canvas", "svg"):
            raise StreamlitValueError("renderer", ["'canvas'", "'svg'"])
        check_on_select(on_select)
        selecting = on_select != "ignore"
        option = normalize_spec(spec)
        if selecting and not enables_selection(option):
            _LOGGER.warning(
                "`st.echarts_chart` has selections activated through `on_select`, "
                "but the provided spec doesn't enable any: no series sets "
                "`selectedMode`, there is no `brush` component, and no "
                "`toolbox.feature.brush`. The chart will render, but it will never "
                "return a selection."
            )
        text = serialize_option(option)
        props: EChartsChartProps = {
            "spec": text,
            "theme": theme,
            "renderer": renderer,
            "width": resolve_size(width, spec, "width"),
            "height": resolve_size(height, spec, "height"),
            "selection": selecting,
            "alt": normalize_alt(alt),
        }
        element: Any = {"kind": "echarts_chart", "props": props}
        if not selecting:
            return self._enqueue(element, key=None if key is None else str(key))
        return selection_widget(
            self,
            element,
            key=key,
            on_select=on_select,
            # 1.67: a keyed chart keeps its selection when its spec changes.
            id_parts=identity_parts(
                to_key(key),
                {
                    "spec": text,
                    "theme": theme,
                    "renderer": renderer,
                    "width": width,
                    "height": height,
                    "is_selection_activated": True,
                    "alt": props["alt"],
                },
                keyed=("is_selection_activated",),
            ),
            deserialize=deserialize_selection,
        )


Mixin = EChartsMixin  # what DeltaGenerator looks up (shim/optional/__init__.py)
