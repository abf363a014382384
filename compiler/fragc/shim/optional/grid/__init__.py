"""The data grid: ``st.data_editor``, and ``st.dataframe`` with column types or selections.

Both send the page one ``data_grid`` element (``runtime_js/src/chunks/grid.js``, drawn
with AG Grid): the data as columnar JSON with every column's data kind, the resolved
``column_config`` by column name, and what the user may do (``editing``: "read_only",
"fixed", "dynamic", "add", "delete"; ``selection_mode``). A plain ``st.dataframe``
(no column types, no selections) stays the light ``<table>`` of ``elements/data.py``.

* ``st.data_editor`` is a widget whose value is Streamlit's editing state
  (``edited_rows`` / ``added_rows`` / ``deleted_rows``, which ``st.session_state[key]``
  holds); the call returns the data with those edits, in the input's type.
* ``st.dataframe(on_select=...)`` is a widget whose value is the selection.
* A keyed ``st.column_config.ButtonColumn`` is a trigger widget of its own whose value is
  ``{"row": ..., "label": ...}`` for the click's run.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final, Literal

from fragc.protocol.elements import DataGridProps
from fragc.shim import dataframes
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.elements.data import normalize_alt
from fragc.shim.elements.layout_params import (
    StreamlitIncompatibleParametersError,
    StreamlitInvalidHeightError,
    validate_height,
    validate_width,
)
from fragc.shim.errors import StreamlitAPIException
from fragc.shim.optional.common import ReadOnlyAttributeDictionary, plain, selection_widget
from fragc.shim.optional.grid import columns as cols
from fragc.shim.optional.grid import editing, selection
from fragc.shim.optional.grid.column_config import ButtonColumnResult, ColumnConfig
from fragc.shim.widgets.input_common import callback_for, refuse_state_writes
from fragc.shim.widgets.registry import WidgetSpec, register_state, register_widget, to_key

EDITING_MODES: Final[dict[str, Literal["fixed", "dynamic", "add", "delete"]]] = {
    "fixed": "fixed",
    "dynamic": "dynamic",
    "add": "add",
    "delete": "delete",
}


class DataEditorState(ReadOnlyAttributeDictionary):
    """``edited_rows``, ``added_rows``, ``deleted_rows`` (what ``st.session_state[key]`` holds)."""


class ButtonColumnClickState(ReadOnlyAttributeDictionary):
    """``row`` and ``label`` of a button column's click."""


def deserialize_editing(value: Any) -> DataEditorState:
    """1.67's ``DataEditorSerde.deserialize``: row keys as ints."""
    state = dict(value) if isinstance(value, Mapping) else {}
    state.setdefault("edited_rows", {})
    state.setdefault("added_rows", [])
    state.setdefault("deleted_rows", [])
    state["edited_rows"] = {int(k): v for k, v in dict(state["edited_rows"]).items()}
    return DataEditorState(state)


def _serialize_editing(state: Any) -> Any:
    return json.loads(json.dumps(plain(state), default=str))


def _deserialize_click(value: Any) -> ButtonColumnClickState | None:
    if not value:
        return None
    if isinstance(value, str):
        value = json.loads(value)
    row = value.get("row") if isinstance(value, dict) else None
    if not isinstance(row, int) or isinstance(row, bool) or not isinstance(value.get("label"), str):
        raise StreamlitAPIException("Invalid button click state: expected {row: int, label: str}.")
    if row < 0:
        raise StreamlitAPIException(f"Invalid button click row index: {row}. Row must be >= 0.")
    return ButtonColumnClickState(value)


def _check_height(height: Any) -> None:
    if height == "auto":
        return
    try:
        validate_height(height, allow_content=True)
    except StreamlitInvalidHeightError:
        raise StreamlitInvalidHeightError(height, allow_content=True) from None


def _layout(width: Any, use_container_width: bool | None) -> Any:
    if use_container_width is not None:
        if use_container_width:
            return "stretch"
        if not isinstance(width, int):
            return "content"
    return width


