"""PLACEHOLDER until the analysis helper delivers the real parser."""
from __future__ import annotations
import datetime
from typing import Any
def time_to_seconds(value: Any) -> float | None:
    if value is None: return None
    if isinstance(value, datetime.timedelta): return value.total_seconds()
    if isinstance(value, (int, float)): return float(value)
    s = str(value).strip()
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    if s and s[-1] in units:
        try: return float(s[:-1]) * units[s[-1]]
        except ValueError: pass
    raise ValueError(f"Time string doesn't look right. It should be formatted as`'1d2h34m'` or `2 days`, for example. Got: {value}")
