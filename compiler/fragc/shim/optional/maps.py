"""``st.map`` and ``st.pydeck_chart`` with Streamlit 1.67's signatures and behaviour.

Both send deck.gl's JSON (pydeck's format: ``@@type`` classes, ``@@=`` expressions) that
the page draws with deck.gl (``runtime_js/src/chunks/deck.js``). ``st.map`` builds a
ScatterplotLayer from the data's latitude/longitude columns (``lat``/``latitude``/
``LAT``/``LATITUDE`` and the same for longitude, unless named), with ``size`` and
``color`` as a value or a column, centred and zoomed on the points as 1.67 does, without
pandas. ``st.pydeck_chart`` sends ``Deck.to_json()``, the deck's tooltip and Mapbox key.

With ``on_select``, a pydeck chart is a widget: clicking an object of a pickable layer
selects it, and the app gets ``{"selection": {"indices": {layer_id: [...]}, "objects":
{layer_id: [...]}}}``.
"""

from __future__ import annotations

import copy
import json
import math
import os
import weakref
from collections.abc import Mapping, Sequence
from typing import Any, Final

from fragc.protocol.elements import DeckGlJsonChartProps
from fragc.shim import dataframes
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.elements.chart_colors import StreamlitInvalidColorError, is_color_like
from fragc.shim.elements.data import normalize_alt
from fragc.shim.elements.layout_params import (
    StreamlitInvalidParameterTypeError,
    validate_height,
    validate_width,
)
from fragc.shim.errors import StreamlitAPIException, StreamlitValueError
from fragc.shim.optional.common import (
    ReadOnlyAttributeDictionary,
    check_on_select,
    selection_widget,
)
from fragc.shim.widgets.input_common import identity_parts

EMPTY_MAP: Final = {"initialViewState": {"latitude": 0, "longitude": 0, "pitch": 0, "zoom": 1}}
LAT_NAMES: Final = ("lat", "latitude", "LAT", "LATITUDE")
LON_NAMES: Final = ("lon", "longitude", "LON", "LONGITUDE")
DEFAULT_COLOR: Final = "primary"
DEFAULT_SIZE: Final = 100
DEFAULT_ZOOM: Final = 12
ZOOM_LEVELS: Final = (
    360, 180, 90, 45, 22.5, 11.25, 5.625, 2.813, 1.406, 0.703, 0.352, 0.176, 0.088, 0.044,
    0.022, 0.011, 0.005, 0.003, 0.001, 0.0005, 0.00025,
)  # fmt: skip
SELECTION_MODES: Final = ("multi-object", "single-object")


# ------------------------------------------------------------------ st.map


def _is_missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _column_name(
    frame: dataframes.Frame, human: str, chosen: str | None, defaults: Sequence[str]
) -> str:
    names = frame.names
    if isinstance(chosen, str) and chosen in names:
        name = chosen
    else:
        found = next((candidate for candidate in defaults if candidate in names), None)
        if found is None:
            allowed = ", ".join(map(repr, sorted(defaults)))
            existing = ", ".join(map(repr, names))
            raise StreamlitAPIException(
                f"Map data must contain a {human} column named: {allowed}. "
                f"Existing columns: {existing}"
            )
        name = found
    if any(_is_missing(dataframes.cell(value)) for value in frame.column(name)):
        raise StreamlitAPIException(
            f"Column {name} is not allowed to contain null values, such as NaN, NaT, or None."
        )
    return name


def _value_or_column(frame: dataframes.Frame, value: Any, default: Any) -> tuple[Any, str | None]:
    if isinstance(value, str) and value in frame.names:
        return f"@@={value}", value
    return (default if value is None else value), None


def to_int_color_tuple(color: Any) -> tuple[int, ...]:
    """1.67's ``color_util.to_int_color_tuple``: hex or a tuple as 0-255 integers."""
    if isinstance(color, str) and color.startswith("#") and len(color) in (4, 5, 7, 9):
        digits = color[1:]
        pairs = (
            [2 * d for d in digits]
            if len(digits) in (3, 4)
            else [digits[i : i + 2] for i in range(0, len(digits), 2)]
        )
        if len(pairs) == 3:
            pairs.append("ff")
        try:
            color = tuple(int(pair, 16) for pair in pairs)
        except ValueError as error:
            raise StreamlitInvalidColorError(color) from error
    if isinstance(color, (tuple, list)) and len(color) in (3, 4):
        out = []
        for component in color:
            if isinstance(component, float):
                component = int(component * 255)
            if not isinstance(component, int) or isinstance(component, bool):
                raise StreamlitInvalidColorError(color)
            out.append(min(255, max(component, 0)))
        return tuple(out)
    raise StreamlitInvalidColorError(color)


