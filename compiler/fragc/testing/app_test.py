"""``AppTest``: Streamlit 1.67's ``streamlit.testing.v1.AppTest``, run by fragc's own runtime.

A test written for Streamlit's AppTest runs against fragc by changing one import::

    from fragc.testing import AppTest     # was: from streamlit.testing.v1 import AppTest

    at = AppTest.from_file("app.py").run()
    at.text_input(key="name").input("Ada").run()
    assert at.markdown[0].value == "Hello, Ada"

The app runs through fragc's shim (the Python that runs in the browser), in CPython,
and what it draws goes through the page model the browser uses. So a test sees what a
user of the built site sees, including where fragc deliberately differs from Streamlit
(docs/differences.md). In particular, interacting with widgets that are all inside
fragments and then calling ``run()`` reruns only those fragments, as the browser does
(Streamlit's AppTest reruns the whole script for every interaction).
"""

from __future__ import annotations

import hashlib
import inspect
import tempfile
import textwrap
import traceback
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode

from fragc import protocol
from fragc.shim.session_state import SessionStateProxy
from fragc.testing import element_tree as et
from fragc.testing.element_tree import AppTestError, ElementTree
from fragc.testing.session import TestSession

_TMP_DIR = tempfile.TemporaryDirectory(prefix="fragc-apptest-")

# AppTest.context keys -> (the ClientContext field, its type); as Streamlit 1.67.
_CONTEXT_FIELDS: dict[str, tuple[str, type]] = {
    "timezone": ("timezone", str),
    "timezone_offset": ("timezone_offset", int),
    "locale": ("locale", str),
    "url": ("url", str),
    "is_embedded": ("is_embedded", bool),
    "theme": ("color_scheme", str),
}


def _collection(name: str, doc: str) -> Any:
    def get(self: AppTest) -> Any:
        return getattr(self._tree, name)

    get.__name__ = name
    get.__doc__ = doc
    return property(get)


