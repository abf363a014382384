"""Layout containers and the app-level APIs (set_page_config, query_params, context) in CPython.

Each case boots an app through the harness and reads the blocks and messages the page
would get; behaviour and error texts are Streamlit 1.67's.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from fragc.shim import bridge


def blocks(app, kind: str) -> list[Any]:
    return [n for n in app.page.walk() if n.is_block and n.kind == kind]


def messages(app, kind: str) -> list[dict[str, Any]]:
    return [m for m in app.messages if m["type"] == kind]


def run_with(app, query_string: str = "", client: dict[str, Any] | None = None) -> None:
    """A full run as the page sends it, with the URL's query string and the browser context."""
    request: dict[str, Any] = {
        "type": "run:request",
        "fragment_ids": [],
        "widget_states": dict(app.page.widget_values),
        "trigger_values": {},
        "is_auto": False,
        "query_string": query_string,
    }
    if client is not None:
        request["context"] = client
    bridge.handle(json.dumps(request))


# ------------------------------------------------------------------ columns


def test_columns_are_a_row_of_weighted_columns(make_app):
    app = make_app(
        """
        import streamlit as st
        a, b = st.columns([1, 3], gap="large", vertical_alignment="center", border=True)
        a.write("left")
        with b:
            st.write("right")
        """
    )
    (row,) = blocks(app, "horizontal")
    assert row.props["gap"] == "large"
    assert [c.kind for c in row.children] == ["column", "column"]
    assert [c.props["weight"] for c in row.children] == [0.25, 0.75]
    assert all(
        c.props["border"] and c.props["vertical_alignment"] == "center" for c in row.children
    )
    assert [c.children[0].props["body"] for c in row.children] == ["left", "right"]


def test_columns_nest_to_any_depth_in_1_67(make_app):
    app = make_app(
        """
        import streamlit as st
        outer, _ = st.columns(2)
        with outer:
            inner, _ = st.columns(2)
            with inner:
                deepest, _ = st.columns(2)
                deepest.write("deep")
        """
    )
    assert len(blocks(app, "horizontal")) == 3
    assert app.texts() == ["deep"]


SPEC_ERROR = (
    "StreamlitInvalidColumnSpecError: The `spec` argument to `st.columns` must be either a "
    "positive integer (number of columns) or a list of positive numbers (width ratios of the "
    "columns). See [documentation](https://docs.streamlit.io/develop/api-reference/layout/"
    "st.columns) for more information."
)


