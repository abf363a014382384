"""The one definition of every message between fragc's parts.

Three families of data cross a boundary in fragc:

* the **manifest**: written by the compiler, read by the JS runtime (before Python
  starts) and by the Python shim inside Pyodide;
* **worker messages**: JSON strings posted between the page (JS runtime) and the
  Python shim running in the Web Worker;
* the **element tree**: the deltas inside ``run:deltas`` messages, which the page
  applies to its tree of nodes, exactly as Streamlit's frontend applies
  ForwardMsg deltas (a delta path addresses a slot; a block at a slot keeps its
  children when its kind is unchanged).

This module is stdlib-only on purpose: the compiler imports it in CPython and the
shim imports it inside Pyodide without any package install. The JSON schema in
``runtime_js/src/protocol.schema.json`` is generated from it
(``python -m fragc.protocol > runtime_js/src/protocol.schema.json``) and a test
fails when the committed file differs. Within one ``PROTOCOL_VERSION`` changes are
additive only; anything else bumps the version, and the runtime refuses a worker
(or a manifest) of another version with a "rebuild the site" message.
"""

from __future__ import annotations

import json
import sys
import types
import typing
from typing import Any, Literal, NotRequired, TypedDict, Union

PROTOCOL_VERSION = 1

# Root containers, numbered as in Streamlit (a delta path starts with one of them).
ROOT_MAIN = 0
ROOT_SIDEBAR = 1
ROOT_EVENT = 2  # toasts and dialogs
ROOT_BOTTOM = 3

ElementKind = Literal[
    # text
    "markdown",  # props: body, unsafe_allow_html, variant ("default"|"caption"|"latex"), help
    "heading",  # props: body, level (1..6), anchor (str|None|False), help, divider
    "text",  # props: body, help
    "code",  # props: body, language, line_numbers, wrap_lines
    "json",  # props: body (the value as JSON text), expanded
    "html",  # props: body (sanitised by the page unless unsafe)
    "metric",  # props: label, value, delta, delta_color, help, label_visibility, border
    "badge",  # props: label, icon, color
    "divider",  # props: {}
    # status
    "alert",  # props: variant ("info"|"success"|"warning"|"error"), body, icon
    "exception",  # props: type, message, traceback (list[str]), file, line
    "toast",  # props: body, icon (written to ROOT_EVENT)
    "progress",  # props: value (0..100), text
    "spinner",  # props: text, show_time
    "balloons",  # props: {}
    "snow",  # props: {}
    # placeholders and media
    "empty",  # props: {}
    "image",  # props: src (data URL or relative path), caption, width
    "table",  # props: columns, rows
    "dataframe",  # props: columns, rows, height
    "vega_lite_chart",  # props: spec (JSON text)
    # widgets: props carry label, help, disabled, label_visibility and the kind's options
    "button",
    "download_button",
    "link_button",
    "form_submit_button",
    "checkbox",  # props: toggle (bool) draws a switch
    "radio",
    "selectbox",
    "multiselect",
    "slider",
    "select_slider",
    "text_input",
    "text_area",
    "number_input",
    "date_input",
    "time_input",
    "color_picker",
    "file_uploader",
    "button_group",  # pills, segmented_control, feedback
    "chat_input",
]

BlockKind = Literal[
    "vertical",  # props: border, height, key
    "horizontal",  # props: gap, vertical_alignment (the row holding st.columns)
    "column",  # props: weight, gap, vertical_alignment, border
    "tabs",  # props: labels (list[str]); children are "tab" blocks
    "tab",  # props: label
    "expander",  # props: label, expanded, icon
    "form",  # props: form_id, clear_on_submit, enter_to_submit, border
    "popover",  # props: label, help, icon, disabled, use_container_width
    "dialog",  # props: title, width, dismissible, is_open
    "chat_message",  # props: name, avatar
    "status",  # props: label, expanded, state
]


class WidgetInfo(TypedDict):
    """What the page needs to drive a widget: its id and the value Python holds.

    ``value`` is JSON: bool for checkboxes, str|None for text, number|None for
    number inputs, a list of option indexes for multiselect, an ISO string for
    dates. The page stores it as the widget's committed value and sends it back
    in every ``run:request``.
    """

    id: str
    value: Any
    form_id: NotRequired[str]
    # True when Python set the value through st.session_state: the page must
    # replace what it holds (Streamlit's ``set_value``).
    set_value: NotRequired[bool]


class Element(TypedDict):
    kind: ElementKind
    props: dict[str, Any]
    key: NotRequired[str]  # the user key: the element container gets class st-key-<key>
    widget: NotRequired[WidgetInfo]


class Block(TypedDict):
    kind: BlockKind
    props: dict[str, Any]
    key: NotRequired[str]


class Delta(TypedDict):
    """One slot of the page: ``path`` = [root, index, index, ...].

    Exactly one of ``element`` and ``block`` is present. ``fragment_id`` is the id
    of the fragment that was running when Python wrote the delta (None outside
    fragments); the page uses it to prune after a fragment run.
    """

    path: list[int]
    fragment_id: str | None
    element: NotRequired[Element]
    block: NotRequired[Block]


# ---------------------------------------------------------------- the manifest


class ManifestFragment(TypedDict):
    """A function the compiler found decorated as a fragment (or a dialog).

    ``id`` is static (``file:qualname``); the runtime id of each *call* of the
    function is Streamlit's md5 of qualname + delta path, and run messages carry
    both.
    """

    id: str
    qualname: str
    file: str
    line: int
    kind: Literal["fragment", "dialog"]
    decorator: str  # as written, e.g. "st.fragment(run_every=2)"
    run_every: float | None  # seconds, when the argument is a literal