def _zoom_level(distance: float) -> int:
    for i in range(len(ZOOM_LEVELS) - 1):
        if ZOOM_LEVELS[i + 1] < distance <= ZOOM_LEVELS[i]:
            return i
    return DEFAULT_ZOOM


def _plain(value: Any) -> Any:
    return dataframes.cell(value)


def to_deckgl_json(
    data: Any, lat: str | None, lon: str | None, size: Any, color: Any, zoom: int | None
) -> dict[str, Any]:
    """The deck Streamlit's ``map.to_deckgl_json`` builds (a dict: the caller dumps it)."""
    if data is None or getattr(data, "empty", False) is True:
        return copy.deepcopy(EMPTY_MAP)
    frame = dataframes.to_frame(data)
    if frame.row_count == 0:
        return copy.deepcopy(EMPTY_MAP)
    lat_name = _column_name(frame, "latitude", lat, LAT_NAMES)
    lon_name = _column_name(frame, "longitude", lon, LON_NAMES)
    size_arg, size_name = _value_or_column(frame, size, DEFAULT_SIZE)
    color_arg, color_name = _value_or_column(frame, color, DEFAULT_COLOR)
    used = sorted({n for n in (lat_name, lon_name, size_name, color_name) if n is not None})
    columns = {name: [_plain(v) for v in frame.column(name)] for name in used}
    if color_name is not None:
        values = columns[color_name]
        if not values or not is_color_like(values[0]):
            raise StreamlitAPIException(
                f'Column "{color_name}" does not appear to contain valid colors.'
            )
        columns[color_name] = [list(to_int_color_tuple(v)) for v in values]
    elif isinstance(color_arg, str) and color_arg.lower() == "primary":
        color_arg = "primary"
    elif color_arg is not None:
        color_arg = list(to_int_color_tuple(color_arg))
    lats, lons = columns[lat_name], columns[lon_name]
    center_lat = (max(lats) + min(lats)) / 2.0
    center_lon = (max(lons) + min(lons)) / 2.0
    if zoom is None:
        zoom = _zoom_level(max(abs(max(lats) - min(lats)), abs(max(lons) - min(lons))))
    deck: dict[str, Any] = copy.deepcopy(EMPTY_MAP)
    deck["initialViewState"].update(latitude=center_lat, longitude=center_lon, zoom=zoom)
    deck["layers"] = [
        {
            "@@type": "ScatterplotLayer",
            "getPosition": f"@@=[{lon_name}, {lat_name}]",
            "getRadius": size_arg,
            "radiusMinPixels": 3,
            "radiusUnits": "meters",
            "getFillColor": color_arg,
            "data": [{name: columns[name][row] for name in used} for row in range(frame.row_count)],
        }
    ]
    return deck


class MapMixin(DeltaGeneratorBase):
    def map(
        self,
        data: Any = None,
        *,
        latitude: str | None = None,
        longitude: str | None = None,
        color: Any = None,
        size: Any = None,
        zoom: int | None = None,
        width: str | int = "stretch",
        height: str | int = 500,
        use_container_width: bool | None = None,
        alt: str | None = None,
    ) -> Any:
        if use_container_width:
            width = "stretch"
        validate_width(width)
        validate_height(height)
        deck = to_deckgl_json(data, latitude, longitude, size, color, zoom)
        props: DeckGlJsonChartProps = {
            "json": json.dumps(deck, default=str),
            "tooltip": None,
            "mapbox_token": os.environ.get("MAPBOX_API_KEY") or None,
            "width": width,
            "height": height,
            "selection_mode": None,
            "alt": normalize_alt(alt),
        }
        return self._enqueue({"kind": "deck_gl_json_chart", "props": props})


