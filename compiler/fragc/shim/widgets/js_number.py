"""What a JavaScript number can hold: Streamlit 1.67's ``JSNumber`` checks, with its texts.

The page keeps widget values as JavaScript numbers, so bounds it cannot represent are the
app's error at the call, as in Streamlit (``StreamlitJSNumberBoundsError``), rather than
a widget the page cannot draw. ``inf`` is beyond every bound; ``nan`` passes (it compares
false with everything), and the page shows it as Streamlit's frontend does.
"""

from __future__ import annotations

from numbers import Integral
from typing import Any, cast

from fragc.shim.errors import StreamlitAPIException

MAX_SAFE_INTEGER = (1 << 53) - 1
MIN_SAFE_INTEGER = -((1 << 53) - 1)
MAX_VALUE = 1.7976931348623157e308
MIN_NEGATIVE_VALUE = -MAX_VALUE


class StreamlitJSNumberBoundsError(StreamlitAPIException):
    pass


def validate_int_bounds(value: int, name: str) -> None:
    if value < MIN_SAFE_INTEGER:
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) must be >= -((1 << 53) - 1)")
    if value > MAX_SAFE_INTEGER:
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) must be <= (1 << 53) - 1")


def validate_float_bounds(value: Any, name: str) -> None:
    if not isinstance(value, (Integral, float)):
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) is not a float")
    number = cast("float", value)  # an int too: compared exactly, however large
    if number < MIN_NEGATIVE_VALUE:
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) must be >= -1.797e+308")
    if number > MAX_VALUE:
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) must be <= 1.797e+308")
