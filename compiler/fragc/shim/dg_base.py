"""The core of ``DeltaGenerator``: where an element goes and how it is sent.

A delta generator (DG) is a handle on a container. ``st.write`` uses the main DG, which
forwards to the innermost ``with`` container; ``outside.write`` uses ``outside``. Each
element call takes the next slot from the DG's cursor and emits one delta. The element
mixins (``fragc.shim.elements``, ``fragc.shim.widgets``) only build an element or a block
(typed per kind in ``fragc.protocol.elements``) and call ``_enqueue`` / ``_block``.
"""

from __future__ import annotations

from typing import Any, Literal

from fragc import protocol
from fragc.shim import cache_replay, context
from fragc.shim.context import Cursor
from fragc.shim.errors import sidebar_in_fragment_error


class DeltaGeneratorBase:
    """A container handle: its root, its own cursor (None for a root), its block ancestry."""

    def __init__(
        self,
        root: int,
        cursor: Cursor | None = None,
        *,
        ancestors: tuple[str, ...] = (),
        form_id: str = "",
        is_main: bool = False,
    ) -> None:
        self._root = root
        self._own_cursor = cursor
        self._ancestors = ancestors  # block kinds from the root down to this container
        self._form_id = form_id
        self._is_main = is_main

    # -- identity and placement ------------------------------------------------------

    def copy(self) -> DeltaGeneratorBase:
        twin = object.__new__(type(self))
        twin.__dict__.update(self.__dict__)
        twin._own_cursor = self._own_cursor.copy() if self._own_cursor else None
        return twin

    @property
    def _cursor(self) -> Cursor:
        if self._own_cursor is not None:
            return self._own_cursor
        ctx = context.get_ctx()
        assert ctx is not None, "a root container is only written during a run"
        return ctx.cursors[self._root]

    def _active(self) -> DeltaGeneratorBase:
        """The DG an element call really writes to: ``st.x`` goes to the innermost ``with``."""
        if self._is_main:
            ctx = context.get_ctx()
            if ctx is not None and ctx.dg_stack:
                return ctx.dg_stack[-1]
        return self

    @property
    def _writes_directly_to_sidebar(self) -> bool:
        return self._root == protocol.ROOT_SIDEBAR and not self._ancestors

    def __enter__(self) -> DeltaGeneratorBase:
        ctx = context.get_ctx()
        if ctx is not None:
            ctx.dg_stack.append(self)
        return self

    def __exit__(self, *exc: object) -> Literal[False]:
        ctx = context.get_ctx()
        if ctx is not None and ctx.dg_stack:
            ctx.dg_stack.pop()
        return False  # never swallow the exception

    # -- sending ---------------------------------------------------------------------

    def _enqueue(
        self,
        element: protocol.Element,
        *,
        key: str | None = None,
        widget: protocol.WidgetInfo | None = None,
    ) -> Any:
        """Write one element at the next slot; return a handle that replaces it when written.

        ``element`` is ``{"kind": ..., "props": {...}}``: mypy checks the props against the
        kind's TypedDict.
        """
        dg = self._active()
        ctx = context.get_ctx()
        if ctx is None:  # plain Python import of the script: Streamlit draws nothing either
            return dg
        if ctx.current_fragment_id is not None and dg._writes_directly_to_sidebar:
            raise sidebar_in_fragment_error()
        path = dg._cursor.take()
        # A cached function computing keeps what it draws, to draw it again on a hit.
        cache_replay.record_element(dg, element, widget=widget is not None or key is not None)
        if key is not None:
            element["key"] = key
        if widget is not None:
            element["widget"] = widget
        ctx.emit(path, element=element)
        return dg._handle(Cursor(path, locked=True), ancestors=dg._ancestors)

    def _block(
        self,
        block: protocol.Block,
        *,
        key: str | None = None,
        widget: protocol.WidgetInfo | None = None,
    ) -> Any:
        """Open a container at the next slot; return the DG that writes inside it.

        ``widget``: a container whose state is a widget (tabs, an expander or a popover
        with ``on_change``).
        """
        dg = self._active()
        ctx = context.get_ctx()
        if ctx is None:
            return dg
        path = dg._cursor.take()
        cache_replay.record_block()
        if key is not None:
            block["key"] = key
        if widget is not None:
            block["widget"] = widget
        ctx.emit(path, block=block)
        form_id = block["props"]["form_id"] if block["kind"] == "form" else dg._form_id
        return dg._handle(Cursor(path), ancestors=(*dg._ancestors, block["kind"]), form_id=form_id)

    def _handle(
        self, cursor: Cursor, *, ancestors: tuple[str, ...], form_id: str | None = None
    ) -> Any:
        return type(self)(
            self._root,
            cursor,
            ancestors=ancestors,
            form_id=self._form_id if form_id is None else form_id,
        )

    def _next_path(self) -> tuple[int, ...]:
        return self._active()._cursor.peek()

    @property
    def id(self) -> str:  # Streamlit exposes this; some apps log it
        return str(id(self))

    def __repr__(self) -> str:
        return f"DeltaGenerator(root={self._root}, ancestors={self._ancestors})"
