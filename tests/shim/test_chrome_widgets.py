"""The rest of issue 10 in CPython: capture widgets, st.datetime_input, st.menu_button,
st.pagination, st.space, st.skeleton, st.help, st.bottom, stateful tabs / expanders /
popovers, selectbox ``accept_new_options``, st.user / login / logout / App,
st.get_option / set_option, st.connection to SQLite.

The page's side is sent as the page sends it (wire values, triggers); the app writes
what it got.
"""

from __future__ import annotations

import base64
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fragc import protocol
from fragc.page_model import Node
from tests.shim.harness import AppHarness

MakeApp = Callable[[str], AppHarness]


def of_kind(app: AppHarness, kind: str) -> list[Node]:
    return [n for n in app.page.elements() if n.kind == kind]


def widget_id(node: Node) -> str:
    assert node.widget is not None
    return str(node.widget["id"])


def wire_file(name: str, data: bytes, mime: str) -> dict[str, Any]:
    return {
        "file_id": "x1",
        "name": name,
        "type": mime,
        "size": len(data),
        "data": base64.b64encode(data).decode(),
    }


# -- camera and microphone -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "kind", "name", "mime"),
    [
        ('st.camera_input("Snap")', "camera_input", "camera-input-2024.jpg", "image/jpeg"),
        ('st.audio_input("Talk", sample_rate=None)', "audio_input", "2024_audio.wav", "audio/wav"),
    ],
)
def test_capture_widgets_return_uploaded_files(
    make_app: MakeApp, call: str, kind: str, name: str, mime: str
) -> None:
    app = make_app(f"import streamlit as st\nv = {call}\nst.write(f'got: {{v!r}}')\n")
    (node,) = of_kind(app, kind)
    assert app.texts() == ["got: None"]
    app.request(values={widget_id(node): [wire_file(name, b"bytes!", mime)]})
    assert app.texts() == [f"got: UploadedFile(file_id='x1', name='{name}', type='{mime}', size=6)"]
    # Python sends back names, never the bytes; clearing is an empty list.
    (node,) = of_kind(app, kind)
    app.request(values={widget_id(node): []})
    assert app.texts() == ["got: None"]


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (
            'st.camera_input("x", resolution="4k")',
            "Invalid `resolution` value. Supported values: '480p', '720p', '1080p', None.",
        ),
        (
            'st.audio_input("x", sample_rate=12345)',
            "Invalid `sample_rate` value. Supported values: 8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000, None.",
        ),
        (
            'st.session_state.c = 1\nst.camera_input("x", key="c")',
            "Values for the widget with `key` 'c' cannot be set using `st.session_state`.",
        ),
    ],
)
def test_capture_errors(make_app: MakeApp, call: str, error: str) -> None:
    app = make_app(f"import streamlit as st\n{call}\n")
    (shown,) = app.exceptions()
    assert error in shown


def test_capture_props(make_app: MakeApp) -> None:
    app = make_app(
        'import streamlit as st\nst.camera_input("Snap", resolution="720p", help="h", disabled=True)\n'
        'st.audio_input("Talk", on_change="ignore")\n'
    )
    (camera,) = of_kind(app, "camera_input")
    (audio,) = of_kind(app, "audio_input")
    assert (camera.props["resolution_height"], camera.props["help"], camera.props["disabled"]) == (
        720,
        "h",
        True,
    )
    assert (audio.props["sample_rate"], audio.props["ignore_rerun"]) == (16000, True)


# -- datetime_input ------------------------------------------------------------------------


