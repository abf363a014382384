"""``streamlit.runtime.scriptrunner``: the run context apps read, and the thread helper.

``get_script_run_ctx()`` answers with a context object while the app runs (None
otherwise, as Streamlit outside a run), holding the fields apps read: ``session_id``,
``session_state``, ``query_string``, ``main_script_path``, ``page_script_hash``,
``user_info``, the fragment being run. ``add_script_run_ctx(thread)`` gives a thread
the context in Streamlit; Pyodide runs Python on one thread, so it only returns the
thread. ``RerunData``/``RerunException``/``StopException`` are here for the old
"raise RerunException(RerunData())" idiom.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fragc.shim import context as _context
from fragc.shim import session as _session
from fragc.shim.errors import RerunException as _FragcRerun
from fragc.shim.errors import StopException as StopException
from fragc.shim.session_state import SessionStateProxy


@dataclass
class ScriptRunContext:
    """The fields of Streamlit's ``ScriptRunContext`` that mean something in fragc."""

    session_id: str
    session_state: SessionStateProxy
    query_string: str
    main_script_path: str
    page_script_hash: str = ""
    user_info: dict[str, Any] = field(default_factory=dict)
    current_fragment_id: str | None = None
    fragment_ids_this_run: list[str] = field(default_factory=list)
    widget_ids_this_run: set[str] = field(default_factory=set)
    widget_user_keys_this_run: set[str] = field(default_factory=set)
    form_ids_this_run: set[str] = field(default_factory=set)
    uploaded_file_mgr: Any = None
    script_requests: Any = None

    def reset(self, *args: Any, **kwargs: Any) -> None:
        """Streamlit resets the context between runs; fragc builds a new one per call."""


def get_script_run_ctx(suppress_warning: bool = False) -> ScriptRunContext | None:
    session = _session._session
    if session is None:
        return None
    run = _context.get_ctx()
    return ScriptRunContext(
        session_id=session.session_id,
        session_state=SessionStateProxy(lambda: session.state),
        query_string=session.query_string,
        main_script_path=str(session.script_path),
        current_fragment_id=None if run is None else run.current_fragment_id,
        fragment_ids_this_run=[] if run is None else list(run.fragment_ids_this_run),
        widget_ids_this_run=set() if run is None else run.widget_ids_this_run,
        widget_user_keys_this_run=set() if run is None else run.widget_user_keys_this_run,
        form_ids_this_run=set() if run is None else run.form_ids_this_run,
    )


def add_script_run_ctx(thread: Any = None, ctx: ScriptRunContext | None = None) -> Any:
    """Return ``thread`` unchanged: the app's code all runs on Pyodide's one thread."""
    return thread


@dataclass
class RerunData:
    """Accepted for ``raise RerunException(RerunData())``; a full rerun either way."""

    query_string: str = ""
    widget_states: Any = None
    page_script_hash: str = ""
    page_name: str = ""
    fragment_id_queue: list[str] = field(default_factory=list)
    is_fragment_scoped_rerun: bool = False


class RerunException(_FragcRerun):
    """Streamlit's ``RerunException(rerun_data)``: reruns the app, as ``st.rerun()``."""

    def __init__(self, rerun_data: RerunData | None = None) -> None:
        super().__init__(None, scope="app")
        self.rerun_data = rerun_data or RerunData()
