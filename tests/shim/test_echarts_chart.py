"""st.echarts_chart in the shim: the props the page draws, the selection state, 1.67's errors.

Texts and defaults are copied from Streamlit 1.67's ``streamlit/elements/echarts_chart.py``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fragc.shim.optional.echarts import (
    EChartsSelectionState,
    EChartsState,
    deserialize_selection,
    resolve_size,
)
from tests.shim.harness import AppHarness

BAR = {
    "xAxis": {"type": "category", "data": ["A", "B", "C"]},
    "yAxis": {"type": "value"},
    "series": [{"type": "bar", "data": [5, 20, 36]}],
}


def run(tmp_path: Path, source: str) -> AppHarness:
    return AppHarness(tmp_path, "import streamlit as st\n" + source).run()


def charts(app: AppHarness) -> list[dict[str, Any]]:
    return [n.props for n in app.page.elements("echarts_chart")]


def test_dict_json_string_and_pyecharts_like_specs(tmp_path: Path) -> None:
    app = run(
        tmp_path,
        f"""
import json
spec = {BAR!r}
class Pyecharts:  # what 1.67 duck-types: dump_options() and InitOpts' width/height
    width, height = "640px", "500px"
    def dump_options(self):
        return json.dumps(spec)
st.echarts_chart(spec)
st.echarts_chart(json.dumps(spec), width="content", height=200, theme=None, renderer="svg",
                 alt="  Sales by category ")
st.echarts_chart(Pyecharts(), width="content", height="content", key="py")
""",
    )
    try:
        assert app.exceptions() == []
        plain, text, pyecharts = charts(app)
        assert json.loads(plain["spec"]) == BAR
        assert (plain["width"], plain["height"], plain["theme"], plain["renderer"]) == (
            "stretch",
            350,
            "streamlit",
            "canvas",
        )
        assert (plain["selection"], plain["alt"]) == (False, None)
        assert json.loads(text["spec"]) == BAR
        assert (text["width"], text["height"], text["theme"], text["renderer"]) == (
            700,
            200,
            None,
            "svg",
        )
        assert text["alt"] == "Sales by category"
        # pyecharts' own 640px width; its library default height (500px) counts as unset.
        assert (pyecharts["width"], pyecharts["height"]) == (640, 350)
        assert app.page.elements("echarts_chart")[2].key == "py"
    finally:
        app.close()


def test_real_pyecharts_chart(tmp_path: Path) -> None:
    app = run(
        tmp_path,
        """
from pyecharts import options as opts
from pyecharts.charts import Bar
from pyecharts.commons.utils import JsCode
bar = Bar(init_opts=opts.InitOpts(height="320px")).add_xaxis(["a", "b"]).add_yaxis("Sales", [1, 2])
st.echarts_chart(bar, width="content", height="content")
js = Bar().add_xaxis(["a"]).add_yaxis(
    "s", [1], label_opts=opts.LabelOpts(formatter=JsCode("function (p) { return p.value; }"))
)
st.echarts_chart(js)
""",
    )
    try:
        (props,) = charts(app)
        option = json.loads(props["spec"])
        assert option["series"][0]["name"] == "Sales"
        assert option["series"][0]["data"] == [1, 2]
        # pyecharts' default width (900px) counts as unset; its own 320px height is kept.
        assert (props["width"], props["height"]) == (700, 320)
        (error,) = app.exceptions()
        assert "contains JavaScript callbacks" in error
    finally:
        app.close()


def test_dataframe_source_becomes_rows_with_column_order(tmp_path: Path) -> None:
    app = run(
        tmp_path,
        """
import pandas as pd
df = pd.DataFrame({"day": ["Mon", "Tue"], "sales": [1.5, float("nan")],
                   "at": pd.to_datetime(["2024-01-02", "2024-01-03"])})
spec = {"dataset": {"source": df}, "xAxis": {"type": "category"}, "yAxis": {},
        "series": [{"type": "bar"}]}