def test_datetime_input(make_app: MakeApp) -> None:
    app = make_app(
        """
        import datetime as dt
        import streamlit as st
        v = st.datetime_input("When", dt.datetime(2024, 5, 1, 9, 30, 45),
                              min_value=dt.date(2024, 1, 1), max_value="2024-12-31 18:00")
        st.write(f"got: {v!r}")
        """
    )
    (node,) = of_kind(app, "datetime_input")
    assert node.props["min"] == "2024-01-01T00:00"
    assert node.props["max"] == "2024-12-31T18:00"
    assert node.props["step"] == 900
    assert node.widget is not None
    assert node.widget["value"] == ["2024-05-01T09:30"]  # no seconds
    assert app.texts() == ["got: datetime.datetime(2024, 5, 1, 9, 30)"]
    app.request(values={widget_id(node): ["2024-06-02T14:15"]})
    assert app.texts() == ["got: datetime.datetime(2024, 6, 2, 14, 15)"]
    app.request(values={widget_id(node): ["2025-01-01T00:00"]})  # outside: the default
    assert app.texts() == ["got: datetime.datetime(2024, 5, 1, 9, 30)"]


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (
            'st.datetime_input("x", step=30)',
            "The `step` parameter, set to 30 seconds, is outside the required range [60 seconds, 23 hours].",
        ),
        (
            'st.datetime_input("x", value="2020-01-01", min_value="2021-01-01")',
            "is less than the `min_value`",
        ),
        ('st.datetime_input("x", format="YY")', "Invalid `format` value."),
        (
            'st.datetime_input("x", value=3)',
            'Invalid `value` type. Expected one of: datetime, date, time, ISO string, "now". Provided type: int.',
        ),
    ],
)
def test_datetime_input_errors(make_app: MakeApp, call: str, error: str) -> None:
    app = make_app(f"import streamlit as st\n{call}\n")
    (shown,) = app.exceptions()
    assert error in shown


# -- menu_button, pagination ---------------------------------------------------------------


def test_menu_button_pick_lasts_one_run(make_app: MakeApp) -> None:
    app = make_app(
        'import streamlit as st\nv = st.menu_button("Export", ["CSV", "JSON"], icon="📄")\n'
        'st.write(f"got: {v}")\nst.button("other")\n'
    )
    (menu,) = of_kind(app, "menu_button")
    assert (menu.props["options"], menu.props["icon"], menu.props["type"]) == (
        ["CSV", "JSON"],
        "📄",
        "secondary",
    )
    app.request(triggers={widget_id(menu): 1})
    assert app.texts() == ["got: JSON"]
    app.click("other")
    assert app.texts() == ["got: None"]


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (
            'st.menu_button("m", [])',
            "The `options` parameter is required. Provide at least one option.",
        ),
        (
            'st.menu_button("m", [1, 2], format_func=lambda o: "same")',
            "The `format_func` produced duplicate labels",
        ),
        (
            'with st.form("f"):\n    st.menu_button("m", ["a"])',
            "`st.menu_button()` can't be used in an `st.form()`.",
        ),
        ("st.pagination(0)", "`num_pages` must be an integer of at least 1. Got 0."),
        (
            "st.pagination(5, default=9)",
            "The `default` parameter, set to 9, is outside the required range [1, 5].",
        ),
        (
            "st.pagination(5, max_visible_pages=-1)",
            "`max_visible_pages` must be a non-negative integer or None. Got -1.",
        ),
    ],
)
def test_menu_and_pagination_errors(make_app: MakeApp, call: str, error: str) -> None:
    app = make_app(f"import streamlit as st\n{call}\n")
    (shown,) = app.exceptions()
    assert error in shown


def test_pagination(make_app: MakeApp) -> None:
    app = make_app(
        'import streamlit as st\nv = st.pagination(10, default=3, key="p")\nst.write(f"page {v}")\n'
    )
    (node,) = of_kind(app, "pagination")
    assert (node.props["num_pages"], node.props["max_visible_pages"]) == (10, 7)
    assert app.texts() == ["page 3"]
    app.request(values={widget_id(node): 7})
    assert app.texts() == ["page 7"]


# -- space, skeleton, help, bottom ---------------------------------------------------------


