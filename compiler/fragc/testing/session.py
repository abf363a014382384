"""One AppTest's Python side: fragc's shim run in CPython, and the page it would draw.

The shim is the same code the worker runs; only the glue differs. Where the worker
calls ``bridge.handle`` with the page's JSON, this module hands the shim's
:class:`~fragc.shim.runner.Runner` the same ``run:request`` and applies what it posts
to a :class:`~fragc.page_model.PageModel`, the page's tree in Python.

The shim keeps its state in module globals (one tab per worker), so a run installs this
session's state, ``import streamlit`` (the shim), the shim's ``time.sleep``, the app's
folder as working directory and on ``sys.path`` (as in the worker), and puts back what
was there when it ends. The run itself happens in a thread so that ``run(timeout=)``
can give up on a script that never ends, as Streamlit's AppTest does.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fragc import protocol
from fragc.page_model import DeltaError, PageModel
from fragc.shim import context, session, sleep, streamlit_module
from fragc.shim.runner import Runner
from fragc.shim.session import AppSession

# A sleeping script is interrupted (on timeout) at the end of its current slice.
_SLEEP_SLICE_S = 0.05


class _RunTimedOut(BaseException):
    """Raised inside the script's thread when ``timeout`` passed; never caught by the shim."""


class TestSession:
    """The shim's session for one app, and the page model its runs draw."""

    __test__ = False  # not a pytest test class, whatever its name

    def __init__(self, script: Path) -> None:
        self.page = PageModel()
        self.app_session = AppSession(script_path=script, post=self._receive)
        self.runner = Runner(self.app_session)
        self.messages: list[dict[str, Any]] = []
        self.timers: dict[str, float] = {}
        self.query_string = ""
        self.secrets: dict[str, Any] | None = None
        self.delta_errors: list[str] = []

    @property
    def script(self) -> Path:
        return self.app_session.script_path

    def switch_script(self, script: Path) -> None:
        """Run ``script`` from the next run on, in the same session (a page of the app)."""
        self.app_session.script_path = script
        self.app_session.code = None
        self.app_session.compile_error = None

    # -- what the element tree reads ------------------------------------------------------

    def widget_value(self, widget_id: str) -> Any:
        state = self.app_session.state
        if widget_id not in state.widget_values:
            raise KeyError(f"no widget {widget_id!r} in this run")
        return state.widget_values[widget_id]

    def serialize(self, widget_id: str, value: Any) -> Any:
        return self.app_session.state.metas[widget_id].serialize(value)

    def deserialize(self, widget_id: str, raw: Any) -> Any:
        return self.app_session.state.metas[widget_id].deserialize(raw)

    # -- a run ---------------------------------------------------------------------------

    def run(self, request: protocol.RunRequest, timeout: float) -> None:
        """Handle one ``run:request`` (reruns included); RuntimeError after ``timeout`` s."""
        failure: list[BaseException] = []

        def target() -> None:
            try:
                if self.app_session.code is None and self.app_session.compile_error is None:
                    self.app_session.compile()
                self.runner.handle_request(request)
            except BaseException as error:  # the shim turns app errors into elements
                failure.append(error)

        with self._installed():
            thread = threading.Thread(target=target, name="fragc-apptest", daemon=True)
            thread.start()
            thread.join(timeout)
            if thread.is_alive():
                _raise_in(thread, _RunTimedOut)
                thread.join(5)
                raise RuntimeError(f"AppTest script run timed out after {timeout}(s)")
        if failure and not isinstance(failure[0], _RunTimedOut):
            raise failure[0]

    @contextlib.contextmanager
    def _installed(self) -> Iterator[None]:
        from fragc.shim import api

        saved_streamlit = sys.modules.get("streamlit")
        saved_finders = list(sys.meta_path)
        saved_sleep = time.sleep
        saved_cwd = os.getcwd()
        app_dir = str(self.script.parent)
        added_path = app_dir not in sys.path
        if added_path:
            sys.path.insert(0, app_dir)
        session.set_session(self.app_session)
        streamlit_module.install()
        sleep.install()
        time.sleep = _sliced(time.sleep)
        if self.secrets:
            api.secrets.__dict__.update(_data=dict(self.secrets), _loaded=True)
        os.chdir(app_dir)
        try:
            yield
        finally:
            os.chdir(saved_cwd)
            # Secrets are read again by the next run (of this app or another one).
            api.secrets.__dict__.update(_data={}, _loaded=False)
            time.sleep = saved_sleep
            sys.meta_path[:] = saved_finders
            if saved_streamlit is None:
                sys.modules.pop("streamlit", None)
            else:
                sys.modules["streamlit"] = saved_streamlit
            context.set_ctx(None)
            session.set_session(None)
            if added_path and app_dir in sys.path:
                sys.path.remove(app_dir)

    # -- what the page does with the worker's messages ---------------------------------

    def _receive(self, message: dict[str, Any]) -> None:
        # The same round trip as in the browser: messages go through JSON.
        message = _roundtrip(message)
        self.messages.append(message)
        kind = message["type"]
        if kind == "run:started":
            self.page.start_run(message["run_id"], message["fragment_ids"])
            if not message["fragment_ids"]:
                self.timers.clear()
        elif kind == "run:deltas":
            for delta in message["deltas"]:
                try:
                    self.page.apply(delta)
                except DeltaError as error:  # the page logs it and goes on
                    self.delta_errors.append(str(error))
        elif kind == "run:finished":
            self.page.finish_run(message["status"])
        elif kind == "timer:set":
            self.timers.setdefault(message["fragment_id"], message["interval"])
        elif kind == "timer:clear":
            for fragment_id in message["fragment_ids"]:
                self.timers.pop(fragment_id, None)
        elif kind == "page:query_string":
            self.query_string = message["query_string"]


def _roundtrip(message: dict[str, Any]) -> dict[str, Any]:
    import json

    decoded: dict[str, Any] = json.loads(protocol.encode(message))
    return decoded


def _sliced(sleeper: Any) -> Any:
    """``time.sleep`` in short slices, so a timed-out run is stopped mid-sleep."""

    def sleep_in_slices(seconds: float) -> None:
        deadline = time.monotonic() + max(0.0, float(seconds))
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return
            sleeper(min(left, _SLEEP_SLICE_S))

    return sleep_in_slices


def _raise_in(thread: threading.Thread, exception: type[BaseException]) -> None:
    """Raise ``exception`` in ``thread`` at its next Python instruction (CPython)."""
    if thread.ident is None:
        return
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread.ident), ctypes.py_object(exception)
    )
