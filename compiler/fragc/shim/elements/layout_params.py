"""Checks of the layout parameters (width, height, gap, alignment) with Streamlit 1.67's
error types and texts (``streamlit/errors.py``, ``elements/lib/layout_utils.py``).

The checks run before anything is drawn, so a bad argument stops the script at the
call that passed it, as in Streamlit. The values themselves travel to the page as
written (``"small"``, ``24``, ``None``); ``runtime_js/src/elements/layout.js`` turns them
into CSS.
"""

from __future__ import annotations

from typing import Any

from fragc.shim.errors import StreamlitAPIException

# Shared with the widgets; re-exported so the layout modules import every error from here.
from fragc.shim.errors import (
    StreamlitMissingRequiredParameterError as StreamlitMissingRequiredParameterError,
)
from fragc.shim.errors import StreamlitValueError as StreamlitValueError

GAP_SIZES = ("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge")
_GAP_VALUES = [*(f"'{size}'" for size in GAP_SIZES), "None", "a non-negative integer (pixels)"]
HORIZONTAL_ALIGNMENTS = ("left", "center", "right", "distribute")
VERTICAL_ALIGNMENTS = ("top", "center", "bottom", "distribute")
_UINT32_MAX = 2**32 - 1


class StreamlitValueOutOfRangeError(StreamlitAPIException):
    def __init__(self, parameter: str, value: Any, min_value: Any, max_value: Any) -> None:
        super().__init__(
            f"The `{parameter}` parameter, set to {value}, is outside the required range "
            f"[{min_value}, {max_value}]."
        )


class StreamlitInvalidParameterTypeError(StreamlitAPIException):
    def __init__(
        self,
        parameter: str,
        provided_type: str,
        expected_types: list[str],
        *,
        detail: str | None = None,
    ) -> None:
        message = (
            f"Invalid `{parameter}` type. Expected one of: {', '.join(expected_types)}. "
            f"Provided type: {provided_type}."
        )
        if detail:
            message += f" {detail}"
        super().__init__(message)


class StreamlitIncompatibleParametersError(StreamlitAPIException):
    def __init__(self, first: str, second: str, *, explanation: str | None = None) -> None:
        message = f"`{first}` and `{second}` cannot be used together."
        if explanation:
            message += f" {explanation}"
        super().__init__(message)


class StreamlitInvalidColumnSpecError(StreamlitAPIException):
    def __init__(self) -> None:
        super().__init__(
            "The `spec` argument to `st.columns` must be either a positive integer (number of "
            "columns) or a list of positive numbers (width ratios of the columns). See "
            "[documentation](https://docs.streamlit.io/develop/api-reference/layout/st.columns) "
            "for more information."
        )


class StreamlitInvalidWidthError(StreamlitAPIException):
    def __init__(self, width: Any, allow_content: bool = False) -> None:
        valid = (
            "a positive integer (pixels), 'stretch', or 'content'"
            if allow_content
            else "a positive integer (pixels) or 'stretch'"
        )
        super().__init__(f"Invalid width value: {width!r}. Width must be either {valid}.")


class StreamlitInvalidHeightError(StreamlitAPIException):
    def __init__(self, height: Any, allow_content: bool = False) -> None:
        valid = (
            "a positive integer (pixels), 'stretch', or 'content'"
            if allow_content
            else "a positive integer (pixels) or 'stretch'"
        )
        super().__init__(f"Invalid height value: {height!r}. Height must be either {valid}.")


def _check_uint32(parameter: str, value: int, min_value: int = 1) -> None:
    if value < min_value or value > _UINT32_MAX:
        raise StreamlitValueOutOfRangeError(parameter, value, min_value, _UINT32_MAX)


def validate_width(width: Any, *, allow_content: bool = False) -> None:
    if not isinstance(width, (int, str)):
        raise StreamlitInvalidWidthError(width, allow_content)
    if isinstance(width, str):
        if width not in (("stretch", "content") if allow_content else ("stretch",)):
            raise StreamlitInvalidWidthError(width, allow_content)
    elif width <= 0:
        raise StreamlitInvalidWidthError(width, allow_content)
    else:
        _check_uint32("width", width)


def validate_height(height: Any, *, allow_content: bool = False) -> None:
    if not isinstance(height, (int, str)):
        raise StreamlitInvalidHeightError(height, allow_content)
    if isinstance(height, str):
        if height not in (("stretch", "content") if allow_content else ("stretch",)):
            raise StreamlitInvalidHeightError(height, allow_content)
    elif height <= 0:
        raise StreamlitInvalidHeightError(height, allow_content)
    else:
        _check_uint32("height", height)


def normalize_gap(gap: Any) -> str | int | None:
    """A gap as the page takes it: a size name, a pixel count, or None (no gap)."""
    # bool is an int, but never a pixel count.
    if isinstance(gap, int) and not isinstance(gap, bool) and gap >= 0:
        _check_uint32("gap", gap, min_value=0)
        return gap
    if gap is None:
        return None
    if isinstance(gap, str) and gap.lower() in GAP_SIZES:
        return gap.lower()
    raise StreamlitValueError("gap", _GAP_VALUES, detail=f"Got {gap!r}.")


def validate_horizontal_alignment(value: Any) -> None:
    if value not in HORIZONTAL_ALIGNMENTS:
        raise StreamlitValueError(
            "horizontal_alignment",
            [f"'{a}'" for a in HORIZONTAL_ALIGNMENTS],
            detail=f"Got {value!r}.",
        )


def validate_vertical_alignment(value: Any) -> None:
    if value not in VERTICAL_ALIGNMENTS:
        raise StreamlitValueError(
            "vertical_alignment",
            [f"'{a}'" for a in VERTICAL_ALIGNMENTS],
            detail=f"Got {value!r}.",
        )


def validate_wrap(wrap: Any) -> None:
    if not isinstance(wrap, bool):
        raise StreamlitValueError("wrap", ["True", "False"])


def validate_on_change_mode(on_change: Any) -> None:
    """Streamlit's check of a container's ``on_change``: "rerun", "ignore" or a callback."""
    if callable(on_change) or (isinstance(on_change, str) and on_change in ("rerun", "ignore")):
        return
    raise StreamlitValueError("on_change", ["'rerun'", "'ignore'", "a callback function"])