# ------------------------------------------------------------------ st.pydeck_chart


class PydeckSelectionState(ReadOnlyAttributeDictionary):
    """``indices`` and ``objects``, by layer id."""


class PydeckState(ReadOnlyAttributeDictionary):
    """``selection``: the :class:`PydeckSelectionState`."""

    def __getitem__(self, key: Any) -> Any:
        if key == "selection":
            item = dict.__getitem__(self, key)
            return item if isinstance(item, PydeckSelectionState) else PydeckSelectionState(item)
        return super().__getitem__(key)


def deserialize_selection(value: Any) -> PydeckState:
    if not isinstance(value, Mapping) or not isinstance(value.get("selection"), Mapping):
        return PydeckState({"selection": PydeckSelectionState({"indices": {}, "objects": {}})})
    state = dict(value)
    state["selection"] = PydeckSelectionState(value["selection"])
    return PydeckState(state)


def parse_selection_mode(selection_mode: Any) -> str:
    if not isinstance(selection_mode, str):
        raise StreamlitInvalidParameterTypeError(
            "selection_mode",
            type(selection_mode).__name__,
            ["str"],
            detail="Selection mode must be a single value.",
        )
    if selection_mode not in SELECTION_MODES:
        raise StreamlitValueError("selection_mode", [f"'{mode}'" for mode in SELECTION_MODES])
    return selection_mode


def _records(data: Any) -> Any:
    """A pandas DataFrame layer's data as records (1.67 does it for pandas 3)."""
    if dataframes.is_pandas_dataframe(data):
        return data.to_dict(orient="records")
    return data


def deck_json(deck: Any) -> str:
    if deck is None:
        return json.dumps(EMPTY_MAP)
    for layer in getattr(deck, "layers", None) or []:
        data = getattr(layer, "data", None)
        if isinstance(data, weakref.ref):
            data = data()
        if data is not None and dataframes.is_pandas_dataframe(data):
            layer.data = _records(data)
    text: str = deck.to_json()
    return text


def deck_tooltip(deck: Any) -> dict[str, Any] | None:
    if deck is None:
        return None
    widget = getattr(deck, "deck_widget", None)
    if widget is not None and isinstance(getattr(widget, "tooltip", None), dict):
        from_widget: dict[str, Any] = widget.tooltip
        return from_widget
    tooltip = getattr(deck, "_tooltip", None)
    return tooltip if isinstance(tooltip, dict) else None


class PydeckMixin(DeltaGeneratorBase):
    def pydeck_chart(
        self,
        pydeck_obj: Any = None,
        *,
        width: str | int = "stretch",
        use_container_width: bool | None = None,
        height: str | int = 500,
        selection_mode: str = "single-object",
        on_select: Any = "ignore",
        key: str | int | None = None,
        alt: str | None = None,
    ) -> Any:
        if use_container_width:
            width = "stretch"
        validate_width(width)
        validate_height(height)
        spec = deck_json(pydeck_obj)
        tooltip = deck_tooltip(pydeck_obj)
        props: DeckGlJsonChartProps = {
            "json": spec,
            "tooltip": json.dumps(tooltip) if tooltip else None,
            "mapbox_token": getattr(pydeck_obj, "mapbox_key", None) or None,
            "width": width,
            "height": height,
            "selection_mode": None,
            "alt": normalize_alt(alt),
        }
        check_on_select(on_select)
        if on_select == "ignore":
            return self._enqueue(
                {"kind": "deck_gl_json_chart", "props": props},
                key=None if key is None else str(key),
            )
        props["selection_mode"] = parse_selection_mode(selection_mode)
        user_key = None if key is None else str(key)
        return selection_widget(
            self,
            {"kind": "deck_gl_json_chart", "props": props},
            key=key,
            on_select=on_select,
            id_parts=identity_parts(
                user_key,
                {
                    "is_selection_activated": True,
                    "selection_mode": selection_mode,
                    "use_container_width": use_container_width,
                    "spec": spec,
                    "alt": props["alt"],
                },
                keyed=("selection_mode",),
            ),
            deserialize=deserialize_selection,
        )


class MapsMixin(MapMixin, PydeckMixin):
    pass


Mixin = MapsMixin
