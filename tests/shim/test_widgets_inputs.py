"""Input and media widgets in CPython: date_input, time_input, color_picker,
file_uploader, download_button, link_button, chat_input, chat_message and image,
against Streamlit 1.67's behaviour.

The page sends Streamlit's wire values (ISO dates in a list, "HH:MM", hex strings, files
as ``{file_id, name, type, size, data}`` with base64 bytes); these tests send what the
page would and read what the app wrote (``st.write(f"value: {value!r}")``).
"""

from __future__ import annotations

import base64
import datetime as dt
from typing import Any

import pytest

from fragc import protocol

PREAMBLE = "import streamlit as st\nimport datetime as dt\nimport io\n"
TODAY = dt.date.today()


def run_one(make_app: Any, call: str, before: str = "") -> Any:
    """An app that draws one widget and writes its value as ``value: <repr>``."""
    return make_app(PREAMBLE + before + f"value = {call}\nst.write(f'value: {{value!r}}')\n")


def only_widget(app: Any) -> Any:
    widgets = [n for n in app.page.elements() if n.widget]
    assert len(widgets) == 1, widgets
    return widgets[0]


def value_text(app: Any) -> str:
    (text,) = [t for t in app.texts() if t.startswith("value: ")]
    return text.removeprefix("value: ")


def wire_file(
    name: str, data: bytes, file_id: str = "f1", type: str = "text/plain"
) -> dict[str, Any]:
    encoded = base64.b64encode(data).decode()
    return {"file_id": file_id, "name": name, "type": type, "size": len(data), "data": encoded}


# -- what the app gets before and after the user acts -------------------------------------

