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
    "markdown",  # props: body, unsafe_allow_html, variant ("default"|"caption"|"latex"), help,
    # anchors (bool: "#" links on headings), text_alignment, wrap. latex: body "$$\n...\n$$"
    "heading",  # props: body, level (1..6), anchor (str: the id | None: slug the text | False:
    # no link), help, icon, divider (None|"auto"|a colour), text_alignment, wrap
    "text",  # props: body, help, text_alignment, wrap
    "code",  # props: body, language, line_numbers, wrap_lines, height (px|None)
    "json",  # props: body (the value as JSON text), expanded, max_expand_depth (int|None)
    "html",  # props: body, unsafe_allow_javascript (else the page sanitises with DOMPurify)
    "metric",  # props: label, value, delta, delta_color, color + direction ("up"|"down"|"none",
    # decided by Python as Streamlit does), delta_description, help, icon, label_visibility,
    # border, chart_data (list[float]), chart_type
    "badge",  # props: label, icon, color, help
    "divider",  # props: {}
    # status
    "alert",  # props: variant ("info"|"success"|"warning"|"error"), body, icon, title
    "exception",  # props: type, message, traceback (list[str]), file, line
    "toast",  # props: body, icon, duration (seconds|None = until closed); st.toast writes to
    # ROOT_EVENT, container.toast into the container; the page shows it wherever it is
    "progress",  # props: value (0..100), text
    "spinner",  # props: text, show_time, cache. Written at the container's next slot without
    # taking it (Streamlit's transient), replaced by "empty" when its block ends
    "balloons",  # props: effect (a number, new for every call: the page replays the animation)
    "snow",  # props: effect
    # placeholders and media
    "empty",  # props: {}
    "image",  # props: images ([{src, caption, alt}]; src a URL or data: URL), width (px|None),
    # stretch, link; one image also has src, caption, alt at the top
    # table and dataframe: columnar data (shim/dataframes.py): columns (labels), rows
    # (row-major JSON cells), dtypes (per column: "int"|"float"|"bool"|"str"|"datetime"|
    # "date"|"time"|"timedelta"|"category"|"ordered"|"object"|"empty"), index (list | None:
    # hidden), index_name, index_dtype; width ("stretch"|"content"|px), height, alt
    "table",  # props: + border ("all"|"none"|"horizontal"), hide_header; cells are markdown
    "dataframe",  # props: + height ("auto"|"content"|"stretch"|px), row_height, placeholder
    "vega_lite_chart",  # props: spec (JSON text, data taken out), data ({columns, rows} |
    # None), datasets ({name: {columns, rows}}), width, height, theme ("streamlit"|None),
    # use_container_width, renderer ("svg"|"canvas"), builtin (a built-in chart), alt
    # widgets: props carry label, help, disabled, label_visibility and the kind's options
    "button",
    "download_button",  # props: label, help, type, icon, icon_position, disabled,
    # use_container_width, ignore_rerun, data (base64), mime, file_name; a trigger
    "link_button",  # props: label, url, help, type, icon, icon_position, disabled,
    # use_container_width, ignore_rerun; a trigger widget only when on_click is not "ignore"
    "form_submit_button",  # props: label, help, type, icon, disabled, use_container_width
    "checkbox",  # props: toggle (bool) draws a switch
    # Option widgets send option INDEXES (int | None; a list for multi-selection); their
    # props carry `options` (the formatted labels) and `ignore_rerun` (on_change="ignore").
    "radio",  # props: options, captions (list[str] | None), horizontal, index
    "selectbox",  # props: options, index, placeholder
    "multiselect",  # props: options, max_selections, placeholder
    # value: a number (or [low, high]) for numbers; ISO text for date, time and datetime
    "slider",  # props: data_type ("int"|"float"|"date"|"time"|"datetime"), min, max, step
    # (dates and times in microseconds since 1970, wall clock), format, is_range
    "select_slider",  # props: options, is_range; value: an index or [low, high] indexes
    "text_input",
    "text_area",
    "number_input",
    # on_change="ignore" (1.67) puts ignore_rerun in props: the page commits without a run
    "date_input",  # props: is_range, min, max (ISO), format, required, clearable;
    # value: a list of ISO dates ([] none, one, or two for a range)
    "time_input",  # props: step (seconds), format, required, clearable; value "HH:MM[:SS]"|None
    "color_picker",  # value: a hex string
    "file_uploader",  # props: type (accepted types), multiple, directory, max_upload_size_mb;
    # value: [{file_id, name, type, size, data (base64; the page sends it, Python omits it)}]
    "button_group",  # pills, segmented_control, feedback; props: style ("pills"|
    # "segmented_control"|"thumbs"|"faces"|"stars"), selection_mode ("single"|"multi"),
    # options; value: an index or None (single), a list of indexes (multi)
    "chat_input",  # props: placeholder, max_chars, disabled, accept_file, file_type,
    # max_upload_size_mb, submit_mode, position ("bottom"|"inline"), set_text (str|None: text
    # put in the field once); trigger value: the text, or {text, files} with accept_file
]

