"""st.date_input (one date or a range) and st.time_input, as in Streamlit 1.67.

Wire values are Streamlit's: a date input's value is a list of ISO dates (``[]`` empty,
one for a single date, one or two for a range); a time input's is ``"HH:MM"`` (or
``"HH:MM:SS"`` when ``step`` is not whole minutes) or None.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from fragc.protocol.elements import DateInputProps, TimeInputProps
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.errors import StreamlitValueAboveMaxError, StreamlitValueBelowMinError
from fragc.shim.widgets.input_common import (
    StreamlitInvalidMinMaxError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
    callback_for,
    identity_parts,
    state_value,
)
from fragc.shim.widgets.registry import WidgetSpec, common_props, register_widget, to_key

DateReturn = date | tuple[()] | tuple[date] | tuple[date, date] | None

DEFAULT_STEP_MINUTES = 15
SUPPORTED_DATE_FORMATS = (
    "YYYY/MM/DD",
    "DD/MM/YYYY",
    "MM/DD/YYYY",
    "YYYY.MM.DD",
    "DD.MM.YYYY",
    "MM.DD.YYYY",
    "YYYY-MM-DD",
    "DD-MM-YYYY",
    "MM-DD-YYYY",
)
_ALLOWED_DATE_FORMATS = re.compile(
    "^(" + "|".join(re.escape(fmt) for fmt in SUPPORTED_DATE_FORMATS) + ")$"
)


# ----------------------------------------------------------------------- dates


def iso_date(value: date) -> str:
    # strftime does not zero-pad years below 1000 on glibc; the page needs four digits.
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


def adjust_years(value: date, years: int) -> date:
    """``value`` moved by whole years, clamped to date.min/date.max; Feb 29 becomes Feb 28."""
    year = value.year + years
    if year > date.max.year:
        return date.max
    if year < date.min.year:
        return date.min
    try:
        return value.replace(year=year)
    except ValueError:
        return value.replace(year=year, day=28)


def to_date(value: Any, parameter: str = "value") -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if value == "today":
        return datetime.now().date()
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            try:
                return datetime.fromisoformat(value).date()
            except ValueError:
                pass
    raise StreamlitInvalidParameterTypeError(
        parameter, type(value).__name__, ["date", "datetime", "ISO string", '"today"']
    )


def _parse_dates(value: Any) -> tuple[list[date] | None, bool]:
    """(the dates, is a range): a list or tuple makes a range, as in Streamlit."""
    if value is None:
        return None, False
    if isinstance(value, Sequence) and not isinstance(value, str):
        if len(value) > 2:
            raise StreamlitInvalidParameterTypeError(
                "value",
                type(value).__name__,
                ["date", "datetime", "sequence of 0 to 2 date or datetime values"],
            )
        return [to_date(v) for v in value], True
    return [to_date(value)], False


def _bound(given: Any, parameter: str, fallback: date) -> date:
    if given is None:
        return fallback
    if isinstance(given, (datetime, date, str)):
        return to_date(given, parameter)
    raise StreamlitInvalidParameterTypeError(
        parameter, type(given).__name__, ["date", "datetime", "ISO string", "None"]
    )


@dataclass(frozen=True)
class DateConfig:
    """A date input's parsed default, bounds and mode."""

    value: list[date] | None
    is_range: bool
    min: date
    max: date

    @classmethod
    def parse(cls, value: Any, min_value: Any, max_value: Any) -> DateConfig:
        dates, is_range = _parse_dates(value)
        # Default bounds: ten years either side of the value (of today without one).
        low = _bound(min_value, "min_value", adjust_years(dates[0] if dates else date.today(), -10))
        high = _bound(
            max_value, "max_value", adjust_years(dates[-1] if dates else date.today(), 10)
        )
        if value == "today" and dates:
            # "today" outside explicit bounds snaps to the nearest bound.
            dates = [min(max(dates[0], low), high)]
        config = cls(dates, is_range, low, high)
        if low > high:
            raise StreamlitInvalidMinMaxError(low, high)
        if dates:
            if dates[0] < low:
                raise StreamlitValueBelowMinError(dates[0], low)
            if dates[-1] > high:
                raise StreamlitValueAboveMaxError(dates[-1], high)
        return config

    @property
    def default(self) -> DateReturn:
        if not self.value:
            return () if self.is_range else None
        return tuple(self.value) if self.is_range else self.value[0]  # type: ignore[return-value]

    def deserialize(self, raw: Any) -> DateReturn:
        """The page's list of ISO dates -> a date, a tuple of dates, or None / ()."""
        dates: list[date] | None = None
        if isinstance(raw, (list, tuple)):
            try:
                dates = [date.fromisoformat(str(v).replace("/", "-")) for v in raw]
            except ValueError:
                dates = self.value
            else:
                if any(d < self.min or d > self.max for d in dates):
                    dates = self.value
        elif raw is not None:
            dates = self.value
        if not dates:
            return () if self.is_range else None
        return tuple(dates) if self.is_range else dates[0]  # type: ignore[return-value]

    @staticmethod
    def serialize(value: Any) -> list[str]:
        if value is None:
            return []
        items = list(value) if isinstance(value, (list, tuple)) else [value]
        return [iso_date(d.date() if isinstance(d, datetime) else d) for d in items]

    def out_of_bounds(self, current: Any) -> bool:
        """Does a value kept from an earlier run no longer fit this run's mode or bounds?"""
        if current is None:
            return False

        def outside(d: date) -> bool:
            d = d.date() if isinstance(d, datetime) else d
            return d < self.min or d > self.max

        if self.is_range and isinstance(current, tuple):
            return bool(current) and (outside(current[0]) or outside(current[-1]))
        if not self.is_range and isinstance(current, date):
            return outside(current)
        return True  # a single date where a range is expected, or the reverse