VALUES = [
    # date_input
    pytest.param(
        'st.date_input("D", dt.date(2024, 5, 17))',
        None,
        "datetime.date(2024, 5, 17)",
        id="date-default",
    ),
    pytest.param('st.date_input("D")', None, repr(TODAY), id="date-today"),
    pytest.param(
        'st.date_input("D", "2024-05-17")', None, "datetime.date(2024, 5, 17)", id="date-iso-string"
    ),
    pytest.param(
        'st.date_input("D", dt.datetime(2024, 5, 17, 9))',
        None,
        "datetime.date(2024, 5, 17)",
        id="date-from-datetime",
    ),
    pytest.param('st.date_input("D", None)', None, "None", id="date-none"),
    pytest.param(
        'st.date_input("D", None)',
        ["2024-01-02"],
        "datetime.date(2024, 1, 2)",
        id="date-none-picked",
    ),
    pytest.param(
        'st.date_input("D", dt.date(2024, 5, 17))',
        ["2024-06-01"],
        "datetime.date(2024, 6, 1)",
        id="date-picked",
    ),
    pytest.param(
        'st.date_input("D", (dt.date(2024, 1, 1), dt.date(2024, 1, 9)))',
        None,
        "(datetime.date(2024, 1, 1), datetime.date(2024, 1, 9))",
        id="range-tuple",
    ),
    pytest.param(
        'st.date_input("D", [dt.date(2024, 1, 1)])',
        None,
        "(datetime.date(2024, 1, 1),)",
        id="range-list-of-one",
    ),
    pytest.param('st.date_input("D", ())', None, "()", id="range-empty"),
    pytest.param(
        'st.date_input("D", (dt.date(2024, 1, 1), dt.date(2024, 1, 9)))',
        ["2024-02-01"],
        "(datetime.date(2024, 2, 1),)",
        id="range-partial-pick",
    ),
    pytest.param(
        'st.date_input("D", dt.date(2024, 5, 17), dt.date(2024, 1, 1), dt.date(2024, 12, 31))',
        ["2025-01-01"],
        "datetime.date(2024, 5, 17)",
        id="date-out-of-bounds-is-default",
    ),
    pytest.param(
        'st.date_input("D", dt.date(2024, 5, 17))',
        ["not a date"],
        "datetime.date(2024, 5, 17)",
        id="date-garbage-is-default",
    ),
    # time_input
    pytest.param(
        'st.time_input("T", dt.time(8, 45))', None, "datetime.time(8, 45)", id="time-default"
    ),
    pytest.param(
        'st.time_input("T", "08:45:30")',
        None,
        "datetime.time(8, 45)",
        id="time-minute-step-drops-seconds",
    ),
    pytest.param(
        'st.time_input("T", "08:45:30", step=30)',
        None,
        "datetime.time(8, 45, 30)",
        id="time-second-step",
    ),
    pytest.param(
        'st.time_input("T", dt.datetime(2024, 1, 1, 7, 5))',
        None,
        "datetime.time(7, 5)",
        id="time-from-datetime",
    ),
    pytest.param('st.time_input("T", None)', None, "None", id="time-none"),
    pytest.param(
        'st.time_input("T", None)', "13:15", "datetime.time(13, 15)", id="time-none-picked"
    ),
    pytest.param(
        'st.time_input("T", dt.time(8, 45))', "22:10", "datetime.time(22, 10)", id="time-picked"
    ),
    pytest.param(
        'st.time_input("T", dt.time(8, 45))',
        "bad",
        "datetime.time(8, 45)",
        id="time-garbage-is-default",
    ),
    # color_picker
    pytest.param('st.color_picker("C")', None, "'#000000'", id="color-default-black"),
    pytest.param('st.color_picker("C", "#0FA")', None, "'#0FA'", id="color-short-hex"),
    pytest.param('st.color_picker("C", "#00FFAA")', "#123456", "'#123456'", id="color-picked"),
    pytest.param('st.color_picker("C", "#00FFAA")', "abcdef", "'#abcdef'", id="color-without-hash"),
    pytest.param(
        'st.color_picker("C", "#00FFAA")', "nope", "'#00FFAA'", id="color-garbage-is-default"
    ),
    # file_uploader
    pytest.param('st.file_uploader("F")', None, "None", id="file-none"),
    pytest.param(
        'st.file_uploader("F", accept_multiple_files=True)', None, "[]", id="files-empty-list"
    ),
    pytest.param(
        'getattr(st.file_uploader("F"), "name", None)',
        [wire_file("a.txt", b"abc")],
        "'a.txt'",
        id="file-name",
    ),
    pytest.param(
        '[f.name for f in st.file_uploader("F", accept_multiple_files=True)]',
        [wire_file("a.txt", b"a", "1"), wire_file("b.txt", b"b", "2")],
        "['a.txt', 'b.txt']",
        id="files-list",
    ),
    pytest.param(
        'st.file_uploader("F", type="csv", accept_multiple_files="directory")',
        None,
        "[]",
        id="files-directory-is-list",
    ),
    pytest.param(
        'st.file_uploader("F")',
        [{"file_id": "x", "name": "broken"}],
        "None",
        id="file-without-bytes-dropped",
    ),
]


@pytest.mark.parametrize(("call", "page_value", "expected"), VALUES)
def test_widget_values(make_app: Any, call: str, page_value: Any, expected: str) -> None:
    app = run_one(make_app, call)
    assert app.exceptions() == []
    if page_value is not None:
        node = only_widget(app)
        app.set(node.props["label"], page_value)
    assert app.exceptions() == []
    assert value_text(app) == expected


def test_uploaded_file_is_a_bytes_io(make_app: Any) -> None:
    app = make_app(
        PREAMBLE
        + """
f = st.file_uploader("F")
if f is not None:
    first = f.read()
    st.write(f"{type(f).__name__} {isinstance(f, io.BytesIO)} {f.name} {f.type} {f.size} "
             f"{first!r} {f.read()!r} {f.getvalue()!r} {f.file_id}")
"""
    )
    app.set("F", [wire_file("notes.csv", b"a,b", "id-7", "text/csv")])
    assert app.texts() == ["UploadedFile True notes.csv text/csv 3 b'a,b' b'' b'a,b' id-7"]
    # Python tells the page names and ids only: the page holds the bytes already.
    assert only_widget(app).widget["value"] == [
        {"file_id": "id-7", "name": "notes.csv", "type": "text/csv", "size": 3}
    ]


