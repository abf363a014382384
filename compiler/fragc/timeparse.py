"""``run_every`` values to seconds, as Streamlit's ``time_util.time_to_seconds`` does.

Streamlit parses a string with ``pandas.Timedelta(s).total_seconds()``. fragc cannot
load pandas just for that (neither in the compiler nor in Pyodide at boot), so this
module re-implements the grammar of pandas' timedelta strings (pandas 3.1, the
version ``pip install streamlit==1.67.0`` brings) with the stdlib only:

* ``"2s"``, ``"1m"`` (one minute; ``"M"`` alone is refused as ambiguous), ``"1h23s"``,
  ``"1.5 days"``, ``"1d2h34m"``, ``"2 days"``, ``"1 day, 10:11:12"``: numbers with
  unit words, spaces and commas ignored, units matched case-insensitively;
* ``"01:02:03.5"``: clock format (hours:minutes:seconds, optional fraction);
* ``"P1DT2H"``: ISO 8601 durations;
* a bare number (``"10"``) is nanoseconds, as in pandas.

Both the compiler (``fragc.analysis``) and the in-browser shim import this file,
so it must stay stdlib-only and run on CPython 3.11 and Pyodide's 3.14.
"""

from __future__ import annotations

import math
from datetime import timedelta

# StreamlitBadTimeStringError's text, verbatim from streamlit==1.67.0's errors.py (1.40
# had no space after "as"; fragc follows 1.67).
BAD_TIME_STRING_MESSAGE = (
    "Time string doesn't look right. It should be formatted as "
    "`'1d2h34m'` or `2 days`, for example. Got: {}"
)

_NS = {
    "W": 7 * 86_400 * 10**9,
    "D": 86_400 * 10**9,
    "h": 3_600 * 10**9,
    "m": 60 * 10**9,
    "s": 10**9,
    "ms": 10**6,
    "us": 10**3,
    "ns": 1,
}

# Unit words, looked up lower-cased (pandas lower-cases after its deprecation map).
_UNITS = {
    "w": "W",
    "d": "D",
    "day": "D",
    "days": "D",
    "h": "h",
    "hr": "h",
    "hour": "h",
    "hours": "h",
    "m": "m",
    "min": "m",
    "minute": "m",
    "minutes": "m",
    "s": "s",
    "sec": "s",
    "second": "s",
    "seconds": "s",
    "ms": "ms",
    "milli": "ms",
    "millis": "ms",
    "millisecond": "ms",
    "milliseconds": "ms",
    "us": "us",
    "µs": "us",
    "micro": "us",
    "micros": "us",
    "microsecond": "us",
    "microseconds": "us",
    "ns": "ns",
    "nano": "ns",
    "nanos": "ns",
    "nanosecond": "ns",
    "nanoseconds": "ns",
}

_NEXT_CLOCK_UNIT: dict[str | None, str] = {None: "h", "h": "m", "m": "s", "s": "s"}

_NAT_STRINGS = frozenset({"NaT", "nat", "NAT", "nan", "NaN", "NAN"})
_INT64_MAX = 2**63 - 1


class _ParseError(ValueError):
    """Why pandas would refuse the string (kept for debugging; users see Streamlit's text)."""


# The longest a browser timer waits: setInterval takes a signed 32-bit count of
# milliseconds, and fires about every millisecond when given more (or NaN, or Infinity).
MAX_TIMER_SECONDS = (2**31 - 1) / 1000


def timer_interval(seconds: float) -> float | None:
    """What the page's timer gets for a ``run_every`` of ``seconds``: None (no timer) for
    zero, negative or NaN, at most :data:`MAX_TIMER_SECONDS` (24.8 days) otherwise."""
    if not seconds > 0:  # NaN too
        return None
    return MAX_TIMER_SECONDS if seconds >= MAX_TIMER_SECONDS else float(seconds)


def time_to_seconds(value: float | timedelta | str | None) -> float | None:
    """Seconds for a ``run_every`` value; ``None`` stays ``None``.

    Raises ``ValueError`` with Streamlit's message when a string does not parse (or
    parses to "not a time", like ``""`` or ``"nan"``).
    """
    if value is None:
        return None
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, str):
        try:
            nanoseconds = parse_timedelta_ns(value)
        except ValueError as err:
            raise ValueError(BAD_TIME_STRING_MESSAGE.format(value)) from err
        if nanoseconds is None:
            raise ValueError(BAD_TIME_STRING_MESSAGE.format(value))
        return nanoseconds / 10**9
    return value


def parse_timedelta_ns(text: str) -> int | None:
    """Nanoseconds for a pandas timedelta string; ``None`` for pandas' NaT ("", "nan")."""
    try:
        if text.startswith("P") or text.startswith("-P"):
            result = _parse_iso(text)
        else:
            if text == "" or text in _NAT_STRINGS:
                return None
            result = _parse_plain(text)
    except OverflowError:  # "1e400s", or digits past a float: pandas refuses them too
        raise _ParseError("out of bounds") from None
    if abs(result) > _INT64_MAX:
        raise _ParseError("out of bounds")
    return result


def _unit_ns(unit: str) -> int:
    if unit in ("M", "Y", "y"):
        raise _ParseError("months and years are not unambiguous durations")
    canonical = _UNITS.get(unit.lower())
    if canonical is None:
        raise _ParseError(f"invalid unit abbreviation: {unit}")
    return _NS[canonical]


