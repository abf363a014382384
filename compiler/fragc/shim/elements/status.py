"""Progress and status: st.progress, st.spinner, st.status, st.balloons, st.snow.

These must show *while* the script runs: the shim posts pending deltas before every
``time.sleep`` and every ``FLUSH_INTERVAL_S`` (``context.py``); a spinner and a status
container also post at once when they open, since the code inside may compute for a
long time without writing anything.

``st.spinner`` in Streamlit 1.67 is a *transient* element: it is drawn at the next
slot of its container without taking it, and goes when the block ends. fragc has no
transient deltas, so the spinner is written at that next slot without advancing the
cursor: the first element written inside the block replaces it (Streamlit keeps the
spinner above that element until the block ends), and if nothing was written there,
an invisible ``empty`` clears the slot at the end (the next element replaces it).
Slot numbering is Streamlit's either way, so fragments re-enter at the same places.
"""

from __future__ import annotations

import contextlib
import itertools
import math
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Final, Literal

from fragc.protocol.elements import StatusProps
from fragc.shim import context
from fragc.shim.context import Cursor
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.elements.icons import clean_text
from fragc.shim.elements.layout_params import (
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)

if TYPE_CHECKING:
    from fragc.shim.context import RunContext

STATUS_STATES: Final = ("running", "complete", "error")
EXPANDABLE_TYPES: Final = ("default", "compact", "step")

# Each st.balloons / st.snow call gets a fresh number, so the page restarts the animation
# even when the same slot shows balloons again.
_effect_numbers = itertools.count(1)


def progress_value(value: Any) -> int:
    """0..100 from an int percentage or a 0.0..1.0 fraction, with Streamlit's errors."""
    if isinstance(value, int):
        if not 0 <= value <= 100:
            raise StreamlitValueOutOfRangeError("value", value, 0, 100)
        return int(value)
    if isinstance(value, float):
        inside = 0.0 <= value <= 1.0 or any(
            math.isclose(value, bound, rel_tol=1e-9, abs_tol=1e-9) for bound in (0.0, 1.0)
        )
        if not inside:
            raise StreamlitValueOutOfRangeError("value", value, 0.0, 1.0)
        return int(value * 100)
    raise StreamlitInvalidParameterTypeError("value", type(value).__name__, ["int", "float"])


def _progress_text(text: Any) -> str | None:
    if text is None:
        return None
    if isinstance(text, str):
        return clean_text(text)
    raise StreamlitInvalidParameterTypeError("text", type(text).__name__, ["str"])


@contextlib.contextmanager
def _watch_path(ctx: RunContext, path: tuple[int, ...]) -> Iterator[Callable[[], bool]]:
    """Yield a function telling whether anything was written at ``path`` meanwhile."""
    written = False
    previous = ctx.emit

    def emit(at: tuple[int, ...], **kwargs: Any) -> None:
        nonlocal written
        if tuple(at) == path:
            written = True
        previous(at, **kwargs)

    ctx.emit = emit  # type: ignore[method-assign,assignment]
    try:
        yield lambda: written
    finally:
        ctx.emit = previous  # type: ignore[method-assign]


class StatusMixin(DeltaGeneratorBase):
    def progress(self, value: Any, text: str | None = None, width: str | int = "stretch") -> Any:
        # The returned handle's .progress() replaces this bar in place (a locked cursor).
        return self._enqueue(
            {
                "kind": "progress",
                "props": {"value": progress_value(value), "text": _progress_text(text)},
            }
        )

    @contextlib.contextmanager
    def spinner(
        self,
        text: str = "In progress...",
        *,
        show_time: bool = False,
        _cache: bool = False,
        width: str | int = "content",
    ) -> Iterator[None]:
        ctx = context.get_ctx()
        if ctx is None:
            yield
            return
        dg = self._active()
        path = dg._cursor.peek()
        slot = dg._handle(Cursor(path, locked=True), ancestors=dg._ancestors)
        slot._enqueue(
            {
                "kind": "spinner",
                "props": {
                    "text": clean_text(text),
                    "show_time": bool(show_time),
                    "cache": bool(_cache),
                },
            },
        )
        ctx.flush()  # show it before the block computes
        done = False
        try:
            with _watch_path(ctx, path) as written_inside:
                try:
                    yield
                finally:
                    done = written_inside()
        finally:
            # Also on an exception: its message goes to this same slot right after.
            if not done and context.get_ctx() is ctx:
                slot._enqueue({"kind": "empty", "props": {}})

    def status(
        self,
        label: str,
        *,
        expanded: bool = False,
        state: Literal["running", "complete", "error"] = "running",
        type: Literal["default", "compact", "step"] = "default",
        width: str | int = "stretch",
    ) -> Any:
        if type not in EXPANDABLE_TYPES:
            raise StreamlitValueError("type", [repr(name) for name in EXPANDABLE_TYPES])
        if state not in STATUS_STATES:
            raise StreamlitValueError("state", [repr(name) for name in STATUS_STATES])
        props: StatusProps = {
            "label": label or "",
            "expanded": bool(expanded),
            "state": state,
            "type": type,
        }
        block = self._block({"kind": "status", "props": props})
        container = status_container_class()(
            block._root, block._own_cursor, ancestors=block._ancestors, form_id=block._form_id
        )
        container._status_props = props
        container._status_state = state
        ctx = context.get_ctx()
        if ctx is not None and block._own_cursor is not None:
            container._status_path = block._own_cursor.parent_path
            ctx.flush()  # Streamlit sleeps 50 ms here so the running state is seen
        return container

    def balloons(self) -> Any:
        return self._enqueue({"kind": "balloons", "props": {"effect": next(_effect_numbers)}})

    def snow(self) -> Any:
        return self._enqueue({"kind": "snow", "props": {"effect": next(_effect_numbers)}})


class StatusMethods:
    """What a status container adds to a container: ``update()`` and the closing state."""

    _status_path: tuple[int, ...] | None = None
    _status_props: StatusProps | None = None
    _status_state: str | None = None

    def update(
        self,
        *,
        label: str | None = None,
        expanded: bool | None = None,
        state: Literal["running", "complete", "error"] | None = None,
    ) -> None:
        if self._status_props is None:
            return
        props = self._status_props.copy()
        # None: the page keeps what it shows. The last value sent stays in the props: the
        # page applies a value only when it changes (a user's choice survives), and a
        # status drawn for the first time after this update still opens as asked.
        if expanded is not None:
            props["expanded"] = expanded
        if label is not None:
            props["label"] = label
        if state is not None:
            if state not in STATUS_STATES:
                raise StreamlitValueError("state", [repr(name) for name in STATUS_STATES])
            props["state"] = state
            self._status_state = state
        self._status_props = props
        ctx = context.get_ctx()
        if ctx is None or self._status_path is None:
            return
        ctx.emit(self._status_path, block={"kind": "status", "props": props})

    def __exit__(self, typ: Any, exc: Any, tb: Any) -> Literal[False]:
        if self._status_state == "running":
            ctx = context.get_ctx()
            if ctx is not None:
                ctx.flush()
            self.update(state="error" if typ is not None else "complete")
        super().__exit__(typ, exc, tb)  # type: ignore[misc]
        return False


_status_class: type | None = None


def status_container_class() -> type:
    """``StatusContainer``: a DeltaGenerator (all elements work on it) with ``update()``.

    Built on first use because the DeltaGenerator class is composed from this module.
    """
    global _status_class
    if _status_class is None:
        from fragc.shim.delta_generator import DeltaGenerator

        _status_class = type("StatusContainer", (StatusMethods, DeltaGenerator), {})
    return _status_class
