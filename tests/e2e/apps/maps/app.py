"""st.map and st.pydeck_chart: points from plain data, a deck with a tooltip and selections.

pydeck needs numpy, which comes from Pyodide's distribution: these offline tests cannot
download it, so the deck here is pydeck's JSON behind the two things st.pydeck_chart
reads of a ``pydeck.Deck`` (``to_json()`` and the tooltip). tests/shim/test_maps.py
runs st.pydeck_chart on real pydeck.
"""

import json

import streamlit as st

st.map(
    {"lat": [48.85, 48.86, 48.87], "lon": [2.35, 2.36, 2.37], "size": [50, 80, 120]},
    size="size",
    color="#0068c9",
    height=300,
)


class Deck:
    """What st.pydeck_chart reads of a pydeck.Deck."""

    def __init__(self, spec: dict, tooltip: dict | None = None) -> None:
        self.spec = spec
        self._tooltip = tooltip
        self.mapbox_key = None

    def to_json(self) -> str:
        return json.dumps(self.spec)


point = Deck(
    {
        "initialViewState": {"latitude": 0, "longitude": 0, "zoom": 3},
        "mapStyle": None,
        "layers": [
            {
                "@@type": "ScatterplotLayer",
                "id": "cities",
                "data": [{"name": "Null Island", "lon": 0, "lat": 0}],
                "getPosition": "@@=[lon, lat]",
                "getRadius": 200000,
                "getFillColor": [200, 30, 0, 200],
            }
        ],
    },
    tooltip={"text": "City: {name}"},
)
event = st.pydeck_chart(point, on_select="rerun", key="deck", height=300)
st.write(
    f"Selected: {dict(event.selection.indices)} {[o['name'] for objs in event.selection.objects.values() for o in objs]}"
)

st.pydeck_chart(
    Deck(
        {
            "initialViewState": {"latitude": 0, "longitude": 0, "zoom": 1},
            "mapStyle": "mapbox://styles/mapbox/light-v9",
            "layers": [],
        }
    ),
    height=200,
)