class ManifestFile(TypedDict):
    path: str  # relative to the app's directory, as the app sees it
    sha256: str


class Manifest(TypedDict):
    fragc_version: str
    protocol_version: int
    pyodide_version: str
    entry: str  # the app script, relative path
    title: str  # the page title before set_page_config runs
    bundle: str  # URL (relative to index.html) of the zip holding the app + shim
    bundle_sha256: str
    files: list[ManifestFile]
    fragments: list[ManifestFragment]
    packages: list[str]  # Pyodide package names to load at boot (wheels in the site)


# --------------------------------------------------------- page -> worker


class BootStart(TypedDict):
    type: Literal["boot:start"]
    protocol_version: int
    manifest: Manifest
    base_url: str  # absolute URL of the directory holding index.html


class RunRequest(TypedDict):
    """Run the script (``fragment_ids`` empty) or the listed fragments, in order.

    ``widget_states`` holds every committed widget value the page knows;
    ``trigger_values`` the one-shot values (a button click is ``true``, a chat
    message its text) that hold for this run only.
    """

    type: Literal["run:request"]
    fragment_ids: list[str]
    widget_states: dict[str, Any]
    trigger_values: dict[str, Any]
    is_auto: bool  # a run_every tick
    query_string: str


# --------------------------------------------------------- worker -> page


class BootProgress(TypedDict):
    type: Literal["boot:progress"]
    message: str


class BootError(TypedDict):
    type: Literal["boot:error"]
    message: str
    detail: str


class BootReady(TypedDict):
    type: Literal["boot:ready"]
    protocol_version: int
    fragc_version: str
    python_version: str


class RunStarted(TypedDict):
    type: Literal["run:started"]
    run_id: str
    fragment_ids: list[str]  # empty for a full run


class RunDeltas(TypedDict):
    type: Literal["run:deltas"]
    run_id: str
    deltas: list[Delta]


RunStatus = Literal[
    "finished",  # a full run ended (normally, by exception or st.stop): prune everything stale
    "finished_fragment",  # a fragment run ended: prune inside the fragments that ran
    "early_for_rerun",  # st.rerun() interrupted it: prune nothing, another run follows
    "compile_error",  # the script does not compile
]


class RunFinished(TypedDict):
    type: Literal["run:finished"]
    run_id: str
    status: RunStatus


class SessionIdle(TypedDict):
    """Python has handled a ``run:request`` completely (reruns included)."""

    type: Literal["session:idle"]


class TimerSet(TypedDict):
    """A ``run_every`` fragment was called: rerun it every ``interval`` seconds."""

    type: Literal["timer:set"]
    fragment_id: str
    interval: float


class PageConfig(TypedDict):
    type: Literal["page:config"]
    title: NotRequired[str]
    icon: NotRequired[str]
    layout: NotRequired[Literal["centered", "wide"]]
    initial_sidebar_state: NotRequired[Literal["auto", "expanded", "collapsed"]]


class PageQueryString(TypedDict):
    type: Literal["page:query_string"]
    query_string: str


# Union[...] rather than `|`: these are runtime values the schema generator walks.
PageToWorker = Union[BootStart, RunRequest]  # noqa: UP007
WorkerToPage = Union[  # noqa: UP007
    BootProgress,
    BootError,
    BootReady,
    RunStarted,
    RunDeltas,
    RunFinished,
    SessionIdle,
    TimerSet,
    PageConfig,
    PageQueryString,
]


def encode(message: Any) -> str:
    """The one place messages become JSON text (compact, UTF-8 safe)."""
    return json.dumps(message, separators=(",", ":"), ensure_ascii=False, default=_json_default)


def _json_default(value: Any) -> Any:
    # Values the shim may leave in props (dates, sets...): a readable string beats a
    # crash in the middle of a run.
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    return str(value)


# ------------------------------------------------------------- JSON schema


def _schema_for(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if tp is Any:
        return {}
    if tp is type(None):
        return {"type": "null"}
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is float:
        return {"type": "number"}
    if origin is Literal:
        values = list(typing.get_args(tp))
        return {"enum": values} if len(values) > 1 else {"const": values[0]}
    if origin in (Union, types.UnionType):
        return {"anyOf": [_schema_for(arg, defs) for arg in typing.get_args(tp)]}
    if origin is list:
        (item,) = typing.get_args(tp)
        return {"type": "array", "items": _schema_for(item, defs)}
    if origin is dict:
        _key, value = typing.get_args(tp)
        return {"type": "object", "additionalProperties": _schema_for(value, defs)}
    if isinstance(tp, type) and issubclass(tp, dict) and hasattr(tp, "__annotations__"):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder first: guards against recursion
            hints = typing.get_type_hints(tp, include_extras=True)
            properties: dict[str, Any] = {}
            required: list[str] = []
            for field, hint in hints.items():
                if typing.get_origin(hint) is NotRequired:
                    (hint,) = typing.get_args(hint)
                else:
                    required.append(field)
                properties[field] = _schema_for(hint, defs)
            defs[name] = {
                "type": "object",
                "description": " ".join((tp.__doc__ or "").split()),
                "properties": properties,
                "required": required,
            }
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no JSON schema for {tp!r}")


def json_schema() -> dict[str, Any]:
    """The JSON schema of every message and of the manifest (generated, committed)."""
    defs: dict[str, Any] = {}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "fragc protocol",
        "protocol_version": PROTOCOL_VERSION,
        "pageToWorker": _schema_for(PageToWorker, defs),
        "workerToPage": _schema_for(WorkerToPage, defs),
        "manifest": _schema_for(Manifest, defs),
        "$defs": dict(sorted(defs.items())),
    }


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    sys.stdout.write(schema_text())
