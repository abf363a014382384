"""Messages to the user: alerts, exceptions and toasts.

Streamlit 1.67's signatures and checks (``elements/alert.py``, ``exception.py``,
``toast.py``). An alert whose body starts with an emoji or a Material icon and no
``icon=`` gets that icon, as in Streamlit. ``st.toast`` writes to the event
container (Streamlit binds it to ``_event``), ``container.toast`` into the container;
the page shows a toast when its delta arrives, wherever it is.
"""

from __future__ import annotations

from typing import Any, Final, Literal

from fragc import protocol
from fragc.protocol.elements import AlertElement
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.elements.icons import clean_text, extract_leading_icon, validate_icon_or_emoji
from fragc.shim.elements.layout_params import (
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from fragc.shim.tracebacks import exception_props

TOAST_DURATIONS: Final = {"short": 4, "long": 10, "infinite": None}


def _alert(
    variant: Literal["info", "success", "warning", "error"], body: Any, icon: str | None, title: Any
) -> AlertElement:
    text = clean_text(body)
    if icon is not None:
        shown_icon = validate_icon_or_emoji(icon)
    else:
        shown_icon, text = extract_leading_icon(text)
    return {
        "kind": "alert",
        "props": {
            "variant": variant,
            "body": text,
            "icon": shown_icon or None,
            "title": clean_text(title) if title is not None else None,
        },
    }


class AlertMixin(DeltaGeneratorBase):
    def error(
        self, body: Any, *, icon: str | None = None, width: str | int = "stretch", title: Any = None
    ) -> Any:
        return self._enqueue(_alert("error", body, icon, title))

    def warning(
        self, body: Any, *, icon: str | None = None, width: str | int = "stretch", title: Any = None
    ) -> Any:
        return self._enqueue(_alert("warning", body, icon, title))

    def info(
        self, body: Any, *, icon: str | None = None, width: str | int = "stretch", title: Any = None
    ) -> Any:
        return self._enqueue(_alert("info", body, icon, title))

    def success(
        self, body: Any, *, icon: str | None = None, width: str | int = "stretch", title: Any = None
    ) -> Any:
        return self._enqueue(_alert("success", body, icon, title))

    def exception(self, exception: BaseException, width: str | int = "stretch") -> Any:
        return self._enqueue({"kind": "exception", "props": exception_props(exception)})

    def toast(
        self,
        body: Any,
        *,
        icon: str | None = None,
        duration: str | int = "short",
    ) -> Any:
        if str(body) == "":
            raise StreamlitMissingRequiredParameterError("body", detail="Please provide a message.")
        text = clean_text(body)
        shown_icon = validate_icon_or_emoji(icon)
        if isinstance(duration, str) and duration in TOAST_DURATIONS:
            seconds = TOAST_DURATIONS[duration]
        elif isinstance(duration, int) and not isinstance(duration, bool) and duration > 0:
            seconds = duration
        else:
            raise StreamlitValueError(
                "duration", ["short", "long", "infinite", "a positive integer"]
            )
        # st.toast is bound to Streamlit's event container, whatever `with` block is open.
        target = type(self)(protocol.ROOT_EVENT) if self._is_main else self
        return target._enqueue(
            {
                "kind": "toast",
                "props": {"body": text, "icon": shown_icon or None, "duration": seconds},
            }
        )