def _register_buttons(
    dg: DeltaGeneratorBase, buttons: Mapping[Any, ButtonColumnResult], frame: dataframes.Frame
) -> dict[str, str]:
    """Each keyed ButtonColumn as a trigger widget; its id by column name."""
    ids: dict[str, str] = {}
    names = frame.names
    for column, button in buttons.items():
        name = (
            names[column] if isinstance(column, int) and 0 <= column < len(names) else str(column)
        )
        refuse_state_writes(to_key(button.key))
        registered = register_state(
            dg,
            WidgetSpec(
                # Not drawn: only its kind (for its id) is read.
                element={"kind": "dataframe_button", "props": {}},  # type: ignore[misc,arg-type]
                user_key=to_key(button.key),
                id_parts={},
                default=None,
                deserialize=_deserialize_click,
                serialize=lambda value: None if value is None else plain(value),
                on_change=callback_for(button.on_click, param_name="on_click", modes=()),
                args=button.args,
                kwargs=button.kwargs,
                is_trigger=True,
                reset_value=None,
            ),
        )
        if registered is not None:  # None outside a run
            ids[name] = registered[1]["id"]
    return ids


def grid_props(
    frame: dataframes.Frame,
    data: Any,
    config: dict[Any, ColumnConfig],
    *,
    column_order: Iterable[str] | None,
    width: Any,
    height: Any,
    row_height: int | None,
    placeholder: str | None,
    alt: str | None,
    editing_mode: Literal["read_only", "fixed", "dynamic", "add", "delete"],
    disabled: bool,
) -> DataGridProps:
    """The ``data_grid`` element's props (before any widget fields)."""
    table = dataframes.frame_json(frame, hide_index=False)
    kinds = cols.schema(frame)
    by_name = cols.by_name(config, frame)
    for name, options in cols.categories(data, frame).items():
        entry = by_name.setdefault(name, {})
        if "type_config" not in entry:
            entry["type_config"] = {"type": "selectbox", "options": options}
    return {
        **table,
        "data_kinds": kinds,
        "column_config": by_name,
        "column_order": None if column_order is None else [str(c) for c in column_order],
        "editing": editing_mode,
        "disabled": disabled,
        "selection_mode": [],
        "button_widgets": {},
        "width": width,
        "height": height,
        "row_height": row_height,
        "placeholder": placeholder,
        "alt": normalize_alt(alt),
        "ignore_rerun": False,
    }


def needs_grid(column_config: Mapping[Any, Any] | None) -> bool:
    """Column types (anything but a label or hidden) need the grid to be drawn."""
    for setting in (column_config or {}).values():
        if setting is None or isinstance(setting, str):
            continue
        if not isinstance(setting, Mapping):
            return True  # a keyed ButtonColumn
        if {k for k, v in setting.items() if v is not None} - {"label", "hidden"}:
            return True
    return False