st.echarts_chart(spec)
st.write(type(spec["dataset"]["source"]).__name__)  # the app's dict is left alone
""",
    )
    try:
        assert app.exceptions() == []
        (props,) = charts(app)
        dataset = json.loads(props["spec"])["dataset"]
        assert dataset["dimensions"] == ["day", "sales", "at"]
        assert dataset["source"] == [
            ["Mon", 1.5, "2024-01-02T00:00:00"],
            ["Tue", None, "2024-01-03T00:00:00"],
        ]
        assert app.texts()[-1] == "DataFrame"
    finally:
        app.close()


SERIES = "{'xAxis': {}, 'yAxis': {}, 'series': [%s]}"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            "st.echarts_chart(%s)" % (SERIES % "{'type': 'custom'}"),
            "The provided ECharts spec uses a `custom` series, which requires a JavaScript "
            "`renderItem` callback.",
        ),
        (
            "st.echarts_chart(%s)" % (SERIES % "{'type': 'map', 'map': 'world'}"),
            "The provided ECharts spec uses a map or geo coordinate system, which requires "
            "registering GeoJSON map data. `st.echarts_chart` does not support map charts.",
        ),
        (
            "st.echarts_chart({'geo': {'map': 'china'}, 'series': []})",
            "uses a map or geo coordinate system",
        ),
        (
            "st.echarts_chart(%s)" % (SERIES % "{'type': 'scatter3D'}"),
            "The provided ECharts spec uses the `scatter3D` series, which requires the ECharts "
            "GL extension. `st.echarts_chart` does not support 3D or WebGL charts.",
        ),
        (
            "st.echarts_chart({'grid3D': {}, 'series': []})",
            "The provided ECharts spec uses the `grid3D` component, which requires the "
            "ECharts GL extension.",
        ),
        (
            "st.echarts_chart(%s)" % (SERIES % "{'type': 'wordCloud'}"),
            "requires the `echarts-wordcloud` extension. `st.echarts_chart` bundles only core "
            "ECharts, so this chart would render empty.",
        ),
        (
            'st.echarts_chart(\'{"tooltip": {"formatter": function (p) { return p; }}}\')',
            "The provided ECharts spec contains JavaScript callbacks (e.g. `function` values "
            "or `JsCode`), which `st.echarts_chart` does not support.",
        ),
        (
            'st.echarts_chart(\'{"title": {"text": "--x_x--function(){}--x_x--"}}\')',
            "contains JavaScript callbacks",
        ),
        (
            "st.echarts_chart('{\"title\": ')",
            "The provided ECharts spec could not be parsed as JSON. `st.echarts_chart` only "
            "supports JSON-compatible option objects.",
        ),
        (
            "st.echarts_chart(42)",
            "Invalid `spec` type. Expected one of: dict, str, pyecharts chart. Provided type: int.",
        ),
        (
            "st.echarts_chart('[1, 2]')",
            "Invalid `spec` type. Expected one of: dict. Provided type: list. "
            "An ECharts spec must be a JSON object (mapping).",
        ),
        (
            "st.echarts_chart({'series': [{'type': 'line', 'data': [1, float('nan')]}]})",
            "The provided ECharts spec is not JSON-serializable. `series[0].data[1]` is `NaN`. "
            "Use `None` for missing or non-finite numbers.",
        ),
        (
            "import datetime\n"
            "st.echarts_chart({'series': [{'type': 'line', 'data': [datetime.date(2024, 1, 2)]}]})",
            "`series[0].data[0]` is a `datetime.date`. Convert it with `.isoformat()`.",
        ),
        (
            "st.echarts_chart({'series': {'type': 'line'}, 'options': 3})",
            "The provided ECharts spec has a `options` value that is not a list.",
        ),
        (
            "st.echarts_chart({}, theme='dark')",
            "Invalid `theme` value. Supported values: 'streamlit', None.",
        ),
        (
            "st.echarts_chart({}, renderer='webgl')",
            "Invalid `renderer` value. Supported values: 'canvas', 'svg'.",
        ),
        (
            "st.echarts_chart({}, on_select=None)",
            "Invalid `on_select` value. Supported values: 'rerun', 'ignore', a callback function.",
        ),
        ("st.echarts_chart({}, width=0)", "Invalid width value: 0."),
        (
            "st.echarts_chart({}, on_select='rerun', key='k')\n"
            "st.echarts_chart({}, on_select='rerun', key='k')",
            "There are multiple elements with the same `key='k'`.",
        ),
    ],
)
def test_errors(tmp_path: Path, call: str, message: str) -> None:
    app = run(tmp_path, call)
    try:
        (error,) = app.exceptions()
        assert message in error
        # Only the failing call draws nothing (the duplicate key's first chart is drawn).
        assert len(charts(app)) == call.count("st.echarts_chart(") - 1
    finally:
        app.close()


def test_selection_state_and_callback(tmp_path: Path) -> None:
    app = run(
        tmp_path,
        f"""