def test_space_and_skeleton(make_app: MakeApp) -> None:
    app = make_app(
        """
        import streamlit as st
        st.space()
        st.space("xlarge")
        st.space(24)
        slot = st.skeleton(height=80, width=200)
        kept = st.skeleton()
        slot.write("replaced")
        with st.skeleton():
            st.write("written inside")
        """
    )
    assert [n.props["size"] for n in of_kind(app, "space")] == ["small", "xlarge", 24]
    assert [n.props["rem"] for n in of_kind(app, "space")] == [0.75, 6, None]
    (skeleton,) = of_kind(app, "skeleton")  # the other was replaced; the `with` one cleared
    assert (skeleton.props["height"], skeleton.props["width"]) == (None, None)
    assert app.texts() == ["replaced", "written inside"]


def test_skeleton_block_shows_a_delayed_skeleton(make_app: MakeApp) -> None:
    app = make_app("import streamlit as st\nwith st.skeleton(height=30):\n    pass\n")
    sent = [d for m in app.messages if m["type"] == "run:deltas" for d in m["deltas"]]
    kinds = [(d["element"]["kind"], d["element"]["props"].get("delay_ms")) for d in sent]
    assert kinds == [("skeleton", None), ("empty", None), ("skeleton", 500), ("empty", None)]


@pytest.mark.parametrize("size", ["huge", 0, True])
def test_space_refuses_bad_sizes(make_app: MakeApp, size: Any) -> None:
    app = make_app(f"import streamlit as st\nst.space({size!r})\n")
    (shown,) = app.exceptions()
    assert "Invalid `size` value. Supported values: 'stretch', 'xxsmall'" in shown


def test_help(make_app: MakeApp) -> None:
    app = make_app(
        """
        import datetime as dt
        import streamlit as st

        class Point:
            '''A point.'''
            x = 1
            def norm(self):
                '''Length.'''

        st.help(dt.timedelta)
        st.help(Point())
        """
    )
    timedelta, point = of_kind(app, "help")
    assert (timedelta.props["name"], timedelta.props["type"]) == ("dt.timedelta", "class")
    assert timedelta.props["doc"].startswith("Difference between two datetime values")
    assert "total_seconds" in [m["name"] for m in timedelta.props["members"]]
    assert (point.props["name"], point.props["type"], point.props["doc"]) == (
        "Point()",
        "Point",
        "A point.",
    )
    assert point.props["members"] == [
        {"name": "x", "type": "int", "value": "1", "doc": None},
        {"name": "norm", "type": "method", "value": None, "doc": "Length."},
    ]


def test_bottom(make_app: MakeApp) -> None:
    app = make_app(
        """
        import streamlit as st
        st.bottom.write("pinned")
        with st.bottom:
            st.chat_input("Say")
        try:
            with st.sidebar:
                st.bottom.write("no")
        except Exception as error:
            st.write(type(error).__name__)
        """
    )
    bottom = [n.kind for n in app.page.elements(root=protocol.ROOT_BOTTOM)]
    assert bottom == ["markdown", "chat_input"]
    (chat,) = of_kind(app, "chat_input")
    assert chat.props["position"] == "bottom"
    assert app.texts(root=protocol.ROOT_MAIN) == ["StreamlitInvalidLayoutContextError"]


# -- stateful tabs, expanders, popovers ----------------------------------------------------

STATEFUL = """
import streamlit as st
st.session_state.setdefault("calls", 0)
def changed():
    st.session_state.calls += 1
a, b = st.tabs(["A", "B"], key="tabs", on_change="rerun")
e = st.expander("More", key="more", on_change=changed)
p = st.popover("Menu", key="menu", on_change="rerun")
st.write(f"tab={st.session_state.tabs} a={a.open} b={b.open} exp={e.open} pop={p.open} calls={st.session_state.calls}")
def to_b():
    st.session_state.tabs = "B"
st.button("to B", on_click=to_b)
"""


