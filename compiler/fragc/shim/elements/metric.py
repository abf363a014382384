"""st.metric: a value with its label, its change (delta) and an optional sparkline.

Streamlit 1.67's signature, checks and colours (``elements/metric.py``): Python decides
the delta's colour and arrow, the page draws them.
"""

from __future__ import annotations

import numbers
from typing import Any, Final, Literal

from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.elements.icons import clean_text, validate_icon_or_emoji
from fragc.shim.elements.layout_params import (
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)
from fragc.shim.errors import StreamlitAPIException

PALETTE: Final = ("red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "primary")
DELTA_COLORS: Final = ("normal", "inverse", "off", *PALETTE)
DELTA_ARROWS: Final = ("auto", "up", "down", "off")
LABEL_VISIBILITIES: Final = ("visible", "hidden", "collapsed")
Direction = Literal["up", "down", "none"]  # the delta's arrow
_ARROW_DIRECTIONS: Final[dict[str, Direction]] = {"off": "none", "up": "up", "down": "down"}


def metric_number(value: Any, parameter: str) -> str:
    """Streamlit's from_number: str() of a real number (NumPy scalars through .item())."""
    if isinstance(value, numbers.Number):
        return str(value)
    item = getattr(value, "item", None)
    if callable(item):
        try:
            plain = item()
        except Exception:  # noqa: BLE001 - anything that is not a scalar falls through
            plain = None
        if isinstance(plain, (int, float)):
            return str(plain)
    raise StreamlitInvalidParameterTypeError(
        parameter,
        type(value).__name__,
        ["int", "float", "Decimal", "NumPy number"],
        detail="Convert the value to a number type.",
    )


def delta_color_and_direction(delta_color: str, delta: Any) -> tuple[str, Direction]:
    """(colour, "up"|"down"|"none") of a metric's delta, as Streamlit decides them."""
    if delta_color not in DELTA_COLORS:
        raise StreamlitValueError("delta_color", [f"'{c}'" for c in DELTA_COLORS])
    if delta is None or delta == "":
        return "gray", "none"
    text = clean_text(delta)
    direction: Direction
    if (text == "0") if isinstance(delta, str) else bool(delta == 0):
        direction = "none"
    elif text.startswith("-"):
        direction = "down"
    else:
        direction = "up"
    if delta_color in PALETTE:
        return ("gray" if delta_color == "grey" else delta_color), direction
    if direction == "none" or delta_color == "off":
        return "gray", direction
    down = direction == "down"
    if delta_color == "normal":
        return ("red" if down else "green"), direction
    return ("green" if down else "red"), direction  # inverse


class MetricMixin(DeltaGeneratorBase):
    def metric(
        self,
        label: str,
        value: Any,
        delta: Any = None,
        delta_color: str = "normal",
        *,
        help: str | None = None,
        icon: str | None = None,
        label_visibility: str = "visible",
        border: bool = False,
        width: str | int = "stretch",
        height: str | int = "content",
        chart_data: Any = None,
        chart_type: str = "line",
        delta_arrow: str = "auto",
        format: str | None = None,
        delta_description: str | None = None,
    ) -> Any:
        if label_visibility not in LABEL_VISIBILITIES:
            raise StreamlitValueError("label_visibility", ["'visible'", "'hidden'", "'collapsed'"])
        shown_value = (
            "—"
            if value is None
            else value
            if isinstance(value, str)
            else metric_number(value, "value")
        )
        if delta is None or delta == "":
            shown_delta = ""
        elif isinstance(delta, str):
            shown_delta = clean_text(delta)
        else:
            shown_delta = metric_number(delta, "delta")
        color, direction = delta_color_and_direction(clean_text(delta_color), delta)
        arrow = clean_text(delta_arrow)
        if arrow not in DELTA_ARROWS:
            raise StreamlitValueError("delta_arrow", [f"'{a}'" for a in DELTA_ARROWS])
        if arrow != "auto":
            direction = _ARROW_DIRECTIONS[arrow]
        chart: list[float] = []
        for point in _as_list(chart_data):
            try:
                chart.append(float(point))
            except Exception as err:
                raise StreamlitAPIException(
                    "Only numeric values are supported for chart data sequence. The value "
                    f"'{point}' is of type {type(point)} and cannot be converted to float."
                ) from err
        return self._enqueue(
            {
                "kind": "metric",
                "props": {
                    "label": "" if label is None else str(label),
                    "value": shown_value,
                    "delta": shown_delta or None,
                    "delta_color": delta_color,
                    "color": color,
                    "direction": direction,
                    "delta_description": delta_description,
                    "help": clean_text(help) if help is not None else None,
                    "icon": validate_icon_or_emoji(icon) or None,
                    "label_visibility": label_visibility,
                    "border": bool(border),
                    "chart_data": chart,
                    "chart_type": chart_type if chart_type in ("line", "bar", "area") else "line",
                    "format": None if format is None else str(format),
                    "value_is_number": value is not None and not isinstance(value, str),
                    "delta_is_number": delta is not None and not isinstance(delta, str),
                },
            }
        )


def _as_list(data: Any) -> list[Any]:
    if data is None:
        return []
    tolist = getattr(data, "tolist", None)  # NumPy arrays, pandas Series
    if callable(tolist):
        data = tolist()
    if isinstance(data, dict):
        return list(data.values())
    if isinstance(data, (str, bytes)):
        return [data]
    try:
        return list(data)
    except TypeError:
        return [data]
