"""``run_every`` values to seconds, as Streamlit 1.67 computes them with pandas.

Every expected value below was checked against ``pandas.Timedelta(s).total_seconds()``
(pandas 3.1, the version ``pip install streamlit==1.67.0`` brings).
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from fragc.timeparse import BAD_TIME_STRING_MESSAGE, time_to_seconds

VALUES = [
    # semantics reference, section 2.5 ([verified] against Streamlit)
    pytest.param(3, 3, id="int"),
    pytest.param(2.5, 2.5, id="float"),
    pytest.param("2s", 2.0, id="2s"),
    pytest.param("1m", 60.0, id="1m-is-a-minute"),
    pytest.param("1h23s", 3623.0, id="1h23s"),
    pytest.param("1.5 days", 129600.0, id="1.5-days"),
    pytest.param(timedelta(minutes=2), 120.0, id="timedelta"),
    pytest.param("1min", 60.0, id="1min"),
    pytest.param("10s", 10.0, id="10s"),
    pytest.param("1d2h34m", 95640.0, id="1d2h34m"),
    pytest.param("2 days", 172800.0, id="2-days"),
    pytest.param(None, None, id="none"),
    pytest.param(0, 0, id="zero"),
    # the rest of pandas' grammar
    pytest.param("1 Day", 86400.0, id="unit-case-insensitive"),
    pytest.param("1W", 604800.0, id="week"),
    pytest.param("1h 30m", 5400.0, id="spaced-parts"),
    pytest.param("1 hours 2 minutes", 3720.0, id="unit-words"),
    pytest.param("1.5h", 5400.0, id="fraction"),
    pytest.param("500ms", 0.5, id="milliseconds"),
    pytest.param("250us", 0.00025, id="microseconds"),
    pytest.param("-1s", -1.0, id="negative"),
    pytest.param(" 1s ", 1.0, id="surrounding-spaces"),
    pytest.param("00:00:10", 10.0, id="clock"),
    pytest.param("1:2:3", 3723.0, id="clock-short-fields"),
    pytest.param("00:00:00.5", 0.5, id="clock-fraction"),
    pytest.param("1 day, 10:11:12", 123072.0, id="days-and-clock"),
    pytest.param("-1 days +23:00:00", -3600.0, id="pandas-repr-of-minus-one-hour"),
    pytest.param("P1DT2H3M4S", 93784.0, id="iso-8601"),
    pytest.param("PT0.5S", 0.5, id="iso-8601-fraction"),
    pytest.param("10", 1e-08, id="bare-number-is-nanoseconds"),
]


@pytest.mark.parametrize(("value", "seconds"), VALUES)
def test_time_to_seconds(value: float | timedelta | str | None, seconds: float | None) -> None:
    assert time_to_seconds(value) == seconds


BAD = [
    pytest.param("abc", id="word"),
    pytest.param("", id="empty"),
    pytest.param("nan", id="nan"),
    pytest.param("NaT", id="nat"),
    pytest.param("1M", id="month-is-ambiguous"),
    pytest.param("1y", id="year-is-ambiguous"),
    pytest.param("2 weeks", id="weeks-is-not-a-unit-word"),
    pytest.param("1 secs", id="secs"),
    pytest.param("1.5", id="fraction-without-unit"),
    pytest.param("10:00", id="clock-without-seconds"),
    pytest.param("1h30", id="leftover-number"),
    pytest.param("1h-30m", id="inner-minus"),
    pytest.param("1e3s", id="exponent"),
    pytest.param("7:3:7min", id="unit-after-clock"),
    pytest.param("P", id="iso-without-value"),
    pytest.param("100000000 days", id="out-of-range"),
]


@pytest.mark.parametrize("value", BAD)
def test_bad_strings_raise_streamlits_message(value: str) -> None:
    with pytest.raises(ValueError, match="^Time string") as caught:
        time_to_seconds(value)
    assert str(caught.value) == BAD_TIME_STRING_MESSAGE.format(value)


def test_message_is_streamlits_text() -> None:
    with pytest.raises(ValueError, match="Got: abc$") as caught:
        time_to_seconds("abc")
    assert str(caught.value) == (
        "Time string doesn't look right. It should be formatted as `'1d2h34m'` or `2 days`, "
        "for example. Got: abc"
    )
