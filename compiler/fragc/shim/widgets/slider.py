"""st.slider and st.select_slider: one value or a (low, high) range on a track.

``st.slider`` infers its type from its arguments exactly as Streamlit 1.67 does (ints,
floats, dates, times, datetimes; a two-item ``value`` makes a range that returns a
tuple) with 1.67's defaults (0-100 for ints, 0.0-1.0 for floats, +-14 days around a
date, the whole day for times) and its errors. On the wire numbers stay numbers and
dates/times travel as ISO text of their wall-clock value; the props give the page the
track in numbers (microseconds since 1970 for dates and times, as Streamlit's proto
does), so it can place the thumbs. ``st.select_slider`` is a slider over option
indexes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from numbers import Integral, Real
from typing import Any

from fragc.protocol.elements import SelectSliderProps, SliderProps
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.errors import (
    StreamlitMissingRequiredParameterError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
)
from fragc.shim.widgets import js_number, url_binding
from fragc.shim.widgets.input_common import (
    StreamlitInvalidMinMaxError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
    callback_for,
    identity_parts,
    state_value,
)
from fragc.shim.widgets.js_number import StreamlitJSNumberBoundsError
from fragc.shim.widgets.options import OptionIndex
from fragc.shim.widgets.registry import WidgetSpec, common_props, register_widget, to_key
from fragc.shim.widgets.url_binding import check_bind

MAX_SAFE_INTEGER = js_number.MAX_SAFE_INTEGER  # the largest int a JavaScript number holds exactly
UTC_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
TIME_BASE_DATE = date(2000, 1, 1)  # times ride on an arbitrary day, as in Streamlit
TIMELIKE = ("date", "time", "datetime")
SCALAR_TYPES = (Integral, Real, datetime, date, time)
# The widest span of whole days JavaScript numbers hold exactly in microseconds.
_SAFE_SPAN = timedelta(microseconds=MAX_SAFE_INTEGER)
MIN_SAFE_DAY = (datetime(1970, 1, 1) - _SAFE_SPAN).date() + timedelta(days=1)
MAX_SAFE_DAY = (datetime(1970, 1, 1) + _SAFE_SPAN).date() - timedelta(days=1)


def data_type_of(value: Any) -> str:
    """Streamlit's SliderProto.DataType of one value (bool counts as int, as in 1.67)."""
    if isinstance(value, Integral):
        return "int"
    if isinstance(value, Real):
        return "float"
    if isinstance(value, datetime):
        return "datetime"
    if isinstance(value, date):
        return "date"
    if isinstance(value, time):
        return "time"
    raise StreamlitInvalidParameterTypeError(
        "value", type(value).__name__, ["int", "float", "date", "time", "datetime", "list", "tuple"]
    )


def to_micros(value: datetime) -> int:
    """Wall-clock microseconds since 1970: the zone is dropped, not converted (as Streamlit)."""
    delta = value.replace(tzinfo=UTC) - UTC_EPOCH
    return delta.days * 86_400_000_000 + delta.seconds * 1_000_000 + delta.microseconds


def as_datetime(value: date | time) -> datetime:
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    return datetime.combine(TIME_BASE_DATE, value)


def window_around(anchor: date, days: int = 14) -> tuple[date, date]:
    """``anchor`` +- ``days``, kept inside the days JavaScript can represent."""
    if isinstance(anchor, datetime):
        floor: date = datetime.combine(MIN_SAFE_DAY, time.min, tzinfo=anchor.tzinfo)
        ceiling: date = datetime.combine(MAX_SAFE_DAY, time.max, tzinfo=anchor.tzinfo)
    else:
        floor, ceiling = MIN_SAFE_DAY, MAX_SAFE_DAY
    window = timedelta(days=days)
    try:
        low = min(anchor, max(anchor - window, floor))
    except OverflowError:
        low = anchor
    try:
        high = max(anchor, min(anchor + window, ceiling))
    except OverflowError:
        high = anchor
    return low, high


