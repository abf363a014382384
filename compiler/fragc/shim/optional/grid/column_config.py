"""``st.column_config``: Streamlit 1.67's column types, with the same signatures and the
same dicts (``ColumnConfig``) they return, so an app that builds or reads them sees no
difference. Both ``st.dataframe`` and ``st.data_editor`` read them (``grid/columns.py``);
the page draws and edits each type (``runtime_js/src/chunks/grid.js``).
"""

from __future__ import annotations

import datetime as _dt
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Final, Literal, TypedDict

from fragc.shim.elements.chart_colors import is_css_color_like
from fragc.shim.errors import StreamlitMissingRequiredParameterError, StreamlitValueError

ColumnWidth = Literal["small", "medium", "large"] | int
ContentAlignment = Literal["left", "center", "right"]
ButtonType = Literal["primary", "secondary", "tertiary"]

_CHART_COLORS: Final = (
    "auto", "auto-inverse", "red", "blue", "green", "yellow", "violet", "orange", "gray", "grey",
    "primary",
)  # fmt: skip


class ColumnConfig(TypedDict, total=False):
    """One column's configuration (1.67's ``ColumnConfig``)."""

    label: str | None
    width: ColumnWidth | None
    help: str | None
    hidden: bool | None
    disabled: bool | None
    required: bool | None
    pinned: bool | None
    default: Any
    alignment: ContentAlignment | None
    type_config: dict[str, Any] | None


@dataclass(frozen=True)
class ButtonColumnResult:
    """A ``ButtonColumn`` with a key: its clicks are a widget of the app (1.67)."""

    config: ColumnConfig
    on_click: Callable[..., Any] | None = None
    args: tuple[Any, ...] | None = None
    kwargs: dict[str, Any] | None = None
    key: str | None = None


def _validate_chart_color(color: str) -> None:
    if color not in _CHART_COLORS and not is_css_color_like(color):
        raise StreamlitValueError(
            "color", [*_CHART_COLORS, "a valid hex color", "an rgb() or rgba() color"]
        )


def _iso(value: Any) -> str | None:
    return None if value is None else str(value.isoformat())


def _seconds(step: Any) -> Any:
    return step.total_seconds() if isinstance(step, _dt.timedelta) else step


def Column(  # noqa: N802 - Streamlit's names
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: ContentAlignment | None = None,
) -> ColumnConfig:
    return ColumnConfig(
        label=label, width=width, help=help, disabled=disabled, required=required,
        pinned=pinned, alignment=alignment,
    )  # fmt: skip


def NumberColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: ContentAlignment | None = None,
    default: int | float | None = None,
    format: str | None = None,
    min_value: int | float | None = None,
    max_value: int | float | None = None,
    step: int | float | None = None,
) -> ColumnConfig:
    return ColumnConfig(
        label=label, width=width, help=help, disabled=disabled, required=required,
        pinned=pinned, alignment=alignment, default=default,
        type_config={"type": "number", "min_value": min_value, "max_value": max_value,
                     "format": format, "step": step},
    )  # fmt: skip


def TextColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: ContentAlignment | None = None,
    default: str | None = None,
    max_chars: int | None = None,
    validate: str | None = None,
) -> ColumnConfig:
    return ColumnConfig(
        label=label, width=width, help=help, disabled=disabled, required=required,
        pinned=pinned, alignment=alignment, default=default,
        type_config={"type": "text", "max_chars": max_chars, "validate": validate},
    )  # fmt: skip


def LinkColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: ContentAlignment | None = None,
    default: str | None = None,
    max_chars: int | None = None,
    validate: str | None = None,
    display_text: str | None = None,
) -> ColumnConfig:
    return ColumnConfig(
        label=label, width=width, help=help, disabled=disabled, required=required,
        pinned=pinned, alignment=alignment, default=default,
        type_config={"type": "link", "max_chars": max_chars, "validate": validate,
                     "display_text": display_text},
    )  # fmt: skip


def CheckboxColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: ContentAlignment | None = None,
    default: bool | None = None,
) -> ColumnConfig:
    return ColumnConfig(
        label=label, width=width, help=help, disabled=disabled, required=required,
        pinned=pinned, alignment=alignment, default=default, type_config={"type": "checkbox"},
    )  # fmt: skip


def SelectboxColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: Any = None,
    options: Iterable[Any] | None = None,
    format_func: Callable[[Any], str] | None = None,
) -> ColumnConfig:
    processed: list[Any] | None = None if options is None else list(options)
    if processed and format_func is not None:
        processed = [{"value": option, "label": format_func(option)} for option in processed]
    return ColumnConfig(
        label=label, width=width, help=help, disabled=disabled, required=required,
        pinned=pinned, default=default, type_config={"type": "selectbox", "options": processed},
    )  # fmt: skip


def MultiselectColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: Iterable[str] | None = None,
    options: Iterable[str] | None = None,
    accept_new_options: bool | None = None,
    color: str | Iterable[str] | None = None,
    format_func: Callable[[str], str] | None = None,
) -> ColumnConfig:
    processed: list[dict[str, Any]] | None = None
    if options is not None:
        processed = []
        colors: Iterator[str] | None = None
        if color is not None:
            colors = itertools.repeat(color) if isinstance(color, str) else itertools.cycle(color)
        for option in options:
            entry: dict[str, Any] = {"value": option}
            if format_func is not None:
                entry["label"] = format_func(option)
            if colors is not None:
                entry["color"] = next(colors)
            processed.append(entry)
    return ColumnConfig(
        label=label, width=width, help=help, disabled=disabled, required=required,
        pinned=pinned, default=None if default is None else list(default),
        type_config={"type": "multiselect", "options": processed,
                     "accept_new_options": accept_new_options},
    )  # fmt: skip


def ListColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    default: Iterable[str] | None = None,
) -> ColumnConfig:
    return ColumnConfig(
        label=label, width=width, help=help, pinned=pinned, disabled=disabled,
        required=required, default=None if default is None else list(default),
        type_config={"type": "list"},
    )  # fmt: skip


def DatetimeColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: ContentAlignment | None = None,
    default: _dt.datetime | None = None,
    format: str | None = None,
    min_value: _dt.datetime | None = None,
    max_value: _dt.datetime | None = None,
    step: int | float | _dt.timedelta | None = None,
    timezone: str | None = None,
) -> ColumnConfig:
    return ColumnConfig(
        label=label, width=width, help=help, disabled=disabled, required=required,
        pinned=pinned, alignment=alignment, default=_iso(default),
        type_config={"type": "datetime", "format": format, "min_value": _iso(min_value),
                     "max_value": _iso(max_value), "step": _seconds(step), "timezone": timezone},
    )  # fmt: skip


def TimeColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: ContentAlignment | None = None,
    default: _dt.time | None = None,
    format: str | None = None,
    min_value: _dt.time | None = None,
    max_value: _dt.time | None = None,
    step: int | float | _dt.timedelta | None = None,
) -> ColumnConfig:
    return ColumnConfig(
        label=label, width=width, help=help, disabled=disabled, required=required,
        pinned=pinned, alignment=alignment, default=_iso(default),
        type_config={"type": "time", "format": format, "min_value": _iso(min_value),
                     "max_value": _iso(max_value), "step": _seconds(step)},
    )  # fmt: skip


def DateColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: ContentAlignment | None = None,
    default: _dt.date | None = None,
    format: str | None = None,
    min_value: _dt.date | None = None,
    max_value: _dt.date | None = None,
    step: int | None = None,
) -> ColumnConfig:
    return ColumnConfig(
        label=label, width=width, help=help, disabled=disabled, required=required,
        pinned=pinned, alignment=alignment, default=_iso(default),
        type_config={"type": "date", "format": format, "min_value": _iso(min_value),
                     "max_value": _iso(max_value), "step": step},
    )  # fmt: skip


