"""Column configuration and column kinds, as 1.67's ``column_config_utils`` has them.

``column_config`` maps a column (its name, its position as an int, or ``"_index"``) to a
label, ``None`` (hidden) or a column type's dict; a ``ButtonColumn`` with a key is a
widget of its own. The page gets every column's configuration by name, and each
column's data kind (Streamlit's ``ColumnDataKind``), which decides what a column shows
and accepts when it has no type, and which types it may be edited as.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any, Final

from fragc.shim import dataframes
from fragc.shim.elements.layout_params import StreamlitInvalidParameterTypeError
from fragc.shim.errors import StreamlitAPIException
from fragc.shim.optional.grid.column_config import ButtonColumnResult, ColumnConfig

INDEX: Final = "_index"  # Streamlit's name for the index in column_config

# fragc's column kinds (shim/dataframes.py) as Streamlit's ColumnDataKind.
_KINDS: Final = {
    dataframes.INT: "integer",
    dataframes.FLOAT: "float",
    dataframes.BOOL: "boolean",
    dataframes.STR: "string",
    dataframes.DATETIME: "datetime",
    dataframes.DATE: "date",
    dataframes.TIME: "time",
    dataframes.TIMEDELTA: "timedelta",
    dataframes.EMPTY: "empty",
}

# Which data kinds each editable column type can write (1.67's
# _EDITING_COMPATIBILITY_MAPPING).
_EDITABLE_AS: Final = {
    "text": ("string", "empty"),
    "number": ("integer", "float", "decimal", "string", "timedelta", "empty"),
    "checkbox": ("boolean", "string", "integer", "empty"),
    "selectbox": ("string", "boolean", "integer", "float", "empty"),
    "date": ("date", "datetime", "empty"),
    "time": ("time", "datetime", "empty"),
    "datetime": ("datetime", "date", "time", "empty"),
    "link": ("string", "empty"),
    "list": ("list", "string", "empty"),
    "multiselect": ("list", "string", "empty"),
    "markdown": ("string", "empty"),
}

# Data formats whose index means nothing to the user: hidden (apply_data_specific_configs).
_INDEXLESS_FORMATS: Final = frozenset(
    {
        "set_of_values",
        "tuple_of_values",
        "list_of_values",
        "numpy_list",
        "numpy_matrix",
        "list_of_records",
        "list_of_rows",
        "column_value_mapping",
        "pandas_array",
        "pandas_index",
        "polars_dataframe",
        "polars_series",
        "polars_lazyframe",
        "pyarrow_array",
    }
)


def _object_kind(values: list[Any]) -> str:
    present = [v for v in values if dataframes.cell(v) is not None]
    if not present:
        return "empty"
    if all(isinstance(v, (list, tuple)) or callable(getattr(v, "tolist", None)) for v in present):
        return "list"
    if all(isinstance(v, Mapping) for v in present):
        return "dict"
    if all(isinstance(v, (bytes, bytearray)) for v in present):
        return "bytes"
    if all(type(v).__name__ == "Decimal" for v in present):
        return "decimal"
    if all(isinstance(v, str) for v in present):
        return "string"
    return "unknown"


def data_kind(kind: str, values: list[Any]) -> str:
    """A column's ``ColumnDataKind`` from its fragc kind and values."""
    if kind in _KINDS:
        return _KINDS[kind]
    if kind in (dataframes.CATEGORY, dataframes.ORDERED):
        return dataframes_kind_of_categories(values)
    return _object_kind(values)


def dataframes_kind_of_categories(values: list[Any]) -> str:
    inferred = dataframes.infer_kind(values)
    return _KINDS.get(inferred, "unknown")


def schema(frame: dataframes.Frame) -> dict[str, str]:
    """Every column's data kind, by name, and the index's (``"_index"``)."""
    kinds = {INDEX: data_kind(frame.index_kind, frame.index)}
    for name, kind, values in zip(frame.names, frame.kinds, frame.values, strict=True):
        kinds[name] = data_kind(kind, values)
    return kinds


