"""``st.bottom``: the container pinned to the bottom of the main area.

Streamlit pins ``st.chat_input`` there by itself; ``st.bottom`` lets an app put
anything there (``st.bottom.write``, ``with st.bottom:``). As in Streamlit 1.67 it is
a proxy that refuses to be used from the sidebar, a dialog or the event container.
"""

from __future__ import annotations

from typing import Any

from fragc import protocol
from fragc.shim import context
from fragc.shim.errors import StreamlitInvalidLayoutContextError


class BottomContainerProxy:
    def __init__(self, bottom: Any) -> None:
        object.__setattr__(self, "_bottom_dg", bottom)

    def _check_context(self) -> None:
        ctx = context.get_ctx()
        if ctx is None or not ctx.dg_stack:
            return
        current = ctx.dg_stack[-1]
        if current._root == protocol.ROOT_SIDEBAR:
            raise StreamlitInvalidLayoutContextError(
                "`st.bottom` cannot be used inside `st.sidebar`. "
                "The bottom container is only available in the main app area."
            )
        if "dialog" in current._ancestors:
            raise StreamlitInvalidLayoutContextError(
                "`st.bottom` cannot be used inside a dialog. "
                "The bottom container is only available in the main app area."
            )
        if current._root == protocol.ROOT_EVENT:
            raise StreamlitInvalidLayoutContextError(
                "`st.bottom` cannot be used inside event containers. "
                "The bottom container is only available in the main app area."
            )

    def __getattr__(self, name: str) -> Any:
        self._check_context()
        return getattr(self._bottom_dg, name)

    def __enter__(self) -> Any:
        self._check_context()
        return self._bottom_dg.__enter__()

    def __exit__(self, *exc: object) -> Any:
        return self._bottom_dg.__exit__(*exc)

    def __repr__(self) -> str:
        return "st.bottom"