def _validate_date_format(date_format: object) -> None:
    if not isinstance(date_format, str):
        raise StreamlitInvalidParameterTypeError("format", type(date_format).__name__, ["str"])
    if not _ALLOWED_DATE_FORMATS.match(date_format):
        raise StreamlitValueError(
            "format",
            [repr(fmt) for fmt in SUPPORTED_DATE_FORMATS],
            detail=f"Provided value: {date_format!r}.",
        )


def _id_date(value: Any) -> str | None:
    """A date-like argument as it enters the widget id (stable across days for "today")."""
    if value == "today" or value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, datetime):
        return iso_date(value.date())
    if isinstance(value, date):
        return iso_date(value)
    return None


# ----------------------------------------------------------------------- times


def to_time(value: Any) -> time:
    if value == "now":
        return datetime.now().time().replace(microsecond=0)
    if isinstance(value, str):
        try:
            return time.fromisoformat(value).replace(microsecond=0)
        except ValueError:
            try:
                return datetime.fromisoformat(value).time().replace(microsecond=0)
            except ValueError:
                pass
    if isinstance(value, datetime):
        return value.time().replace(microsecond=0, tzinfo=None)
    if isinstance(value, time):
        return value
    raise StreamlitInvalidParameterTypeError(
        "value", type(value).__name__, ["datetime", "time", "ISO string"]
    )


@dataclass
class TimeSerde:
    default: time | None
    step: int

    @property
    def wire_format(self) -> str:
        return "%H:%M" if self.step % 60 == 0 else "%H:%M:%S"

    def deserialize(self, raw: Any) -> time | None:
        if raw is None or raw == "":
            return None if raw is None else self.default
        parsed: time | None = None
        for fmt in ("%H:%M:%S", "%H:%M"):
            try:
                parsed = datetime.strptime(str(raw), fmt).time()
                break
            except ValueError:
                continue
        if parsed is None:
            return self.default
        if self.step % 60 == 0:
            parsed = parsed.replace(second=0, microsecond=0)
        return parsed

    def serialize(self, value: Any) -> str | None:
        if value is None:
            return None
        if isinstance(value, datetime):
            value = value.time()
        return str(value.strftime(self.wire_format))


def _step_seconds(step: Any) -> int:
    if isinstance(step, bool) or not isinstance(step, (int, timedelta)):
        raise StreamlitInvalidParameterTypeError("step", type(step).__name__, ["int", "timedelta"])
    seconds = int(step.total_seconds()) if isinstance(step, timedelta) else step
    if not 1 <= seconds <= timedelta(hours=23).seconds:
        raise StreamlitValueOutOfRangeError("step", f"{seconds} seconds", "1 second", "23 hours")
    return seconds


# ----------------------------------------------------------------------- widgets


