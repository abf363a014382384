"""st.map and st.pydeck_chart in the shim (pydeck for real), against Streamlit 1.67.

``to_deckgl_json`` follows 1.67's ``elements/map.py`` (column names, size and colour as a
value or a column, centre and zoom); the texts of its errors are 1.67's.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fragc.shim.errors import StreamlitAPIException
from fragc.shim.optional.maps import (
    PydeckSelectionState,
    PydeckState,
    deserialize_selection,
    parse_selection_mode,
    to_deckgl_json,
    to_int_color_tuple,
)
from tests.shim.harness import AppHarness


def layer(deck: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = deck["layers"][0]
    return found


def test_map_defaults_from_plain_data() -> None:
    deck = to_deckgl_json({"lat": [1.0, 3.0], "lon": [10.0, 20.0]}, None, None, None, None, None)
    assert deck["initialViewState"] == {"latitude": 2.0, "longitude": 15.0, "pitch": 0, "zoom": 5}
    assert layer(deck) == {
        "@@type": "ScatterplotLayer",
        "getPosition": "@@=[lon, lat]",
        "getRadius": 100,
        "radiusMinPixels": 3,
        "radiusUnits": "meters",
        "getFillColor": "primary",
        "data": [{"lat": 1.0, "lon": 10.0}, {"lat": 3.0, "lon": 20.0}],
    }


def test_map_columns_for_size_and_color_and_named_coordinates() -> None:
    data = {"Y": [1.0], "X": [2.0], "s": [7], "c": ["#ff000080"], "other": ["x"]}
    deck = to_deckgl_json(data, "Y", "X", "s", "c", 4)
    assert deck["initialViewState"]["zoom"] == 4
    assert layer(deck)["getPosition"] == "@@=[X, Y]"
    assert layer(deck)["getRadius"] == "@@=s"
    assert layer(deck)["getFillColor"] == "@@=c"
    # Only the used columns, sorted; colours as 0-255 tuples.
    assert layer(deck)["data"] == [{"X": 2.0, "Y": 1.0, "c": [255, 0, 0, 128], "s": 7}]


def test_map_pandas_frame_matches_streamlit() -> None:
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame({"latitude": [37.76, 37.8], "longitude": [-122.4, -122.45]})
    deck = to_deckgl_json(frame, None, None, 20, (0, 0, 255), None)
    assert deck["initialViewState"]["zoom"] == 12
    assert layer(deck)["getFillColor"] == [0, 0, 255]
    assert layer(deck)["getRadius"] == 20


def test_map_of_nothing_is_the_empty_map() -> None:
    assert to_deckgl_json(None, None, None, None, None, None) == {
        "initialViewState": {"latitude": 0, "longitude": 0, "pitch": 0, "zoom": 1}
    }


@pytest.mark.parametrize(
    ("data", "kwargs", "message"),
    [
        (
            {"x": [1]},
            {},
            "Map data must contain a latitude column named: 'LAT', 'LATITUDE', 'lat', "
            "'latitude'. Existing columns: 'x'",
        ),
        (
            {"lat": [1.0, None], "lon": [1.0, 2.0]},
            {},
            "Column lat is not allowed to contain null values, such as NaN, NaT, or None.",
        ),
        (
            {"lat": [1.0], "lon": [1.0], "c": ["blue"]},
            {"color": "c"},
            'Column "c" does not appear to contain valid colors.',
        ),
    ],
)
def test_map_errors(tmp_path: Path, data: Any, kwargs: dict[str, Any], message: str) -> None:
    app = AppHarness(tmp_path, f"import streamlit as st\nst.map({data!r}, **{kwargs!r})").run()
    try:
        (error,) = app.exceptions()
        assert error == f"StreamlitAPIException: {message}"
    finally:
        app.close()


@pytest.mark.parametrize(
    ("color", "expected"),
    [
        ("#f00", (255, 0, 0, 255)),
        ("#ff000080", (255, 0, 0, 128)),
        ((0.5, 1.0, 0.0), (127, 255, 0)),
        ([10, 300, -5, 0.5], (10, 255, 0, 127)),
    ],
)
def test_int_color_tuples(color: Any, expected: tuple[int, ...]) -> None:
    assert to_int_color_tuple(color) == expected


def test_map_props(tmp_path: Path) -> None:
    app = AppHarness(
        tmp_path,
        "import streamlit as st\nst.map({'lat': [1.0], 'lon': [2.0]}, height=300, alt='a map')",
    ).run()
    try:
        (node,) = app.page.elements("deck_gl_json_chart")
        assert node.widget is None
        assert node.props["height"] == 300
        assert node.props["width"] == "stretch"
        assert node.props["alt"] == "a map"
        assert node.props["selection_mode"] is None
        assert json.loads(node.props["json"])["layers"][0]["data"] == [{"lat": 1.0, "lon": 2.0}]
    finally:
        app.close()


PYDECK_APP = """
import pandas as pd
import pydeck as pdk
import streamlit as st

