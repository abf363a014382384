"""Text and status elements in the shim: Streamlit 1.67's props, dispatch and error texts."""

from __future__ import annotations

from typing import Any

import pytest

from fragc.shim.elements.icons import extract_leading_icon, is_emoji, validate_icon_or_emoji
from fragc.shim.elements.metric import delta_color_and_direction
from fragc.shim.elements.status import progress_value
from fragc.shim.errors import StreamlitAPIException


def shown(app: Any, root: int = 0) -> list[tuple[str, Any]]:
    """(kind, the prop that says what it shows) of every element, in page order."""
    main_prop = {
        "markdown": "body",
        "json": "body",
        "code": "body",
        "alert": "body",
        "heading": "body",
        "exception": "message",
        "progress": "value",
        "toast": "body",
        "text": "body",
        "html": "body",
    }
    return [
        (n.kind, n.props.get(main_prop.get(n.kind, ""), None)) for n in app.page.elements(root=root)
    ]


def errors_of(app: Any) -> list[str]:
    return app.exceptions()


# ---------------------------------------------------------------- st.write


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        pytest.param('st.write("**bold**")', [("markdown", "**bold**")], id="one-string"),
        pytest.param("st.write(3)", [("markdown", "`3`")], id="int-is-inline-code"),
        pytest.param(
            "st.write(2.5, True, None)", [("markdown", "`2.5` `True` `None`")], id="values-join"
        ),
        pytest.param(
            'st.write("a", 1, "b")', [("markdown", "a `1` b")], id="strings-and-values-join"
        ),
        pytest.param(
            'st.write("x = `1`" , "a`b")', [("markdown", "x = `1` a`b")], id="strings-verbatim"
        ),
        pytest.param("st.write('multi', 'a\\nb'.splitlines)", None, id="method-goes-to-help"),
        pytest.param('st.write({"a": 1})', [("json", '{"a": 1}')], id="dict-is-json"),
        pytest.param("st.write([1, 'x'])", [("json", '[1, "x"]')], id="list-is-json"),
        pytest.param(
            'st.write("before", {"k": [1]}, "after")',
            [("markdown", "before"), ("json", '{"k": [1]}'), ("markdown", "after")],
            id="order-kept",
        ),
        pytest.param('st.write(ValueError("boom"))', [("exception", "boom")], id="exception"),
        pytest.param(
            "import io; st.write(io.StringIO('from *io*'))",
            [("markdown", "from *io*")],
            id="stringio",
        ),
        pytest.param(
            "class P:\n    def __str__(self):\n        return 'line 1\\nline 2'\nst.write(P())",
            [("markdown", "```\nline 1\nline 2\n```")],
            id="multiline-value-is-a-fence",
        ),
        pytest.param(
            "class Q:\n    def __str__(self):\n        return 'has ` tick'\nst.write(Q())",
            [("markdown", "``has ` tick``")],
            id="backticks-widen-the-fence",
        ),
    ],
)
def test_write_dispatch(make_app: Any, call: str, expected: list[tuple[str, Any]] | None) -> None:
    app = make_app("import streamlit as st\n" + call)
    if expected is None:
        assert errors_of(app) == []  # shown somehow, without failing
    else:
        assert shown(app) == expected


def test_write_many_args_into_a_column_is_streamlits_error(make_app: Any) -> None:
    app = make_app(
        """
        import streamlit as st
        (col,) = st.columns(1)
        col.write("one arg is fine")
        col.write("a", "b")
        """
    )
    assert errors_of(app) == [
        "StreamlitAPIException: Cannot replace a single element with multiple elements.\n\n"
        "The `write()` method only supports multiple elements when inserting elements rather "
        "than replacing. That is, only when called as `st.write()` or `st.sidebar.write()`."
    ]


# ---------------------------------------------------------------- text elements


