"""st.column_config, st.data_editor and dataframe selections in the shim (CPython).

The column types return the dicts Streamlit 1.67 returns (copied from 1.67's output);
data_editor returns the edited data in the input's type (pandas and plain Python data);
dataframe selections follow 1.67's modes, validation and session-state writes.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

import fragc.shim.optional.grid.column_config as cc
from fragc.shim.errors import StreamlitAPIException
from fragc.shim.optional.grid import deserialize_editing
from fragc.shim.optional.grid.editing import parse_value
from fragc.shim.optional.grid.selection import normalize_modes, validate_state
from tests.shim.harness import AppHarness

BASE = {
    "label": None,
    "width": None,
    "help": None,
    "disabled": None,
    "required": None,
    "pinned": None,
}


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        (
            cc.Column(
                "L",
                width="small",
                help="h",
                disabled=True,
                required=True,
                pinned=True,
                alignment="center",
            ),
            {
                "label": "L",
                "width": "small",
                "help": "h",
                "disabled": True,
                "required": True,
                "pinned": True,
                "alignment": "center",
            },
        ),
        (
            cc.TextColumn(max_chars=5, validate="^a", default="x"),
            {
                **BASE,
                "alignment": None,
                "default": "x",
                "type_config": {"type": "text", "max_chars": 5, "validate": "^a"},
            },
        ),
        (
            cc.NumberColumn(format="%d", min_value=0, max_value=10, step=1, default=3),
            {
                **BASE,
                "alignment": None,
                "default": 3,
                "type_config": {
                    "type": "number",
                    "min_value": 0,
                    "max_value": 10,
                    "format": "%d",
                    "step": 1,
                },
            },
        ),
        (
            cc.CheckboxColumn(default=True),
            {**BASE, "alignment": None, "default": True, "type_config": {"type": "checkbox"}},
        ),
        (
            cc.SelectboxColumn(options=["a", "b", 1], default="a"),
            {
                **BASE,
                "default": "a",
                "type_config": {"type": "selectbox", "options": ["a", "b", 1]},
            },
        ),
        (
            cc.SelectboxColumn(options=["a", "b"], format_func=str.upper),
            {
                **BASE,
                "default": None,
                "type_config": {
                    "type": "selectbox",
                    "options": [{"value": "a", "label": "A"}, {"value": "b", "label": "B"}],
                },
            },
        ),
        (
            cc.MultiselectColumn(options=["a", "b"], color=["red", "blue"], format_func=str.upper),
            {
                **BASE,
                "default": None,
                "type_config": {
                    "type": "multiselect",
                    "options": [
                        {"value": "a", "label": "A", "color": "red"},
                        {"value": "b", "label": "B", "color": "blue"},
                    ],
                    "accept_new_options": None,
                },
            },
        ),
        (
            cc.DatetimeColumn(
                format="D MMM YYYY, h:mm a",
                min_value=dt.datetime(2020, 1, 1),
                step=60,
                timezone="UTC",
                default=dt.datetime(2021, 1, 1, 1, 1),
            ),
            {
                **BASE,
                "alignment": None,
                "default": "2021-01-01T01:01:00",
                "type_config": {
                    "type": "datetime",
                    "format": "D MMM YYYY, h:mm a",
                    "min_value": "2020-01-01T00:00:00",
                    "max_value": None,
                    "step": 60,
                    "timezone": "UTC",
                },
            },
        ),
        (
            cc.TimeColumn(step=dt.timedelta(minutes=1), min_value=dt.time(1, 0)),
            {
                **BASE,
                "alignment": None,
                "default": None,
                "type_config": {
                    "type": "time",
                    "format": None,
                    "min_value": "01:00:00",
                    "max_value": None,
                    "step": 60.0,
                },
            },
        ),
        (
            cc.DateColumn(format="localized", min_value=dt.date(2020, 1, 1), step=1),
            {
                **BASE,
                "alignment": None,
                "default": None,
                "type_config": {
                    "type": "date",
                    "format": "localized",
                    "min_value": "2020-01-01",
                    "max_value": None,
                    "step": 1,
                },
            },
        ),
        (
            cc.ListColumn(default=["a"]),
            {
                "label": None,
                "width": None,
                "help": None,
                "pinned": None,
                "disabled": None,
                "required": None,
                "default": ["a"],
                "type_config": {"type": "list"},
            },
        ),
        (
            cc.LinkColumn(display_text="Open", validate="^https", max_chars=100),
            {
                **BASE,
                "alignment": None,
                "default": None,
                "type_config": {
                    "type": "link",
                    "max_chars": 100,
                    "validate": "^https",
                    "display_text": "Open",
                },
            },
        ),
        (
            cc.ImageColumn(),
            {
                "label": None,
                "width": None,
                "help": None,
                "pinned": None,
                "alignment": None,
                "type_config": {"type": "image"},
            },
        ),
        (
            cc.AudioColumn(),
            {
                "label": None,
                "width": None,
                "help": None,
                "pinned": None,
                "alignment": None,
                "type_config": {"type": "audio"},
            },
        ),
        (
            cc.VideoColumn(),
            {
                "label": None,
                "width": None,
                "help": None,
                "pinned": None,
                "alignment": None,
                "type_config": {"type": "video"},
            },
        ),
        (
            cc.JsonColumn(),
            {
                "label": None,
                "width": None,
                "help": None,
                "pinned": None,
                "alignment": None,
                "type_config": {"type": "json"},
            },
        ),
        (
            cc.MarkdownColumn(default="*x*"),
            {**BASE, "alignment": None, "default": "*x*", "type_config": {"type": "markdown"}},
        ),
        (
            cc.LineChartColumn(y_min=0, y_max=5, color="auto"),
            {
                "label": None,
                "width": None,
                "help": None,
                "pinned": None,
                "type_config": {"type": "line_chart", "y_min": 0, "y_max": 5, "color": "auto"},
            },
        ),
        (
            cc.BarChartColumn(color="#ff0000"),
            {
                "label": None,
                "width": None,
                "help": None,
                "pinned": None,
                "type_config": {
                    "type": "bar_chart",
                    "y_min": None,
                    "y_max": None,
                    "color": "#ff0000",
                },
            },
        ),
        (
            cc.AreaChartColumn(color="auto-inverse"),
            {
                "label": None,
                "width": None,
                "help": None,
                "pinned": None,
                "type_config": {
                    "type": "area_chart",
                    "y_min": None,
                    "y_max": None,
                    "color": "auto-inverse",
                },
            },
        ),
        (
            cc.ProgressColumn(format="%.1f%%", min_value=0, max_value=100, color="red"),
            {
                "label": None,
                "width": None,
                "help": None,
                "pinned": None,
                "type_config": {
                    "type": "progress",
                    "format": "%.1f%%",
                    "min_value": 0,
                    "max_value": 100,
                    "step": None,
                    "color": "red",
                },
            },
        ),
        (
            cc.ButtonColumn("B", type="primary"),
            {
                "label": "B",
                "width": None,
                "help": None,
                "pinned": None,
                "alignment": None,
                "disabled": True,
                "type_config": {"type": "button", "button_type": "primary"},
            },
        ),
    ],
)
def test_column_types_return_streamlits_dicts(config: Any, expected: dict[str, Any]) -> None:
    assert config == expected


def test_column_type_errors() -> None:
    with pytest.raises(StreamlitAPIException, match="Invalid `color` value"):
        cc.LineChartColumn(color="purple-ish")
    with pytest.raises(StreamlitAPIException, match="The `key` parameter is required"):
        cc.ButtonColumn("B", on_click=print)
    assert isinstance(cc.ButtonColumn("B", key="go"), cc.ButtonColumnResult)


def run(tmp_path: Path, source: str) -> AppHarness:
    return AppHarness(tmp_path, source).run()


def grid(app: AppHarness, position: int = 0) -> Any:
    return app.page.elements("data_grid")[position]


EDITOR_APP = """
import streamlit as st
rows = [{"name": "a", "n": 1}, {"name": "b", "n": 2}]
out = st.data_editor(rows, key="ed", num_rows="dynamic")
st.write(repr(out))
cols = st.data_editor({"x": [1.5, 2.5]}, key="cols")
st.write(repr(cols))
values = st.data_editor(("p", "q"), key="vals")
st.write(repr(values))
"""


def test_data_editor_plain_data_keeps_its_type(tmp_path: Path) -> None:
    app = run(tmp_path, EDITOR_APP)
    try:
        assert app.exceptions() == []
        rows, cols, values = (grid(app, i) for i in range(3))
        assert rows.props["editing"] == "dynamic"
        assert rows.props["column_config"]["_index"] == {"hidden": True}
        assert rows.widget["value"] == {"edited_rows": {}, "added_rows": [], "deleted_rows": []}
        app.request(
            values={
                rows.widget["id"]: {
                    "edited_rows": {"0": {"n": 10}},
                    "added_rows": [{"name": "c", "n": "3"}],
                    "deleted_rows": [1],
                },
                cols.widget["id"]: {
                    "edited_rows": {"1": {"x": 9}},
                    "added_rows": [],
                    "deleted_rows": [],
                },
                values.widget["id"]: {
                    "edited_rows": {"0": {"value": "z"}},
                    "added_rows": [],
                    "deleted_rows": [],
                },
            }
        )
        assert app.texts() == [
            "[{'name': 'a', 'n': 10}, {'name': 'c', 'n': 3}]",
            "{'x': [1.5, 9.0]}",
            "('z', 'q')",
        ]
    finally:
        app.close()


def test_data_editor_pandas(tmp_path: Path) -> None:
    pytest.importorskip("pandas")
    app = run(
        tmp_path,
        """
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"n": [1, 2], "when": pd.to_datetime(["2024-01-01", "2024-02-01"])},
                          index=["r1", "r2"])
        out = st.data_editor(df, key="ed", num_rows="dynamic", disabled=["when"])
        st.write(repr(out.to_dict()))
        st.write(repr(st.session_state.ed))
        """,
    )
    try:
        node = grid(app)
        # A non-range index must be filled in for new rows, so it shows and is required.
        assert node.props["column_config"]["_index"] == {"required": True}
        assert node.props["column_config"]["when"] == {"disabled": True}
        assert node.props["data_kinds"] == {"_index": "string", "n": "integer", "when": "datetime"}
        app.request(
            values={
                node.widget["id"]: {
                    "edited_rows": {"1": {"n": 20}},
                    "added_rows": [{"_index": "r3", "n": 3}],
                    "deleted_rows": [0],
                }
            }
        )
        assert app.exceptions() == []
        out = app.texts()[0]
        assert "'n': {'r2': 20, 'r3': 3}" in out
        assert app.texts()[1] == (
            "{'edited_rows': {1: {'n': 20}}, 'added_rows': [{'_index': 'r3', 'n': 3}], "
            "'deleted_rows': [0]}"
        )
    finally:
        app.close()


@pytest.mark.parametrize(
    ("value", "kind", "expected"),
    [
        ("12", "integer", 12),
        ("1.5", "float", 1.5),
        (1, "boolean", True),
        (3, "string", "3"),
        ("x", "list", ["x"]),
        (["a"], "list", ["a"]),
        ("2024-01-31", "date", dt.date(2024, 1, 31)),
        ("13:45:00", "time", dt.time(13, 45)),
        ("2024-01-31T13:45:00", "datetime", dt.datetime(2024, 1, 31, 13, 45)),
        ("nope", "integer", None),
        (["a"], "integer", None),
        (None, "string", None),
    ],
)
def test_parse_value(value: Any, kind: str, expected: Any) -> None:
    assert parse_value(value, kind) == expected


def test_editing_state_keys_are_ints() -> None:
    state = deserialize_editing({"edited_rows": {"2": {"a": 1}}})
    assert state == {"edited_rows": {2: {"a": 1}}, "added_rows": [], "deleted_rows": []}
    with pytest.raises(TypeError):
        state["added_rows"] = []


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("st.data_editor(3)", "The data type (int) or format is not supported by the data editor."),
        (
            "st.data_editor([{'_index': 1}])",
            "The column name '_index' is reserved for the index column",
        ),
        (
            "st.data_editor({'a': [True]}, column_config={'a': st.column_config.DateColumn()})",
            "The configured column type `date` for column `a` is not compatible for editing "
            "the underlying data type `boolean`.",
        ),
        (
            "st.session_state.e = 1\nst.data_editor({'a': [1]}, key='e')",
            "Values for the widget with `key` 'e' cannot be set using `st.session_state`.",
        ),
    ],
)
def test_data_editor_errors(tmp_path: Path, source: str, message: str) -> None:
    app = run(tmp_path, "import streamlit as st\n" + source)
    try:
        (error,) = app.exceptions()
        assert message in error
    finally:
        app.close()


# ---------------------------------------------------------------- dataframe


def test_typed_dataframe_uses_the_grid_and_plain_one_the_table(tmp_path: Path) -> None:
    app = run(
        tmp_path,
        """
        import streamlit as st
        data = {"a": [1, 2], "b": ["x", "y"]}
        st.dataframe(data, column_config={"a": "A", "b": None})
        st.dataframe(data, column_config={"a": st.column_config.NumberColumn(format="%.1f")})
        st.dataframe(data, column_config={0: st.column_config.ProgressColumn()})
        """,
    )
    try:
        assert [n.kind for n in app.page.elements()] == ["dataframe", "data_grid", "data_grid"]
        typed, by_position = app.page.elements("data_grid")
        assert typed.props["editing"] == "read_only"
        assert typed.props["column_config"]["a"]["type_config"] == {
            "type": "number",
            "format": "%.1f",
        }
        # An int key is the column's position.
        assert by_position.props["column_config"]["a"]["type_config"]["type"] == "progress"
        assert typed.widget is None
    finally:
        app.close()


SELECT_APP = """
import streamlit as st
data = {"city": ["Paris", "Oslo", "Rome"], "temp": [21, 12, 25]}
if st.session_state.get("preset"):
    st.session_state.sel = {"selection": {"rows": [2, 7], "columns": ["temp", "nope"]}}