def test_stateful_containers(make_app: MakeApp) -> None:
    app = make_app(STATEFUL)
    assert app.texts() == ["tab=A a=True b=False exp=False pop=False calls=0"]
    blocks = {n.kind: n for n in app.page.walk() if n.is_block and n.widget}
    assert set(blocks) == {"tabs", "expander", "popover"}
    assert blocks["tabs"].widget is not None
    assert blocks["tabs"].widget["value"] == "A"
    app.request(values={widget_id(blocks["tabs"]): "B"})
    assert app.texts() == ["tab=B a=False b=True exp=False pop=False calls=0"]
    app.request(values={widget_id(blocks["expander"]): True})
    assert app.texts() == ["tab=B a=False b=True exp=True pop=False calls=1"]
    app.request(values={widget_id(blocks["popover"]): True})
    assert app.texts() == ["tab=B a=False b=True exp=True pop=True calls=1"]


def test_python_sets_a_tab(make_app: MakeApp) -> None:
    app = make_app(STATEFUL)
    app.click("to B")
    tabs = next(n for n in app.page.walk() if n.is_block and n.kind == "tabs")
    assert tabs.widget is not None
    assert (tabs.widget["value"], tabs.widget.get("set_value")) == ("B", True)
    assert app.texts() == ["tab=B a=False b=True exp=False pop=False calls=0"]


def test_stateless_containers_have_no_state(make_app: MakeApp) -> None:
    app = make_app(
        'import streamlit as st\na, = st.tabs(["A"])\ne = st.expander("x")\nst.write(f"{a.open} {e.open}")\n'
    )
    assert app.texts() == ["None None"]
    assert not [n for n in app.page.walk() if n.is_block and n.widget]


# A value the app stored under a widget's key before the widget first existed outlives the
# widget: drawn again after a run without it, the widget starts from that value (Streamlit
# keeps it under the user key), whatever the widget's default.
PRE_SET = """
import streamlit as st
def preset():
    st.session_state.inner = {value!r}
def show(flag):
    st.session_state.shown = flag
st.button("preset", on_click=preset)
st.button("show", on_click=show, args=(True,))
st.button("hide", on_click=show, args=(False,))
if st.session_state.get("shown"):
    w = {call}
    st.write(f"inner={{st.session_state.inner}}")
"""


@pytest.mark.parametrize(
    ("call", "value", "shown"),
    [
        ('st.expander("Inner", key="inner", on_change="rerun")', True, "inner=True"),
        ('st.text_input("Inner", key="inner")', "typed", "inner=typed"),
        ('st.checkbox("Inner", key="inner")', True, "inner=True"),
    ],
)
def test_value_set_before_a_widget_existed_outlives_its_unmount(
    make_app: MakeApp, call: str, value: object, shown: str
) -> None:
    app = make_app(PRE_SET.format(call=call, value=value))
    app.click("preset")
    assert app.texts() == []
    app.click("show")
    assert app.texts() == [shown]
    app.click("hide")
    assert app.texts() == []
    app.click("show")
    assert app.texts() == [shown]


# -- selectbox accept_new_options ----------------------------------------------------------


def test_selectbox_takes_typed_options(make_app: MakeApp) -> None:
    app = make_app(
        'import streamlit as st\nv = st.selectbox("Fruit", ["apple", "banana"], accept_new_options=True)\n'
        'st.write(f"got: {v!r}")\n'
    )
    (node,) = of_kind(app, "selectbox")
    assert node.props["accept_new_options"] is True
    app.request(values={widget_id(node): {"new": "cherry"}})
    assert app.texts() == ["got: 'cherry'"]
    app.request(values={widget_id(node): {"new": "banana"}})  # typed, but an option
    assert app.texts() == ["got: 'banana'"]
    app.request(values={widget_id(node): 0})
    assert app.texts() == ["got: 'apple'"]