@pytest.mark.parametrize(
    ("call", "kind", "props"),
    [
        pytest.param(
            'st.markdown("  hi  ")',
            "markdown",
            {"body": "hi", "variant": "default"},
            id="markdown-cleaned",
        ),
        pytest.param(
            'st.markdown("x", anchors=False)', "markdown", {"anchors": False}, id="markdown-anchors"
        ),
        pytest.param(
            'st.caption("c")', "markdown", {"body": "c", "variant": "caption"}, id="caption"
        ),
        pytest.param(
            'st.latex("a^2")', "markdown", {"body": "$$\na^2\n$$", "variant": "latex"}, id="latex"
        ),
        pytest.param(
            'st.title("T")', "heading", {"level": 1, "anchor": None, "divider": None}, id="title"
        ),
        pytest.param(
            'st.header("H", "my-id")',
            "heading",
            {"level": 2, "anchor": "my-id"},
            id="header-anchor",
        ),
        pytest.param(
            'st.subheader("S", anchor=False)',
            "heading",
            {"level": 3, "anchor": False},
            id="no-anchor",
        ),
        pytest.param(
            'st.header("H", divider=True)', "heading", {"divider": "auto"}, id="divider-true"
        ),
        pytest.param(
            'st.header("H", divider="grey")', "heading", {"divider": "gray"}, id="divider-grey"
        ),
        pytest.param('st.title("T", icon="🚀")', "heading", {"icon": "🚀"}, id="heading-icon"),
        pytest.param(
            'st.code("\\n\\n  x = 1\\n\\n")',
            "code",
            {"body": "\n  x = 1\n", "language": "python"},
            id="code-one-newline-each-side",
        ),
        pytest.param(
            'st.code("x", None)', "code", {"language": "plaintext"}, id="code-no-language"
        ),
        pytest.param(
            'st.code("x", line_numbers=True)',
            "code",
            {"line_numbers": True},
            id="code-line-numbers",
        ),
        pytest.param(
            "st.json('{\"a\":1}')",
            "json",
            {"body": '{"a":1}', "expanded": True},
            id="json-string-verbatim",
        ),
        pytest.param("st.json({'s': {1}})", "json", {"body": '{"s": [1]}'}, id="json-set"),
        pytest.param(
            "st.json([1], expanded=2)",
            "json",
            {"expanded": True, "max_expand_depth": 2},
            id="json-depth",
        ),
        pytest.param(
            "import collections\nP = collections.namedtuple('P', 'x y')\nst.json(P(1, 2))",
            "json",
            {"body": '{"x": 1, "y": 2}'},
            id="json-namedtuple",
        ),
        pytest.param(
            "st.session_state.n = 1\nst.json(st.session_state)",
            "json",
            {"body": '{"n": 1}'},
            id="json-session-state",
        ),
        pytest.param(
            'st.badge("New")', "badge", {"label": "New", "color": "blue", "icon": ""}, id="badge"
        ),
        pytest.param(
            'st.badge("Hot", icon=":material/local_fire_department:", color="red")',
            "badge",
            {"icon": ":material/local_fire_department:", "color": "red"},
            id="badge-material",
        ),
        pytest.param('st.html("<b>x</b>")', "html", {"body": "<b>x</b>"}, id="html"),
        pytest.param('st.text("  t  ")', "text", {"body": "t"}, id="text"),
    ],
)
def test_text_element_props(make_app: Any, call: str, kind: str, props: dict[str, Any]) -> None:
    app = make_app("import streamlit as st\n" + call)
    assert errors_of(app) == []
    (node,) = app.page.elements(kind, root=0)
    assert {key: node.props.get(key) for key in props} == props


def test_style_only_html_goes_to_the_event_root(make_app: Any) -> None:
    app = make_app(
        'import streamlit as st\nst.html("<style>p {color: red}</style>")\nst.write("after")'
    )
    assert shown(app) == [("markdown", "after")]
    assert shown(app, root=2) == [("html", "<style>p {color: red}</style>")]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        pytest.param(
            'st.header("H", anchor=True)',
            "Invalid `anchor` value. Supported values: None, False, any string.",
            id="anchor-true",
        ),
        pytest.param(
            'st.header("H", anchor=3)',
            "Invalid `anchor` type. Expected one of: str, None, False. Provided type: int.",
            id="anchor-int",
        ),
        pytest.param(
            'st.header("H", divider="pink")',
            "Invalid `divider` value. Supported values: True, 'red', 'orange', 'yellow', 'blue', "
            "'green', 'violet', 'gray', 'grey', 'rainbow'.",
            id="divider-colour",
        ),
        pytest.param(
            'st.json([], expanded="yes")',
            "Invalid `expanded` type. Expected one of: bool, int. Provided type: str.",
            id="json-expanded",
        ),
        pytest.param('st.html("")', "The `body` parameter is required.", id="html-empty"),
        pytest.param(
            'st.markdown("<b>", unsafe_allow_html=True, wrap=False)',
            "`wrap=False` and `unsafe_allow_html=True` cannot be used together. One-line markdown "
            "cannot ellipsize raw HTML. Pass `wrap=True` to render HTML, or omit `unsafe_allow_html` "
            "to truncate.",
            id="markdown-wrap-html",
        ),
        pytest.param(
            'st.badge("B", icon=":smile:")',
            'The value ":smile:" is not a valid icon. Emoji shortcodes are not supported. Please use '
            "a single emoji or a Material icon shortcode like `:material\u200b/thumb_up:`.",
            id="icon-shortcode",
        ),
        pytest.param(
            'st.badge("B", icon="x")',
            'The value "x" is not a valid icon. Please use a single emoji or a Material icon '
            "shortcode like `:material\u200b/thumb_up:`.",
            id="icon-ascii",
        ),
        pytest.param(
            'st.badge("B", icon=":material/Thumb Up:")',
            'The value `":material\u200b/Thumb Up:"` is not a valid Material icon. Please use a '
            "Material icon shortcode like **`:material\u200b/thumb_up:`**.",
            id="icon-material-name",
        ),
    ],
)
def test_text_errors(make_app: Any, call: str, message: str) -> None:
    app = make_app("import streamlit as st\n" + call)
    assert [e.split(": ", 1)[1] for e in errors_of(app)] == [message]


