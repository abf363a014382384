"""st.fragment: a function that can rerun on its own, in the slot it first drew into.

Calling a fragment function (Streamlit's ``wrap``): snapshot the cursors and the ``with``
stack, derive the fragment's id from its qualified name and the slot it is about to
fill (so one function called at two places is two fragments), store a closure over the
call's latest arguments, then run it. A fragment run calls the stored closure, which
puts the snapshots back first: that is how its output replaces its old output and
nothing else. The JS runtime never re-executes the script for a fragment run.
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from fragc.shim import context
from fragc.shim.errors import FragmentHandledException, StreamlitBadTimeStringError
from fragc.shim.session import StoredFragment, get_session
from fragc.timeparse import time_to_seconds, timer_interval

F = TypeVar("F", bound=Callable[..., Any])

EXPERIMENTAL_WARNING = (
    "Please replace `st.experimental_fragment` with `st.fragment`.\n\n"
    "`st.experimental_fragment` will be removed after 2025-01-01."
)


def _main_dg() -> Any:
    from fragc.shim import api  # the api module owns the main DG singleton

    return api._main


def fragment_id_for(func: Callable[..., Any], path: tuple[int, ...], extra: str = "") -> str:
    """Streamlit's id: md5 of module.qualname, the slot's delta path and extra hash info."""
    text = f"{func.__module__}.{func.__qualname__}{list(path)}{extra}"
    return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()


def make_fragment(
    func: Callable[..., Any],
    *,
    run_every: Any = None,
    additional_hash_info: str = "",
    deprecated_name: bool = False,
    full_app_scoped: bool = False,
    defined_as: Callable[..., Any] | None = None,
) -> Callable[..., Any]:
    """Wrap ``func`` as a fragment: ``wrap`` registers and runs it at each call.

    ``defined_as`` is the user's function when ``func`` wraps it (st.dialog): the
    fragment's static id names the user's definition.
    """
    static_id = static_fragment_id(defined_as or func)

    @functools.wraps(func)
    def wrap(*args: Any, **kwargs: Any) -> Any:
        ctx = context.get_ctx()
        if ctx is None:
            return None  # bare Python: Streamlit returns None without calling the function
        snapshot = ctx.snapshot()
        page = ctx.active_page  # a rerun draws with the ids of the page that defined it
        main = _main_dg()
        fragment_id = fragment_id_for(func, main._next_path(), additional_hash_info)

        def wrapped_fragment() -> Any:
            ctx = context.get_ctx()
            assert ctx is not None
            # Only a fragment the runner calls from the queue goes back to its slot. One
            # called inline by a rerunning parent keeps the parent's live cursors and
            # `with` stack: restoring copies there would detach the parent's containers
            # from what the child writes (Streamlit 1.67, #12514).
            if fragment_id in ctx.fragment_ids_this_run and ctx.current_fragment_id is None:
                ctx.restore(snapshot)
            if deprecated_name:
                main.warning(EXPERIMENTAL_WARNING)
            ctx.new_fragment_ids.add(fragment_id)
            previous = ctx.current_fragment_id
            previous_path = ctx.current_fragment_delta_path
            previous_page = ctx.active_page
            ctx.current_fragment_id = fragment_id
            ctx.active_page = page
            try:
                return _run_body(ctx, main, func, args, kwargs, static_id)
            finally:
                # Both go back to the parent's (1.67 scopes them; 1.40 reset the path).
                ctx.current_fragment_id = previous
                ctx.current_fragment_delta_path = previous_path
                ctx.active_page = previous_page

        session = get_session()
        session.fragments[fragment_id] = StoredFragment(
            fragment_id,
            func.__qualname__,
            wrapped_fragment,
            from_fragment_run=ctx.is_fragment_run,
            parent_id=ctx.current_fragment_id,
            full_app_scoped=full_app_scoped,
        )
        if run_every:
            try:
                interval = time_to_seconds(run_every)
            except ValueError as err:
                raise StreamlitBadTimeStringError(str(err)) from None
            # Streamlit passes any number on and the browser's timer then fires about
            # every millisecond for NaN, infinity or more than 24.8 days: clamp instead
            # (docs/differences.md).
            interval = timer_interval(interval) if interval is not None else None
            if interval:
                ctx.post({"type": "timer:set", "fragment_id": fragment_id, "interval": interval})
        return wrapped_fragment()

    return wrap


def static_fragment_id(func: Callable[..., Any]) -> str:
    """The compiler's id of a fragment definition: ``file:qualname`` (file relative to the
    app's directory, which is the worker's working directory), as in the manifest."""
    filename = func.__code__.co_filename
    if os.path.isabs(filename):
        filename = os.path.relpath(filename)
    return f"{Path(filename).as_posix()}:{func.__qualname__}"


def _run_body(
    ctx: context.RunContext,
    main: Any,
    func: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    static_id: str,
) -> Any:
    # Every fragment's output sits in its own container at the fragment's slot.
    container = main._fragment_container(static_id)
    ctx.current_fragment_delta_path = container._cursor.parent_path
    with container:
        try:
            return func(*args, **kwargs)
        except Exception as err:  # BaseException (rerun, stop) passes through untouched
            main.exception(err)
            raise FragmentHandledException(err) from err


def fragment(
    func: F | None = None,
    *,
    run_every: Any = None,
    parallel: bool = False,
    key: str | int | None = None,
) -> Any:
    """``@st.fragment``, ``@st.fragment()``, ``@st.fragment(run_every=...)``, ``st.fragment(f)``.

    1.67's ``parallel`` and ``key`` are accepted so unchanged scripts load: the worker has
    one thread, so a parallel fragment runs inline, and the key names nothing fragc can
    rerun yet (docs/differences.md).
    """
    if func is None:
        return lambda f: make_fragment(f, run_every=run_every)
    return make_fragment(func, run_every=run_every)


def experimental_fragment(func: F | None = None, *, run_every: Any = None) -> Any:
    """The deprecated alias. Only the bare form warns: with parentheses Streamlit takes the
    ``func is None`` branch, which calls the public ``fragment`` and loses the flag."""
    if func is None:
        return fragment(run_every=run_every)
    return make_fragment(func, run_every=run_every, deprecated_name=True)
