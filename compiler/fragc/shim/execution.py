"""st.rerun and st.stop: both unwind the run with a BaseException the runner catches."""

from __future__ import annotations

import itertools
from typing import NoReturn

from fragc.shim import context
from fragc.shim.errors import RerunException, StopException, StreamlitAPIException


def rerun(*, scope: str = "app") -> None:
    ctx = context.get_ctx()
    if ctx is None:
        return
    if scope == "fragment":
        if not ctx.is_fragment_run:
            raise StreamlitAPIException(
                'scope="fragment" can only be specified from `@st.fragment`-decorated functions '
                "during fragment reruns."
            )
        # The current fragment and those queued after it run again; earlier ones are done.
        queue = list(
            itertools.dropwhile(lambda fid: fid != ctx.current_fragment_id, ctx.fragment_ids_this_run)
        )
        raise RerunException(queue, scope="fragment")
    if scope != "app":
        raise StreamlitAPIException(
            f"'{scope}'is not a valid rerun scope. Valid scopes are 'app' and 'fragment'."
        )
    raise RerunException(None, scope="app")


def stop() -> NoReturn:
    ctx = context.get_ctx()
    if ctx is not None:
        ctx.flush()
    raise StopException()
