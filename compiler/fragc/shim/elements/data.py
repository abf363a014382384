"""``st.table`` and ``st.dataframe`` (read-only), with Streamlit 1.67's signatures.

The data is converted in Python (:mod:`fragc.shim.dataframes`) to columnar JSON the page
draws as a real ``<table>``: ``stTable`` static, ``stDataFrame`` in a scroll box with a
sticky header (``runtime_js/src/elements/data.js``). A dataframe with column types or
selections (``on_select``) is drawn by the data grid instead (``shim/optional/grid``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final, Literal

from fragc.protocol.elements import DataframeProps, TableProps
from fragc.shim import dataframes
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.elements.layout_params import (
    StreamlitIncompatibleParametersError,
    StreamlitInvalidHeightError,
    validate_height,
    validate_width,
)
from fragc.shim.errors import StreamlitAPIException, StreamlitValueError

INDEX_IDENTIFIER: Final = "_index"  # Streamlit's column_config name for the index
_BORDER_MODES: Final = {True: "all", False: "none", "horizontal": "horizontal"}


def normalize_alt(alt: object | None) -> str | None:
    """1.67's ``normalize_alt``: None for no text or only whitespace, else stripped text."""
    if alt is None:
        return None
    text = alt.decode() if isinstance(alt, (bytes, bytearray)) else str(alt)
    return text.strip() or None


def _border_mode(border: Any) -> str:
    if isinstance(border, bool):
        return _BORDER_MODES[border]
    if border == "horizontal":
        return "horizontal"
    raise StreamlitValueError("border", ["True", "False", "'horizontal'"])


def _validate_on_select(on_select: Any) -> None:
    if callable(on_select) or on_select in ("rerun", "ignore"):
        return
    raise StreamlitValueError("on_select", ["'rerun'", "'ignore'", "a callback function"])


def apply_column_config(
    frame: dataframes.Frame, config: Mapping[Any, Any] | None, hide_index: bool | None
) -> tuple[dataframes.Frame, bool | None]:
    """Labels and hidden columns from ``column_config`` (a label, None, or a dict).

    Streamlit's column types (``st.column_config.NumberColumn``...) are dicts with
    ``label`` and ``hidden`` among their keys; fragc draws those two and ignores the rest.
    """
    if not config:
        return frame, hide_index
    names = frame.names
    keep: list[str] = []
    labels = list(frame.columns)
    for position, name in enumerate(names):
        setting = config.get(name, config.get(frame.columns[position], ""))
        hidden, label = _column_setting(setting)
        if hidden:
            continue
        if label is not None:
            labels[position] = label
        keep.append(name)
    index_setting = config.get(INDEX_IDENTIFIER, "")
    index_hidden, index_label = _column_setting(index_setting)
    relabelled = dataframes.Frame(
        labels,
        frame.values,
        frame.index,
        index_name=index_label if index_label is not None else frame.index_name,
        range_index=frame.range_index,
        data_format=frame.data_format,
        kinds=frame.kinds,
        index_kind=frame.index_kind,
    )
    # Select by the new labels, in the old order.
    new_names = relabelled.names
    kept = [new_names[names.index(n)] for n in keep]
    if index_hidden and hide_index is None:
        hide_index = True
    return dataframes.select_columns(relabelled, kept), hide_index


def _column_setting(setting: Any) -> tuple[bool, str | None]:
    """(hidden, label) of one column_config entry ("" = not configured)."""
    if setting is None:
        return True, None
    if isinstance(setting, str):
        return False, setting or None
    if isinstance(setting, Mapping):
        label = setting.get("label")
        return bool(setting.get("hidden", False)), None if label is None else str(label)
    raise StreamlitAPIException(
        f"Invalid column config for a column: {setting!r}. Use a label (str), None (hide "
        "the column) or a column type from st.column_config."
    )


class DataMixin(DeltaGeneratorBase):
    def table(
        self,
        data: Any = None,
        *,
        border: bool | Literal["horizontal"] = True,
        width: str | int = "stretch",
        height: str | int = "content",
        hide_index: bool | None = None,
        hide_header: bool | None = None,
        alt: str | None = None,
    ) -> Any:
        validate_width(width, allow_content=True)
        validate_height(height, allow_content=True)
        mode = _border_mode(border)
        frame = dataframes.to_frame(data)
        if hide_index is None:
            # 1.67 hides pandas' default 0..n-1 index (its "no real index").
            hide_index = frame.range_index
        if hide_header is None:
            hide_header = frame.data_format in dataframes.NAMELESS_FORMATS
        props: TableProps = {
            **dataframes.frame_json(frame, hide_index=hide_index),
            "border": mode,
            "hide_header": hide_header,
            "width": width,
            "height": height,
            "alt": normalize_alt(alt),
        }
        return self._enqueue({"kind": "table", "props": props})

    def dataframe(
        self,
        data: Any = None,
        width: str | int = "stretch",
        height: str | int = "auto",
        *,
        use_container_width: bool | None = None,
        hide_index: bool | None = None,
        column_order: Iterable[str] | None = None,
        column_config: Mapping[Any, Any] | None = None,
        key: str | int | None = None,
        on_select: Literal["ignore", "rerun"] | Callable[..., Any] = "ignore",
        selection_mode: str | Iterable[str] = "multi-row",
        selection_default: Any = None,
        row_height: int | None = None,
        placeholder: str | None = None,
        lazy: bool | None = None,
        alt: str | None = None,
    ) -> Any:
        _validate_on_select(on_select)
        if selection_default is not None and on_select == "ignore":
            raise StreamlitIncompatibleParametersError(
                "selection_default",
                "on_select='ignore'",
                explanation="Set `on_select` to `'rerun'` or a callback to use `selection_default`.",
            )
        if on_select != "ignore" or column_config:
            # Selections and column types: the data grid (shim/optional/grid, bundled for
            # apps whose source names them); None when the light table can draw it.
            from fragc.shim.optional.grid import dataframe

            drawn = dataframe(
                self, data, width, height, use_container_width=use_container_width,
                hide_index=hide_index, column_order=column_order, column_config=column_config,
                key=key, on_select=on_select, selection_mode=selection_mode,
                selection_default=selection_default, row_height=row_height,
                placeholder=placeholder, alt=alt,
            )  # fmt: skip
            if drawn is not None:
                return drawn
        if use_container_width is not None:
            if use_container_width:
                width = "stretch"
            elif not isinstance(width, int):
                width = "content"
        validate_width(width, allow_content=True)
        if height != "auto":
            try:
                validate_height(height, allow_content=True)
            except StreamlitInvalidHeightError:
                raise StreamlitInvalidHeightError(height, allow_content=True) from None
        frame = dataframes.to_frame(data)
        if column_order:  # names the data's own columns, before column_config relabels them
            frame = dataframes.select_columns(frame, [str(c) for c in column_order])
        frame, hide_index = apply_column_config(frame, column_config, hide_index)
        props: DataframeProps = {
            # Unlike st.table, st.dataframe shows even a default index unless told not to.
            **dataframes.frame_json(frame, hide_index=bool(hide_index)),
            "width": width,
            "height": height,
            "row_height": row_height,
            "placeholder": placeholder,
            "alt": normalize_alt(alt),
        }
        return self._enqueue({"kind": "dataframe", "props": props})
