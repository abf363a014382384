"""The one definition of every message between fragc's parts.

Three families of data cross a boundary in fragc:

* the **manifest**: written by the compiler, read by the JS runtime (before Python
  starts) and by the Python shim inside Pyodide;
* **worker messages**: JSON strings posted between the page (JS runtime) and the
  Python shim running in the Web Worker;
* the **element tree**: the deltas inside ``run:deltas`` messages, which the page
  applies to its tree of nodes, exactly as Streamlit's frontend applies
  ForwardMsg deltas (a delta path addresses a slot; a block at a slot keeps its
  children when its kind is unchanged). Each element and block kind's props are typed
  in ``fragc.protocol.elements``.

This package is stdlib-only on purpose: the compiler imports it in CPython and the
shim imports it inside Pyodide without any package install. The page's copies are
generated from it by ``make schema`` (``fragc.protocol.codegen``): the JSON schema
(``runtime_js/src/protocol.schema.json``), the TypeScript definitions the page's JSDoc
types import (``protocol_types.d.ts``) and the constants it uses (``protocol_constants.js``);
tests fail when a committed copy differs. Within one ``PROTOCOL_VERSION`` changes are
additive only; anything else bumps the version, and the runtime refuses a worker
(or a manifest) of another version with a "rebuild the site" message.
"""

from __future__ import annotations

import json
from typing import Any, Literal, NotRequired, TypedDict, Union

from fragc.protocol.elements import Block as Block
from fragc.protocol.elements import Element as Element
from fragc.protocol.elements import WidgetInfo as WidgetInfo

PROTOCOL_VERSION = 1

# Root containers, numbered as in Streamlit (a delta path starts with one of them).
ROOT_MAIN = 0
ROOT_SIDEBAR = 1
ROOT_EVENT = 2  # toasts and dialogs
ROOT_BOTTOM = 3


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
    # A multipage app: page script (relative to the entry's folder, POSIX) -> the packages
    # only that page imports, which the worker loads (from `package_lock`) before the
    # page's first run instead of at boot. Absent: every package loads at boot.
    page_packages: NotRequired[dict[str, list[str]]]
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
    # Custom component frontends the build copied into the site: the folder's path as
    # declare_component(path=...) names it (relative to the app, POSIX; a package's:
    # "site-packages/<path>") -> the URL of its copy (relative to index.html, ending in
    # "/"). `fragc build` always writes it.
    components: NotRequired[dict[str, str]]
    # The entry script calls st.navigation: the app's pages are the ones it lists, and a
    # pages/ folder beside it is not the navigation (as in Streamlit), from the first run.
    # `fragc build` always writes it.
    navigation: NotRequired[bool]


class ManifestDev(TypedDict):
    """What the page of a ``fragc dev`` site needs to follow the builds."""

    events: str  # URL (relative to index.html) of the server-sent build events
    build_id: int  # the build this page was written by
    package_files: dict[str, str]  # package -> wheel URL (relative to index.html, or absolute)


# --------------------------------------------------------- page -> worker


class BootRestore(TypedDict):
    """What a worker the page restarted (after a Stop or a crash) gets from the one before."""

    session_state: str  # the JSON text of the last ``session:state``, as it came


class BootStart(TypedDict):
    type: Literal["boot:start"]
    protocol_version: int
    manifest: Manifest
    base_url: str  # absolute URL of the directory holding index.html
    restore: NotRequired[BootRestore]


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
    # A multipage app's page the address bar shows: its URL path under the site's base
    # ("" for the entry script). Absent: the page of the previous run.
    page: NotRequired[str]


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


class SkippedState(TypedDict):
    key: str
    type: str  # the value's Python type name
    reason: Literal["not JSON", "too large"]


class SessionStateSaved(TypedDict):
    """Sent before ``session:idle`` when it changed: the session state entries a restarted
    worker gets back (shim/state_saving.py), and those it would not."""

    type: Literal["session:state"]
    state: str  # JSON text of an object; the page keeps it as text
    skipped: list[SkippedState]


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


class NavPage(TypedDict):
    url_path: str  # "" for the entry script (the default page)
    label: str
    icon: str
    section: NotRequired[str]  # st.navigation's section header (a dict's key)
    hidden: NotRequired[bool]  # st.Page(visibility="hidden"): listed nowhere, reachable
    external_url: NotRequired[str]  # st.Page("https://..."): a link out
    help: NotRequired[str]


class PageNav(TypedDict):
    """A multipage app's pages and the one this run showed (sent after each full run).

    The page draws the navigation from it and, when ``current`` is not the page its
    address bar shows (``st.switch_page``, an unknown path), moves the address bar.
    """

    type: Literal["page:nav"]
    pages: list[NavPage]
    current: str
    position: Literal["sidebar", "top", "hidden"]
    expanded: NotRequired[bool]  # st.navigation(expanded=True): never "View more"
    visible_items: NotRequired[int]  # st.navigation(expanded=N): N links before "View more"
    not_found: NotRequired[bool]  # the address named no page: the default page ran


class PageLogo(TypedDict):
    """st.logo (sent by each full run that calls it; a full run that does not clears it)."""

    type: Literal["page:logo"]
    image: str  # a URL the page can show (data: for the app's own files)
    icon_image: NotRequired[str]  # shown instead when the sidebar is collapsed or absent
    link: NotRequired[str]  # where a click on the logo goes (a new tab)
    size: Literal["small", "medium", "large"]


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
    SessionStateSaved,
    TimerSet,
    TimerClear,
    PageConfig,
    PageQueryString,
    PageNav,
    PageLogo,
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