def _chart(kind: str, label: Any, width: Any, help: Any, pinned: Any, y_min: Any, y_max: Any,
           color: Any) -> ColumnConfig:  # fmt: skip
    if color is not None:
        _validate_chart_color(color)
    return ColumnConfig(
        label=label, width=width, help=help, pinned=pinned,
        type_config={"type": kind, "y_min": y_min, "y_max": y_max, "color": color},
    )  # fmt: skip


def LineChartColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: int | float | None = None,
    y_max: int | float | None = None,
    color: str | None = None,
) -> ColumnConfig:
    return _chart("line_chart", label, width, help, pinned, y_min, y_max, color)


def BarChartColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: int | float | None = None,
    y_max: int | float | None = None,
    color: str | None = None,
) -> ColumnConfig:
    return _chart("bar_chart", label, width, help, pinned, y_min, y_max, color)


def AreaChartColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: int | float | None = None,
    y_max: int | float | None = None,
    color: str | None = None,
) -> ColumnConfig:
    return _chart("area_chart", label, width, help, pinned, y_min, y_max, color)


def ProgressColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    format: str | None = None,
    min_value: int | float | None = None,
    max_value: int | float | None = None,
    step: int | float | None = None,
    color: str | None = None,
) -> ColumnConfig:
    if color is not None:
        _validate_chart_color(color)
    return ColumnConfig(
        label=label, width=width, help=help, pinned=pinned,
        type_config={"type": "progress", "format": format, "min_value": min_value,
                     "max_value": max_value, "step": step, "color": color},
    )  # fmt: skip


def _media(
    kind: str, label: Any, width: Any, help: Any, pinned: Any, alignment: Any
) -> ColumnConfig:
    return ColumnConfig(
        label=label, width=width, help=help, pinned=pinned, alignment=alignment,
        type_config={"type": kind},
    )  # fmt: skip


def ImageColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: ContentAlignment | None = None,
) -> ColumnConfig:
    return _media("image", label, width, help, pinned, alignment)


def AudioColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: ContentAlignment | None = None,
) -> ColumnConfig:
    return _media("audio", label, width, help, pinned, alignment)


def VideoColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: ContentAlignment | None = None,
) -> ColumnConfig:
    return _media("video", label, width, help, pinned, alignment)


def JsonColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: ContentAlignment | None = None,
) -> ColumnConfig:
    return _media("json", label, width, help, pinned, alignment)


def MarkdownColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: ContentAlignment | None = None,
    default: str | None = None,
) -> ColumnConfig:
    return ColumnConfig(
        label=label, width=width, help=help, disabled=disabled, required=required,
        pinned=pinned, alignment=alignment, default=default, type_config={"type": "markdown"},
    )  # fmt: skip


def ButtonColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: ContentAlignment | None = None,
    type: ButtonType = "secondary",
    on_click: Callable[..., Any] | None = None,
    args: tuple[Any, ...] | None = None,
    kwargs: dict[str, Any] | None = None,
    key: str | None = None,
) -> ButtonColumnResult | ColumnConfig:
    config = ColumnConfig(
        label=label, width=width, help=help, pinned=pinned, alignment=alignment, disabled=True,
        type_config={"type": "button", "button_type": type},
    )  # fmt: skip
    if key is not None:
        return ButtonColumnResult(
            config=config, on_click=on_click, args=args, kwargs=kwargs, key=key
        )
    if on_click is not None or args is not None or kwargs is not None:
        raise StreamlitMissingRequiredParameterError(
            "key",
            detail="Callbacks passed via `on_click`, `args`, or `kwargs` need a unique key "
            "to be registered.",
        )
    return config


__all__ = [
    "AreaChartColumn", "AudioColumn", "BarChartColumn", "ButtonColumn", "CheckboxColumn",
    "Column", "DateColumn", "DatetimeColumn", "ImageColumn", "JsonColumn", "LineChartColumn",
    "LinkColumn", "ListColumn", "MarkdownColumn", "MultiselectColumn", "NumberColumn",
    "ProgressColumn", "SelectboxColumn", "TextColumn", "TimeColumn", "VideoColumn",
]  # fmt: skip
