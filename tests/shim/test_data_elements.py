"""Data elements in the shim: data conversion, st.table / st.dataframe props, chart specs.

Conversion follows Streamlit 1.67's ``convert_anything_to_pandas_df`` (checked here on
plain Python data without pandas, and on pandas objects when pandas is installed);
the built-in charts follow ``built_in_chart_utils.generate_chart``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import decimal
import importlib
import json
import subprocess
import sys
from collections import namedtuple
from typing import Any

import pytest

from fragc.shim import dataframes
from fragc.shim.elements.builtin_charts import (
    MELTED_COLOR,
    MELTED_Y,
    SEPARATED_INDEX,
    ChartType,
    generate_chart,
)
from fragc.shim.elements.charts import prepare_spec, split_data, stable_spec_text
from tests.conftest import REPO

Point = namedtuple("Point", ["x", "y"])


@dataclasses.dataclass
class Pet:
    name: str
    legs: int


def table_of(data: Any) -> dict[str, Any]:
    frame = dataframes.to_frame(data)
    out = dict(dataframes.frame_json(frame))
    out["format"] = frame.data_format
    return out


def props_of(app: Any, kind: str) -> list[dict[str, Any]]:
    return [n.props for n in app.page.elements(kind)]


def spec_of(props: dict[str, Any]) -> dict[str, Any]:
    spec: dict[str, Any] = json.loads(props["spec"])
    return spec


# ---------------------------------------------------------------- conversion


@pytest.mark.parametrize(
    ("data", "columns", "rows", "index", "fmt"),
    [
        pytest.param(
            {"a": [1, 2], "b": ["x", "y"]},
            ["a", "b"],
            [[1, "x"], [2, "y"]],
            [0, 1],
            "column_value_mapping",
            id="dict-of-lists",
        ),
        pytest.param(
            {"a": [1, 2], "k": 7},
            ["a", "k"],
            [[1, 7], [2, 7]],
            [0, 1],
            "column_value_mapping",
            id="scalars-broadcast",
        ),
        pytest.param(
            {"a": {"r1": 1, "r2": 2}, "b": {"r2": 3}},
            ["a", "b"],
            [[1, None], [2, 3]],
            ["r1", "r2"],
            "column_index_mapping",
            id="dict-of-dicts",
        ),
        pytest.param(
            {"k": 1, "j": "two"},
            ["value"],
            [[1], ["two"]],
            ["k", "j"],
            "key_value_dict",
            id="key-value-dict",
        ),
        pytest.param(
            [{"a": 1}, {"b": 2, "a": 3}],
            ["a", "b"],
            [[1, None], [3, 2]],
            [0, 1],
            "list_of_records",
            id="list-of-dicts",
        ),
        pytest.param(
            [[1, 2], [3]],
            ["0", "1"],
            [[1, 2], [3, None]],
            [0, 1],
            "list_of_rows",
            id="list-of-lists",
        ),
        pytest.param([5, 6], ["value"], [[5], [6]], [0, 1], "list_of_values", id="list-of-values"),
        pytest.param((5,), ["value"], [[5]], [0], "tuple_of_values", id="tuple"),
        pytest.param(
            [Point(1, 2), Point(3, 4)],
            ["x", "y"],
            [[1, 2], [3, 4]],
            [0, 1],
            "list_of_rows",
            id="namedtuples",
        ),
        pytest.param(
            [Pet("cat", 4)],
            ["name", "legs"],
            [["cat", 4]],
            [0],
            "unknown",
            id="dataclasses",
        ),
        pytest.param(
            Point(1, 2),
            ["value"],
            [[1], [2]],
            ["x", "y"],
            "key_value_dict",
            id="one-namedtuple",
        ),
        pytest.param(
            (v * v for v in range(3)),
            ["value"],
            [[0], [1], [4]],
            [0, 1, 2],
            "list_of_values",
            id="generator",
        ),
        pytest.param(None, [], [], [], "empty", id="none"),
        pytest.param([], [], [], [], "list_of_values", id="empty-list"),
    ],
)
def test_plain_python_data_converts_like_pandas(
    data: Any, columns: list[str], rows: list[list[Any]], index: list[Any], fmt: str
) -> None:
    table = table_of(data)
    assert (table["columns"], table["rows"], table["index"], table["format"]) == (
        columns,
        rows,
        index,
        fmt,
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param({"a": [1, 2], "b": [1]}, "All arrays must be of the same length", id="ragged"),
        pytest.param("text", "Unable to convert object of type `<class 'str'>`", id="string"),
        pytest.param(3, "Unable to convert object of type `<class 'int'>`", id="number"),
    ],
)
def test_unconvertible_data_is_streamlits_error(data: Any, message: str) -> None:
    with pytest.raises(
        dataframes.StreamlitDataframeConversionError, match=message.replace("(", r"\(")
    ):
        dataframes.to_frame(data)


@pytest.mark.parametrize(
    ("values", "kind"),
    [
        ([1, 2, None], "int"),
        ([1, 2.5], "float"),
        ([True, False], "bool"),
        (["a", None], "str"),
        ([dt.datetime(2024, 1, 1)], "datetime"),
        ([dt.date(2024, 1, 1)], "date"),
        ([dt.time(10, 0)], "time"),
        ([dt.timedelta(1)], "timedelta"),
        ([1, "a"], "object"),
        ([None, None], "empty"),
        ([], "empty"),
    ],
)
def test_column_kinds(values: list[Any], kind: str) -> None:
    assert dataframes.infer_kind(values) == kind


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (float("nan"), None),
        (float("inf"), "inf"),
        (float("-inf"), "-inf"),
        (1.5, 1.5),
        (dt.datetime(2024, 1, 2, 3, 4, 5), "2024-01-02T03:04:05"),
        (dt.date(2024, 1, 2), "2024-01-02"),
        (dt.timedelta(hours=1), "1:00:00"),
        (decimal.Decimal("2.5"), 2.5),
        (b"bytes", "bytes"),
        ({"k": (1, 2)}, {"k": [1, 2]}),
        ({1, 2}, [1, 2]),
        (object, "<class 'object'>"),
    ],
)
def test_cells_become_json(value: Any, shown: Any) -> None:
    assert dataframes.cell(value) == shown


def test_numpy_arrays_convert_without_importing_numpy_in_the_shim() -> None:
    np = importlib.import_module("numpy")
    assert table_of(np.array([[1, 2], [3, 4]]))["columns"] == ["0", "1"]
    assert table_of(np.array([1.5, np.nan]))["rows"] == [[1.5], [None]]
    dates = table_of(np.array(["2024-01-01"], dtype="datetime64[ns]"))
    assert (dates["rows"], dates["dtypes"]) == ([["2024-01-01T00:00:00"]], ["datetime"])
    assert dataframes.cell(np.int64(3)) == 3


def test_pandas_objects_convert() -> None:
    pd = importlib.import_module("pandas")
    df = pd.DataFrame(
        {
            "x": [1.5, float("nan")],
            "when": pd.to_datetime(["2024-01-01 00:00", "2024-02-01 10:30"]),
            "c": pd.Categorical(["u", "v"]),
        },
        index=pd.Index(["r1", "r2"], name="row"),
    )
    table = table_of(df)
    assert table["columns"] == ["x", "when", "c"]
    assert table["rows"] == [[1.5, "2024-01-01T00:00:00", "u"], [None, "2024-02-01T10:30:00", "v"]]
    assert table["dtypes"] == ["float", "datetime", "category"]
    assert (table["index"], table["index_name"]) == (["r1", "r2"], "row")
    assert table_of(pd.Series([1, 2]))["columns"] == ["0"]  # pandas' name, as Streamlit shows it
    assert table_of(df.style)["rows"] == table["rows"]
    wide = pd.DataFrame([[1, 2]], columns=pd.MultiIndex.from_tuples([("a", "x"), ("a", "y")]))
    assert table_of(wide)["columns"] == ["a / x", "a / y"]


def test_the_shim_does_not_import_pandas_or_numpy() -> None:
    # They are not in Pyodide's core: importing them would cost every app seconds.
    code = (
        "import sys, fragc.shim.api, fragc.shim.dataframes, fragc.shim.elements.charts;"
        "print(sorted({'pandas', 'numpy', 'altair'} & set(sys.modules)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO / "compiler",
    )
    assert out.stdout.strip() == "[]"


# ---------------------------------------------------------------- st.table / st.dataframe


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        pytest.param(
            'st.table({"a": [1]})',
            {"index": None, "hide_header": False, "border": "all", "width": "stretch"},
            id="range-index-hidden",
        ),
        pytest.param(
            'st.table({"k": 1, "j": 2})',
            {"index": ["k", "j"], "hide_header": True},
            id="key-value-has-index-no-header",
        ),
        pytest.param("st.table([[1, 2]])", {"hide_header": True}, id="rows-have-no-header"),
        pytest.param(
            'st.table({"a": [1]}, hide_index=False, hide_header=True, border="horizontal")',
            {"index": [0], "hide_header": True, "border": "horizontal"},
            id="explicit",
        ),
        pytest.param(
            'st.table({"a": [1]}, border=False, width="content", alt="  Scores ")',
            {"border": "none", "width": "content", "alt": "Scores"},
            id="border-width-alt",
        ),
    ],
)
def test_table_props(make_app: Any, call: str, expected: dict[str, Any]) -> None:
    app = make_app("import streamlit as st\n" + call)
    assert app.exceptions() == []
    (props,) = props_of(app, "table")
    assert {k: props[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        pytest.param(
            'st.dataframe({"a": [1], "b": [2]})',
            {"columns": ["a", "b"], "index": [0], "height": "auto", "width": "stretch"},
            id="index-shown-by-default",
        ),
        pytest.param(
            'st.dataframe({"a": [1], "b": [2]}, hide_index=True, column_order=["b", "zz", "a"])',
            {"columns": ["b", "a"], "rows": [[2, 1]], "index": None},
            id="hide-index-and-order",
        ),
        pytest.param(
            'st.dataframe({"a": [1], "b": [2], "c": [3]}, column_config={"a": "Alpha", "b": None,'
            ' "c": {"label": "Gamma", "hidden": False}, "_index": {"hidden": True}})',
            {"columns": ["Alpha", "Gamma"], "rows": [[1, 3]], "index": None},
            id="column-config",
        ),
        pytest.param(
            'st.dataframe({"a": [1]}, 300, 200, use_container_width=True)',
            {"width": "stretch", "height": 200},
            id="positional-width-height",
        ),
        pytest.param(
            'st.dataframe({"a": [1]}, use_container_width=False, row_height=20, placeholder="-")',
            {"width": "content", "row_height": 20, "placeholder": "-"},
            id="content-width",
        ),
    ],
)
def test_dataframe_props(make_app: Any, call: str, expected: dict[str, Any]) -> None:
    app = make_app("import streamlit as st\n" + call)
    assert app.exceptions() == []
    (props,) = props_of(app, "dataframe")
    assert {k: props[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("call", "error"),
    [
        pytest.param(
            'st.table([1], border="dotted")',
            "StreamlitValueError: Invalid `border` value. Supported values: True, False, 'horizontal'.",
            id="table-border",
        ),
        pytest.param(
            'st.table([1], width="wide")',
            "StreamlitInvalidWidthError: Invalid width value: 'wide'. Width must be either a "
            "positive integer (pixels), 'stretch', or 'content'.",
            id="table-width",
        ),
        pytest.param(
            'st.dataframe([1], height="tall")',
            "StreamlitInvalidHeightError: Invalid height value: 'tall'. Height must be either a "
            "positive integer (pixels), 'stretch', or 'content'.",
            id="dataframe-height",
        ),
        pytest.param(
            'st.dataframe([1], on_select="rerun", selection_mode="rows")',
            "StreamlitValueError: Invalid `selection_mode` value. Supported values: 'multi-cell', "
            "'multi-column', 'multi-row', 'single-cell', 'single-column', 'single-row', "
            "'single-row-required'.",
            id="selections",
        ),
        pytest.param(
            'st.dataframe([1], selection_default={"selection": {}})',
            "StreamlitIncompatibleParametersError: `selection_default` and `on_select='ignore'` "
            "cannot be used together. Set `on_select` to `'rerun'` or a callback to use "
            "`selection_default`.",
            id="selection-default-without-selection",
        ),
        pytest.param(
            'st.dataframe([1], on_select="sometimes")',
            "StreamlitValueError: Invalid `on_select` value. Supported values: 'rerun', "
            "'ignore', a callback function.",
            id="bad-on-select",
        ),
    ],
)
def test_data_element_errors(make_app: Any, call: str, error: str) -> None:
    app = make_app("import streamlit as st\n" + call)
    assert app.exceptions() == [error]


def test_write_sends_data_frames_to_dataframe(make_app: Any) -> None:
    importlib.import_module("pandas")
    app = make_app(
        """
        import numpy as np
        import pandas as pd
        import streamlit as st
        st.write("Scores", pd.DataFrame({"s": [3]}), [{"a": 1}], np.array([4, 5]))
        """
    )
    assert [n.kind for n in app.page.elements()] == ["markdown", "dataframe", "json", "dataframe"]
    frame, array = props_of(app, "dataframe")
    assert frame["rows"] == [[3]]
    assert (array["columns"], array["rows"]) == (["value"], [[4], [5]])


# ---------------------------------------------------------------- built-in charts


def encoding(spec: dict[str, Any]) -> dict[str, Any]:
    base = spec["layer"][0] if "layer" in spec else spec
    enc: dict[str, Any] = base["encoding"]
    return enc


def test_line_chart_plots_the_index_against_melted_columns() -> None:
    spec, data = generate_chart(ChartType.LINE, {"a": [1, 3], "b": [2.5, 4]})
    enc = encoding(spec)
    assert (enc["x"]["field"], enc["x"]["title"], enc["x"]["type"]) == (
        SEPARATED_INDEX,
        "",
        "quantitative",
    )
    assert enc["x"]["axis"] == {"tickMinStep": 1, "grid": False}
    assert (enc["y"]["field"], enc["y"]["type"], enc["y"]["axis"]) == (
        MELTED_Y,
        "quantitative",
        {"grid": True},
    )
    assert enc["color"] == {
        "field": MELTED_COLOR,
        "legend": {"titlePadding": 5, "offset": 5, "orient": "bottom"},
        "type": "nominal",
        "title": " ",
    }
    assert [t.get("title") for t in enc["tooltip"]] == ["index", "value", "color"]
    assert data.values == {
        SEPARATED_INDEX: [0, 1, 0, 1],
        MELTED_COLOR: ["a", "a", "b", "b"],
        MELTED_Y: [1, 3, 2.5, 4],
    }
    # Streamlit's hover: invisible nearest points, and the one under the mouse drawn.
    assert [layer["mark"] for layer in spec["layer"]] == [
        {"type": "line"},
        {"type": "point", "opacity": 0},
        {"type": "point", "filled": True, "size": 65},
    ]
    assert spec["layer"][0]["params"][0]["bind"] == "scales"
    assert spec["layer"][1]["params"][0]["select"]["fields"] == [SEPARATED_INDEX]
    assert (spec["width"], spec["height"]) == (0, 0)


@pytest.mark.parametrize(
    ("chart", "options", "check"),
    [
        pytest.param(
            ChartType.VERTICAL_BAR,
            {"x": "k", "y": "v"},
            {"x.type": "ordinal", "x.title": "k", "y.title": "v", "x.sort": None, "color": None},
            id="bar-x-is-discrete",
        ),
        pytest.param(
            ChartType.HORIZONTAL_BAR,
            {"x": "k", "y": "v"},
            {
                "y.type": "ordinal",
                "y.field": "k",
                "x.field": "v",
                "x.axis": {"tickMinStep": 1, "grid": True},
            },
            id="horizontal-swaps-axes",
        ),
        pytest.param(
            ChartType.VERTICAL_BAR,
            {"x": "k", "y": "v", "sort": "-v"},
            {"x.sort": {"field": "v", "order": "descending"}},
            id="bar-sort-by-column",
        ),
        pytest.param(
            ChartType.VERTICAL_BAR,
            {"x": "k", "y": "v", "sort": True},
            {"x.sort": "absent"},
            id="bar-default-sort",
        ),
        pytest.param(
            ChartType.VERTICAL_BAR,
            {"x": "k", "y": ["v", "w"], "stack": False},
            {"xOffset": {"field": MELTED_COLOR}, "y.stack": False},
            id="grouped-bars",
        ),
        pytest.param(
            ChartType.AREA,
            {"x": "k", "y": ["v", "w"], "stack": "normalize"},
            {"y.stack": "normalize", "opacity": {"value": 0.7}},
            id="area-normalized",
        ),
        pytest.param(
            ChartType.AREA,
            {"x": "k", "y": ["v", "w"], "stack": "layered"},
            {"y.stack": False, "opacity": {"value": 0.7}},
            id="layered-is-unstacked",
        ),
        pytest.param(
            ChartType.SCATTER,
            {"x": "v", "y": "w", "size": "v"},
            {"size.field": "v", "size.title": "v", "x.type": "quantitative"},
            id="scatter-size-column",
        ),
        pytest.param(
            ChartType.SCATTER,
            {"x": "v", "y": "w", "size": 30},
            {"size": {"value": 30}},
            id="scatter-size-value",
        ),
        pytest.param(
            ChartType.SCATTER,
            {"x": "v", "y": "w"},
            {"size": {"value": 100}},
            id="scatter-default-size",
        ),
        pytest.param(
            ChartType.LINE,
            {"x": "k", "y": "v", "color": "#ff0000"},
            {"color": {"value": "#ff0000"}},
            id="color-value",
        ),
        pytest.param(
            ChartType.LINE,
            {"x": "k", "y": "v", "color": (255, 0, 0)},
            {"color": {"value": "rgb(255, 0, 0)"}},
            id="color-tuple",
        ),
        pytest.param(
            ChartType.LINE,
            {"x": "k", "y": "v", "color": "red"},
            {"color": {"value": "#ff4b4b"}},
            id="color-name",
        ),
        pytest.param(
            ChartType.LINE,
            {"x": "k", "y": ["v", "w"], "color": ["#f00", "#00f"]},
            {
                "color.scale": {"domain": ["v", "w"], "range": ["#f00", "#00f"]},
                "color.field": MELTED_COLOR,
            },
            id="color-list",
        ),
        pytest.param(
            ChartType.LINE,
            {"x": "k", "y": "v", "color": "k"},
            {"color.field": "k", "color.type": "nominal"},
            id="color-column",
        ),
        pytest.param(
            ChartType.LINE,
            {"x": "k", "y": "v", "x_label": "Key", "y_label": "Value"},
            {"x.title": "Key", "y.title": "Value"},
            id="labels",
        ),
    ],
)
def test_builtin_chart_encodings(
    chart: ChartType, options: dict[str, Any], check: dict[str, Any]
) -> None:
    data = {"k": ["a", "b"], "v": [1, 2], "w": [3, 4]}
    spec, _ = generate_chart(chart, data, **options)
    enc = encoding(spec)
    for path, expected in check.items():
        channel, _, key = path.partition(".")
        if key:
            assert enc[channel].get(key, "absent") == expected, path
        else:
            assert enc.get(channel) == expected, path


def test_special_characters_in_column_names_are_aliased() -> None:
    spec, data = generate_chart(ChartType.LINE, {"a.b": [1, 2], "y": [3, 4]}, x="a.b", y="y")
    enc = encoding(spec)
    assert enc["x"]["field"] != "a.b"
    assert enc["x"]["title"] == "a.b"
    assert list(data.values) == [enc["x"]["field"], "y"]


def test_named_index_becomes_the_x_column() -> None:
    pd = importlib.import_module("pandas")
    df = pd.DataFrame(
        {"v": [1, 2]}, index=pd.Index(pd.to_datetime(["2024-01-01", "2024-01-02"]), name="day")
    )
    spec, data = generate_chart(ChartType.LINE, df)
    enc = encoding(spec)
    assert (enc["x"]["field"], enc["x"]["type"]) == ("day", "temporal")
    assert list(data.values) == ["day", "v"]


@pytest.mark.parametrize(
    ("call", "error"),
    [
        pytest.param(
            'st.line_chart({"a": [1]}, x="zz")',
            'StreamlitAPIException: Data does not have a column named `"zz"`. Available columns are `a`',
            id="missing-column",
        ),
        pytest.param(
            'st.line_chart({"a": [1]}, x=3)',
            "StreamlitInvalidParameterTypeError: Invalid `x` type. Expected one of: str, None. "
            "Provided type: int. Pass a column name or None to use the dataframe's index.",
            id="x-type",
        ),
        pytest.param(
            'st.area_chart({"a": [1]}, stack="up")',
            "StreamlitValueError: Invalid `stack` value. Supported values: True, False, "
            "'normalize', 'center', 'layered', None.",
            id="stack",
        ),
        pytest.param(
            'st.scatter_chart({"a": [1], "b": [2]}, x="a", y="b", size="big")',
            "StreamlitValueError: Invalid `size` value. Supported values: a column name, a "
            "number. Got 'big'.",
            id="size",
        ),
        pytest.param(
            'st.line_chart({"a": [1], "b": [2]}, color=["#f00"])',
            "StreamlitAPIException: The list of colors `['#f00']` must have the same length as "
            "the list of columns to be colored `['a', 'b']`.",
            id="color-count",
        ),
        pytest.param(
            'st.vega_lite_chart({"a": [1]}, {})',
            "StreamlitMissingRequiredParameterError: The `spec` parameter is required. Vega-Lite "
            "charts require a non-empty spec dict.",
            id="empty-spec",
        ),
        pytest.param(
            'st.vega_lite_chart({"mark": "bar"}, theme="dark")',
            "StreamlitValueError: Invalid `theme` value. Supported values: 'streamlit', None.",
            id="theme",
        ),
        pytest.param(
            'st.vega_lite_chart({"mark": "bar"}, on_select="rerun")',
            "StreamlitAPIException: Selections are activated, but the provided chart spec does "
            "not have any selections defined. To add selections to `st.altair_chart`, check out "
            "the documentation [here](https://altair-viz.github.io/user_guide/interactions.html"
            "#selections-capturing-chart-interactions). For adding selections to "
            "`st.vega_lite_chart`, take a look at the specification [here](https://vega.github."
            "io/vega-lite/docs/selection.html).",
            id="selections",
        ),
    ],
)
def test_chart_errors(make_app: Any, call: str, error: str) -> None:
    app = make_app("import streamlit as st\n" + call)
    assert app.exceptions() == [error]


def test_builtin_chart_element(make_app: Any) -> None:
    app = make_app(
        'import streamlit as st\nst.bar_chart({"k": ["a", "b"], "v": [1, 2]}, x="k", height=250)'
    )
    (props,) = props_of(app, "vega_lite_chart")
    assert props["data"] == {"columns": ["k", "v"], "rows": [["a", 1], ["b", 2]]}
    assert (props["width"], props["height"], props["theme"], props["builtin"]) == (
        "stretch",
        250,
        "streamlit",
        True,
    )
    spec = spec_of(props)
    assert "data" not in spec
    assert spec["autosize"] == {"type": "fit", "contains": "padding"}
    assert spec["height"] == 250


# ---------------------------------------------------------------- st.vega_lite_chart


@pytest.mark.parametrize(
    ("spec", "data", "expected_data", "datasets", "left_in_spec"),
    [
        pytest.param(
            {"mark": "bar", "data": {"values": [{"a": 1}]}},
            None,
            {"columns": ["(index)", "a"], "rows": [[0, 1]]},
            {},
            {},
            id="data-values",
        ),
        pytest.param(
            {"mark": "bar"},
            {"a": [1, 2]},
            {"columns": ["(index)", "a"], "rows": [[0, 1], [1, 2]]},
            {},
            {},
            id="data-argument",
        ),
        pytest.param(
            {"mark": "bar", "datasets": {"d": [{"a": 1}]}, "data": {"name": "d"}},
            None,
            None,
            {"d": {"columns": ["(index)", "a"], "rows": [[0, 1]]}},
            {"data": {"name": "d"}},
            id="named-datasets",
        ),
        pytest.param(
            {"mark": "geoshape", "data": {"values": {"type": "Feature", "geometry": {}}}},
            None,
            None,
            {},
            {"data": {"values": {"type": "Feature", "geometry": {}}}},
            id="geojson-stays",
        ),
        pytest.param(
            {"mark": "bar", "data": {"url": "data/cars.json"}},
            None,
            None,
            {},
            {"data": {"url": "data/cars.json"}},
            id="url-stays",
        ),
    ],
)
def test_vega_lite_data_travels_beside_the_spec(
    spec: dict[str, Any],
    data: Any,
    expected_data: Any,
    datasets: dict[str, Any],
    left_in_spec: dict[str, Any],
) -> None:
    prepared = prepare_spec(spec, True)
    got_data, got_datasets = split_data(prepared, data)
    assert (got_data, got_datasets) == (expected_data, datasets)
    assert {k: prepared[k] for k in ("data", "datasets") if k in prepared} == left_in_spec


@pytest.mark.parametrize(
    ("spec", "stretch", "autosize"),
    [
        ({"mark": "bar"}, True, "fit"),
        ({"vconcat": [{"mark": "bar"}]}, True, "fit-x"),
        ({"vconcat": [{"hconcat": []}]}, True, "pad"),
        ({"facet": {"row": {"field": "a"}}, "spec": {}}, True, "pad"),
        ({"mark": "bar", "encoding": {"column": {"field": "a"}}}, False, "pad"),
    ],
)
def test_autosize(spec: dict[str, Any], stretch: bool, autosize: str) -> None:
    assert prepare_spec(spec, stretch)["autosize"] == {"type": autosize, "contains": "padding"}


def test_null_legend_titles_are_patched() -> None:
    spec = prepare_spec(
        {"mark": "bar", "encoding": {"color": {"title": None, "legend": {"title": None}}}}, True
    )
    assert spec["encoding"]["color"] == {"title": " ", "legend": {"title": " "}}


def test_generated_names_are_renumbered() -> None:
    # Every mention is renamed alike, so references to a parameter still hold.
    text = stable_spec_text(
        {"params": [{"name": "param_7"}], "layer": [{"name": "view_3a9f"}], "x": "param_7"}
    )
    assert json.loads(text) == {
        "params": [{"name": "param_1"}],
        "layer": [{"name": "view_1"}],
        "x": "param_1",
    }


@pytest.mark.parametrize(
    ("call", "width"),
    [
        ('st.vega_lite_chart({"a": [1]}, {"mark": "bar"})', "stretch"),
        ('st.vega_lite_chart({"mark": "bar", "data": {"values": [{"a": 1}]}})', "stretch"),
        ('st.vega_lite_chart({"a": [1]}, {"hconcat": []})', "content"),
        ('st.vega_lite_chart({"a": [1]}, {"mark": "bar"}, use_container_width=False)', "content"),
        ('st.vega_lite_chart({"a": [1]}, {"mark": "bar"}, width=300)', 300),
    ],
)
def test_vega_lite_chart_width(make_app: Any, call: str, width: Any) -> None:
    app = make_app("import streamlit as st\n" + call)
    assert app.exceptions() == []
    (props,) = props_of(app, "vega_lite_chart")
    assert props["width"] == width


def test_many_points_draw_on_a_canvas(make_app: Any) -> None:
    app = make_app("import streamlit as st\nst.line_chart({'a': list(range(3000))})")
    (props,) = props_of(app, "vega_lite_chart")
    assert props["renderer"] == "canvas"


def test_altair_chart_data_becomes_named_datasets(make_app: Any) -> None:
    importlib.import_module("altair")
    app = make_app(
        """
        import altair as alt
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"a": [1, 2], "b": [3, 4]})
        chart = alt.Chart(df).mark_point().encode(x="a", y="b").interactive()
        st.altair_chart(chart)
        st.write(chart)
        """
    )
    assert app.exceptions() == []
    first, second = props_of(app, "vega_lite_chart")
    spec = spec_of(first)
    (name,) = first["datasets"]
    assert spec["data"] == {"name": name}
    assert first["datasets"][name]["rows"] == [[0, 1, 3], [1, 2, 4]]
    assert spec["params"][0]["name"] == "param_1"
    assert first["spec"] == second["spec"]  # the same chart gives the same spec


def test_chart_in_a_fragment_is_redrawn_with_new_data(make_app: Any) -> None:
    app = make_app(
        """
        import streamlit as st

        @st.fragment
        def bars():
            n = st.slider("Bars", 1, 5, 2)
            st.bar_chart({"v": list(range(n))})

        bars()
        st.line_chart({"a": [1, 2]})
        """
    )
    line_before = props_of(app, "vega_lite_chart")[1]
    app.set("Bars", 4)
    bar, line = app.page.elements("vega_lite_chart")
    assert len(bar.props["data"]["rows"]) == 4
    assert bar.fragment_id is not None
    assert line.props is line_before  # outside the fragment: not sent again
    assert app.statuses()[-1] == "finished_fragment"