@pytest.mark.parametrize(
    ("call", "error"),
    [
        pytest.param("st.columns(0)", SPEC_ERROR, id="zero"),
        pytest.param("st.columns([])", SPEC_ERROR, id="empty-list"),
        pytest.param("st.columns([1, -2])", SPEC_ERROR, id="negative-weight"),
        pytest.param(
            "st.columns(['a'])",
            "StreamlitInvalidParameterTypeError: Invalid `spec` type. Expected one of: int, "
            "sequence of numbers. Provided type: list.",
            id="string-weight",
        ),
        pytest.param(
            "st.columns(2, gap='huge')",
            "StreamlitValueError: Invalid `gap` value. Supported values: 'xxsmall', 'xsmall', "
            "'small', 'medium', 'large', 'xlarge', 'xxlarge', None, a non-negative integer "
            "(pixels). Got 'huge'.",
            id="gap",
        ),
        pytest.param(
            "st.columns(2, vertical_alignment='middle')",
            "StreamlitValueError: Invalid `vertical_alignment` value. Supported values: 'top', "
            "'center', 'bottom'. Got 'middle'.",
            id="vertical-alignment",
        ),
        pytest.param(
            "st.container(height=0)",
            "StreamlitInvalidHeightError: Invalid height value: 0. Height must be either a "
            "positive integer (pixels), 'stretch', or 'content'.",
            id="container-height",
        ),
        pytest.param(
            "st.container(wrap=False)",
            "StreamlitIncompatibleParametersError: `wrap=False` and `horizontal=False` cannot be "
            "used together. A vertical container has no horizontal row of elements to keep in a "
            "single, scrolling row. Set `horizontal=True` to use `wrap=False`, or remove the "
            "`wrap` argument.",
            id="container-wrap",
        ),
        pytest.param(
            "st.tabs([])",
            "StreamlitMissingRequiredParameterError: The `tabs` parameter is required. Provide "
            "at least one tab label.",
            id="tabs-empty",
        ),
        pytest.param(
            "st.tabs(['a', 'b'], default='c')",
            "StreamlitValueError: Invalid `default` value. Supported values: a tab label from "
            "`tabs`. `c` is not in the list of tabs.",
            id="tabs-default",
        ),
        pytest.param(
            "st.tabs(['a', 1])",
            "StreamlitInvalidParameterTypeError: Invalid `tabs` type. Expected one of: a string "
            "for each tab label. Provided type: int.",
            id="tabs-label-type",
        ),
        pytest.param(
            "st.expander(None)",
            "StreamlitMissingRequiredParameterError: The `label` parameter is required.",
            id="expander-label",
        ),
        pytest.param(
            "st.expander('x', type='big')",
            "StreamlitValueError: Invalid `type` value. Supported values: 'default', 'compact', "
            "'step'.",
            id="expander-type",
        ),
        pytest.param(
            "st.popover('x', type='ghost')",
            "StreamlitValueError: Invalid `type` value. Supported values: 'primary', "
            "'secondary', 'tertiary'.",
            id="popover-type",
        ),
        pytest.param(
            "st.container(key='k'); st.container(key='k')",
            "StreamlitDuplicateElementKey: There are multiple elements with the same `key='k'`. "
            "To fix this, please make sure that the `key` argument is unique for each element "
            "you create.",
            id="duplicate-container-key",
        ),
        pytest.param(
            "st.set_page_config(layout='full')",
            "StreamlitValueError: Invalid `layout` value. Supported values: 'centered', 'wide'.",
            id="page-layout",
        ),
        pytest.param(
            "st.set_page_config(initial_sidebar_state='open')",
            "StreamlitValueError: Invalid `initial_sidebar_state` value. Supported values: "
            "'auto', 'expanded', 'collapsed', 'locked', a positive integer (width in pixels). "
            "Got 'open'.",
            id="page-sidebar-state",
        ),
        pytest.param(
            "st.query_params['embed'] = 'true'",
            "StreamlitAPIException: Query param embed and embed_options (case-insensitive) "
            "cannot be set programmatically.",
            id="query-embed",
        ),
        pytest.param(
            "st.query_params['a'] = {'b': 1}",
            "StreamlitQueryParamDictValueError: Query param value for `a` cannot be set to a "
            "dictionary. Provide a string or iterable of strings instead.",
            id="query-dict",
        ),
        pytest.param(
            "st.context['nope']",
            'KeyError: \'st.context has no key "nope". Valid keys are: cookies, headers, '
            "ip_address, is_embedded, locale, theme, timezone, timezone_offset, url.'",
            id="context-key",
        ),
    ],
)
def test_bad_calls_raise_streamlits_errors(make_app, call: str, error: str):
    app = make_app(f"import streamlit as st\n{call}\n")
    assert app.exceptions() == [error]


# ------------------------------------------------------------------ containers


def test_container_props_key_and_fixed_height_border(make_app):
    app = make_app(
        """
        import streamlit as st
        with st.container(height=120, key="box"):
            st.write("inside")
        st.container(border=False, height=80)
        st.container(horizontal=True, gap=None, horizontal_alignment="right")
        """
    )
    boxes = [b for b in blocks(app, "vertical") if b.fragment_id is None]
    assert boxes[0].key == "box"
    assert (boxes[0].props["height"], boxes[0].props["border"]) == (120, True)
    assert (boxes[1].props["height"], boxes[1].props["border"]) == (80, False)
    assert boxes[2].props["horizontal"]
    assert boxes[2].props["gap"] is None
    assert boxes[2].props["horizontal_alignment"] == "right"


