"""st.pagination: page buttons with previous/next arrows; the value is the page number.

The page draws Streamlit's buttons and ellipses (the same choice of visible pages,
``runtime_js/src/render/pagination.js``) and sends the chosen page (an int from 1).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fragc.protocol.elements import PaginationProps
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.elements.layout_params import validate_width
from fragc.shim.errors import StreamlitAPIException
from fragc.shim.widgets.input_common import (
    StreamlitInvalidParameterTypeError,
    StreamlitValueOutOfRangeError,
    callback_for,
)
from fragc.shim.widgets.registry import WidgetSpec, register_widget, to_key


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class PaginationMixin(DeltaGeneratorBase):
    def pagination(
        self,
        num_pages: int,
        *,
        default: int = 1,
        max_visible_pages: int | None = 7,
        width: int | str = "content",
        key: Any = None,
        on_change: Callable[..., Any] | str | None = "rerun",
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        disabled: bool = False,
        bind: str | None = None,
        persist_state: Any = None,
    ) -> int:
        user_key = to_key(key)
        callback = callback_for(on_change)
        if not _is_int(num_pages) or num_pages < 1:
            raise StreamlitAPIException(
                f"`num_pages` must be an integer of at least 1. Got {num_pages}."
            )
        if not _is_int(default):
            raise StreamlitInvalidParameterTypeError("default", type(default).__name__, ["int"])
        if not 1 <= default <= num_pages:
            raise StreamlitValueOutOfRangeError("default", default, 1, num_pages)
        if max_visible_pages is not None and (
            not _is_int(max_visible_pages) or max_visible_pages < 0
        ):
            raise StreamlitAPIException(
                "`max_visible_pages` must be a non-negative integer or None. "
                f"Got {max_visible_pages}."
            )
        validate_width(width, allow_content=True)

        def deserialize(raw: Any) -> int:
            return raw if _is_int(raw) else default

        def sanitize(value: Any) -> tuple[Any, bool]:
            # A page outside 1..num_pages (fewer pages now, or a bad session state write).
            if _is_int(value) and 1 <= value <= num_pages:
                return value, False
            return default, True

        props: PaginationProps = {
            "num_pages": num_pages,
            "default": default,
            "max_visible_pages": max_visible_pages,
            "disabled": bool(disabled),
            "width": width,
            "ignore_rerun": on_change == "ignore",
        }
        value, _ = register_widget(
            self,
            WidgetSpec(
                element={"kind": "pagination", "props": props},
                user_key=user_key,
                id_parts={}
                if user_key is not None
                else {
                    "num_pages": num_pages,
                    "default": default,
                    "max_visible_pages": max_visible_pages,
                    "width": width,
                },
                default=default,
                deserialize=deserialize,
                sanitize=sanitize,
                on_change=callback,
                args=args,
                kwargs=kwargs,
            ),
        )
        return int(value)