# -- what the widget sends to the page -------------------------------------------------------

PROPS = [
    pytest.param(
        'st.date_input("D", dt.date(2024, 2, 29))',
        {
            "is_range": False,
            "min": "2014-02-28",
            "max": "2034-02-28",
            "format": "YYYY/MM/DD",
            "clearable": False,
        },
        ["2024-02-29"],
        id="date-bounds-ten-years",
    ),
    pytest.param(
        'st.date_input("D", None, format="DD.MM.YYYY")',
        {"clearable": True, "format": "DD.MM.YYYY"},
        [],
        id="date-none-clearable",
    ),
    pytest.param(
        'st.date_input("D", (dt.date(2024, 1, 1), dt.date(2024, 1, 9)), on_change="ignore")',
        {"is_range": True, "ignore_rerun": True},
        ["2024-01-01", "2024-01-09"],
        id="date-range-ignore",
    ),
    pytest.param(
        'st.time_input("T", dt.time(8, 45), step=dt.timedelta(minutes=5), format="12h")',
        {"step": 300, "format": "12h", "clearable": False},
        "08:45",
        id="time-step-timedelta",
    ),
    pytest.param(
        'st.time_input("T", dt.time(8, 45, 10), step=10)',
        {"step": 10},
        "08:45:10",
        id="time-seconds-on-the-wire",
    ),
    pytest.param(
        'st.color_picker("C", "#00FFAA", disabled=True, label_visibility="hidden", help="pick")',
        {"disabled": True, "label_visibility": "hidden", "help": "pick"},
        "#00FFAA",
        id="color-common-props",
    ),
    pytest.param(
        'st.file_uploader("F", type=["jpg", "CSV", "image"], accept_multiple_files=True, max_upload_size=5)',
        {"type": ["image/*", ".jpg", ".csv", ".jpeg"], "multiple": True, "max_upload_size_mb": 5},
        [],
        id="file-types-normalised",
    ),
    pytest.param(
        'st.download_button("Get", "hi", file_name="h.txt")',
        {
            "data": base64.b64encode(b"hi").decode(),
            "mime": "text/plain",
            "file_name": "h.txt",
            "ignore_rerun": False,
        },
        False,
        id="download-str",
    ),
    pytest.param(
        'st.download_button("Get", b"\\x00\\x01")',
        {"mime": "application/octet-stream", "file_name": "streamlit_download.bin"},
        False,
        id="download-bytes-default-name",
    ),
    pytest.param(
        'st.download_button("Get", io.StringIO("a,b"), mime="text/csv", on_click="ignore")',
        {
            "data": base64.b64encode(b"a,b").decode(),
            "file_name": "streamlit_download.csv",
            "ignore_rerun": True,
        },
        False,
        id="download-stringio-ignore",
    ),
    pytest.param(
        'st.download_button("Get", lambda: b"later", file_name="l.bin", type="primary", icon="🔥")',
        {"data": base64.b64encode(b"later").decode(), "type": "primary", "icon": "🔥"},
        False,
        id="download-callable",
    ),
    pytest.param(
        'st.link_button("Go", "https://example.com", on_click="rerun", type="tertiary")',
        {"url": "https://example.com", "type": "tertiary", "ignore_rerun": False},
        False,
        id="link-rerun",
    ),
]


@pytest.mark.parametrize(("call", "props", "wire_value"), PROPS)
def test_props_and_wire_value(
    make_app: Any, call: str, props: dict[str, Any], wire_value: Any
) -> None:
    app = run_one(make_app, call)
    assert app.exceptions() == []
    node = only_widget(app)
    assert {name: node.props.get(name) for name in props} == props
    assert node.widget["value"] == wire_value