@dataclass
class SliderCodec:
    """Python values <-> what the page holds, for one slider call."""

    data_type: str
    is_range: bool
    default: Any  # the Python value (a tuple for a range)
    low: Any  # bounds as Python values (date/time/datetime kept as such)
    high: Any
    tz: tzinfo | None

    def to_wire(self, item: Any) -> Any:
        if self.data_type == "int":
            return int(item)
        if self.data_type == "float":
            return float(item)
        if self.data_type == "date":
            return (item.date() if isinstance(item, datetime) else item).isoformat()
        if self.data_type == "time":
            return item.replace(tzinfo=None).isoformat()
        return item.replace(tzinfo=None).isoformat()

    def from_wire(self, raw: Any) -> Any:
        if self.data_type in ("int", "float"):
            if isinstance(raw, bool) or not isinstance(raw, (int, float)):
                raise ValueError(raw)
            return int(raw) if self.data_type == "int" else float(raw)
        if not isinstance(raw, str):
            raise ValueError(raw)
        if self.data_type == "date":
            return date.fromisoformat(raw[:10])
        if self.data_type == "time":
            return time.fromisoformat(raw).replace(tzinfo=self.tz)
        return datetime.fromisoformat(raw).replace(tzinfo=self.tz)

    def serialize(self, value: Any) -> Any:
        if isinstance(value, (list, tuple)):
            return [self.to_wire(item) for item in value]
        return self.to_wire(value)

    def deserialize(self, raw: Any) -> Any:
        # Anything the widget cannot hold (a wrong shape, a value off the track, text
        # that is no date) means its default, as 1.67's SliderSerde does.
        if raw is None:
            return self.default
        items = raw if isinstance(raw, list) else [raw]
        if len(items) != (2 if self.is_range else 1):
            return self.default
        try:
            values = [self.from_wire(item) for item in items]
        except (ValueError, TypeError):
            return self.default
        if any(not self.within(v) for v in values):
            return self.default
        return tuple(values) if self.is_range else values[0]

    def within(self, value: Any) -> bool:
        return bool(self.key(self.low) <= self.key(value) <= self.key(self.high))

    def key(self, value: Any) -> Any:
        """A number to compare values of this slider by (micros for dates and times)."""
        if self.data_type in TIMELIKE:
            return to_micros(as_datetime(value))
        return value

    def sanitize(self, value: Any) -> tuple[Any, bool]:
        """A value set through session state must lie on the track (1.67's errors)."""
        for item in value if isinstance(value, (list, tuple)) else [value]:
            try:
                below = self.key(item) < self.key(self.low)
                above = self.key(item) > self.key(self.high)
            except (TypeError, AttributeError):
                continue  # not comparable: Streamlit would fail later, fragc shows it as is
            if below:
                raise StreamlitValueBelowMinError(item, self.low)
            if above:
                raise StreamlitValueAboveMaxError(item, self.high)
        return value, False


