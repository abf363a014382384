"""st.plotly_chart, st.pyplot and st.graphviz_chart in the shim, on the real libraries.

What each call sends the page (props), the values it returns (selection states), and
Streamlit 1.67's errors, checked against 1.67's behaviour (texts copied from
``streamlit/elements/{plotly_chart,pyplot,graphviz_chart}.py``).
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from fragc.shim.optional.plotly import (
    PlotlySelectionState,
    PlotlyState,
    deserialize_selection,
    parse_selection_mode,
    resolve_size,
)
from tests.shim.harness import AppHarness


def props_of(app: AppHarness, kind: str) -> list[dict[str, Any]]:
    return [n.props for n in app.page.elements(kind)]


def run(tmp_path: Path, source: str) -> AppHarness:
    app = AppHarness(tmp_path, source).run()
    return app


# ---------------------------------------------------------------- plotly


def test_plotly_figure_takes_streamlit_template_and_sizes(tmp_path: Path) -> None:
    app = run(
        tmp_path,
        """
        import streamlit as st
        import plotly.graph_objects as go
        st.plotly_chart(go.Figure(go.Bar(x=[1, 2], y=[3, 4])))
        st.plotly_chart(go.Figure(layout={"width": 320, "height": 200}), width="content")
        st.plotly_chart(go.Figure(layout={"template": "plotly_dark"}), theme=None, config={"scrollZoom": True})
        """,
    )
    try:
        assert app.exceptions() == []
        first, sized, dark = props_of(app, "plotly_chart")
        spec = json.loads(first["spec"])
        # Streamlit's template, with its placeholder colours, is Plotly's default now.
        assert spec["layout"]["template"]["layout"]["colorway"][0] == "#000001"
        assert spec["data"][0]["type"] == "bar"
        assert (first["width"], first["height"], first["theme"]) == ("stretch", 450, "streamlit")
        assert first["selection_mode"] == []
        assert first["config"] == "{}"
        assert (sized["width"], sized["height"]) == (320, 200)
        # An explicit template stays the figure's.
        assert json.loads(dark["spec"])["layout"]["template"]["layout"]["colorway"][0] != "#000001"
        assert dark["theme"] is None
        assert json.loads(dark["config"]) == {"scrollZoom": True}
    finally:
        app.close()


def test_plotly_dict_figure_needs_no_plotly_object(tmp_path: Path) -> None:
    app = run(
        tmp_path,
        """
        import streamlit as st
        st.plotly_chart({"data": [{"type": "scatter", "y": [1, 3]}], "layout": {"height": 300}})
        """,
    )
    try:
        (props,) = props_of(app, "plotly_chart")
        assert json.loads(props["spec"])["data"][0]["y"] == [1, 3]
        assert props["height"] == 300
    finally:
        app.close()


def test_plotly_selection_state_and_rerun(tmp_path: Path) -> None:
    app = run(
        tmp_path,
        """
        import streamlit as st
        st.session_state.setdefault("calls", 0)
        def picked():
            st.session_state.calls += 1
        ev = st.plotly_chart({"data": [{"type": "scatter", "y": [1, 3]}]}, key="chart",
                             on_select=picked, selection_mode="box")
        st.write(f"{ev.selection.point_indices} {ev['selection']['box']} {st.session_state.chart.selection.points} calls={st.session_state.calls}")
        """,
    )
    try:
        node = app.page.elements("plotly_chart")[0]
        assert node.props["selection_mode"] == ["box"]
        assert node.widget is not None
        assert node.widget["value"] == {
            "selection": {"points": [], "point_indices": [], "box": [], "lasso": []}
        }
        assert app.texts()[-1] == "[] [] [] calls=0"
        selection = {
            "selection": {
                "points": [{"curve_number": 0, "point_index": 1, "x": 1, "y": 3}],
                "point_indices": [1],
                "box": [{"xref": "x", "yref": "y", "x": [0.5, 1.5], "y": [2, 4]}],
                "lasso": [],
            }
        }
        app.request(values={node.widget["id"]: selection})
        assert app.texts()[-1] == (
            "[1] [{'xref': 'x', 'yref': 'y', 'x': [0.5, 1.5], 'y': [2, 4]}] "
            "[{'curve_number': 0, 'point_index': 1, 'x': 1, 'y': 3}] calls=1"
        )
    finally:
        app.close()


def test_plotly_selection_state_is_read_only() -> None:
    state = deserialize_selection({"selection": {"points": [{"x": 1}], "point_indices": [0]}})
    assert isinstance(state, PlotlyState)
    assert isinstance(state.selection, PlotlySelectionState)
    assert state.selection.box == []
    assert state["selection"]["point_indices"] == [0]
    with pytest.raises(TypeError, match="Widget state is read-only"):
        state["selection"] = {}
    with pytest.raises(TypeError, match="Widget state is read-only"):
        state.selection.points = []
    assert deserialize_selection(None) == {
        "selection": {"points": [], "point_indices": [], "box": [], "lasso": []}
    }


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("points", ["points"]),
        (("lasso", "box"), ["box", "lasso"]),
        (["points", "box", "lasso"], ["box", "lasso", "points"]),
    ],
)
def test_plotly_selection_modes(mode: Any, expected: list[str]) -> None:
    assert parse_selection_mode(mode) == expected


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (
            "st.plotly_chart({'data': [{'y': [1]}]}, on_select='rerun', selection_mode='circle')",
            "Invalid `selection_mode` value. Supported values: 'box', 'lasso', 'points'.",
        ),
        (
            "st.plotly_chart({'data': [{'y': [1]}]}, theme='dark')",
            "Invalid `theme` value. Supported values: 'streamlit', None.",
        ),
        (
            "st.plotly_chart({'data': [{'y': [1]}]}, on_select=None)",
            "Invalid `on_select` value. Supported values: 'rerun', 'ignore', a callback function.",
        ),
        (
            "st.plotly_chart({'data': [{'y': [1]}]}, on_select='rerun', key='k')\n"
            "st.plotly_chart({'data': [{'y': [2]}]}, on_select='rerun', key='k')",
            "There are multiple elements with the same `key='k'`.",
        ),
    ],
)
def test_plotly_errors(tmp_path: Path, source: str, message: str) -> None:
    app = run(tmp_path, "import streamlit as st\n" + source)
    try:
        (error,) = app.exceptions()
        assert message in error
    finally:
        app.close()


@pytest.mark.parametrize(
    ("value", "figure", "expected"),
    [
        ("content", {"layout": {"width": 400}}, 400),
        ("content", {"layout": {}}, 700),
        ("content", {"layout": {"width": -1}}, 700),
        ("stretch", {"layout": {"width": 400}}, "stretch"),
        (250, {}, 250),
    ],
)
def test_plotly_content_width(value: Any, figure: Any, expected: Any) -> None:
    assert resolve_size(value, figure, "width", 700) == expected


def test_plotly_matplotlib_figure_is_converted(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    app = run(
        tmp_path,
        """
        import warnings
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        import streamlit as st
        # plotly's converter uses an attribute Matplotlib 3.10 deprecates.
        warnings.simplefilter("ignore", DeprecationWarning)
        fig, ax = plt.subplots()
        ax.plot([1, 2, 3], [3, 1, 2])
        st.plotly_chart(fig)
        """,
    )
    try:
        assert app.exceptions() == []
        (props,) = props_of(app, "plotly_chart")
        assert json.loads(props["spec"])["data"][0]["y"] == [3, 1, 2] or "bdata" in props["spec"]
    finally:
        app.close()


# ---------------------------------------------------------------- pyplot


def test_pyplot_renders_with_the_figures_own_backend(tmp_path: Path) -> None:
    app = run(
        tmp_path,
        """
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        import streamlit as st
        fig, ax = plt.subplots(figsize=(2, 1))
        ax.plot([1, 2, 3])
        st.pyplot(fig, clear_figure=True)
        st.write(f"axes after: {len(fig.axes)}")
        fig2, ax2 = plt.subplots(figsize=(2, 1))
        st.pyplot(fig2, width=300, alt="a line", format="svg")
        """,
    )
    try:
        assert app.exceptions() == []
        kinds = [n.kind for n in app.page.elements()]
        assert kinds == ["image", "markdown", "alert", "image"]
        png, svg = props_of(app, "image")
        assert png["stretch"] is True
        assert png["width"] is None
        data = base64.b64decode(png["images"][0]["src"].split(",", 1)[1])
        assert data.startswith(b"\x89PNG")
        # 2 inches at Streamlit's dpi=200, minus what bbox_inches="tight" trims.
        width = int.from_bytes(data[16:20], "big")
        assert 250 < width <= 400
        assert "axes after: 0" in app.texts()
        assert svg["images"][0]["src"].startswith("data:image/svg+xml")
        assert svg["width"] == 300
        assert svg["images"][0]["alt"] == "a line"
        assert props_of(app, "alert")[0]["variant"] == "warning"
    finally:
        app.close()


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("st.pyplot()", "pyplot() missing 1 required positional argument: 'fig'"),
        (
            "st.pyplot(None)",
            "The `fig` parameter is required. Passing `None` is not supported because "
            "Matplotlib's global figure object\nis not thread-safe.",
        ),
    ],
)
def test_pyplot_errors(tmp_path: Path, source: str, message: str) -> None:
    app = run(tmp_path, "import streamlit as st\n" + source)
    try:
        (error,) = app.exceptions()
        assert message in error
    finally:
        app.close()


# ---------------------------------------------------------------- graphviz


def test_graphviz_objects_and_strings(tmp_path: Path) -> None:
    app = run(
        tmp_path,
        """
        import graphviz
        import streamlit as st
        g = graphviz.Graph(engine="circo")
        g.edge("a", "b")
        st.graphviz_chart(g, use_container_width=True)
        st.graphviz_chart("digraph { x -> y }", height=300, alt="two nodes")
        st.graphviz_chart(graphviz.Source("digraph { s -> t }"))
        """,
    )
    try:
        assert app.exceptions() == []
        graph, text, source = props_of(app, "graphviz_chart")
        assert graph["engine"] == "circo"
        assert "a -- b" in graph["spec"]
        assert graph["width"] == "stretch"
        assert graph["height"] == "content"
        assert text == {
            "spec": "digraph { x -> y }",
            "engine": "dot",
            "element_id": text["element_id"],
            "width": "content",
            "height": 300,
            "alt": "two nodes",
        }
        assert source["spec"].strip() == "digraph { s -> t }"
        assert len({graph["element_id"], text["element_id"], source["element_id"]}) == 3
    finally:
        app.close()


def test_graphviz_bad_type(tmp_path: Path) -> None:
    app = run(tmp_path, "import streamlit as st\nst.graphviz_chart(3)")
    try:
        assert app.exceptions() == [
            "StreamlitInvalidParameterTypeError: Invalid `figure_or_dot` type. Expected one of: "
            "graphviz.Graph, graphviz.Digraph, graphviz.Source, str. Provided type: int."
        ]
    finally:
        app.close()


# ---------------------------------------------------------------- vega selections

VEGA_SPEC = {
    "mark": "point",
    "params": [
        {"name": "pick", "select": {"type": "point", "fields": ["x"]}},
        {"name": "zoom", "bind": "scales"},
    ],
    "encoding": {"x": {"field": "x", "type": "quantitative"}},
}


def test_vega_lite_selection_widget(tmp_path: Path) -> None:
    app = run(
        tmp_path,
        f"""
        import streamlit as st
        ev = st.vega_lite_chart({{"x": [1, 2]}}, {VEGA_SPEC!r}, on_select="rerun", key="v")
        st.write(repr(ev.selection.pick))
        """,
    )
    try:
        (node,) = app.page.elements("vega_lite_chart")
        # Only parameters with `select` are selections (a scale binding is not).
        assert node.props["selection"] == ["pick"]
        assert node.widget is not None
        assert app.texts() == ["{}"]
        app.request(values={node.widget["id"]: {"selection": {"pick": [{"x": 2}]}}})
        assert app.texts() == ["[{'x': 2}]"]
    finally:
        app.close()


def test_altair_selection(tmp_path: Path) -> None:
    pytest.importorskip("altair")
    app = run(
        tmp_path,
        """
        import altair as alt
        import streamlit as st
        brush = alt.selection_interval(name="brush")
        chart = alt.Chart(alt.Data(values=[{"a": 1, "b": 2}])).mark_point().encode(x="a:Q", y="b:Q").add_params(brush)
        ev = st.altair_chart(chart, on_select="rerun")
        st.write(repr(dict(ev.selection)))
        """,
    )
    try:
        assert app.exceptions() == []
        assert app.page.elements("vega_lite_chart")[0].props["selection"] == ["brush"]
        assert app.texts() == ["{'brush': {}}"]
    finally:
        app.close()


@pytest.mark.parametrize(
    ("spec", "mode", "message"),
    [
        (
            {"mark": "point"},
            None,
            "Selections are activated, but the provided chart spec does not have any selections",
        ),
        (VEGA_SPEC, "other", "Selection parameter 'other' is not defined in the chart spec."),
    ],
)
def test_vega_selection_errors(tmp_path: Path, spec: Any, mode: Any, message: str) -> None:
    app = run(
        tmp_path,
        f"import streamlit as st\nst.vega_lite_chart({{'x': [1]}}, {spec!r}, on_select='rerun', "
        f"selection_mode={mode!r})",
    )
    try:
        (error,) = app.exceptions()
        assert message in error
    finally:
        app.close()