# -- errors, with Streamlit 1.67's texts ----------------------------------------------------

ERRORS = [
    pytest.param(
        'st.date_input("D", format="YYYY")',
        "StreamlitValueError: Invalid `format` value. Supported values: 'YYYY/MM/DD', 'DD/MM/YYYY', "
        "'MM/DD/YYYY', 'YYYY.MM.DD', 'DD.MM.YYYY', 'MM.DD.YYYY', 'YYYY-MM-DD', 'DD-MM-YYYY', "
        "'MM-DD-YYYY'. Provided value: 'YYYY'.",
        id="date-format",
    ),
    pytest.param(
        'st.date_input("D", dt.date(2024, 1, 1), dt.date(2024, 2, 1), dt.date(2024, 3, 1))',
        "StreamlitValueBelowMinError: The `value` 2024-01-01 is less than the `min_value` 2024-02-01.",
        id="date-below-min",
    ),
    pytest.param(
        'st.date_input("D", None, dt.date(2024, 3, 1), dt.date(2024, 2, 1))',
        "StreamlitInvalidMinMaxError: The `min_value`, set to 2024-03-01, cannot be greater than the "
        "`max_value`, set to 2024-02-01.",
        id="date-min-above-max",
    ),
    pytest.param(
        'st.date_input("D", [dt.date(2024, 1, 1)] * 3)',
        "StreamlitInvalidParameterTypeError: Invalid `value` type. Expected one of: date, datetime, "
        "sequence of 0 to 2 date or datetime values. Provided type: list.",
        id="date-three-values",
    ),
    pytest.param(
        'st.date_input("D", 5)',
        "StreamlitInvalidParameterTypeError: Invalid `value` type. Expected one of: date, datetime, "
        'ISO string, "today". Provided type: int.',
        id="date-bad-type",
    ),
    pytest.param(
        'st.date_input("D", on_change="later")',
        "StreamlitValueError: Invalid `on_change` value. Supported values: 'rerun', 'ignore', "
        "a callback function.",
        id="date-bad-on-change",
    ),
    pytest.param(
        'st.time_input("T", step=0)',
        "StreamlitValueOutOfRangeError: The `step` parameter, set to 0 seconds, is outside the required "
        "range [1 second, 23 hours].",
        id="time-step-zero",
    ),
    pytest.param(
        'st.time_input("T", step=True)',
        "StreamlitInvalidParameterTypeError: Invalid `step` type. Expected one of: int, timedelta. "
        "Provided type: bool.",
        id="time-step-bool",
    ),
    pytest.param(
        'st.time_input("T", format="am")',
        "StreamlitValueError: Invalid `format` value. Supported values: '12h', '24h', 'localized'.",
        id="time-format",
    ),
    pytest.param(
        'st.time_input("T", 3)',
        "StreamlitInvalidParameterTypeError: Invalid `value` type. Expected one of: datetime, time, "
        "ISO string. Provided type: int.",
        id="time-bad-type",
    ),
    pytest.param(
        'st.color_picker("C", "red")',
        "StreamlitAPIException: 'red' is not a valid hex code for colors. Valid ones are like "
        "'#00FFAA' or '#000'.",
        id="color-not-hex",
    ),
    pytest.param(
        'st.color_picker("C", 0xFF0000)',
        "StreamlitInvalidParameterTypeError: Invalid `value` type. Expected one of: str. Provided type: "
        "int. Pass a hex string like `'#00FFAA'` or `'#000'`.",
        id="color-not-str",
    ),
    pytest.param(
        'st.file_uploader("F", max_upload_size=0)',
        "StreamlitValueError: Invalid `max_upload_size` value. Supported values: a positive integer. "
        "Set it to None to fall back to the `server.maxUploadSize` configuration option.",
        id="file-max-size",
    ),
    pytest.param(
        'st.download_button("Get", 42)',
        "StreamlitAPIException: Invalid binary data format: <class 'int'>",
        id="download-bad-data",
    ),
    pytest.param(
        'st.download_button("Get", "x", type="big")',
        "StreamlitValueError: Invalid `type` value. Supported values: 'primary', 'secondary', "
        "'tertiary'.",
        id="download-bad-type",
    ),
    pytest.param(
        'st.link_button("Go", "https://x.y", icon_position="top")',
        "StreamlitValueError: Invalid `icon_position` value. Supported values: 'left', 'right'.",
        id="link-bad-icon-position",
    ),
    pytest.param(
        'st.chat_input(on_submit="rerun")',
        'StreamlitAPIException: `on_submit="rerun"` is not supported on this widget. Pass a callback, '
        "or omit `on_submit`.",
        id="chat-on-submit-mode",
    ),
    pytest.param(
        'st.chat_input(submit_mode="later")',
        "StreamlitValueError: Invalid `submit_mode` value. Supported values: 'submit', 'disable', "
        "'stop'.",
        id="chat-submit-mode",
    ),
    pytest.param(
        'st.chat_input(accept_file="yes")',
        "StreamlitValueError: Invalid `accept_file` value. Supported values: True, False, 'multiple', "
        "'directory'. Got 'yes'.",
        id="chat-accept-file",
    ),
    pytest.param(
        "st.chat_message(None)",
        "StreamlitMissingRequiredParameterError: The `name` parameter is required.",
        id="chat-message-name",
    ),
    pytest.param(
        'st.image(["a.png", "b.png"], caption=["one"])',
        "StreamlitAPIException: Cannot pair 1 captions with 2 images.",
        id="image-captions",
    ),
    pytest.param(
        'st.image("missing.png")',
        "MediaFileStorageError: Error opening 'missing.png'",
        id="image-missing-file",
    ),
    pytest.param(
        'st.image(b"x", link="https://x.y", alt=["a", "b"])',
        "StreamlitAPIException: Cannot pair 2 alt values with 1 images.",
        id="image-alts",
    ),
]


