"""Percentiles and summaries of timing samples (milliseconds). Pure functions."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any


def percentile(samples: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0..100) with linear interpolation between closest ranks.

    The same definition as numpy's default (``method="linear"``): p50 of an even count
    is the mean of the two middle values.
    """
    if not samples:
        raise ValueError("percentile of no samples")
    if not 0 <= q <= 100:
        raise ValueError(f"percentile must be within 0..100, got {q}")
    ordered = sorted(samples)
    rank = (len(ordered) - 1) * q / 100
    low = math.floor(rank)
    high = math.ceil(rank)
    if low == high:
        return float(ordered[low])
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def median(samples: Sequence[float]) -> float:
    return percentile(samples, 50)


def summarize(samples: Sequence[float]) -> dict[str, Any]:
    """``{"n", "p50", "p90", "min", "max", "samples"}`` for a list of timings in ms."""
    return {
        "n": len(samples),
        "p50": round(percentile(samples, 50), 2),
        "p90": round(percentile(samples, 90), 2),
        "min": round(min(samples), 2),
        "max": round(max(samples), 2),
        "samples": [round(value, 2) for value in samples],
    }


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    """``numerator / denominator`` rounded to 3 places; None when either is missing or 0."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    return round(numerator / denominator, 3)
