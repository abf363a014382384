"""st.space and st.skeleton: room in the layout, and a "loading" placeholder.

``st.space(size)`` is an empty element of a named size (Streamlit's rem values) or a
number of pixels. ``st.skeleton()`` draws an animated placeholder and returns a
:class:`SkeletonPlaceholder`: writing to it replaces the skeleton (like ``st.empty``);
used as ``with st.skeleton():`` the skeleton shows only if the block takes longer than
half a second (the page delays it, as Streamlit's timer does) and goes when the block
ends, while what the block writes lands in the parent container, as with
``st.spinner``.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any, Literal

from fragc.protocol.elements import SkeletonProps, SpaceProps
from fragc.shim import context
from fragc.shim.context import Cursor
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.elements.layout_params import validate_height, validate_width
from fragc.shim.elements.status import _watch_path
from fragc.shim.errors import StreamlitValueError

SIZE_TO_REM = {
    "xxsmall": 0.25,
    "xsmall": 0.5,
    "small": 0.75,
    "medium": 2.5,
    "large": 4.25,
    "xlarge": 6,
    "xxlarge": 8,
}
_SPACE_SIZES = ("stretch", *SIZE_TO_REM)
# How long a `with st.skeleton():` block may take before the skeleton shows (Streamlit's).
SKELETON_DELAY_MS = 500


def validate_space_size(size: Any) -> None:
    valid = (isinstance(size, str) and size in _SPACE_SIZES) or (
        isinstance(size, int) and not isinstance(size, bool) and size > 0
    )
    if not valid:
        raise StreamlitValueError(
            "size",
            [*(f"'{name}'" for name in _SPACE_SIZES), "a positive integer"],
            detail=f"Got {size!r}.",
        )


class SkeletonPlaceholder:
    """What ``st.skeleton`` returns: the skeleton's slot, which any element replaces."""

    def __init__(self, slot: Any, props: SkeletonProps) -> None:
        self._slot = slot
        self._props = props
        self._watch: Any = None
        self._path: tuple[int, ...] | None = None
        self._parent: Any = None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")
        return getattr(self._slot, name)

    def __enter__(self) -> SkeletonPlaceholder:
        ctx = context.get_ctx()
        if ctx is None:
            return self
        self._slot.empty()  # the standalone skeleton goes; a delayed one shows instead
        parent = self._parent
        if parent is None:
            return self
        path = parent._cursor.peek()
        self._path = path
        self._transient = parent._handle(Cursor(path, locked=True), ancestors=parent._ancestors)
        delayed: SkeletonProps = {**self._props, "delay_ms": SKELETON_DELAY_MS}
        self._transient._enqueue({"kind": "skeleton", "props": delayed})
        ctx.flush()
        self._watch = _watch_path(ctx, path)
        self._written = self._watch.__enter__()
        return self

    def __exit__(
        self,
        typ: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> Literal[False]:
        if self._watch is None:
            return False
        written = self._written()
        self._watch.__exit__(typ, exc, tb)
        self._watch = None
        if not written and context.get_ctx() is not None:
            self._transient._enqueue({"kind": "empty", "props": {}})
        return False


class PlaceholdersMixin(DeltaGeneratorBase):
    def space(self, size: int | str = "small") -> Any:
        validate_space_size(size)
        props: SpaceProps = {
            "size": size,
            "rem": SIZE_TO_REM.get(size) if isinstance(size, str) else None,
        }
        return self._enqueue({"kind": "space", "props": props})

    def skeleton(
        self,
        height: int | str | None = None,
        *,
        width: int | str = "stretch",
    ) -> SkeletonPlaceholder:
        if height is not None:
            validate_height(height)
        validate_width(width)
        props: SkeletonProps = {
            "height": height if isinstance(height, int) else None,
            "stretch_height": height == "stretch",
            "width": width if isinstance(width, int) else None,
        }
        parent = self._active()
        placeholder = SkeletonPlaceholder(
            self._enqueue({"kind": "skeleton", "props": props}), props
        )
        placeholder._parent = parent
        return placeholder