def dataframe(
    dg: DeltaGeneratorBase,
    data: Any,
    width: Any,
    height: Any,
    *,
    use_container_width: bool | None,
    hide_index: bool | None,
    column_order: Iterable[str] | None,
    column_config: Mapping[Any, Any] | None,
    key: Any,
    on_select: Any,
    selection_mode: str | Iterable[str],
    selection_default: Any,
    row_height: int | None,
    placeholder: str | None,
    alt: str | None,
) -> Any:
    """``st.dataframe`` with column types or selections, drawn by the grid (1.67's
    ``arrow.py``). None when the light table can draw it (labels and hidden columns only)."""
    if on_select == "ignore" and not needs_grid(column_config):
        return None
    selecting = on_select != "ignore"
    if selection_default is not None and not selecting:
        raise StreamlitIncompatibleParametersError(
            "selection_default",
            "on_select='ignore'",
            explanation="Set `on_select` to `'rerun'` or a callback to use `selection_default`.",
        )
    modes = selection.normalize_modes(selection_mode) if selecting else set()
    width = _layout(width, use_container_width)
    validate_width(width, allow_content=True)
    _check_height(height)
    plain_config, buttons = cols.split_button_columns(column_config)
    config = cols.process_config(plain_config)
    frame = dataframes.to_frame(data)
    cols.hide_index_for_format(config, frame.data_format)
    effective_hide = hide_index
    if effective_hide is None and selecting and frame.range_index and modes & selection.ROW_MODES:
        effective_hide = True
    if effective_hide is not None:
        cols.update(config, cols.INDEX, ColumnConfig(hidden=effective_hide))
    props = grid_props(
        frame, data, config, column_order=column_order, width=width, height=height,
        row_height=row_height, placeholder=placeholder, alt=alt, editing_mode="read_only",
        disabled=False,
    )  # fmt: skip
    props["button_widgets"] = _register_buttons(dg, buttons, frame)
    if not selecting:
        return dg._enqueue(
            {"kind": "data_grid", "props": props}, key=None if key is None else str(key)
        )
    props["selection_mode"] = sorted(modes)
    names = frame.names
    default = None
    if selection_default is not None:
        default = selection.validate_state(selection_default, frame.row_count, names, modes)
    required = "single-row-required" in modes
    deserialize = selection.deserializer(default, required, frame.row_count)

    def sanitize(value: Any) -> tuple[Any, bool]:
        # A state set through st.session_state (or a stale one) is checked against the data.
        checked = selection.validate_state(plain(value), frame.row_count, names, modes)
        if checked == plain(value):
            return value, False
        return deserialize(checked), True

    return selection_widget(
        dg,
        {"kind": "data_grid", "props": props},
        key=key,
        on_select=on_select,
        id_parts={
            "data": json.dumps([props["columns"], props["rows"], props["index"]], default=str),
            "width": width,
            "height": height,
            "use_container_width": use_container_width,
            "column_order": props["column_order"],
            "column_config": json.dumps(props["column_config"], sort_keys=True, default=str),
            "selection_mode": sorted(modes),
            "is_selection_activated": True,
            "selection_default": json.dumps(default, default=str),
            "row_height": row_height,
            "placeholder": placeholder,
            "alt": props["alt"],
        }
        if key is None
        else {"selection_mode": sorted(modes), "is_selection_activated": True},
        deserialize=deserialize,
        writes_allowed=True,
        sanitize=sanitize,
    )


def _check_editor_columns(frame: dataframes.Frame) -> None:
    names = frame.names
    duplicated = [name for position, name in enumerate(names) if name in names[:position]]
    if duplicated:
        raise StreamlitAPIException(
            "All column names are required to be unique for usage with data editor. The "
            f"following column names are duplicated: {duplicated}. Please rename the "
            "duplicated columns in the provided data."
        )
    if cols.INDEX in names:
        raise StreamlitAPIException(
            f"The column name '{cols.INDEX}' is reserved for the index column and can't be "
            "used for data columns. Please rename the column in the provided data."
        )