def test_empty_holds_one_element_and_can_become_a_container(make_app):
    app = make_app(
        """
        import streamlit as st
        slot = st.empty()
        slot.write("first")
        slot.write("second")
        other = st.empty()
        other.write("gone")
        other.empty()
        box = st.empty().container()
        box.write("a")
        box.write("b")
        """
    )
    assert app.texts() == ["second", "a", "b"]
    assert [n.kind for n in app.page.roots[0].children] == ["markdown", "empty", "vertical"]


def test_tabs_expander_popover_blocks(make_app):
    app = make_app(
        """
        import streamlit as st
        one, two = st.tabs(["One", "Two"], default="Two")
        one.write("in one")
        two.write("in two")
        with st.expander("More", expanded=True, icon="🔍"):
            st.write("details")
        with st.popover("Settings", help="tweak", icon="⚙️", key="pop"):
            st.write("inside the popover")
        st.write(f"{one.open} {st.expander('x').open}")
        """
    )
    (tabs,) = blocks(app, "tabs")
    assert tabs.props["labels"] == ["One", "Two"]
    assert tabs.props["default_index"] == 1
    assert [t.props["label"] for t in tabs.children] == ["One", "Two"]
    (expander, _) = blocks(app, "expander")
    assert expander.props == {
        "label": "More",
        "expanded": True,
        "icon": "🔍",
        "type": "default",
        "width": "stretch",
    }
    (popover,) = blocks(app, "popover")
    assert popover.key == "pop"
    assert (popover.props["label"], popover.props["help"], popover.props["icon"]) == (
        "Settings",
        "tweak",
        "⚙️",
    )
    assert app.texts() == ["in one", "in two", "details", "inside the popover", "None None"]


def test_query_param_binding_says_it_is_not_available(make_app):
    app = make_app('import streamlit as st\nst.tabs(["a"], key="t", bind="query-params")\n')
    (error,) = app.exceptions()
    assert error.startswith("FragcNotImplementedError: `st.tabs(bind='query-params')`")


def test_sidebar_and_fragments_inside_layouts(make_app):
    app = make_app(
        """
        import streamlit as st
        st.sidebar.write("side")
        with st.sidebar:
            st.write("also side")
        tab, = st.tabs(["T"])

        @st.fragment
        def counter():
            st.session_state.n = st.session_state.get("n", 0) + 1
            st.button("again")
            st.write(f"ran {st.session_state.n}")

        with tab:
            counter()
        """
    )
    assert app.texts(root=1) == ["side", "also side"]
    app.click("again")
    assert app.statuses()[-1] == "finished_fragment"
    assert app.texts(root=0) == ["ran 2"]


# ------------------------------------------------------------------ set_page_config


def test_set_page_config_is_additive_and_posts_page_config(make_app, tmp_path):
    icon = tmp_path / "icon.png"  # the worker's working directory is the app's folder
    icon.write_bytes(b"\x89PNG fake")
    app = make_app(
        f"""
        import streamlit as st
        st.set_page_config(page_title="Gallery", page_icon="🎈", layout="wide")
        st.write("hi")
        st.set_page_config(initial_sidebar_state=300)
        st.set_page_config(page_icon={str(icon)!r}, initial_sidebar_state="collapsed")
        """
    )
    first, second, third = messages(app, "page:config")
    assert first == {"type": "page:config", "title": "Gallery", "icon": "🎈", "layout": "wide"}
    assert second == {"type": "page:config", "initial_sidebar_state": "auto", "sidebar_width": 300}
    assert third["icon"].startswith("data:image/png;base64,")
    assert third["initial_sidebar_state"] == "collapsed"
    # Elements written before a config call reach the page before it.
    kinds = [m["type"] for m in app.messages]
    assert kinds.index("run:deltas") < kinds.index("page:config", kinds.index("run:deltas"))


# ------------------------------------------------------------------ query params