def test_multiselect_takes_typed_options(make_app: MakeApp) -> None:
    app = make_app(
        "import streamlit as st\n"
        'v = st.multiselect("Tags", ["a", "b"], default=["a"], accept_new_options=True)\n'
        'st.write(f"got: {v!r}")\n'
    )
    (node,) = of_kind(app, "multiselect")
    assert node.props["accept_new_options"] is True
    app.request(values={widget_id(node): [0, {"new": "zz"}]})
    assert app.texts() == ["got: ['a', 'zz']"]
    app.request(values={widget_id(node): [{"new": "b"}, 0]})  # typed, but an option
    assert app.texts() == ["got: ['b', 'a']"]


def test_typed_multiselect_value_from_session_state_travels_as_text(make_app: MakeApp) -> None:
    app = make_app(
        'import streamlit as st\nst.session_state.setdefault("t", ["kiwi", "a"])\n'
        'v = st.multiselect("Tags", ["a"], key="t", accept_new_options=True)\n'
        'st.write(f"got: {v}")\n'
    )
    (node,) = of_kind(app, "multiselect")
    assert node.widget is not None
    assert node.widget["value"] == [{"new": "kiwi"}, 0]
    assert app.texts() == ["got: ['kiwi', 'a']"]


def test_typed_option_from_session_state_travels_as_text(make_app: MakeApp) -> None:
    app = make_app(
        'import streamlit as st\nst.session_state.setdefault("f", "kiwi")\n'
        'v = st.selectbox("Fruit", ["apple"], key="f", accept_new_options=True)\nst.write(f"got: {v}")\n'
    )
    (node,) = of_kind(app, "selectbox")
    assert node.widget is not None
    assert node.widget["value"] == {"new": "kiwi"}
    assert app.texts() == ["got: kiwi"]


# -- server-only names, options ------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "shown"),
    [
        ("st.write(dict(st.user), len(st.user))", ["`0`"]),
        ("st.write('is_logged_in' in st.user)", ["`False`"]),
        (
            "st.write(st.get_option('server.maxUploadSize'), st.get_option('theme.primaryColor'))",
            ["`200` `None`"],
        ),
        (
            "st.set_option('client.showErrorDetails', 'none')\nst.write(st.get_option('client.showErrorDetails'))",
            ["none"],
        ),
    ],
)
def test_user_and_options(make_app: MakeApp, code: str, shown: list[str]) -> None:
    app = make_app(f"import streamlit as st\n{code}\n")
    assert app.exceptions() == []
    assert [t for t in app.texts() if t] == shown


@pytest.mark.parametrize(
    ("code", "error"),
    [
        ("st.login()", "StreamlitAPIException: `st.login()` needs Streamlit's server"),
        ("st.logout()", "StreamlitAPIException: `st.logout()` needs Streamlit's server"),
        (
            "st.App('app.py')",
            "StreamlitAPIException: `st.App` runs a script on Streamlit's ASGI server",
        ),
        ("st.user.email", 'AttributeError: st.user has no attribute "email".'),
        ("st.get_option('no.such')", 'RuntimeError: Config key "no.such" not defined.'),
        (
            "st.set_option('theme.primaryColor', 'red')",
            "StreamlitAPIException: theme.primaryColor cannot be set on the fly.",
        ),
        (
            "st.connection('snowflake')",
            "StreamlitAPIException: `st.connection(type='snowflake')` cannot work in a static site",
        ),
        (
            "st.connection('pg', type='sql', url='postgresql://u@h/db')",
            "StreamlitAPIException: `st.connection(type='sql')` cannot work in a static site",
        ),
    ],
)
def test_server_only_names_say_why(make_app: MakeApp, code: str, error: str) -> None:
    app = make_app(f"import streamlit as st\n{code}\n")
    (shown,) = app.exceptions()
    assert shown.startswith(error)


