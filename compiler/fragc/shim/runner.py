"""The run loop inside the worker: one ``run:request`` in, runs and ``session:idle`` out.

A full run executes the compiled script in a fresh ``__main__`` module. A fragment run
calls the stored closures of the queued fragments, in order, against the module of the
last full run (its globals are what the fragments see). ``st.rerun()`` starts the next
run inside the same request, without page values, as Streamlit's ``RerunData`` does.
"""

from __future__ import annotations

import builtins
import itertools
import sys
import types
from collections.abc import Callable, Coroutine
from typing import Any

from fragc import protocol
from fragc.shim import context, navigation, page_context, page_packages, state_saving
from fragc.shim import fragment_lifetimes as lifetimes
from fragc.shim.context import RunContext
from fragc.shim.errors import (
    FragmentHandledException,
    RerunException,
    StopException,
    SwitchPageException,
)
from fragc.shim.page_packages import PagePackagesNeeded
from fragc.shim.session import AppSession
from fragc.shim.session_state import WidgetMeta


class Runner:
    def __init__(self, session: AppSession) -> None:
        self.session = session
        self._run_numbers = itertools.count(1)
        # Names every full run's module starts with, besides __file__ and __builtins__
        # (fragc.testing's AppTest.from_function passes its __args and __kwargs here).
        self.module_globals: dict[str, Any] = {}
        self._last_saved: tuple[str, list[protocol.SkippedState]] | None = None
        # Set by the run that stopped before a page whose packages are not installed.
        self._packages_needed: list[str] | None = None

    # -- public entry -----------------------------------------------------------------

    def handle_request(self, request: protocol.RunRequest) -> Coroutine[Any, Any, None] | None:
        """Handle the request; a coroutine to await when a page's packages must be
        installed first (``page_packages.py``): the request goes on once they are."""
        return self._serve(lambda: self._handle_request(request))

    def _serve(self, serve: Callable[[], list[str] | None]) -> Coroutine[Any, Any, None] | None:
        needed: list[str] | None = None
        try:
            needed = serve()
        except KeyboardInterrupt:
            # The page's Stop (Pyodide's interrupt buffer) landed outside a run, in the
            # runner itself: nothing of the app is left running either way.
            context.set_ctx(None)
        finally:
            if needed is None:
                self._save_state()
                self.session.post({"type": "session:idle"})
        return None if needed is None else self._install_then_rerun(needed)

    async def _install_then_rerun(self, names: list[str]) -> None:
        """The page waits for its packages: install them, then run it (a rerun, as after
        st.rerun(): the request's widget values were taken by the run that stopped)."""
        await page_packages.load(names)
        more = self._serve(lambda: self._run_loop([], {}, {}))
        if more is not None:
            await more

    def _handle_request(self, request: protocol.RunRequest) -> list[str] | None:
        self.session.query_string = request.get("query_string", "")
        page_context.remember(request)  # what st.context reads during these runs
        if "page" in request and not request["fragment_ids"]:
            self._select_page(request["page"])
        fragment_ids = list(request["fragment_ids"])
        page_values: dict[str, Any] = dict(request.get("widget_states", {}))
        triggers: dict[str, Any] = dict(request.get("trigger_values", {}))
        return self._run_loop(fragment_ids, page_values, triggers)

    def _run_loop(
        self, fragment_ids: list[str], page_values: dict[str, Any], triggers: dict[str, Any]
    ) -> list[str] | None:
        """Runs until no rerun is asked for; the packages a page waits for, if one does."""
        while True:
            if fragment_ids:
                # A fragment forgotten by a full run (a late click, a timer tick that
                # raced the run) is ignored without an error, as in Streamlit 1.67.
                fragment_ids = [f for f in fragment_ids if f in self.session.fragments]
                if not fragment_ids:
                    break
                fragment_ids = lifetimes.order_fragment_ids(self.session.fragments, fragment_ids)
            rerun = self._run_once(fragment_ids, page_values, triggers)
            if self._packages_needed is not None:
                return self._packages_needed
            if rerun is None:
                break
            fragment_ids = rerun.fragment_id_queue
            page_values, triggers = {}, {}  # reruns carry no widget states
        return None

    def _save_state(self) -> None:
        """Post what of session state a restarted worker gets back, when it changed."""
        try:
            text, skipped = state_saving.save(self.session.state)
        except Exception:  # noqa: BLE001 - saving is a convenience; the run's result stands
            return
        saved = (text, skipped)
        if saved == self._last_saved:
            return
        self._last_saved = saved
        self.session.post({"type": "session:state", "state": text, "skipped": list(skipped)})

    # -- one run ----------------------------------------------------------------------

    def _run_once(
        self, fragment_ids: list[str], page_values: dict[str, Any], triggers: dict[str, Any]
    ) -> RerunException | None:
        """One run; the st.rerun() that ended it, if one did."""
        session = self.session
        self._packages_needed = None
        ctx = RunContext(
            run_id=f"run-{next(self._run_numbers)}",
            fragment_ids_this_run=list(fragment_ids),
            post=session.post,
        )
        if session.navigation is None and session.current_page is not None:
            ctx.active_page = session.current_page.url_path  # a pages/ page's element ids
        context.set_ctx(ctx)
        session.post(
            {"type": "run:started", "run_id": ctx.run_id, "fragment_ids": list(fragment_ids)}
        )
        previous_main = sys.modules.get("__main__")
        if session.module is not None:
            sys.modules["__main__"] = session.module
        rerun: RerunException | None = None
        premature = False
        status: protocol.RunStatus = "finished_fragment" if fragment_ids else "finished"
        try:
            code, compile_error, _ = session.page_code()
            if not fragment_ids and code is None:
                assert compile_error is not None
                self._show_exception(compile_error)
                status = "compile_error"
                premature = True
            else:
                changed = session.state.on_script_will_rerun(page_values, triggers)
                self._call_callbacks(changed)
                if fragment_ids:
                    premature = self._run_fragments(ctx)
                else:
                    self._exec_script()
        except PagePackagesNeeded as needed:
            # The page's packages first: a full run that ends at the loading line (the
            # page left is cleared; its widgets are not: no cleanup after a stopped run).
            self._packages_needed = needed.names
            premature = True
        except SwitchPageException as switch:
            navigation.requested(session, switch.url_path)
            rerun = RerunException(None, scope="app")
            status = "early_for_rerun"
        except RerunException as requested:
            rerun = requested
            status = "early_for_rerun"
        except (StopException, KeyboardInterrupt):
            # st.stop(), or the page's Stop button (Pyodide's interrupt buffer raises
            # KeyboardInterrupt): Streamlit ends a stopped run as it ends st.stop().
            premature = True
        except FragmentHandledException:
            premature = True  # already drawn inside the fragment; the script stops there
        except Exception as err:  # the app's own error: shown where the script stopped
            premature = True
            self._show_exception(err)
        finally:
            if previous_main is not None:
                sys.modules["__main__"] = previous_main
        self._finish(ctx, status, premature)
        return rerun

    def _select_page(self, url_path: str) -> None:
        """The page the address bar names (``navigation.requested``)."""
        navigation.requested(self.session, url_path)

    def _exec_script(self) -> None:
        session = self.session
        code, _, path = session.page_code()
        assert code is not None
        module = types.ModuleType("__main__")
        module.__file__ = str(path)
        module.__dict__["__builtins__"] = builtins
        module.__dict__.update(self.module_globals)
        if session.navigation is None and session.current_page is not None:
            page_packages.before_page(session.current_page.script)  # a pages/ page's own
        session.module = module
        sys.modules["__main__"] = module
        exec(code, module.__dict__)

    def _run_fragments(self, ctx: RunContext) -> bool:
        """Run the queued fragments; True when st.stop ended the run early."""
        fragments = self.session.fragments
        executed: set[str] = set()
        for fragment_id in ctx.fragment_ids_this_run:
            if lifetimes.has_ancestor_in(fragments, fragment_id, executed):
                continue  # its ancestor drew it again in this pass
            stored = fragments.get(fragment_id)
            if stored is None:
                continue
            executed.add(fragment_id)
            try:
                stored.run()
            except FragmentHandledException:
                continue  # shown inside that fragment; the next queued fragments still run
            except StopException:
                return True  # this fragment and every one queued after it stop
            finally:
                # However it ended, the nested fragments it did not call again are gone.
                self._forget_stale_descendants(ctx, fragment_id)
        return False

    def _forget_stale_descendants(self, ctx: RunContext, fragment_id: str) -> None:
        removed = lifetimes.clear_stale_descendants(
            self.session.fragments, fragment_id, ctx.new_fragment_ids
        )
        if removed:
            ctx.flush()  # keep the order: their last deltas, then the timers stop
            ctx.post({"type": "timer:clear", "fragment_ids": removed})

    def _call_callbacks(self, changed: list[WidgetMeta]) -> None:
        for meta in changed:
            if meta.on_change is None:
                continue
            try:
                meta.on_change(*meta.args, **meta.kwargs)
            except RerunException:
                # Since Streamlit 1.63 st.rerun() in a callback is allowed; the run that
                # follows the callback is that rerun.
                continue

    def _finish(self, ctx: RunContext, status: protocol.RunStatus, premature: bool) -> None:
        session = self.session
        if not premature:
            session.state.on_script_finished(ctx.widget_ids_this_run, ctx.fragment_ids_this_run)
        else:
            session.state.reset_triggers()  # no cleanup after an exception or st.stop
        if status == "finished" and not premature:
            # Forget fragments this full run did not call (and so their timers, which
            # the page cleared when the run started).
            session.fragments = {
                fid: stored
                for fid, stored in session.fragments.items()
                if fid in ctx.new_fragment_ids
            }
        ctx.flush()
        if session.is_multipage and not ctx.fragment_ids_this_run:
            self._post_nav()
        session.post({"type": "run:finished", "run_id": ctx.run_id, "status": status})
        context.set_ctx(None)

    def _post_nav(self) -> None:
        self.session.post(navigation.nav_message(self.session))

    # -- errors -----------------------------------------------------------------------

    def _show_exception(self, err: BaseException) -> None:
        from fragc.shim import api

        ctx = context.get_ctx()
        if ctx is not None:
            ctx.dg_stack.clear()  # `with` blocks were left by the exception
            ctx.current_fragment_id = None
        api._main.exception(err)