BlockKind = Literal[
    # Sizes: width "stretch"|"content"|pixels; gap a size name ("xxsmall".."xxlarge"),
    # pixels, or None (no gap).
    "vertical",  # props: border, height (pixels|None: scrolls), stretch_height, width,
    # horizontal, wrap, horizontal_alignment, vertical_alignment, gap, autoscroll
    "horizontal",  # props: gap, vertical_alignment, width, wrap (the row holding st.columns)
    "column",  # props: weight, gap, vertical_alignment, border
    "tabs",  # props: labels (list[str]), default, default_index, width, height; children: "tab"
    "tab",  # props: label
    "expander",  # props: label, expanded, icon, type ("default"|"compact"|"step"), width
    "form",  # props: form_id, clear_on_submit, enter_to_submit, border
    "popover",  # props: label, help, icon, disabled, use_container_width, type, width, wrap
    "dialog",  # props: title, width ("small"|"medium"|"large"), pixel_width (int, optional),
    # position ("left"|"center"|"right"), dismissible, icon, is_open, dismiss_widget_id (optional:
    # dismissing sends it as a trigger, a run of the block's fragment)
    "chat_message",  # props: name, avatar, avatar_type ("icon"|"emoji"|"image"), width
    "status",  # props: label, expanded (bool|None = keep the user's), state, type
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
    # Inside a form: the serialized default, which clear_on_submit restores after a submit.
    default: NotRequired[Any]
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


class ManifestSnapshot(TypedDict):
    """The Pyodide memory snapshot the worker starts Python from (site/snapshot.py)."""

    url: str  # relative to index.html
    format: Literal["fragc-snapshot-1"]  # gzip of: header, zero-page bitmap, non-zero pages
    bytes: int  # the file's size
    image_bytes: int  # the memory image's size once decoded


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
    # The site's pyodide-lock.json (URL relative to index.html), or None when `packages` is
    # empty; `cdn_packages` are those the page downloads from Pyodide's CDN, not the site.
    # fragc always writes both; NotRequired keeps older manifests valid.
    package_lock: NotRequired[str | None]
    cdn_packages: NotRequired[list[str]]
    # Content-hashed folders (URLs relative to index.html, ending in "/"): the runtime's
    # files and Pyodide's. Older manifests: "assets/" and "pyodide/".
    runtime: NotRequired[str]
    pyodide: NotRequired[str]
    snapshot: NotRequired[ManifestSnapshot | None]
    # What the worker downloads while booting, URL (relative to index.html) -> bytes,
    # for the page's progress line ("12.1 of 15.3 MB").
    downloads: NotRequired[dict[str, int]]
    # Only in a site `fragc dev` serves (the page then follows its builds).
    dev: NotRequired[ManifestDev]


class ManifestDev(TypedDict):
    """What the page of a ``fragc dev`` site needs to follow the builds."""

    events: str  # URL (relative to index.html) of the server-sent build events
    build_id: int  # the build this page was written by
    package_files: dict[str, str]  # package -> wheel URL (relative to index.html, or absolute)


# --------------------------------------------------------- page -> worker


class BootStart(TypedDict):
    type: Literal["boot:start"]
    protocol_version: int
    manifest: Manifest
    base_url: str  # absolute URL of the directory holding index.html


class ClientContext(TypedDict):
    """What the browser tells Python about itself with each ``run:request`` (``st.context``).

    ``timezone_offset`` is JavaScript's ``Date.getTimezoneOffset()`` (minutes, positive
    west of UTC); ``url`` has no query string or hash; ``color_scheme`` is the theme the
    page shows ("light"|"dark").
    """

    cookies: NotRequired[dict[str, str]]
    timezone: NotRequired[str]
    timezone_offset: NotRequired[int]
    locale: NotRequired[str]
    url: NotRequired[str]
    color_scheme: NotRequired[str]
    is_embedded: NotRequired[bool]


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
    context: NotRequired[ClientContext]  # what st.context reads


# --------------------------------------------------------- worker -> page


class BootProgress(TypedDict):
    type: Literal["boot:progress"]
    message: str  # the stage, e.g. "Loading Python…"
    loaded: NotRequired[int]  # bytes of the boot downloads received so far
    total: NotRequired[int]  # bytes of all boot downloads (the manifest's `downloads`)


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


class TimerClear(TypedDict):
    """Stop the ``run_every`` timers of these fragments: a fragment run of their parent no
    longer calls them (Streamlit 1.67's ``stop_auto_rerun``)."""

    type: Literal["timer:clear"]
    fragment_ids: list[str]


class PageConfig(TypedDict):
    type: Literal["page:config"]
    title: NotRequired[str]
    icon: NotRequired[str]
    layout: NotRequired[Literal["centered", "wide"]]
    initial_sidebar_state: NotRequired[Literal["auto", "expanded", "collapsed", "locked"]]
    sidebar_width: NotRequired[int]  # pixels (set_page_config(initial_sidebar_state=N))


class PageQueryString(TypedDict):
    type: Literal["page:query_string"]
    query_string: str


# ------------------------------------------------- `fragc dev` (dev sites only)


class DevReload(TypedDict):
    """A new build of the app: unpack it into the running worker and recompile the script.

    Python keeps running (session state, imported packages): the app's files that
    changed are replaced, its modules among them are forgotten, and the page then
    requests a full run, as Streamlit's "run on save" does.
    """

    type: Literal["dev:reload"]
    build_id: int
    bundle_url: str  # absolute URL of the new app.zip
    manifest: Manifest
    previous_files: list[str]  # the app files of the build the worker runs now
    install: list[str]  # absolute URLs of wheels to install first (new packages)


class DevReloaded(TypedDict):
    """The answer to ``dev:reload``: the worker runs the new build, or says why not."""

    type: Literal["dev:reloaded"]
    build_id: int
    ok: bool
    error: str  # empty when ok
    changed_files: list[str]


# Union[...] rather than `|`: these are runtime values the schema generator walks.
PageToWorker = Union[BootStart, RunRequest, DevReload]  # noqa: UP007
WorkerToPage = Union[  # noqa: UP007
    BootProgress,
    BootError,
    BootReady,
    RunStarted,
    RunDeltas,
    RunFinished,
    SessionIdle,
    TimerSet,
    TimerClear,
    PageConfig,
    PageQueryString,
    DevReloaded,
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