event = st.dataframe(data, key="sel", on_select="rerun",
                     selection_mode=["multi-row", "single-column"])
st.write(repr(event))
req = st.dataframe(data, key="req", on_select="rerun", selection_mode="single-row-required")
st.write(repr(req.selection.rows))
"""


def test_dataframe_selection_state_and_session_state_writes(tmp_path: Path) -> None:
    app = run(tmp_path, SELECT_APP)
    try:
        sel, req = app.page.elements("data_grid")
        assert sel.props["selection_mode"] == ["multi-row", "single-column"]
        # Row selections on a range index hide it (1.67).
        assert sel.props["column_config"]["_index"] == {"hidden": True}
        assert app.texts() == [
            "{'selection': {'rows': [], 'columns': [], 'cells': []}}",
            "[0]",
        ]
        app.request(
            values={
                sel.widget["id"]: {"selection": {"rows": [0, 1], "columns": ["city"], "cells": []}}
            }
        )
        assert app.texts()[0] == "{'selection': {'rows': [0, 1], 'columns': ['city'], 'cells': []}}"
        # st.session_state: checked against the data, and sent to the page.
        app.request(values={})
        session = __import__("fragc.shim.session", fromlist=["get_session"]).get_session()
        session.state.user["preset"] = True
        app.request()
        sel = app.page.elements("data_grid")[0]
        assert app.texts()[0] == "{'selection': {'rows': [2], 'columns': ['temp'], 'cells': []}}"
        assert sel.widget.get("set_value") is True
    finally:
        app.close()


@pytest.mark.parametrize(
    ("modes", "message"),
    [
        ("rows", "Invalid `selection_mode` value."),
        (["single-row", "multi-row"], "Only one row selection mode can be specified."),
        (["single-column", "multi-column"], "cannot be used together"),
    ],
)
def test_selection_mode_errors(modes: Any, message: str) -> None:
    with pytest.raises(StreamlitAPIException, match=message):
        normalize_modes(modes)


def test_validate_state_follows_streamlit() -> None:
    modes = {"single-row", "multi-cell"}
    state = {"selection": {"rows": [1, 0, 9], "cells": [[0, "a"]], "columns": ["a"]}}
    # Only one row in single mode; 1.67 keeps cells only for "single-cell"; no columns.
    assert validate_state(state, 3, ["a"], modes) == {
        "selection": {"rows": [1], "columns": [], "cells": []}
    }
    with pytest.raises(StreamlitAPIException, match="Selection state must be a dictionary"):
        validate_state([], 3, ["a"], modes)


def test_button_column_click_runs_its_callback(tmp_path: Path) -> None:
    app = run(
        tmp_path,
        """
        import streamlit as st
        st.session_state.setdefault("log", [])
        def go():
            st.session_state.log.append(dict(st.session_state.act))
        st.dataframe({"a": ["x", "y"]}, column_config={"a": st.column_config.ButtonColumn(key="act", on_click=go)})
        st.write(repr(st.session_state.log))
        """,
    )
    try:
        node = grid(app)
        (button_id,) = node.props["button_widgets"].values()
        app.request(triggers={button_id: {"row": 1, "label": "y"}})
        assert app.texts() == ["[{'row': 1, 'label': 'y'}]"]
        app.request()
        assert app.texts() == ["[{'row': 1, 'label': 'y'}]"]  # a trigger: one run only
    finally:
        app.close()


def test_grid_props_are_json(tmp_path: Path) -> None:
    app = run(
        tmp_path,
        """
        import datetime as dt
        import streamlit as st
        st.data_editor({"d": [dt.date(2024, 1, 2)], "l": [["a", "b"]]})
        """,
    )
    try:
        node = grid(app)
        assert json.loads(json.dumps(node.props))["rows"] == [["2024-01-02", ["a", "b"]]]
        assert node.props["data_kinds"]["l"] == "list"
        assert node.props["data_kinds"]["d"] == "date"
    finally:
        app.close()