@pytest.mark.parametrize(("call", "error"), ERRORS)
def test_errors(make_app: Any, call: str, error: str) -> None:
    app = run_one(make_app, call)
    assert app.exceptions() == [error]


@pytest.mark.parametrize(
    ("source", "error"),
    [
        pytest.param(
            'with st.form("f"):\n    st.download_button("Get", "x")\n    st.form_submit_button()\n',
            "StreamlitInvalidLayoutContextError: `st.download_button()` can't be used in an `st.form()`.\n\n"
            "For more information, refer to the\n[documentation for forms]"
            "(https://docs.streamlit.io/develop/api-reference/execution-flow/st.form).\n",
            id="download-in-form",
        ),
        pytest.param(
            'with st.form("f"):\n    st.chat_input()\n    st.form_submit_button()\n',
            "StreamlitInvalidLayoutContextError: `st.chat_input()` can't be used in a `st.form()`.",
            id="chat-input-in-form",
        ),
        pytest.param(
            'st.session_state.up = 1\nst.file_uploader("F", key="up")\n',
            "StreamlitValueAssignmentNotAllowedError: Values for the widget with `key` 'up' cannot be set "
            "using `st.session_state`.",
            id="file-uploader-state-write",
        ),
    ],
)
def test_context_errors(make_app: Any, source: str, error: str) -> None:
    app = make_app(PREAMBLE + source)
    assert app.exceptions() == [error]


def test_upload_with_a_refused_extension_is_an_error_at_the_widget(make_app: Any) -> None:
    app = run_one(make_app, 'st.file_uploader("F", type=["csv"])')
    app.set("F", [wire_file("evil.exe", b"MZ")])
    assert app.exceptions() == [
        "StreamlitAPIException: Invalid file extension: `.exe`. Allowed: ['.csv']"
    ]