class DataEditorMixin(DeltaGeneratorBase):
    def data_editor(
        self,
        data: Any,
        *,
        width: str | int = "stretch",
        height: str | int = "auto",
        use_container_width: bool | None = None,
        hide_index: bool | None = None,
        column_order: Iterable[str] | None = None,
        column_config: Mapping[Any, Any] | None = None,
        num_rows: Literal["fixed", "dynamic", "add", "delete"] = "fixed",
        disabled: bool | Iterable[str | int] = False,
        key: str | int | None = None,
        on_change: Callable[..., Any] | str | None = "rerun",
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        row_height: int | None = None,
        placeholder: str | None = None,
        alt: str | None = None,
    ) -> Any:
        user_key = to_key(key)
        callback = callback_for(on_change)
        validate_width(width, allow_content=True)
        _check_height(height)
        refuse_state_writes(user_key)
        width = _layout(width, use_container_width)
        if column_order is not None:
            column_order = list(column_order)
        fmt = dataframes.data_format(data)
        if fmt == "unknown":
            raise dataframes.StreamlitDataframeConversionError(
                f"The data type ({type(data).__name__}) or format is not supported by the data "
                "editor. Please convert your data into a Pandas Dataframe or another supported "
                "data format."
            )
        pandas_input = fmt in {
            "pandas_dataframe",
            "pandas_styler",
            "pandas_series",
            "pandas_index",
            "pandas_array",
            "empty",
        }
        frame = dataframes.to_frame(data)
        if frame.data_format == "pandas_series" and frame.columns == [0]:
            frame.columns = ["value"]
        _check_editor_columns(frame)
        plain_config, buttons = cols.split_button_columns(column_config)
        config = cols.process_config(plain_config)
        cols.hide_index_for_format(config, fmt)
        if not frame.range_index:
            cols.update(config, cols.INDEX, ColumnConfig(required=True))
        if hide_index is None and frame.range_index and num_rows in ("dynamic", "add"):
            hide_index = True
        if hide_index is not None:
            cols.update(config, cols.INDEX, ColumnConfig(hidden=hide_index))
        if not isinstance(disabled, bool):
            disabled = list(disabled)
            for column in disabled:
                cols.update(config, column, ColumnConfig(disabled=True))
        editing_mode = EDITING_MODES.get(str(num_rows), "fixed")
        props = grid_props(
            frame, data, config, column_order=column_order, width=width, height=height,
            row_height=row_height, placeholder=placeholder, alt=alt, editing_mode=editing_mode,
            disabled=disabled is True,
        )  # fmt: skip
        cols.check_compatibility(props["column_config"], props["data_kinds"])
        if disabled is not True:
            props["button_widgets"] = _register_buttons(self, buttons, frame)
        props["ignore_rerun"] = on_change == "ignore"
        signature = json.dumps(
            [props["columns"], props["dtypes"], props["index"] if not frame.range_index else None,
             frame.row_count, disabled if isinstance(disabled, bool) else sorted(map(str, disabled))],
            default=str,
        )  # fmt: skip
        if user_key is not None and num_rows == "fixed":
            id_parts: dict[str, Any] = {"data_signature": signature, "num_rows": num_rows}
        else:
            id_parts = {
                "data": json.dumps([props["columns"], props["rows"], props["index"]], default=str),
                "width": width,
                "height": height,
                "use_container_width": use_container_width,
                "column_order": column_order,
                "column_config_mapping": json.dumps(
                    props["column_config"], sort_keys=True, default=str
                ),
                "num_rows": num_rows,
                "row_height": row_height,
                "placeholder": placeholder,
                "alt": props["alt"],
            }
        state, _ = register_widget(
            self,
            WidgetSpec(
                element={"kind": "data_grid", "props": props},
                user_key=user_key,
                id_parts=id_parts,
                default=deserialize_editing(None),
                deserialize=deserialize_editing,
                serialize=_serialize_editing,
                on_change=callback,
                args=args,
                kwargs=kwargs,
            ),
        )
        kinds = props["data_kinds"]
        if pandas_input and fmt != "empty":
            import pandas as pd

            frame_data = data.data if dataframes.is_pandas_styler(data) else data
            df = (
                frame_data.copy()
                if dataframes.is_pandas_dataframe(frame_data)
                else pd.DataFrame(frame_data)
            )
            df.columns = frame.names
            edited = editing.apply_to_pandas(df, state, kinds)
            if fmt == "pandas_series":
                return edited.iloc[:, 0]
            return edited
        columns, index = editing.apply_to_columns(
            frame.names, frame.values, frame.index, state, kinds, frame.range_index
        )
        if fmt == "empty":
            return data
        return editing.to_input_type(data, fmt, frame.names, columns, index)


Mixin = DataEditorMixin

__all__ = ["DataEditorMixin", "DataEditorState", "Mixin", "dataframe"]
