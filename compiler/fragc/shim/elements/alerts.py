"""Status elements: alerts, toasts and metrics."""

from __future__ import annotations

from typing import Any

from fragc import protocol
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.errors import StreamlitAPIException


class AlertMixin(DeltaGeneratorBase):
    def _alert(self, variant: str, body: Any, icon: str | None) -> Any:
        return self._enqueue("alert", {"variant": variant, "body": str(body), "icon": icon})

    def info(self, body: Any, *, icon: str | None = None, width: str | int = "stretch") -> Any:
        return self._alert("info", body, icon)

    def success(self, body: Any, *, icon: str | None = None, width: str | int = "stretch") -> Any:
        return self._alert("success", body, icon)

    def warning(self, body: Any, *, icon: str | None = None, width: str | int = "stretch") -> Any:
        return self._alert("warning", body, icon)

    def error(self, body: Any, *, icon: str | None = None, width: str | int = "stretch") -> Any:
        return self._alert("error", body, icon)

    def toast(self, body: Any, *, icon: str | None = None, duration: str | int = "short") -> Any:
        if body is None or str(body) == "":
            raise StreamlitAPIException("Toast body cannot be blank - please provide a message.")
        seconds = {"short": 4, "long": 10, "infinite": None}.get(duration, duration)  # type: ignore[arg-type]
        # Toasts live in the event root, wherever the call happens (Streamlit's event_dg).
        event = type(self)(protocol.ROOT_EVENT)
        return event._enqueue("toast", {"body": str(body), "icon": icon, "duration": seconds})

    def metric(
        self,
        label: str,
        value: Any,
        delta: Any = None,
        delta_color: str = "normal",
        help: str | None = None,
        label_visibility: str = "visible",
        border: bool = False,
        *,
        width: str | int = "stretch",
        height: str | int = "content",
        chart_data: Any = None,
        chart_type: str = "line",
        delta_arrow: str = "auto",
    ) -> Any:
        if delta_color not in ("normal", "inverse", "off"):
            raise StreamlitAPIException(
                f"'{delta_color}' is not an accepted value. delta_color only accepts: "
                "'normal', 'inverse', or 'off'"
            )
        return self._enqueue(
            "metric",
            {
                "label": str(label),
                "value": "—" if value is None else str(value),
                "delta": None if delta is None or delta == "" else str(delta),
                "delta_color": delta_color,
                "help": help,
                "label_visibility": label_visibility,
                "border": bool(border),
            },
        )