# -- session state, callbacks, triggers --------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "call", "expected"),
    [
        pytest.param(
            "st.session_state.d = dt.date(2023, 3, 3)\n",
            'st.date_input("D", key="d")',
            "datetime.date(2023, 3, 3)",
            id="date-from-state",
        ),
        pytest.param(
            "st.session_state.d = (dt.date(2023, 3, 3), dt.date(2023, 3, 5))\n",
            'st.date_input("D", key="d")',
            "(datetime.date(2023, 3, 3), datetime.date(2023, 3, 5))",
            id="date-range-mode-from-state",
        ),
        pytest.param(
            "st.session_state.t = None\n",
            'st.time_input("T", dt.time(9, 0), key="t")',
            "None",
            id="time-none-from-state",
        ),
        pytest.param(
            'st.session_state.c = "#abcdef"\n',
            'st.color_picker("C", key="c")',
            "'#abcdef'",
            id="color-from-state",
        ),
    ],
)
def test_values_set_through_session_state(
    make_app: Any, before: str, call: str, expected: str
) -> None:
    app = run_one(make_app, call, before)
    assert app.exceptions() == []
    assert value_text(app) == expected
    node = only_widget(app)
    assert node.widget.get("set_value") is True  # the page adopts Python's value


def test_keyed_date_input_goes_back_to_its_default_when_new_bounds_exclude_its_value(
    make_app: Any,
) -> None:
    app = make_app(
        PREAMBLE
        + """
high = st.session_state.get("high", dt.date(2024, 12, 31))
d = st.date_input("D", dt.date(2024, 2, 1), max_value=high, key="d")
st.write(f"value: {d!r} state: {st.session_state.d!r}")
st.button("Lower the ceiling", on_click=lambda: st.session_state.update(high=dt.date(2024, 6, 30)))
"""
    )
    app.set("D", ["2024-11-11"])
    assert app.texts() == ["value: datetime.date(2024, 11, 11) state: datetime.date(2024, 11, 11)"]
    app.click("Lower the ceiling")
    # A keyed widget keeps its id when the bounds change (1.67), so its value is checked.
    assert app.texts() == ["value: datetime.date(2024, 2, 1) state: datetime.date(2024, 2, 1)"]
    node = app.widget("D")
    assert node.widget["set_value"] is True
    assert node.widget["value"] == ["2024-02-01"]


def test_on_change_gets_args_and_kwargs_and_sees_the_new_value(make_app: Any) -> None:
    app = make_app(
        PREAMBLE
        + """
def changed(name, *, mark):
    st.session_state.log = f"{name}{mark} {st.session_state.c}"

st.color_picker("C", "#000000", key="c", on_change=changed, args=("colour",), kwargs={"mark": "!"})
st.write(st.session_state.get("log", "-"))
"""
    )
    assert app.texts() == ["-"]
    app.set("C", "#ff0000")
    assert app.texts() == ["colour! #ff0000"]


def test_download_button_is_true_for_one_run_and_calls_on_click(make_app: Any) -> None:
    app = make_app(
        PREAMBLE
        + """
if "n" not in st.session_state:
    st.session_state.n = 0
def clicked(step):
    st.session_state.n += step
got = st.download_button("Get", "data", on_click=clicked, args=(2,))
st.write(f"value: {got!r} n: {st.session_state.n}")
"""
    )
    node = app.widget("Get")
    app.request([], triggers={node.widget["id"]: True})
    assert app.texts() == ["value: True n: 2"]
    app.run()
    assert app.texts() == ["value: False n: 2"]


def test_link_button_is_an_element_unless_it_reruns(make_app: Any) -> None:
    app = make_app(
        PREAMBLE
        + """
handle = st.link_button("Docs", "https://docs.streamlit.io")
st.write(f"ignore returns: {type(handle).__name__}")
clicked = st.link_button("Go", "about:blank", on_click="rerun")
st.write(f"value: {clicked!r}")
"""
    )
    assert app.texts() == ["ignore returns: DeltaGenerator", "value: False"]
    docs, go = app.page.elements("link_button")
    assert docs.widget is None
    assert docs.props["ignore_rerun"] is True
    app.request([], triggers={go.widget["id"]: True})
    assert app.texts()[1] == "value: True"