# ---------------------------------------------------------------- icons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("🔥", True, id="pictograph"),
        pytest.param("❤️", True, id="variation-selector"),
        pytest.param("👍🏽", True, id="skin-tone"),
        pytest.param("👨\u200d👩\u200d👧", True, id="zwj-family"),
        pytest.param("🇫🇷", True, id="flag"),
        pytest.param("1️⃣", True, id="keycap"),
        pytest.param("🔥🔥", False, id="two-emoji"),
        pytest.param("é", False, id="letter"),
        pytest.param("a", False, id="ascii"),
    ],
)
def test_is_emoji(text: str, expected: bool) -> None:
    assert is_emoji(text) is expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("✅ Saved", ("✅", "Saved"), id="emoji-space"),
        pytest.param("🔥_-hot", ("🔥", "hot"), id="emoji-separators"),
        pytest.param("🔥🔥 hot", ("🔥", "🔥 hot"), id="one-emoji-only"),
        pytest.param(":material/check: ok", (":material/check:", "ok"), id="material"),
        pytest.param("plain", ("", "plain"), id="none"),
    ],
)
def test_alert_body_gives_up_its_leading_icon(body: str, expected: tuple[str, str]) -> None:
    assert extract_leading_icon(body) == expected


def test_icon_validation_accepts_streamlits_forms() -> None:
    assert validate_icon_or_emoji(None) == ""
    assert validate_icon_or_emoji("  ") == ""
    assert validate_icon_or_emoji(" 🎉 ") == "🎉"
    assert validate_icon_or_emoji(":material/thumb_up:") == ":material/thumb_up:"
    assert validate_icon_or_emoji("spinner") == "spinner"
    with pytest.raises(StreamlitAPIException, match="looks like a URL"):
        validate_icon_or_emoji("https://x.org/a.png")


# ---------------------------------------------------------------- alerts, toast, metric


def test_alerts_take_icon_and_title(make_app: Any) -> None:
    app = make_app(
        """
        import streamlit as st
        st.success("✅ Saved")
        st.info("Note", icon=":material/info:")
        st.warning("Careful", title="Heads up")
        st.error("🔥 kept", icon="🚨")
        """
    )
    assert [
        (n.props["variant"], n.props["body"], n.props["icon"], n.props["title"])
        for n in app.page.elements("alert")
    ] == [
        ("success", "Saved", "✅", None),
        ("info", "Note", ":material/info:", None),
        ("warning", "Careful", None, "Heads up"),
        ("error", "🔥 kept", "🚨", None),
    ]


