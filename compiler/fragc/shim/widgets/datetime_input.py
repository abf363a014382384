"""st.datetime_input: a date and a time of day in one field, as in Streamlit 1.67.

Values are minutes-precise naive datetimes (seconds, microseconds and time zones are
dropped, as Streamlit does). The wire value is Streamlit's: a list of one ISO string
``"YYYY-MM-DDTHH:MM"``, or ``[]`` for None. The page draws ``<input
type="datetime-local">`` (``runtime_js/src/render/datetime.js``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from fragc.protocol.elements import DatetimeInputProps
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.elements.layout_params import validate_width
from fragc.shim.errors import StreamlitValueAboveMaxError, StreamlitValueBelowMinError
from fragc.shim.widgets.dates import (
    DEFAULT_STEP_MINUTES,
    _validate_date_format,
    adjust_years,
    iso_date,
)
from fragc.shim.widgets.input_common import (
    StreamlitInvalidMinMaxError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueOutOfRangeError,
    callback_for,
    identity_parts,
    state_value,
)
from fragc.shim.widgets.registry import WidgetSpec, common_props, register_widget, to_key

_ISO_FORMAT = "%Y-%m-%dT%H:%M"
_LEGACY_FORMAT = "%Y/%m/%d, %H:%M"
_MIN_BOUND_TIME = time(0, 0)
_MAX_BOUND_TIME = time(23, 59)
_STRING_FORMATS = ("%Y/%m/%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S")


def normalize(value: datetime) -> datetime:
    return value.replace(tzinfo=None, second=0, microsecond=0)


def iso_datetime(value: datetime) -> str:
    value = normalize(value)
    return f"{iso_date(value.date())}T{value.hour:02d}:{value.minute:02d}"


def _combine(day: date, moment: time) -> datetime:
    return datetime.combine(day, moment.replace(tzinfo=None, second=0, microsecond=0))


def to_datetime(value: Any, *, fallback_date: date, fallback_time: time) -> datetime:
    """Streamlit's ``_convert_datetimelike_to_datetime``."""
    if value == "now":
        return normalize(datetime.now())
    if isinstance(value, datetime):
        return normalize(value)
    if isinstance(value, date):
        return _combine(value, fallback_time)
    if isinstance(value, time):
        return _combine(fallback_date, value)
    if isinstance(value, str):
        text = value.strip()
        try:
            return normalize(datetime.fromisoformat(text))
        except ValueError:
            pass
        for fmt in _STRING_FORMATS:
            try:
                return normalize(datetime.strptime(text, fmt))
            except ValueError:
                continue
        try:
            return _combine(date.fromisoformat(text), fallback_time)
        except ValueError:
            pass
        try:
            return _combine(fallback_date, time.fromisoformat(text))
        except ValueError:
            pass
    raise StreamlitInvalidParameterTypeError(
        "value", type(value).__name__, ["datetime", "date", "time", "ISO string", '"now"']
    )


@dataclass(frozen=True)
class DateTimeBounds:
    value: datetime | None
    min: datetime
    max: datetime

    @classmethod
    def parse(cls, value: Any, min_value: Any, max_value: Any) -> DateTimeBounds:
        parsed = (
            None
            if value is None
            else to_datetime(value, fallback_date=date.today(), fallback_time=_MIN_BOUND_TIME)
        )
        base = parsed.date() if parsed is not None else date.today()
        low = (
            _combine(adjust_years(base, -10), _MIN_BOUND_TIME)
            if min_value is None
            else to_datetime(min_value, fallback_date=base, fallback_time=_MIN_BOUND_TIME)
        )
        high = (
            _combine(adjust_years(base, 10), _MAX_BOUND_TIME)
            if max_value is None
            else to_datetime(max_value, fallback_date=base, fallback_time=_MAX_BOUND_TIME)
        )
        if low > high:
            raise StreamlitInvalidMinMaxError(low, high)
        if parsed is not None and parsed < low:
            raise StreamlitValueBelowMinError(parsed, low)
        if parsed is not None and parsed > high:
            raise StreamlitValueAboveMaxError(parsed, high)
        return cls(parsed, low, high)