frame = pd.DataFrame({"lat": [1.0, 2.0], "lon": [3.0, 4.0], "name": ["a", "b"]})
deck = pdk.Deck(
    layers=[pdk.Layer("ScatterplotLayer", data=frame, id="pts", get_position="[lon, lat]",
                      pickable=True)],
    initial_view_state=pdk.ViewState(latitude=1.5, longitude=3.5, zoom=6),
    tooltip={"html": "<b>{name}</b>"},
    map_style=None,
)
state = st.pydeck_chart(deck, on_select="rerun", selection_mode="multi-object", key="deck")
st.write(f"{state.selection.indices} {[o['name'] for o in state.selection.objects.get('pts', [])]}")
st.pydeck_chart(deck)
st.pydeck_chart()
"""


def test_pydeck_chart_with_real_pydeck(tmp_path: Path) -> None:
    app = AppHarness(tmp_path, PYDECK_APP).run()
    try:
        assert app.exceptions() == []
        selecting, plain, empty = app.page.elements("deck_gl_json_chart")
        spec = json.loads(selecting.props["json"])
        assert spec["layers"][0]["@@type"] == "ScatterplotLayer"
        assert spec["layers"][0]["data"] == [
            {"lat": 1.0, "lon": 3.0, "name": "a"},
            {"lat": 2.0, "lon": 4.0, "name": "b"},
        ]
        assert json.loads(selecting.props["tooltip"]) == {"html": "<b>{name}</b>"}
        assert selecting.props["selection_mode"] == "multi-object"
        assert selecting.widget is not None
        assert plain.widget is None
        assert plain.props["selection_mode"] is None
        assert json.loads(empty.props["json"]) == {
            "initialViewState": {"latitude": 0, "longitude": 0, "pitch": 0, "zoom": 1}
        }
        assert app.texts()[-1] == "{} []"
        chosen = {
            "selection": {
                "indices": {"pts": [1]},
                "objects": {"pts": [{"lat": 2.0, "lon": 4.0, "name": "b"}]},
            }
        }
        app.request(values={selecting.widget["id"]: chosen})
        assert app.texts()[-1] == "{'pts': [1]} ['b']"
    finally:
        app.close()


def test_pydeck_selection_state() -> None:
    state = deserialize_selection({"selection": {"indices": {"a": [0]}, "objects": {"a": [{}]}}})
    assert isinstance(state, PydeckState)
    assert isinstance(state.selection, PydeckSelectionState)
    assert state.selection.indices == {"a": [0]}
    with pytest.raises(TypeError):
        state.selection.indices["a"] = []
    assert deserialize_selection(None) == {"selection": {"indices": {}, "objects": {}}}


@pytest.mark.parametrize(
    ("mode", "message"),
    [
        (
            ["single-object"],
            "Invalid `selection_mode` type. Expected one of: str. Provided type: list. "
            "Selection mode must be a single value.",
        ),
        (
            "single",
            "Invalid `selection_mode` value. Supported values: 'multi-object', 'single-object'.",
        ),
    ],
)
def test_pydeck_selection_mode_errors(mode: Any, message: str) -> None:
    with pytest.raises(StreamlitAPIException) as raised:
        parse_selection_mode(mode)
    assert str(raised.value) == message
