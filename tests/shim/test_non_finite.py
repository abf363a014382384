"""Non-finite numbers between Python and the page (issue 17, point 1).

Two tables: what the API does with NaN and infinities (Streamlit 1.67's error where it
raises one, measured with ``streamlit.testing`` on 1.67.0), and the protocol round trip of
every element kind with NaN, ``inf`` and ``-inf`` in each of its numeric (or empty)
fields, through ``shim/wire.py`` and the page's own reader (``runtime_js/src/wire.js``,
``protocol.js``, ``page_model.js``, run under Node): every message is read whole, with the
same numbers, and applies to the page's tree.
"""

from __future__ import annotations

import json
import math
import shutil
import subprocess
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fragc.protocol import elements
from fragc.shim import wire
from tests.conftest import REPO
from tests.shim.harness import AppHarness

BOUNDS = "StreamlitJSNumberBoundsError"

# (call, what Streamlit 1.67 shows: None = the element, else the exception's text)
API_CASES = [
    ('st.number_input("n", value=nan)', None),
    ('st.number_input("n", value=1.0, min_value=nan)', None),
    (
        'st.number_input("n", value=1.0, max_value=inf)',
        f"{BOUNDS}: `max_value` (inf) must be <= 1.797e+308",
    ),
    (
        'st.number_input("n", value=1.0, min_value=-inf)',
        f"{BOUNDS}: `min_value` (-inf) must be >= -1.797e+308",
    ),
    ('st.number_input("n", value=1.0, step=inf)', f"{BOUNDS}: `step` (inf) must be <= 1.797e+308"),
    ('st.number_input("n", value=inf)', f"{BOUNDS}: `value` (inf) must be <= 1.797e+308"),
    (
        'st.number_input("n", value=2**60)',
        f"{BOUNDS}: `value` (1152921504606846976) must be <= (1 << 53) - 1",
    ),
    ('st.slider("s", 0.0, inf, 0.5)', f"{BOUNDS}: `max_value` (inf) must be <= 1.797e+308"),
    ('st.slider("s", -inf, 1.0, 0.5)', f"{BOUNDS}: `min_value` (-inf) must be >= -1.797e+308"),
    ('st.slider("s", 0.0, 1.0, nan)', None),
    ('st.slider("s", nan, 1.0, 0.5)', None),
    ('st.slider("s", 0.0, 1.0, 0.5, step=nan)', None),
    ('st.slider("s", 0.0, 1.0, 0.5, step=inf)', None),
    ('st.select_slider("s", [1.0, nan, inf])', None),
    ("st.write(nan)", None),
    ("st.write(-inf)", None),
    ('st.metric("m", nan, inf)', None),
    ('st.metric("m", 1, chart_data=[1, nan, inf, 2])', None),
    ('st.json({"a": nan, "b": inf})', None),
    ('st.table({"a": [1.0, nan, inf, -inf]})', None),
    ('st.dataframe({"a": [1.0, nan, inf, -inf]})', None),
    ('st.line_chart({"a": [1.0, nan, inf, 2.0]})', None),
    ('st.radio("r", [nan, inf])', None),
    ("st.columns([1, inf])", None),
    (
        "st.progress(nan)",
        "StreamlitValueOutOfRangeError: The `value` parameter, set to nan, is outside the "
        "required range [0.0, 1.0].",
    ),
    (
        "st.container(height=nan)",
        "StreamlitInvalidHeightError: Invalid height value: nan. Height must be either a "
        "positive integer (pixels), 'stretch', or 'content'.",
    ),
]


@pytest.mark.parametrize(("call", "error"), API_CASES)
def test_non_finite_arguments_do_what_streamlit_does(
    tmp_path: Path, call: str, error: str | None
) -> None:
    source = f'import streamlit as st\nnan, inf = float("nan"), float("inf")\n{call}\nst.write("after")\n'
    app = AppHarness(tmp_path, source).run()
    try:
        if error is None:
            assert app.exceptions() == []
            assert app.texts()[-1] == "after"
        else:
            assert app.exceptions() == [error]
            assert "after" not in app.texts()
    finally:
        app.close()


# -- every element kind, through the wire ----------------------------------------------