class AppTest:
    """A simulated fragc app: set widget values and session state, ``run()``, inspect."""

    __test__ = False  # not a pytest test class, whatever its name

    def __init__(
        self,
        script_path: str | Path,
        *,
        default_timeout: float,
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
    ) -> None:
        self._script_path = str(script_path)
        self.default_timeout = default_timeout
        self.args = args
        self.kwargs = kwargs
        self.query_params: dict[str, Any] = {}
        self.secrets: dict[str, Any] = {}
        self.context: dict[str, Any] = {}
        # Streamlit's AppTest seeds st.user from this; fragc has no st.user (no login on a
        # static site), so it is kept only for tests that set it.
        self.user: dict[str, Any] = {"email": "test@example.com"}
        self._session = TestSession(Path(script_path).resolve())
        self._session.runner.module_globals = {"__args": args or (), "__kwargs": kwargs or {}}
        self.session_state = SessionStateProxy(lambda: self._session.app_session.state)
        # Forms submitted with clear_on_submit: the defaults their next submit sends for
        # the widgets the test does not set (the page's form buffer after a clear).
        self._cleared_forms: dict[str, dict[str, Any]] = {}
        self._tree = ElementTree.from_page(self._session.page.roots, self)

    # -- making one -----------------------------------------------------------------------

    @classmethod
    def from_string(cls, script: str, *, default_timeout: float = 3) -> AppTest:
        """An app whose script is ``script`` (dedented), written to a temporary file."""
        return cls._from_string(script, default_timeout=default_timeout)

    @classmethod
    def _from_string(
        cls,
        script: str,
        *,
        default_timeout: float = 3,
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
    ) -> AppTest:
        digest = hashlib.md5(script.encode("utf-8"), usedforsecurity=False).hexdigest()
        folder = Path(_TMP_DIR.name) / digest
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "app.py"
        path.write_text(textwrap.dedent(script), encoding="utf-8")
        return cls(path, default_timeout=default_timeout, args=args, kwargs=kwargs)

    @classmethod
    def from_function(
        cls,
        script: Callable[..., Any],
        *,
        default_timeout: float = 3,
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
    ) -> AppTest:
        """An app whose script is the body of ``script``, called with ``args`` and ``kwargs``."""
        source = textwrap.dedent("".join(inspect.getsourcelines(script)[0]))
        name = getattr(script, "__name__", "script")
        return cls._from_string(
            f"{source}\n{name}(*__args, **__kwargs)\n",
            default_timeout=default_timeout,
            args=args,
            kwargs=kwargs,
        )

    @classmethod
    def from_file(cls, script_path: str | Path, *, default_timeout: float = 3) -> AppTest:
        """An app from its script; a relative path is relative to the calling test's file."""
        path = Path(script_path)
        if not path.is_absolute():
            caller = traceback.StackSummary.extract(traceback.walk_stack(None))[1].filename
            path = Path(caller).parent / path
        if not path.is_file():
            raise FileNotFoundError(
                f"AppTest script not found at {path.resolve()}. Relative paths are "
                "resolved against the file that calls AppTest.from_file()."
            )
        return cls(path, default_timeout=default_timeout)

    # -- running ------------------------------------------------------------------------

    def run(self, *, timeout: float | None = None) -> AppTest:
        """Run the app with the values the test set, as the page would send them.

        Nothing set: a full run. Values set only on widgets inside fragments: a run of
        those fragments. Values set inside a form count only when one of the form's
        submit buttons is clicked in the same run.
        """
        request = self._request()
        session = self._session
        session.secrets = self.secrets
        session.query_string = request["query_string"]
        session.run(request, self.default_timeout if timeout is None else timeout)
        self._remember_cleared_forms(request)
        self._tree = ElementTree.from_page(session.page.roots, self)
        self.query_params = _query_params(session.query_string)
        return self

    def _request(self) -> protocol.RunRequest:
        pending = [w for w in self._tree.widgets() if w.has_pending_value]
        submitted = {w.form_id for w in pending if type(w) is et.Button and w.form_id}
        values: dict[str, Any] = {}
        triggers: dict[str, Any] = {}
        sources: list[str | None] = []  # the fragment of each interaction (None: outside)
        for widget in pending:
            if widget.form_id and widget.form_id not in submitted:
                continue  # typed into a form never submitted: the page sends nothing
            if widget.is_trigger:
                triggers[widget.id] = widget.page_value()
            else:
                values[widget.id] = widget.page_value()
            sources.append(widget.node.fragment_id)
        for form_id in submitted:
            for widget_id, default in self._cleared_forms.pop(form_id, {}).items():
                values.setdefault(widget_id, default)
        page = self._session.page
        for widget_id, value in values.items():
            page.commit(widget_id, value)
        fragment_ids: list[str] = []
        if sources and all(source is not None for source in sources):
            fragment_ids = list(dict.fromkeys(s for s in sources if s is not None))
        request: protocol.RunRequest = {
            "type": "run:request",
            "fragment_ids": fragment_ids,
            "widget_states": dict(page.widget_values),
            "trigger_values": triggers,
            "is_auto": False,
            "query_string": urlencode(self.query_params, doseq=True),
        }
        context = _client_context(self.context)
        if context:
            request["context"] = context
        return request

    def _remember_cleared_forms(self, request: protocol.RunRequest) -> None:
        submitted = {
            w.form_id
            for w in self._tree.widgets()
            if type(w) is et.Button and w.form_id and w.id in request["trigger_values"]
        }
        for form in self._session.page.walk():
            form_id = form.props.get("form_id")
            if form.kind != "form" or form_id not in submitted:
                continue
            if not form.props.get("clear_on_submit"):
                self._cleared_forms.pop(str(form_id), None)
                continue
            defaults = {
                str(node.widget["id"]): node.widget.get("default")
                for node in _walk(form)
                if node.widget and node.kind not in ("form_submit_button", "button")
            }
            self._cleared_forms[str(form_id)] = defaults

    def switch_page(self, page_path: str) -> AppTest:
        """Run ``page_path`` (relative to the main script) from the next ``run()`` on.

        The session (and its state) is the same, as between the pages of a Streamlit
        multipage app. Call ``run()`` next.
        """
        main_dir = Path(self._script_path).parent
        full = main_dir / page_path
        if not full.is_file():
            raise ValueError(
                f"Could not find page {page_path!r} relative to the main script "
                f"{self._script_path!r}. Resolved page path: {str(full.resolve())!r}."
            )
        self._session.switch_script(full.resolve())
        return self

    # -- reading ------------------------------------------------------------------------

    @property
    def main(self) -> et.Block:
        """The main body's elements (query it as AppTest: ``at.main.button``)."""
        return self._tree.main

    @property
    def sidebar(self) -> et.Block:
        """``st.sidebar``'s elements."""
        return self._tree.sidebar

    button = _collection("button", "``st.button`` and ``st.form_submit_button`` widgets.")
    button_group = _collection("button_group", "``st.pills`` and ``st.segmented_control``.")
    caption = _collection("caption", "``st.caption`` elements.")
    chat_input = _collection("chat_input", "``st.chat_input`` widgets.")
    chat_message = _collection("chat_message", "``st.chat_message`` blocks.")
    checkbox = _collection("checkbox", "``st.checkbox`` widgets.")
    code = _collection("code", "``st.code`` elements.")
    color_picker = _collection("color_picker", "``st.color_picker`` widgets.")
    columns = _collection("columns", "The columns of ``st.columns``.")
    container = _collection("container", "``st.container`` blocks.")
    dataframe = _collection("dataframe", "``st.dataframe`` elements.")
    data_editor = _collection("data_editor", "``st.data_editor`` elements.")
    date_input = _collection("date_input", "``st.date_input`` widgets.")
    divider = _collection("divider", "``st.divider`` elements.")
    download_button = _collection("download_button", "``st.download_button`` widgets.")
    error = _collection("error", "``st.error`` elements.")
    exception = _collection("exception", "``st.exception`` and the app's uncaught errors.")
    expander = _collection("expander", "``st.expander`` blocks.")
    feedback = _collection("feedback", "``st.feedback`` widgets.")
    file_uploader = _collection("file_uploader", "``st.file_uploader`` widgets.")
    form = _collection("form", "``st.form`` blocks (``Block.key`` is the form's key).")
    form_submit_button = _collection("form_submit_button", "Submit buttons of forms.")
    header = _collection("header", "``st.header`` elements.")
    html = _collection("html", "``st.html`` elements.")
    image = _collection("image", "``st.image`` elements.")
    info = _collection("info", "``st.info`` elements.")
    json = _collection("json", "``st.json`` elements.")
    latex = _collection("latex", "``st.latex`` elements.")
    link_button = _collection("link_button", "``st.link_button`` elements.")
    markdown = _collection("markdown", "``st.markdown`` (and ``st.write`` text) elements.")
    metric = _collection("metric", "``st.metric`` elements.")
    multiselect = _collection("multiselect", "``st.multiselect`` widgets.")
    number_input = _collection("number_input", "``st.number_input`` widgets.")
    pills = _collection("pills", "``st.pills`` widgets.")
    progress = _collection("progress", "``st.progress`` elements.")
    radio = _collection("radio", "``st.radio`` widgets.")
    segmented_control = _collection("segmented_control", "``st.segmented_control`` widgets.")
    select_slider = _collection("select_slider", "``st.select_slider`` widgets.")
    selectbox = _collection("selectbox", "``st.selectbox`` widgets.")
    slider = _collection("slider", "``st.slider`` widgets.")
    status = _collection("status", "``st.status`` blocks.")
    subheader = _collection("subheader", "``st.subheader`` elements.")
    success = _collection("success", "``st.success`` elements.")
    table = _collection("table", "``st.table`` elements.")
    tabs = _collection("tabs", "The tabs of ``st.tabs``.")
    text = _collection("text", "``st.text`` elements.")
    text_area = _collection("text_area", "``st.text_area`` widgets.")
    text_input = _collection("text_input", "``st.text_input`` widgets.")
    time_input = _collection("time_input", "``st.time_input`` widgets.")
    title = _collection("title", "``st.title`` elements.")
    toast = _collection("toast", "``st.toast`` elements.")
    toggle = _collection("toggle", "``st.toggle`` widgets.")
    warning = _collection("warning", "``st.warning`` elements.")

    def get(self, element_type: str) -> Sequence[et.Element | et.Block]:
        """Every element or block of a type (``"button"``, ``"tabs"``, ...)."""
        return self._tree.get(element_type)

    def get_by_key(self, key: str) -> et.Element | et.Block:
        """The one element, widget or container with this key."""
        return self._tree.get_by_key(key)

    def __len__(self) -> int:
        return len(self._tree)

    def __iter__(self) -> Iterator[et.Element | et.Block]:
        yield from self._tree

    def __getitem__(self, idx: int) -> et.Element | et.Block:
        return self._tree[idx]

    def __repr__(self) -> str:
        return f"AppTest({self._script_path!r}, children={self._tree!r})"