# -- chat -------------------------------------------------------------------------------------------

CHAT_PLACES = [
    pytest.param(
        'st.chat_input("Say")', protocol.ROOT_BOTTOM, "bottom", id="top-level-pinned-to-bottom"
    ),
    pytest.param(
        'st.container().chat_input("Say")', protocol.ROOT_MAIN, "inline", id="in-a-container"
    ),
    pytest.param(
        'st.sidebar.chat_input("Say")', protocol.ROOT_SIDEBAR, "inline", id="in-the-sidebar"
    ),
    pytest.param(
        'st.fragment(lambda: st.chat_input("Say"))()',
        protocol.ROOT_MAIN,
        "inline",
        id="in-a-fragment",
    ),
]


@pytest.mark.parametrize(("call", "root", "position"), CHAT_PLACES)
def test_chat_input_place(make_app: Any, call: str, root: int, position: str) -> None:
    app = run_one(make_app, call)
    assert app.exceptions() == []
    (node,) = app.page.elements("chat_input", root=root)
    assert node.props["position"] == position
    assert node.props["placeholder"] == "Say"


def test_chat_input_text_holds_for_one_run_and_calls_on_submit(make_app: Any) -> None:
    app = make_app(
        PREAMBLE
        + """
if "n" not in st.session_state:
    st.session_state.n = 0
def sent(tag):
    st.session_state.n += 1
    st.session_state.seen = f"{tag}:{st.session_state.msg}"
msg = st.chat_input("Say", key="msg", on_submit=sent, args=("cb",), max_chars=5)
st.write(f"value: {msg!r} n: {st.session_state.n} seen: {st.session_state.get('seen')}")
"""
    )
    (node,) = app.page.elements("chat_input")
    app.request([], triggers={node.widget["id"]: "hello world"})
    assert app.texts() == ["value: 'hello' n: 1 seen: cb:hello"]  # max_chars cuts it
    app.run()
    assert app.texts() == ["value: None n: 1 seen: cb:hello"]


def test_chat_input_text_from_session_state_fills_the_field(make_app: Any) -> None:
    app = make_app(
        PREAMBLE
        + """
st.button("Suggest", on_click=lambda: st.session_state.update(msg="Hi?"))
msg = st.chat_input("Say", key="msg")
st.write(f"value: {msg!r} state: {st.session_state.msg!r}")
"""
    )
    (node,) = app.page.elements("chat_input")
    assert node.props["set_text"] is None
    app.click("Suggest")
    (node,) = app.page.elements("chat_input")
    assert node.props["set_text"] == "Hi?"
    assert app.texts() == ["value: None state: None"]  # put in the field, not submitted


def test_chat_input_with_files_returns_a_chat_input_value(make_app: Any) -> None:
    app = make_app(
        PREAMBLE
        + """
v = st.chat_input("Say", accept_file=True, file_type="txt")
if v:
    st.write(f"{v.text} {[f.name for f in v.files]} {v['files'][0].getvalue()!r} {sorted(v)}")
"""
    )
    (node,) = app.page.elements("chat_input")
    assert node.props["accept_file"] is True
    assert node.props["file_type"] == [".txt"]
    app.request(
        [], triggers={node.widget["id"]: {"text": "see", "files": [wire_file("n.txt", b"hey")]}}
    )
    assert app.texts() == ["see ['n.txt'] b'hey' ['files', 'text']"]