def _amount(number: str, fraction: str, unit: str) -> int:
    """``number.fraction`` in ``unit``, as nanoseconds (rounded like pandas' cast)."""
    scale = _unit_ns(unit)
    value = float(f"{number}.{fraction}")
    whole = math.trunc(value)
    # pandas rounds the fraction to as many digits as the unit has nanoseconds
    # (log10 of the scale), then truncates: kept so results agree to the nanosecond.
    digits = int(math.log10(scale))
    part = value - whole
    if digits:
        part = round(part, digits)
    return whole * scale + int(part * scale)


def _parse_plain(text: str) -> int:  # noqa: C901 - one state machine, kept whole to compare with pandas
    """The non-ISO grammar: a left-to-right scan over digits, units, ':' and '.'."""
    negative = False
    in_fraction = False  # after a '.', digits go to `fraction`
    seen_unit = False  # at least one unit letter was read
    seen_clock = False  # a ':' was read (hh:mm:ss)
    clock_unit: str | None = None  # the unit of the next clock field
    result = 0
    number = ""
    fraction = ""
    unit = ""

    def signed(value: int) -> int:
        return -value if negative else value

    for char in text:
        if char in " ,+":
            continue
        if char == "-":
            if negative or seen_unit or seen_clock:
                raise _ParseError("only leading negative signs are allowed")
            negative = True
        elif "0" <= char <= "9":
            if in_fraction:
                if unit:  # "1.5s2": the dot was spent, the digit starts a new number
                    number += char
                    in_fraction = False
                else:
                    fraction += char
            elif not unit:
                number += char
            else:  # a digit after a unit closes "<number><unit>"
                result += signed(_amount(number, fraction, unit))
                number, fraction, unit = char, "", ""
        elif char == ":":
            if seen_unit:
                negative = False
            if not number:
                raise _ParseError(f"expecting hh:mm:ss format, received: {text}")
            # hours, then minutes, then seconds; a fourth field stays "s" and
            # fails at the end, as in pandas.
            clock_unit = _NEXT_CLOCK_UNIT[clock_unit]
            result += signed(int(number) * _NS[clock_unit])
            seen_clock = True
            number, unit = "", ""
        elif char == ".":
            if number and clock_unit is not None:
                if clock_unit != "m":
                    raise _ParseError("expected hh:mm:ss format before .")
                result += signed(int(number) * _NS["s"])
                seen_unit = True
                number, fraction, unit = "", "", ""
            in_fraction = True
        else:
            unit += char
            seen_unit = True
            in_fraction = False

    if in_fraction and unit:
        return result + signed(_amount(number, fraction, unit))
    if in_fraction:
        if (number or fraction) and not unit and clock_unit is None:
            raise _ParseError("no units specified")
        if not fraction:
            raise _ParseError("a '.' without digits")
        digits = fraction[:9]
        return result + signed(int(digits) * 10 ** (9 - len(digits)))
    if clock_unit is not None:
        if clock_unit != "m":
            raise _ParseError("expected hh:mm:ss format")
        if unit:
            raise _ParseError(f"unexpected characters, {unit}, after hh:mm:ss format")
        return result + signed(int(number) * _NS["s"])
    if unit:
        if not number:
            raise _ParseError("unit abbreviation w/o a number")
        return result + signed(_amount(number, fraction, unit))
    if not number:
        raise _ParseError("symbols w/o a number")
    if seen_unit:
        raise _ParseError("have leftover units")
    return result + signed(_amount(number, fraction, "ns"))


def _parse_iso(text: str) -> int:  # noqa: C901 - mirrors pandas' ISO scanner
    """ISO 8601 durations as pandas reads them (``P1DT2H3M4.5S``, ``-P1D``, ``P1W``)."""
    error = _ParseError(f"Invalid ISO 8601 Duration format - {text}")
    sign = 1
    if text.startswith("-"):
        sign, text = -1, text[1:]
    result = 0
    number = ""
    unit = ""
    negative = False
    seen_value = False
    in_decimals = False
    decimal_unit = "ms"
    decimal_digits = 0

    def signed(value: int) -> int:
        return -value if negative else value

    for char in text:
        if "0" <= char <= "9":
            seen_value = True
            if in_decimals:
                if decimal_digits == 3 and decimal_unit != "ns":
                    unit += decimal_unit
                    decimal_unit = {"ms": "us", "us": "ns"}[decimal_unit]
                    decimal_digits = 0
                decimal_digits += 1
            if not unit:
                number += char
            else:
                result += signed(_amount(number, "0", unit))
                negative = False
                number, unit = char, ""
        elif char in "PT+":
            continue
        elif char == "-":
            if negative or seen_value:
                raise error
            negative = True
        elif char in "WDHM":
            if char in "HM" and len(number) > 2:
                raise error
            unit += {"H": "h", "M": "min"}.get(char, char)
            result += signed(_amount(number, "0", unit))
            negative = False
            number, unit = "", ""
        elif char == ".":
            if number:
                result += signed(_amount(number, "0", "s"))
                number, unit = "", ""
            in_decimals = True
        elif char == "S":
            if in_decimals:
                if not number or decimal_digits > 3:
                    raise error
                number += "0" * (3 - decimal_digits)
                result += signed(_amount(number, "0", decimal_unit))
            else:
                result += signed(_amount(number, "0", "s"))
        else:
            raise error
    if not seen_value:
        raise error
    return sign * result