def split_button_columns(
    config: Mapping[Any, Any] | None,
) -> tuple[dict[Any, Any] | None, dict[Any, ButtonColumnResult]]:
    """1.67's ``extract_button_column_configs``: keyed ButtonColumns apart."""
    if config is None:
        return None, {}
    plain: dict[Any, Any] = {}
    buttons: dict[Any, ButtonColumnResult] = {}
    for column, setting in config.items():
        if isinstance(setting, ButtonColumnResult):
            buttons[column] = setting
            plain[column] = setting.config
        else:
            plain[column] = setting
    return plain, buttons


def process_config(config: Mapping[Any, Any] | None) -> dict[Any, ColumnConfig]:
    """1.67's ``process_config_mapping``: every entry as a ColumnConfig dict."""
    if config is None:
        return {}
    out: dict[Any, ColumnConfig] = {}
    for column, setting in config.items():
        if setting is None:
            out[column] = ColumnConfig(hidden=True)
        elif isinstance(setting, str):
            out[column] = ColumnConfig(label=setting)
        elif isinstance(setting, ButtonColumnResult):
            out[column] = copy.deepcopy(setting.config)
        elif isinstance(setting, dict):
            out[column] = copy.deepcopy(setting)  # type: ignore[assignment]
        else:
            raise StreamlitInvalidParameterTypeError(
                "column_config",
                type(setting).__name__,
                ["None", "str", "dict"],
                detail=f"Invalid configuration for column `{column}`.",
            )
    return out


def update(config: dict[Any, ColumnConfig], column: Any, changes: ColumnConfig) -> None:
    config.setdefault(column, ColumnConfig()).update(changes)


def hide_index_for_format(config: dict[Any, ColumnConfig], data_format: str) -> None:
    if data_format in _INDEXLESS_FORMATS:
        update(config, INDEX, ColumnConfig(hidden=True))


def by_name(config: dict[Any, ColumnConfig], frame: dataframes.Frame) -> dict[str, dict[str, Any]]:
    """The configuration the page gets: keyed by column name (positions resolved), without
    the entries left None (1.67's ``remove_none_values``)."""
    names = frame.names
    out: dict[str, dict[str, Any]] = {}
    for column, setting in config.items():
        if isinstance(column, int) and not isinstance(column, bool):
            if not 0 <= column < len(names):
                continue
            name = names[column]
        else:
            name = str(column)
        entry = {k: _json_safe(v) for k, v in setting.items() if v is not None}
        if isinstance(entry.get("type_config"), dict):
            entry["type_config"] = {
                k: _json_safe(v) for k, v in entry["type_config"].items() if v is not None
            }
        out.setdefault(name, {}).update(entry)
    return out


def _json_safe(value: Any) -> Any:
    return dataframes.cell(value) if not isinstance(value, (dict, list)) else value


def check_compatibility(config: dict[str, dict[str, Any]], kinds: dict[str, str]) -> None:
    """1.67's ``_check_type_compatibilities`` for the data editor."""
    for name, kind in kinds.items():
        setting = config.get(name)
        if not setting or setting.get("disabled") is True:
            continue
        type_config = setting.get("type_config")
        column_type = type_config.get("type") if isinstance(type_config, dict) else None
        if column_type is None or column_type not in _EDITABLE_AS:
            continue
        if kind not in _EDITABLE_AS[column_type]:
            raise StreamlitAPIException(
                f"The configured column type `{column_type}` for column `{name}` is not "
                f"compatible for editing the underlying data type `{kind}`.\n\nYou have "
                "following options to fix this: 1) choose a compatible type 2) disable the "
                "column 3) convert the column into a compatible data type."
            )


def categories(data: Any, frame: dataframes.Frame) -> dict[str, list[Any]]:
    """A pandas categorical column's categories, by column name (shown as a selectbox)."""
    if not dataframes.is_pandas_dataframe(data):
        return {}
    out: dict[str, list[Any]] = {}
    for position, name in enumerate(frame.names):
        series = data.iloc[:, position]
        dtype = getattr(series, "dtype", None)
        if dtype is not None and str(getattr(dtype, "name", "")) == "category":
            out[name] = [dataframes.cell(v) for v in dtype.categories.tolist()]
    return out