@dataclass
class DateTimeSerde:
    default: datetime | None
    bounds: DateTimeBounds

    def deserialize(self, raw: Any) -> datetime | None:
        if not raw:
            return self.default
        text = raw[0] if isinstance(raw, list) else raw
        for fmt in (_ISO_FORMAT, _LEGACY_FORMAT):
            try:
                parsed = normalize(datetime.strptime(str(text), fmt))
                break
            except ValueError:
                continue
        else:
            return self.default
        if parsed < self.bounds.min or parsed > self.bounds.max:
            return self.default
        return parsed

    def serialize(self, value: datetime | None) -> list[str]:
        return [] if value is None else [iso_datetime(value)]


def _step_seconds(step: Any) -> int:
    if isinstance(step, bool) or not isinstance(step, (int, timedelta)):
        raise StreamlitInvalidParameterTypeError("step", type(step).__name__, ["int", "timedelta"])
    seconds = int(step.total_seconds()) if isinstance(step, timedelta) else step
    if not 60 <= seconds <= timedelta(hours=23).seconds:
        raise StreamlitValueOutOfRangeError("step", f"{seconds} seconds", "60 seconds", "23 hours")
    return seconds


class DateTimeWidgetMixin(DeltaGeneratorBase):
    def datetime_input(
        self,
        label: str,
        value: Any = "now",
        min_value: Any = None,
        max_value: Any = None,
        *,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | str | None = "rerun",
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        format: str = "YYYY/MM/DD",
        step: int | timedelta = timedelta(minutes=DEFAULT_STEP_MINUTES),
        disabled: bool = False,
        required: bool = False,
        label_visibility: str = "visible",
        width: int | str = "stretch",
        bind: str | None = None,
        persist_state: Any = None,
    ) -> datetime | None:
        user_key = to_key(key)
        callback = callback_for(on_change)
        bounds = DateTimeBounds.parse(value, min_value, max_value)
        explicit_bounds = min_value is not None or max_value is not None
        id_value = (
            (None if bounds.value is None else iso_datetime(bounds.value))
            if isinstance(value, (datetime, date, time))
            else value
        )
        id_parts = identity_parts(
            user_key,
            {
                "label": label,
                "value": id_value,
                "min_value": iso_datetime(bounds.min),
                "max_value": iso_datetime(bounds.max),
                "help": help,
                "format": format,
                "step": step,
                "width": width,
                "required": required,
            },
            keyed={"format", "step"},
        )
        _validate_date_format(format)
        seconds = _step_seconds(step)
        validate_width(width)
        default = bounds.value
        present, held = state_value(user_key)
        if present and held is None:
            default = None
        serde = DateTimeSerde(default, bounds)

        def sanitize(current: Any) -> tuple[Any, bool]:
            # Streamlit's _validate_datetime_value: outside explicit bounds -> the default.
            if current is None or not explicit_bounds:
                return current, False
            if current < bounds.min or current > bounds.max:
                return bounds.value, True
            return current, False

        props: DatetimeInputProps = {
            **common_props(label, help, disabled, label_visibility),
            "min": iso_datetime(bounds.min),
            "max": iso_datetime(bounds.max),
            "step": seconds,
            "format": format,
            "required": bool(required),
            "clearable": bounds.value is None and not required,
            "width": width,
            "ignore_rerun": on_change == "ignore",
        }
        result, _ = register_widget(
            self,
            WidgetSpec(
                element={"kind": "datetime_input", "props": props},
                user_key=user_key,
                id_parts=id_parts,
                default=default,
                deserialize=serde.deserialize,
                serialize=serde.serialize,
                on_change=callback,
                args=args,
                kwargs=kwargs,
                sanitize=sanitize,
            ),
        )
        return result  # type: ignore[no-any-return]