@pytest.mark.parametrize(
    ("call", "props"),
    [
        pytest.param(
            'st.chat_message("user")', {"avatar_type": "icon", "avatar": "user"}, id="user"
        ),
        pytest.param(
            'st.chat_message("human")',
            {"avatar_type": "icon", "avatar": "user"},
            id="human-is-user",
        ),
        pytest.param(
            'st.chat_message("AI")',
            {"avatar_type": "icon", "avatar": "assistant"},
            id="ai-is-assistant",
        ),
        pytest.param(
            'st.chat_message("🦜")', {"avatar_type": "emoji", "avatar": "🦜"}, id="emoji-name"
        ),
        pytest.param(
            'st.chat_message("Bob", avatar="🐙")',
            {"avatar_type": "emoji", "avatar": "🐙"},
            id="emoji-avatar",
        ),
        pytest.param(
            'st.chat_message("Bob")', {"avatar_type": "icon", "avatar": ""}, id="no-avatar"
        ),
        pytest.param(
            'st.chat_message("Bob", avatar=":material/face:")',
            {"avatar_type": "icon", "avatar": ":material/face:"},
            id="material",
        ),
        pytest.param(
            'st.chat_message("Bob", avatar="https://x.y/a.png")',
            {"avatar_type": "image", "avatar": "https://x.y/a.png"},
            id="image-url",
        ),
    ],
)
def test_chat_message_avatars(make_app: Any, call: str, props: dict[str, Any]) -> None:
    app = make_app(PREAMBLE + f"with {call}:\n    st.write('inside')\n{call}.write('direct')\n")
    assert app.exceptions() == []
    blocks = [n for n in app.page.walk() if n.kind == "chat_message"]
    assert len(blocks) == 2
    for block in blocks:
        assert {name: block.props[name] for name in props} == props
    assert [[c.props["body"] for c in b.children] for b in blocks] == [["inside"], ["direct"]]


# -- images -----------------------------------------------------------------------------------------

PNG = bytes.fromhex("89504e470d0a1a0a") + b"rest"


@pytest.mark.parametrize(
    ("call", "src_prefix"),
    [
        pytest.param(f"st.image({PNG!r})", "data:image/png;base64,", id="png-bytes"),
        pytest.param(
            'st.image(b"\\xff\\xd8\\xff\\xe0jpeg")', "data:image/jpeg;base64,", id="jpeg-bytes"
        ),
        pytest.param(f"st.image(io.BytesIO({PNG!r}))", "data:image/png;base64,", id="bytes-io"),
        pytest.param(
            'st.image("https://example.com/a.png")', "https://example.com/a.png", id="url-as-is"
        ),
        pytest.param(
            'st.image("<svg width=\\"2\\"><circle r=\\"1\\"/></svg>")',
            "data:image/svg+xml;base64,",
            id="svg-text",
        ),
    ],
)
def test_image_sources(make_app: Any, call: str, src_prefix: str) -> None:
    app = make_app(PREAMBLE + call + "\n")
    assert app.exceptions() == []
    (node,) = app.page.elements("image")
    (image,) = node.props["images"]
    assert image["src"].startswith(src_prefix)


def test_image_from_a_file_beside_the_app(make_app: Any, tmp_path: Any, monkeypatch: Any) -> None:
    (tmp_path / "dot.png").write_bytes(PNG)
    monkeypatch.chdir(tmp_path)
    app = make_app(PREAMBLE + 'st.image("dot.png", caption="Dot", width=30, alt="A dot")\n')
    (node,) = app.page.elements("image")
    (image,) = node.props["images"]
    assert image["src"] == "data:image/png;base64," + base64.b64encode(PNG).decode()
    assert (image["caption"], node.props["width"], image["alt"]) == ("Dot", 30, "A dot")


def test_several_images_with_captions(make_app: Any) -> None:
    app = make_app(
        PREAMBLE + f'st.image([{PNG!r}, {PNG!r}], caption=["a", "b"], width="stretch")\n'
    )
    (node,) = app.page.elements("image")
    assert [i["caption"] for i in node.props["images"]] == ["a", "b"]
    assert node.props["stretch"] is True
