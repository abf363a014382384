"""st.rerun and st.stop: both unwind the run with a BaseException the runner catches."""

from __future__ import annotations

import itertools
from typing import NoReturn

from fragc.shim import context
from fragc.shim.errors import (
    RerunException,
    StopException,
    StreamlitAPIException,
    StreamlitInvalidLayoutContextError,
)


def rerun(scope: str = "app") -> None:
    # Positional since 1.67 (fragment keys may be passed as `st.rerun("charts")`).
    ctx = context.get_ctx()
    if ctx is None:
        return
    if scope == "fragment":
        if not ctx.is_fragment_run:
            raise StreamlitInvalidLayoutContextError(
                'scope="fragment" can only be specified from `@st.fragment`-decorated functions '
                "during fragment reruns."
            )
        # The current fragment and those queued after it run again; earlier ones are done.
        queue = list(
            itertools.dropwhile(
                lambda fid: fid != ctx.current_fragment_id, ctx.fragment_ids_this_run
            )
        )
        if not queue:
            # A nested fragment called inline by its rerunning parent is not in the
            # queue; an empty queue would mean a full run, so fail as 1.67 does.
            raise RuntimeError(
                "Could not find current_fragment_id in fragment_id_queue. This should never happen."
            )
        raise RerunException(queue, scope="fragment")
    if scope != "app":
        # 1.67 reads any other scope as a fragment key (@st.fragment(key=...)), which
        # only a widget callback may pass; fragc has no keyed reruns.
        raise StreamlitAPIException(
            "Passing a fragment key to `st.rerun()` is only allowed from a widget callback "
            "(e.g. `on_change` / `on_click`). Calling it from the main script body or a "
            "fragment body would abort the current run. If you meant to rerun the whole app "
            "or the current fragment, use `scope='app'` or `scope='fragment'`."
        )
    raise RerunException(None, scope="app")


def stop() -> NoReturn:
    ctx = context.get_ctx()
    if ctx is not None:
        ctx.flush()
    raise StopException()