# One call per element kind (protocol.elements.Element); a kind added there must be added here.
EVERY_KIND = {
    "markdown": 'st.markdown("m")',
    "heading": 'st.title("t")',
    "text": 'st.text("t")',
    "code": 'st.code("c")',
    "json": 'st.json({"a": 1.5})',
    "html": 'st.html("<p>h</p>")',
    "metric": 'st.metric("m", 1.5, 2.5, chart_data=[1.0, 2.0])',
    "badge": 'st.badge("b")',
    "divider": "st.divider()",
    "alert": 'st.info("i")',
    "exception": 'st.exception(ValueError("e"))',
    "toast": 'st.toast("t", duration=3)',
    "progress": "st.progress(0.5)",
    "spinner": "_spin()",
    "balloons": "st.balloons()",
    "snow": "st.snow()",
    "empty": "st.empty()",
    "image": "st.image(PIXEL, width=10)",
    "table": 'st.table({"a": [1.5, 2.5]})',
    "dataframe": 'st.dataframe({"a": [1.5, 2.5]}, height=200)',
    "vega_lite_chart": 'st.line_chart({"a": [1.5, 2.5]})',
    "plotly_chart": 'st.plotly_chart({"data": [{"y": [1.5, 2.5]}]}, height=300)',
    "echarts_chart": 'st.echarts_chart({"series": [{"type": "line", "data": [1.5, 2.5]}]})',
    "graphviz_chart": 'st.graphviz_chart("digraph { a -> b }")',
    "deck_gl_json_chart": 'st.map({"lat": [1.5, 2.5], "lon": [3.5, 4.5]}, zoom=2)',
    "data_grid": 'st.data_editor({"a": [1.5, 2.5]}, row_height=40)',
    "button": 'st.button("b")',
    "download_button": 'st.download_button("d", b"x")',
    "link_button": 'st.link_button("l", "https://example.com")',
    "page_link": 'st.page_link("https://example.com", label="p")',
    "form_submit_button": "_form()",
    "checkbox": 'st.checkbox("c")',
    "radio": 'st.radio("r", [1.5, 2.5])',
    "selectbox": 'st.selectbox("s", [1.5, 2.5])',
    "multiselect": 'st.multiselect("m", [1.5, 2.5], default=[1.5])',
    "slider": 'st.slider("s", 0.0, 1.0, 0.5, 0.1)',
    "select_slider": 'st.select_slider("ss", [1.5, 2.5])',
    "text_input": 'st.text_input("t", max_chars=5)',
    "text_area": 'st.text_area("ta", height=100)',
    "number_input": 'st.number_input("n", 0.0, 10.0, 1.5, 0.5)',
    "date_input": 'st.date_input("d", datetime.date(2024, 1, 2))',
    "time_input": 'st.time_input("ti", datetime.time(1, 2), step=60)',
    "color_picker": 'st.color_picker("c")',
    "file_uploader": 'st.file_uploader("f", max_upload_size=5)',
    "button_group": 'st.pills("p", [1.5, 2.5])',
    "chat_input": 'st.chat_input("say")',
    "audio": 'st.audio(b"RIFF", start_time=1.5)',
    "video": 'st.video(b"x", start_time=1.5)',
    "pdf": 'st.pdf(b"%PDF-1.4", height=300)',
    "iframe": 'st.iframe("https://example.com", height=200)',
    "custom_component": "_component(default=1.5)",
    "help": "st.help(1.5)",
    "space": "st.space(16)",
    "skeleton": "st.skeleton(height=100)",
    "camera_input": 'st.camera_input("cam")',
    "audio_input": 'st.audio_input("mic")',
    "datetime_input": 'st.datetime_input("dt", datetime.datetime(2024, 1, 2, 3, 4))',
    "menu_button": 'st.menu_button("m", [1.5, 2.5])',
    "pagination": "st.pagination(5)",
}

EVERY_KIND_APP = """
import base64
import datetime
import time
from pathlib import Path

import streamlit as st
import streamlit.components.v1 as components

PIXEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def _spin():
    with st.spinner("s"):
        time.sleep(0)


_component = components.declare_component("c", path=Path(__file__).parent / "front")


def _form():
    with st.form("f"):
        st.form_submit_button("go")


"""


def _element_kinds() -> set[str]:
    return {
        typing.get_args(typing.get_type_hints(member)["kind"])[0]
        for member in typing.get_args(elements.Element)
    }