def test_toast_goes_to_the_event_root_and_container_toast_into_its_container(make_app: Any) -> None:
    app = make_app(
        """
        import streamlit as st
        with st.container():
            st.toast("from st", icon="🎉", duration="long")
        box = st.container()
        box.toast("from box", duration=7)
        st.toast("forever", duration="infinite")
        """
    )
    assert [(n.props["body"], n.props["duration"]) for n in app.page.elements("toast", root=2)] == [
        ("from st", 10),
        ("forever", None),
    ]
    assert [n.props["body"] for n in app.page.elements("toast", root=0)] == ["from box"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        pytest.param(
            'st.toast("")',
            "The `body` parameter is required. Please provide a message.",
            id="blank",
        ),
        pytest.param(
            'st.toast("x", duration=0)',
            "Invalid `duration` value. Supported values: short, long, infinite, a positive integer.",
            id="duration",
        ),
        pytest.param(
            'st.metric("m", 1, 1, delta_color="blue-ish")',
            "Invalid `delta_color` value. Supported values: 'normal', 'inverse', 'off', 'red', "
            "'orange', 'yellow', 'green', 'blue', 'violet', 'gray', 'grey', 'primary'.",
            id="delta-color",
        ),
        pytest.param(
            'st.metric("m", [1])',
            "Invalid `value` type. Expected one of: int, float, Decimal, NumPy number. Provided type: "
            "list. Convert the value to a number type.",
            id="metric-value-type",
        ),
        pytest.param(
            'st.metric("m", 1, label_visibility="gone")',
            "Invalid `label_visibility` value. Supported values: 'visible', 'hidden', 'collapsed'.",
            id="label-visibility",
        ),
        pytest.param(
            'st.metric("m", 1, 1, delta_arrow="left")',
            "Invalid `delta_arrow` value. Supported values: 'auto', 'up', 'down', 'off'.",
            id="delta-arrow",
        ),
    ],
)
def test_toast_and_metric_errors(make_app: Any, call: str, message: str) -> None:
    app = make_app("import streamlit as st\n" + call)
    assert [e.split(": ", 1)[1] for e in errors_of(app)] == [message]


@pytest.mark.parametrize(
    ("delta_color", "delta", "expected"),
    [
        pytest.param("normal", 5, ("green", "up"), id="normal-up"),
        pytest.param("normal", "-5%", ("red", "down"), id="normal-down"),
        pytest.param("inverse", 5, ("red", "up"), id="inverse-up"),
        pytest.param("inverse", -5, ("green", "down"), id="inverse-down"),
        pytest.param("off", -5, ("gray", "down"), id="off"),
        pytest.param("normal", 0, ("gray", "none"), id="zero"),
        pytest.param("normal", "0", ("gray", "none"), id="zero-text"),
        pytest.param("normal", None, ("gray", "none"), id="no-delta"),
        pytest.param("violet", -1, ("violet", "down"), id="palette"),
        pytest.param("grey", 1, ("gray", "up"), id="grey"),
    ],
)
def test_metric_delta_colour_and_arrow(
    delta_color: str, delta: Any, expected: tuple[str, str]
) -> None:
    assert delta_color_and_direction(delta_color, delta) == expected


def test_metric_props(make_app: Any) -> None:
    app = make_app(
        """
        import streamlit as st
        from decimal import Decimal
        st.metric("Temp", 21.5, -1.2, "inverse", border=True)
        st.metric("None", None)
        st.metric("Dec", Decimal("1.50"), "+3 %", delta_arrow="off")
        """
    )
    temp, none, dec = (n.props for n in app.page.elements("metric"))
    assert (temp["value"], temp["delta"], temp["color"], temp["direction"], temp["border"]) == (
        "21.5",
        "-1.2",
        "green",
        "down",
        True,
    )
    assert (none["value"], none["delta"]) == ("—", None)
    assert (dec["value"], dec["delta"], dec["color"], dec["direction"]) == (
        "1.50",
        "+3 %",
        "green",
        "none",
    )


# ---------------------------------------------------------------- progress


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param(0, 0, id="int-0"),
        pytest.param(100, 100, id="int-100"),
        pytest.param(0.5, 50, id="float-half"),
        pytest.param(1.0, 100, id="float-1"),
        pytest.param(1.0000000001, 100, id="float-close-to-1"),
        pytest.param(True, 1, id="bool-is-int"),
    ],
)
def test_progress_values(value: Any, expected: int) -> None:
    assert progress_value(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        pytest.param(
            101,
            "The `value` parameter, set to 101, is outside the required range [0, 100].",
            id="int",
        ),
        pytest.param(
            -0.5,
            "The `value` parameter, set to -0.5, is outside the required range [0.0, 1.0].",
            id="float",
        ),
        pytest.param(
            "50",
            "Invalid `value` type. Expected one of: int, float. Provided type: str.",
            id="type",
        ),
    ],
)
def test_progress_errors(value: Any, message: str) -> None:
    with pytest.raises(StreamlitAPIException) as caught:
        progress_value(value)
    assert str(caught.value) == message


def test_progress_handle_updates_in_place_and_posts_before_each_sleep(make_app: Any) -> None:
    app = make_app(
        """
        import time
        import streamlit as st
        bar = st.progress(0, text="start")
        for step in (1, 2):
            time.sleep(0)
            bar.progress(step * 50, text=f"step {step}")
        st.write("done")
        """
    )
    assert shown(app) == [("progress", 100), ("markdown", "done")]
    batches = [
        [(d["path"], d["element"]["props"].get("text")) for d in m["deltas"]]
        for m in app.messages
        if m["type"] == "run:deltas"
    ]
    # The bar's first two states each went out on their own, before a sleep.
    assert batches[:2] == [[([0, 0], "start")], [([0, 0], "step 1")]]