class DateTimeInputMixin(DeltaGeneratorBase):
    def date_input(
        self,
        label: str,
        value: Any = "today",
        min_value: Any = None,
        max_value: Any = None,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | str | None = "rerun",
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        format: str = "YYYY/MM/DD",
        disabled: bool = False,
        required: bool = False,
        label_visibility: str = "visible",
        width: str | int = "stretch",
        bind: str | None = None,
        persist_state: Any = None,
    ) -> DateReturn:
        user_key = to_key(key)
        callback = callback_for(on_change)
        if isinstance(value, Sequence) and not isinstance(value, str):
            id_value: Any = [_id_date(v) for v in value]
        else:
            id_value = _id_date(value)
        id_parts = identity_parts(
            user_key,
            {
                "label": label,
                "value": id_value,
                "min_value": _id_date(min_value),
                "max_value": _id_date(max_value),
                "help": help,
                "format": format,
                "width": width,
                "required": required,
            },
            keyed={"format"},
        )
        _validate_date_format(format)
        config = DateConfig.parse(value, min_value, max_value)
        if value == "today":
            # No default: whether this is a range widget is read from session state.
            present, held = state_value(user_key)
            if present:
                config = DateConfig.parse(held, min_value, max_value)
        explicit_bounds = min_value is not None or max_value is not None

        labelled = common_props(label, help, disabled, label_visibility)
        props: DateInputProps = {
            **labelled,
            "is_range": config.is_range,
            "min": iso_date(config.min),
            "max": iso_date(config.max),
            "format": format,
            "required": bool(required),
            "clearable": config.value is None,
            "ignore_rerun": on_change == "ignore",
        }

        def sanitize(current: Any) -> tuple[Any, bool]:
            # New bounds (or mode) that no longer admit the kept value: back to the
            # default, pushed to the page (1.67 checks only bounds the app gave).
            if explicit_bounds and config.out_of_bounds(current):
                return config.default, True
            return current, False

        current, _ = register_widget(
            self,
            WidgetSpec(
                element={"kind": "date_input", "props": props},
                user_key=user_key,
                id_parts=id_parts,
                default=config.default,
                deserialize=config.deserialize,
                serialize=config.serialize,
                on_change=callback,
                args=args,
                kwargs=kwargs,
                sanitize=sanitize,
            ),
        )
        return current  # type: ignore[no-any-return]

    def time_input(
        self,
        label: str,
        value: Any = "now",
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | str | None = "rerun",
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        required: bool = False,
        label_visibility: str = "visible",
        step: int | timedelta = timedelta(minutes=DEFAULT_STEP_MINUTES),
        format: str = "24h",
        width: str | int = "stretch",
        bind: str | None = None,
        persist_state: Any = None,
    ) -> time | None:
        user_key = to_key(key)
        callback = callback_for(on_change)
        parsed = None if value is None else to_time(value)
        raw_step = (
            int(step.total_seconds())
            if isinstance(step, timedelta)
            else step
            if isinstance(step, int)
            else 0
        )
        if parsed is not None and raw_step > 0 and raw_step % 60 == 0:
            # Minute steps: seconds never matter (and would change the id every second).
            parsed = parsed.replace(second=0, microsecond=0)
        id_parts = identity_parts(
            user_key,
            {
                "label": label,
                "value": parsed if isinstance(value, (datetime, time)) else value,
                "help": help,
                "step": step,
                "width": width,
                "required": required,
            },
            keyed={"step"},
        )
        present, held = state_value(user_key)
        if present and held is None:
            parsed = None
        seconds = _step_seconds(step)
        if format not in ("12h", "24h", "localized"):
            raise StreamlitValueError("format", ["'12h'", "'24h'", "'localized'"])
        serde = TimeSerde(parsed, seconds)

        labelled = common_props(label, help, disabled, label_visibility)
        props: TimeInputProps = {
            **labelled,
            "step": seconds,
            "format": format,
            "required": bool(required),
            "clearable": parsed is None,
            "ignore_rerun": on_change == "ignore",
        }
        result, _ = register_widget(
            self,
            WidgetSpec(
                element={"kind": "time_input", "props": props},
                user_key=user_key,
                id_parts=id_parts,
                default=parsed,
                deserialize=serde.deserialize,
                serialize=serde.serialize,
                on_change=callback,
                args=args,
                kwargs=kwargs,
            ),
        )
        return result  # type: ignore[no-any-return]