QUERY_APP = """
import streamlit as st
st.write(f"x={st.query_params.get('x')}")
st.write(f"tags={st.query_params.get_all('tag')} last={st.query_params.get('tag')}")
st.write(f"dict={st.query_params.to_dict()}")
st.write(f"missing={'nope' in st.query_params} len={len(st.query_params)}")
if st.button("write"):
    st.query_params["x"] = 2
    st.query_params.tag = ["a", "b"]
    st.write(f"now x={st.query_params.x}")
if st.button("delete"):
    del st.query_params["x"]
    del st.query_params.tag
if st.button("replace"):
    st.query_params.from_dict({"page": "2", "sort": ["up", "down"]})
if st.button("clear"):
    st.query_params.clear()
"""


def test_query_params_read_from_the_url_of_each_run(make_app):
    app = make_app(QUERY_APP)
    assert app.texts()[0] == "x=None"
    run_with(app, "x=1&tag=red&tag=blue&embed=true&empty=")
    assert app.texts()[:4] == [
        "x=1",
        "tags=['red', 'blue'] last=blue",
        "dict={'x': '1', 'tag': 'blue', 'empty': ''}",
        "missing=False len=3",
    ]
    assert messages(app, "page:query_string") == []  # reading never writes


@pytest.mark.parametrize(
    ("button", "query_string"),
    [
        pytest.param("write", "x=2&tag=a&tag=b", id="set-item-and-attribute"),
        pytest.param("delete", "", id="delete-item-and-attribute"),
        pytest.param("replace", "page=2&sort=up&sort=down", id="from-dict"),
        pytest.param("clear", "", id="clear"),
    ],
)
def test_query_params_writes_post_the_new_query_string(make_app, button, query_string):
    app = make_app(QUERY_APP)
    run_with(app, "x=1&tag=red")
    node = app.widget(button, "button")
    bridge.handle(
        json.dumps(
            {
                "type": "run:request",
                "fragment_ids": [],
                "widget_states": dict(app.page.widget_values),
                "trigger_values": {node.widget["id"]: True},
                "is_auto": False,
                "query_string": "x=1&tag=red",
            }
        )
    )
    assert messages(app, "page:query_string")[-1]["query_string"] == query_string
    if button == "write":
        assert "now x=2" in app.texts()


def test_query_params_outlive_a_rerun_in_the_same_request(make_app):
    app = make_app(
        """
        import streamlit as st
        if "x" not in st.query_params:
            st.query_params["x"] = "set"
            st.rerun()
        st.write(f"x={st.query_params['x']}")
        """
    )
    assert app.texts() == ["x=set"]


def test_missing_query_params_raise_streamlits_messages(make_app):
    app = make_app(
        """
        import streamlit as st
        try:
            st.query_params["a"]
        except KeyError as err:
            st.write(str(err))
        try:
            st.query_params.a
        except AttributeError as err:
            st.write(str(err))
        """
    )
    assert app.texts() == [
        "'st.query_params has no key \"a\".'",
        'st.query_params has no attribute "a".',
    ]


# ------------------------------------------------------------------ st.context


def test_context_reads_what_the_browser_sent(make_app):
    app = make_app(
        """
        import streamlit as st
        c = st.context
        st.write(f"{c.timezone}|{c.timezone_offset}|{c.locale}|{c.url}|{c.theme.type}")
        st.write(f"{dict(c.cookies)}|{c.headers.to_dict()}|{c.ip_address}|{c['is_embedded']}")
        st.write(f"{'theme' in c}|{c.theme['type']}")
        """
    )
    assert app.texts()[0] == "None|None|None|None|None"
    run_with(
        app,
        client={
            "timezone": "Europe/Paris",
            "timezone_offset": -60,
            "locale": "fr-FR",
            "url": "http://127.0.0.1:8000/app/",
            "color_scheme": "dark",
            "cookies": {"session": "abc"},
            "is_embedded": False,
        },
    )
    assert app.texts() == [
        "Europe/Paris|-60|fr-FR|http://127.0.0.1:8000/app/|dark",
        "{'session': 'abc'}|{}|None|False",
        "True|dark",
    ]