def _walk(block: Any) -> Iterator[Any]:
    for child in block.children:
        yield child
        if child.is_block:
            yield from _walk(child)


def _query_params(query_string: str) -> dict[str, Any]:
    """As Streamlit's AppTest: one value a ``str``, repeated keys a ``list[str]``."""
    parsed = parse_qs(query_string.lstrip("?"), keep_blank_values=True)
    return {key: values[0] if len(values) == 1 else values for key, values in parsed.items()}


def _client_context(context: object) -> protocol.ClientContext:
    if not isinstance(context, dict):
        raise AppTestError(f"AppTest.context must be a dict, not {type(context).__name__}.")
    out: dict[str, Any] = {}
    for key, value in context.items():
        if key not in _CONTEXT_FIELDS:
            supported = ", ".join(repr(name) for name in sorted(_CONTEXT_FIELDS))
            raise AppTestError(
                f"AppTest.context does not support {key!r}. Supported keys: {supported}."
            )
        if value is None:
            continue
        field, value_type = _CONTEXT_FIELDS[key]
        if not isinstance(value, value_type) or (value_type is int and isinstance(value, bool)):
            raise AppTestError(
                f"AppTest.context[{key!r}] must be {value_type.__name__}, not "
                f"{type(value).__name__}."
            )
        if key == "theme" and value not in ("light", "dark"):
            raise AppTestError(
                f"AppTest.context['theme'] must be 'light' or 'dark', not {value!r}."
            )
        out[field] = value
    return out  # type: ignore[return-value]