@pytest.fixture(scope="module")
def every_kind_deltas(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The first delta the shim posts for each element kind."""
    source = EVERY_KIND_APP + "\n".join(EVERY_KIND.values()) + "\n"
    folder = tmp_path_factory.mktemp("kinds")
    (folder / "front").mkdir()
    (folder / "front" / "index.html").write_text("<p>component</p>")  # declare_component's folder
    app = AppHarness(folder, source).run()
    try:
        assert app.exceptions() == ["ValueError: e"]  # st.exception's own
        found: dict[str, Any] = {}
        for message in app.messages:
            for delta in message.get("deltas", []) if message["type"] == "run:deltas" else []:
                kind = (delta.get("element") or {}).get("kind")
                if kind is not None:
                    found.setdefault(kind, delta)
        yield found
    finally:
        app.close()


def test_the_table_holds_every_element_kind(every_kind_deltas: dict[str, Any]) -> None:
    assert set(EVERY_KIND) == _element_kinds()
    assert set(every_kind_deltas) >= _element_kinds() - {"spinner"} - {"toast"}


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Paths of every number (not bool) and every None in a JSON value."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _leaves(item, (*path, index))
    elif value is None or (isinstance(value, (int, float)) and not isinstance(value, bool)):
        yield path


def _replaced(value: Any, path: tuple[Any, ...], new: float) -> Any:
    if not path:
        return new
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[path[0]] = _replaced(value[path[0]], path[1:], new)
    return copy


def _non_finite_messages(deltas: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """One run:deltas per (kind, numeric field, non-finite value): the delta, then a marker."""
    marker = {
        "path": [0, 1],
        "fragment_id": None,
        "element": {"kind": "markdown", "props": {"body": "after"}},
    }
    messages = []
    for kind, delta in sorted(deltas.items()):
        element = {**delta["element"], "widget": delta["element"].get("widget")}
        for path in _leaves({"props": element["props"], "widget": element["widget"]}):
            if path[:1] == ("widget",) and path[1:2] == ("id",):
                continue
            for new in (math.nan, math.inf, -math.inf):
                changed = _replaced(element, path, new)
                if changed.get("widget") is None:
                    changed.pop("widget")
                mutated = {"path": [0, 0], "fragment_id": None, "element": changed}
                name = f"{kind}.{'.'.join(map(str, path))}={new}"
                messages.append(
                    (name, {"type": "run:deltas", "run_id": "r", "deltas": [mutated, marker]})
                )
    return messages


# Read each message as the page does, apply it to a fresh page model, and send back what
# the page holds (in the page's own encoding, stringifyForPython).
PAGE_READER = """
import { parseMessage } from "%(src)s/protocol.js";
import { stringifyForPython } from "%(src)s/wire.js";
import { AppTree } from "%(src)s/tree.js";
import { WidgetStore } from "%(src)s/widget_store.js";
import { applyDelta } from "%(src)s/page_model.js";
let input = "";
for await (const chunk of process.stdin) input += chunk;
const results = JSON.parse(input).map((text) => {
  const parsed = parseMessage(text);
  if (!parsed.ok) return { error: parsed.error };
  const tree = new AppTree();
  tree.startRun("r", []);
  const errors = parsed.message.deltas.map((delta) => applyDelta(tree, new WidgetStore(), delta)).filter(Boolean);
  return { back: stringifyForPython(parsed.message), errors };
});
process.stdout.write(JSON.stringify(results));
"""


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _same(a: Any, b: Any) -> bool:
    """Equal as the page holds them: NaN is NaN, and 2.0 is 2 (JavaScript has one number type)."""
    if _number(a) and _number(b):
        return (math.isnan(a) and math.isnan(b)) if math.isnan(a) or math.isnan(b) else a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(map(_same, a, b))
    return type(a) is type(b) and a == b


@pytest.mark.skipif(shutil.which("node") is None, reason="the page's reader runs under Node")
def test_every_element_kind_with_non_finite_numbers_reaches_the_page_whole(
    every_kind_deltas: dict[str, Any], tmp_path: Path
) -> None:
    messages = _non_finite_messages(every_kind_deltas)
    assert len(messages) > 200
    texts = [wire.encode(message) for _, message in messages]
    script = tmp_path / "read.mjs"
    script.write_text(PAGE_READER % {"src": (REPO / "runtime_js" / "src").as_posix()})
    done = subprocess.run(
        ["node", str(script)], input=json.dumps(texts), capture_output=True, text=True, check=True
    )
    problems = []
    for (name, message), result in zip(messages, json.loads(done.stdout), strict=True):
        if "error" in result:
            problems.append(f"{name}: the page could not read it: {result['error']}")
        elif result["errors"]:
            problems.append(f"{name}: the page model refused it: {result['errors']}")
        elif not _same(json.loads(result["back"]), json.loads(json.dumps(message))):
            problems.append(f"{name}: the page holds other values")
    assert problems == []


def test_a_delta_json_cannot_carry_becomes_an_error_in_its_slot() -> None:
    bad = {
        "path": [0, 0],
        "fragment_id": None,
        "element": {"kind": "json", "props": {"body": {(1, 2): 3}}},
    }
    loop: list[Any] = []
    loop.append(loop)
    cyclic = {
        "path": [0, 1],
        "fragment_id": "f",
        "element": {"kind": "table", "props": {"rows": loop}},
    }
    good = {
        "path": [0, 2],
        "fragment_id": None,
        "element": {"kind": "markdown", "props": {"body": "after"}},
    }
    block = {
        "path": [0, 3],
        "fragment_id": None,
        "block": {"kind": "expander", "props": {"label": {(1,): 1}}},
    }
    text = wire.encode({"type": "run:deltas", "run_id": "r", "deltas": [bad, cyclic, good, block]})
    deltas = json.loads(text)["deltas"]
    assert [d["path"] for d in deltas] == [[0, 0], [0, 1], [0, 2], [0, 3]]
    assert deltas[0]["element"]["kind"] == "alert"
    assert deltas[0]["element"]["props"]["body"].startswith(
        "fragc could not send this `json` element to the page: TypeError: keys must be"
    )
    assert deltas[1]["fragment_id"] == "f"
    assert "`table` element" in deltas[1]["element"]["props"]["body"]
    assert deltas[2] == good
    assert deltas[3]["block"] == {"kind": "expander", "props": {}}


def test_other_messages_that_json_cannot_carry_still_fail_loudly() -> None:
    with pytest.raises(TypeError):
        wire.encode({"type": "page:config", "title": {(1,): "x"}})