# ---------------------------------------------------------------- spinner


def test_spinner_takes_no_slot_and_shows_before_the_block_runs(make_app: Any) -> None:
    app = make_app(
        """
        import streamlit as st
        st.write("before")
        with st.spinner("Working...", show_time=True):
            pass
        st.write("after")
        with st.spinner("Writing"):
            st.write("inside")
        st.write("end")
        """
    )
    assert shown(app) == [
        ("markdown", "before"),
        ("markdown", "after"),
        ("markdown", "inside"),
        ("markdown", "end"),
    ]
    posted = [d for m in app.messages if m["type"] == "run:deltas" for d in m["deltas"]]
    spinners = [d for d in posted if d.get("element", {}).get("kind") == "spinner"]
    assert [
        (d["path"], d["element"]["props"]["text"], d["element"]["props"]["show_time"])
        for d in spinners
    ] == [
        ([0, 1], "Working...", True),
        ([0, 2], "Writing", False),
    ]
    # The empty block left an invisible placeholder that "after" replaced.
    assert [d["element"]["kind"] for d in posted if d["path"] == [0, 1]] == [
        "spinner",
        "empty",
        "markdown",
    ]


def test_spinner_is_cleared_when_the_block_raises(make_app: Any) -> None:
    app = make_app(
        """
        import streamlit as st
        with st.spinner("Working..."):
            raise ValueError("boom")
        """
    )
    assert [n.kind for n in app.page.elements()] == ["exception"]


# ---------------------------------------------------------------- status, effects


def test_status_container_runs_through_its_states(make_app: Any) -> None:
    app = make_app(
        """
        import streamlit as st
        with st.status("Downloading", expanded=True) as s:
            st.write("step 1")
            s.write("step 2")
        with st.status("Quiet") as q:
            q.update(label="Renamed", state="error", expanded=True)
        try:
            with st.status("Failing"):
                raise RuntimeError("x")
        except RuntimeError:
            pass
        """
    )
    blocks = [n for n in app.page.walk() if n.kind == "status"]
    assert [(b.props["label"], b.props["state"], b.props["expanded"]) for b in blocks] == [
        # The status opened as asked stays open when its `with` ends (Streamlit 1.67).
        ("Downloading", "complete", True),
        ("Renamed", "error", True),
        ("Failing", "error", False),
    ]
    assert [c.props["body"] for c in blocks[0].children if c] == ["step 1", "step 2"]


def test_status_state_error(make_app: Any) -> None:
    app = make_app('import streamlit as st\nst.status("x", state="done")')
    assert errors_of(app) == [
        "StreamlitValueError: Invalid `state` value. Supported values: 'running', 'complete', 'error'."
    ]


def test_balloons_and_snow_get_a_new_effect_number_each_call(make_app: Any) -> None:
    app = make_app("import streamlit as st\nst.balloons()\nst.snow()")
    first = [n.props["effect"] for n in app.page.elements()]
    app.run()
    second = [n.props["effect"] for n in app.page.elements()]
    assert [n.kind for n in app.page.elements()] == ["balloons", "snow"]
    assert first[0] < first[1] < second[0] < second[1]


# ---------------------------------------------------------------- echo


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        pytest.param(
            """
            import streamlit as st
            with st.echo():
                x = 1 + 1
                st.write(f"x is {x}")
            """,
            [("code", 'x = 1 + 1\nst.write(f"x is {x}")'), ("markdown", "x is 2")],
            id="above",
        ),
        pytest.param(
            """
            import streamlit as st
            with st.echo(code_location="below"):
                st.write("first")
            """,
            [("markdown", "first"), ("code", 'st.write("first")')],
            id="below",
        ),
        pytest.param(
            """
            import streamlit as st
            def show():
                with st.echo():
                    @staticmethod
                    def f():
                        return 1
            show()
            """,
            [("code", "@staticmethod\ndef f():\n    return 1")],
            id="nested-with-decorator",
        ),
    ],
)
def test_echo_shows_the_blocks_code(
    make_app: Any, source: str, expected: list[tuple[str, Any]]
) -> None:
    app = make_app(source)
    assert errors_of(app) == []
    assert shown(app) == expected