class SliderMixin(DeltaGeneratorBase):
    def slider(
        self,
        label: str,
        min_value: Any = None,
        max_value: Any = None,
        value: Any = None,
        step: Any = None,
        format: str | None = None,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | str | None = "rerun",
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: str | int = "stretch",
        bind: str | None = None,
        persist_state: Any = None,
    ) -> Any:
        user_key = to_key(key)
        callback = callback_for(on_change)
        labelled = common_props(label, help, disabled, label_visibility)
        id_parts = identity_parts(
            user_key,
            {
                "label": label,
                "min_value": min_value,
                "max_value": max_value,
                "value": value,
                "step": step,
                "format": format,
                "help": help,
            },
            keyed=("min_value", "max_value", "step"),
        )

        if value is None:
            # Single or range? Session state can tell when the widget has a key.
            has_state, state = state_value(user_key)
            single = not has_state or isinstance(state, SCALAR_TYPES)
            if single:
                value = min_value if min_value is not None else 0
            else:
                value = [
                    min_value if min_value is not None else 0,
                    max_value if max_value is not None else 100,
                ]

        single = isinstance(value, SCALAR_TYPES)
        is_range_shape = isinstance(value, (list, tuple)) and len(value) in (0, 1, 2)
        if not single and not is_range_shape:
            if isinstance(value, (list, tuple)):
                raise StreamlitValueError(
                    "value",
                    [
                        "int",
                        "float",
                        "date",
                        "time",
                        "datetime",
                        "a list containing up to two such values",
                        "a tuple containing up to two such values",
                    ],
                )
            raise StreamlitInvalidParameterTypeError(
                "value",
                type(value).__name__,
                ["int", "float", "date", "time", "datetime", "list", "tuple"],
            )
        prepared: list[Any] = [value] if single else list(value)
        if len({data_type_of(item) for item in prepared}) > 1:
            raise StreamlitInvalidParameterTypeError(
                "value",
                ", ".join(type(item).__name__ for item in prepared),
                ["list or tuple containing values of the same type"],
            )
        data_type = "int" if not prepared else data_type_of(prepared[0])

        if min_value is None or max_value is None or step is None or format is None:
            default_min, default_max, default_step, default_format = _defaults(data_type, prepared)
            if min_value is None:
                min_value = default_min
            if max_value is None:
                max_value = default_max
            if step is None:
                step = default_step
                # Dates less than a day apart move in quarter hours.
                if data_type in ("date", "datetime") and abs(max_value - min_value) < timedelta(
                    days=1
                ):
                    step = timedelta(minutes=15)
            if format is None:
                format = default_format

        if isinstance(step, timedelta):
            if step == timedelta(0):
                raise StreamlitValueError("step", ["a timedelta"], detail="Zero is not allowed.")
        elif step == 0:
            raise StreamlitValueError("step", ["a number"], detail="Zero is not allowed.")

        bounds = [min_value, max_value, step]
        int_args = all(isinstance(a, Integral) for a in bounds)
        float_args = all(isinstance(a, Real) and not isinstance(a, Integral) for a in bounds)
        timelike_args = (
            data_type in TIMELIKE
            and isinstance(step, timedelta)
            and type(min_value) is type(max_value)
        )
        if not int_args and not float_args and not timelike_args:
            raise StreamlitInvalidParameterTypeError(
                "value",
                f"min_value={type(min_value).__name__}, max_value={type(max_value).__name__}, "
                f"step={type(step).__name__}",
                ["matching numeric types", "matching date/time types"],
            )
        if not (
            (data_type == "int" and int_args)
            or (data_type == "float" and float_args)
            or (data_type in TIMELIKE and timelike_args)
        ):
            raise StreamlitInvalidParameterTypeError(
                "value",
                f"value={type(value).__name__}, min_value={type(min_value).__name__}, "
                f"max_value={type(max_value).__name__}",
                ["value and arguments with matching types"],
            )

        # Bounds swap when reversed and widen to hold the value, as in 1.67.
        if min_value > max_value:
            min_value, max_value = max_value, min_value
        if len(prepared) == 1:
            min_value = min(prepared[0], min_value)
            max_value = max(prepared[0], max_value)
        elif len(prepared) == 2:
            start, end = prepared
            if start > end:
                start, end = end, start
                prepared = [start, end]
            min_value = min(start, min_value)
            max_value = max(end, max_value)
        else:
            prepared = [min_value, max_value]

        if data_type == "int":
            js_number.validate_int_bounds(min_value, "`min_value`")
            js_number.validate_int_bounds(max_value, "`max_value`")
        elif data_type == "float":
            js_number.validate_float_bounds(min_value, "`min_value`")
            js_number.validate_float_bounds(max_value, "`max_value`")

        tz: tzinfo | None = None
        if data_type in TIMELIKE:
            tz = prepared[0].tzinfo if data_type in ("time", "datetime") else None
            track_min, track_max = (
                to_micros(as_datetime(min_value)),
                to_micros(as_datetime(max_value)),
            )
            # 1.67 compares the bounds after turning dates and times into datetimes.
            if as_datetime(min_value) == as_datetime(max_value):
                raise StreamlitInvalidMinMaxError(as_datetime(min_value), as_datetime(max_value))
            for name, micros in (("`min_value`", track_min), ("`max_value`", track_max)):
                if abs(micros) > MAX_SAFE_INTEGER:
                    raise StreamlitJSNumberBoundsError(
                        f"{name} is too far from 1970 for Streamlit to represent exactly. Use a "
                        f"value between {MIN_SAFE_DAY:%Y-%m-%d} and {MAX_SAFE_DAY:%Y-%m-%d}."
                    )
            track_step: float = step // timedelta(microseconds=1)
        else:
            if min_value == max_value:
                raise StreamlitInvalidMinMaxError(min_value, max_value)
            track_min, track_max, track_step = min_value, max_value, step

        is_range = not single
        codec = SliderCodec(
            data_type=data_type,
            is_range=is_range,
            default=tuple(prepared) if is_range else prepared[0],
            low=min_value,
            high=max_value,
            tz=tz,
        )
        url_codec = url_binding.number_codec(codec.default, min_value, max_value)
        props: SliderProps = {
            **labelled,
            "data_type": data_type,
            "min": track_min,
            "max": track_max,
            "step": track_step,
            "format": format,
            "is_range": is_range,
            "ignore_rerun": on_change == "ignore",
        }
        result, _ = register_widget(
            self,
            WidgetSpec(
                element={"kind": "slider", "props": props},
                user_key=user_key,
                id_parts=id_parts,
                default=codec.default,
                deserialize=codec.deserialize,
                serialize=codec.serialize,
                sanitize=codec.sanitize,
                on_change=callback,
                args=args,
                kwargs=kwargs,
                # Numbers only: dates and times in the URL are not read (yet).
                bind=check_bind(bind, user_key) if data_type in ("int", "float") else None,
                to_url=url_codec[0],
                from_url=url_codec[1],
            ),
        )
        return result

    def select_slider(
        self,
        label: str,
        options: Any = (),
        value: Any = None,
        format_func: Callable[[Any], Any] = str,
        key: Any = None,
        help: str | None = None,
        on_change: Callable[..., Any] | str | None = "rerun",
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: str | int = "stretch",
        bind: str | None = None,
        persist_state: Any = None,
    ) -> Any:
        user_key = to_key(key)
        callback = callback_for(on_change)
        labelled = common_props(label, help, disabled, label_visibility)
        choices = OptionIndex(options, format_func)
        if len(choices) == 0:
            raise StreamlitMissingRequiredParameterError(
                "options", detail="Provide at least one option."
            )

        if isinstance(value, (list, tuple)):
            start, end = (index_of_equal(choices.options, v) for v in value)
            default_indices = [end, start] if start > end else [start, end]
        else:
            try:
                default_indices = [index_of_equal(choices.options, value)]
            except ValueError:
                if value is not None:
                    raise
                default_indices = [0]
        is_range = len(default_indices) >= 2
        default = (
            (choices.options[default_indices[0]], choices.options[default_indices[1]])
            if is_range
            else choices.options[default_indices[0]]
        )

        def serialize(current: Any) -> Any:
            if is_range and isinstance(current, (list, tuple)):
                return [choices.index_of(v) or 0 for v in current]
            return choices.index_of(current) or 0

        def deserialize(raw: Any) -> Any:
            if raw is None:
                return default
            items = raw if isinstance(raw, list) else [raw]
            if len(items) != (2 if is_range else 1):
                return default
            picked: list[tuple[int, Any]] = []
            for position, index in enumerate(items):
                try:
                    picked.append((index, choices.option_at(index)))
                except KeyError:
                    fallback = default_indices[min(position, len(default_indices) - 1)]
                    picked.append((fallback, choices.options[fallback]))
            if is_range:
                low, high = sorted(picked, key=lambda pair: pair[0])
                return (low[1], high[1])
            return picked[0][1]

        def sanitize(current: Any) -> tuple[Any, bool]:
            if isinstance(current, tuple):
                current = tuple(choices.coerce(v) for v in current)
                items = current
            else:
                current = choices.coerce(current)
                items = (current,)
            if all(choices.index_of(v) is not None for v in items):
                return current, False
            return default, True

        select_codec = url_binding.option_codec(choices.labels, list(choices.options))
        if is_range:
            several = url_binding.options_codec(choices.labels, list(choices.options))
            select_codec = (several[0], lambda text: tuple(several[1](text)))
        props: SelectSliderProps = {
            **labelled,
            "options": choices.labels,
            "is_range": is_range,
            "ignore_rerun": on_change == "ignore",
        }
        result, _ = register_widget(
            self,
            WidgetSpec(
                element={"kind": "select_slider", "props": props},
                user_key=user_key,
                id_parts=identity_parts(
                    user_key,
                    {
                        "label": label,
                        "options": choices.labels,
                        "value": default_indices,
                        "help": help,
                    },
                ),
                default=default,
                deserialize=deserialize,
                serialize=serialize,
                sanitize=sanitize,
                on_change=callback,
                args=args,
                kwargs=kwargs,
                bind=check_bind(bind, user_key),
                to_url=select_codec[0],
                from_url=select_codec[1],
            ),
        )
        return result


def index_of_equal(options: Sequence[Any], value: Any) -> int:
    """Streamlit's ``index_``: the first option ``== value`` (floats within 5e-12)."""
    for i, option in enumerate(options):
        if value == option:
            return i
        if isinstance(option, float) and isinstance(value, float) and abs(value - option) < 5e-12:
            return i
    raise ValueError(f"{value} is not in iterable")


def _defaults(data_type: str, prepared: list[Any]) -> tuple[Any, Any, Any, str]:
    """(min, max, step, format) when the app gives none, per data type (1.67's table)."""
    if data_type == "int":
        return 0, 100, 1, "%d"
    if data_type == "float":
        return 0.0, 1.0, 0.01, "%0.2f"
    if data_type == "time":
        zone = prepared[0].tzinfo
        return (
            time.min.replace(tzinfo=zone),
            time.max.replace(tzinfo=zone),
            timedelta(minutes=15),
            "HH:mm",
        )
    low, high = window_around(prepared[0])
    return low, high, timedelta(days=1), "YYYY-MM-DD"