def test_options_from_the_apps_config_file(tmp_path: Path) -> None:
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text('[theme]\nprimaryColor = "#123456"\n')
    app = AppHarness(
        tmp_path, "import streamlit as st\nst.write(st.get_option('theme.primaryColor'))\n"
    ).run()
    assert app.texts() == ["#123456"]
    app.close()


def test_sql_connection_to_a_bundled_sqlite_file(tmp_path: Path) -> None:
    pytest.importorskip("sqlalchemy")
    database = tmp_path / "shop.db"
    with sqlite3.connect(database) as conn:
        conn.execute("CREATE TABLE fruit (name TEXT, price REAL)")
        conn.executemany("INSERT INTO fruit VALUES (?, ?)", [("apple", 1.5), ("kiwi", 0.5)])
    app = AppHarness(
        tmp_path,
        f"""
        import streamlit as st
        conn = st.connection("shop", type="sql", url="sqlite:///{database}")
        df = conn.query("SELECT name FROM fruit WHERE price > :p ORDER BY name", params={{"p": 1}})
        st.write(list(df["name"]), type(conn).__name__, conn.driver)
        """,
    ).run()
    assert app.exceptions() == []
    (json_node,) = [n for n in app.page.elements() if n.kind == "json"]
    assert json_node.props["body"] == '["apple"]'
    assert app.texts() == ["SQLConnection pysqlite"]
    app.close()


def test_custom_connection_class(make_app: MakeApp) -> None:
    app = make_app(
        """
        import streamlit as st
        from streamlit.connections import BaseConnection

        class Numbers(BaseConnection[list]):
            def _connect(self, **kwargs):
                return [1, 2, kwargs.get("extra", 0)]

        conn = st.connection("nums", type=Numbers, extra=3)
        st.write(f"{conn._instance} {conn is st.connection('nums', type=Numbers, extra=3)}")
        """
    )
    assert app.exceptions() == []
    assert app.texts() == ["[1, 2, 3] True"]


# -- grid ----------------------------------------------------------------------------------


def test_grid_cells(make_app: MakeApp) -> None:
    app = make_app(
        """
        import streamlit as st
        g = st.grid(3, gap=("small", 12), border=True, row_height=120, key="g")
        g.write("one")
        with g:
            st.write("two")
        wide = g.cell(column_span="all", row_span=2)
        wide.write("three")
        st.write(type(g).__name__, hasattr(wide, "cell"))
        """
    )
    (grid,) = [n for n in app.page.walk() if n.kind == "grid"]
    assert grid.props == {
        "columns": 3,
        "min_column_width": None,
        "wrap": True,
        "row_gap": "small",
        "column_gap": 12,
        "vertical_alignment": "top",
        "border": True,
        "row_height": 120,
        "width": "stretch",
        "height": None,
        "dense": False,
    }
    assert [c.kind for c in grid.children] == ["markdown", "markdown", "grid_cell"]
    assert grid.children[2].props == {"column_span": "all", "row_span": 2}
    assert app.texts()[-1] == "GridContainer `False`"


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (
            "st.grid(25)",
            "The `columns` parameter, set to 25, is outside the required range [1, 24].",
        ),
        (
            "st.grid('wide')",
            "Invalid `columns` value. Supported values: \"auto\", an integer from 1 to 24. Got 'wide'.",
        ),
        ("st.grid(wrap=False)", '`columns="auto"` and `wrap=False` cannot be used together.'),
        (
            "st.grid(2).cell(column_span=3)",
            "The `column_span` parameter, set to 3, is outside the required range [1, 2].",
        ),
        ("st.grid(gap=(1, 2, 3))", "Got a sequence with 3 elements."),
        (
            "st.grid(row_height=0)",
            'Invalid `row_height` value. Supported values: "content", a positive integer. Got 0.',
        ),
    ],
)
def test_grid_errors(make_app: MakeApp, call: str, error: str) -> None:
    app = make_app(f"import streamlit as st\n{call}\n")
    (shown,) = app.exceptions()
    assert error in shown