st.session_state.setdefault("calls", 0)
def picked():
    st.session_state.calls += 1
spec = {BAR!r}
spec["series"][0]["selectedMode"] = "multiple"
ev = st.echarts_chart(spec, key="sales", on_select=picked)
st.write(f"{{ev.selection.selected}} {{ev['selection']['areas']}} "
         f"{{st.session_state.sales.selection.selected == ev.selection.selected}} "
         f"calls={{st.session_state.calls}}")
""",
    )
    try:
        node = app.page.elements("echarts_chart")[0]
        assert node.props["selection"] is True
        assert node.widget is not None
        assert node.widget["value"] == {"selection": {"selected": [], "areas": []}}
        assert app.texts()[-1] == "[] [] True calls=0"
        group = {
            "series_index": 0,
            "series_id": None,
            "series_name": None,
            "data_type": "main",
            "data_indices": [1, 2],
        }
        app.request(values={node.widget["id"]: {"selection": {"selected": [group]}}})
        assert app.texts()[-1] == f"[{group!r}] [] True calls=1"
    finally:
        app.close()


def test_selection_in_a_fragment_reruns_only_the_fragment(tmp_path: Path) -> None:
    app = run(
        tmp_path,
        f"""
st.session_state.setdefault("full_runs", 0)
st.session_state.full_runs += 1
st.write(f"full runs: {{st.session_state.full_runs}}")
spec = {BAR!r}
spec["series"][0]["selectedMode"] = "single"
@st.fragment
def panel():
    ev = st.echarts_chart(spec, on_select="rerun")
    st.write(f"picked: {{[g['data_indices'] for g in ev.selection.selected]}}")
panel()
""",
    )
    try:
        node = app.page.elements("echarts_chart")[0]
        assert node.fragment_id
        assert node.widget is not None
        group = {
            "series_index": 0,
            "series_id": None,
            "series_name": None,
            "data_type": "main",
            "data_indices": [2],
        }
        app.request(
            [node.fragment_id],
            values={node.widget["id"]: {"selection": {"selected": [group], "areas": []}}},
        )
        assert app.statuses()[-1] == "finished_fragment"
        assert "picked: [[2]]" in app.texts()
        assert "full runs: 1" in app.texts()
    finally:
        app.close()


def test_selection_state_is_read_only() -> None:
    state = deserialize_selection({"selection": {"areas": [{"brush_index": 0}]}})
    assert isinstance(state, EChartsState)
    assert isinstance(state.selection, EChartsSelectionState)
    assert state.selection.selected == []
    assert state["selection"]["areas"][0]["brush_index"] == 0
    with pytest.raises(TypeError):
        state["selection"] = {}
    with pytest.raises(TypeError):
        state.selection.selected = []
    assert deserialize_selection(None) == {"selection": {"selected": [], "areas": []}}


class _Sized:
    def __init__(self, width: Any = None, height: Any = None) -> None:
        self.width, self.height = width, height


@pytest.mark.parametrize(
    ("value", "spec", "name", "expected"),
    [
        ("stretch", {}, "width", "stretch"),
        (300, {}, "width", 300),
        ("content", {}, "width", 700),
        ("content", {}, "height", 350),
        ("content", _Sized("900px", "500px"), "width", 700),  # pyecharts' defaults: unset
        ("content", _Sized("420px"), "width", 420),
        ("content", _Sized(height="100%"), "height", "stretch"),
        ("content", _Sized(height="30em"), "height", 350),  # another unit: the default
        ("content", _Sized(width=512), "width", 512),
    ],
)
def test_content_size(value: Any, spec: Any, name: str, expected: Any) -> None:
    assert resolve_size(value, spec, name) == expected
