"""Which optional parts of the shim an app needs (analysis/shim_families.py), and the
bundle holding exactly those (site/bundle.py)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from fragc.analysis.shim_families import ALL
from fragc.site.bundle import write_bundle
from tests.compiler.conftest import Analyze


@pytest.mark.parametrize(
    ("source", "families"),
    [
        ("import streamlit as st\nst.write('hi')", set()),
        ("import streamlit as st\nst.plotly_chart({})", {"plotly"}),
        ("import streamlit as st\ncol, _ = st.columns(2)\ncol.pyplot(fig)", {"pyplot"}),
        ("import plotly.express as px\nimport streamlit as st\nst.write(px.line())", {"plotly"}),
        ("import matplotlib.pyplot as plt", {"pyplot"}),
        ("import graphviz", {"graphviz"}),
        ("import pydeck as pdk", {"maps"}),
        ("import streamlit as st\nst.map(df)", {"maps"}),
        ("import streamlit as st\nst.pydeck_chart(deck)", {"maps"}),
        ("import streamlit as st\nst.data_editor(df)", {"grid"}),
        ("from streamlit import column_config\nconfig = column_config.NumberColumn()", {"grid"}),
        ("import streamlit as st\nst.dataframe(df, on_select='rerun')", {"grid", "vega"}),
        ("import streamlit as st\nst.mermaid_chart('graph TD; a-->b')", {"mermaid"}),
        ("import streamlit as st\nst.echarts_chart({'series': []})", {"echarts"}),
        ("from pyecharts.charts import Bar", {"echarts"}),
        # A name the build cannot read: every family.
        ("import streamlit as st\nname = input()\ngetattr(st, name)()", set(ALL)),
        # A literal name: only that one.
        ("import streamlit as st\ngetattr(st, 'plotly_chart')({})", {"plotly"}),
        # getattr on something else entirely.
        ("import os\ngetattr(os, input())", set()),
    ],
)
def test_needed_families(analyze: Analyze, source: str, families: set[str]) -> None:
    assert analyze(source).shim_families == frozenset(families)


def test_families_used_in_an_imported_module(analyze: Analyze) -> None:
    analysis = analyze(
        "import streamlit as st\nimport charts\ncharts.draw(st)",
        files={"charts.py": "def draw(st):\n    st.graphviz_chart('digraph {}')\n"},
    )
    assert analysis.shim_families == {"graphviz"}


def names(bundle: Path) -> set[str]:
    return set(zipfile.ZipFile(bundle).namelist())


@pytest.mark.parametrize(
    ("families", "present", "absent"),
    [
        (frozenset(), set(), {"__init__.py", "common.py", "plotly.py"}),
        (frozenset({"plotly"}), {"__init__.py", "common.py", "plotly.py"}, {"graphviz.py"}),
        (None, {"__init__.py", "common.py", "plotly.py", "graphviz.py", "pyplot.py"}, set()),
    ],
)
def test_bundle_holds_only_the_needed_families(
    tmp_path: Path, families: frozenset[str] | None, present: set[str], absent: set[str]
) -> None:
    app = tmp_path / "app"
    app.mkdir()
    (app / "app.py").write_text("import streamlit as st\n", encoding="utf-8")
    write_bundle(tmp_path / "app.zip", app, [app / "app.py"], families=families)
    found = names(tmp_path / "app.zip")
    prefix = "_fragc/fragc/shim/optional/"
    assert {prefix + name for name in present} <= found
    assert not {prefix + name for name in absent} & found
    # The shim every app has.
    assert "_fragc/fragc/shim/delta_generator.py" in found


def test_the_shim_runs_without_its_optional_part() -> None:
    """A site whose app uses no optional family has no fragc/shim/optional/ (the bundle
    leaves it out): the shim must import and draw all the same."""
    import os
    import subprocess
    import sys

    import fragc

    program = (
        "import sys, importlib.abc\n"
        "class Hide(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'fragc.shim.optional':\n"
        "            raise ModuleNotFoundError(name=name)\n"
        "sys.meta_path.insert(0, Hide())\n"
        "from fragc.shim.delta_generator import DeltaGenerator\n"
        "print(DeltaGenerator.__mro__[-1].__name__, hasattr(DeltaGenerator, 'audio'))\n"
    )
    # The child finds fragc where this test did (a checkout's compiler/, or site-packages).
    env = {**os.environ, "PYTHONPATH": str(Path(fragc.__file__).resolve().parents[1])}
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=False, env=env
    )
    assert (done.returncode, done.stdout.strip()) == (0, "object True"), done.stderr


@pytest.mark.parametrize(
    ("source", "chunks"),
    [
        ("import streamlit as st\nst.write('hi')", set()),
        ("import streamlit as st\nst.echarts_chart({'series': []})", {"echarts"}),
        ("import streamlit as st\nst.plotly_chart({})", {"plotly"}),
    ],
)
def test_needed_chunks(analyze: Analyze, source: str, chunks: set[str]) -> None:
    """A site carries the ECharts chunk only when its app can draw an ECharts chart."""
    assert analyze(source).page_chunks == frozenset(chunks)
