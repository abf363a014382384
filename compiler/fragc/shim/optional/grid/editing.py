"""What ``st.data_editor`` returns: the data with the user's edits, in the input's type.

The page sends Streamlit's editing state (``edited_rows`` by row position, ``added_rows``,
``deleted_rows``), with values as JSON: numbers, text, booleans, lists of text, ISO
dates and times. As in 1.67 (``widgets/data_editor.py``), edits apply first, then
deletions, then additions; each value is parsed by its column's data kind, and a value
that does not parse becomes None.

A pandas DataFrame (or Styler, Series...) is edited with pandas, as Streamlit does. Plain
Python data (a list of dicts, a dict of lists, a list of values...) is edited without
pandas and returned as the same structure, which Streamlit also does (by way of pandas).
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Mapping
from typing import Any

from fragc.shim import dataframes
from fragc.shim.optional.grid.columns import INDEX

EditingState = Mapping[str, Any]


def parse_value(value: Any, kind: str) -> Any:
    """1.67's ``_parse_value``: a JSON value as the column's kind (None if it does not fit)."""
    if value is None:
        return None
    try:
        if kind == "timedelta" and isinstance(value, (int, float)):
            if not math.isfinite(value):
                return None
            return _timedelta(value)
        if kind == "list":
            return list(value) if isinstance(value, (list, tuple)) else [value]
        if kind == "empty":
            return list(value) if isinstance(value, (list, tuple)) else value
        if kind == "string":
            return str(value)
        if isinstance(value, list):
            return None
        if kind == "integer":
            return int(value)
        if kind == "float":
            return float(value)
        if kind == "boolean":
            return bool(value)
        if kind == "decimal":
            from decimal import Decimal  # here: a slow import in Pyodide

            return Decimal(str(value))
        if kind in ("datetime", "date", "time"):
            return _temporal(value, kind)
    except (ValueError, TypeError, OverflowError, ArithmeticError):
        return None
    return value


def _timedelta(seconds: float) -> Any:
    try:
        import pandas as pd
    except ImportError:
        return _dt.timedelta(seconds=seconds)
    return pd.Timedelta(seconds, unit="s")


def _temporal(value: Any, kind: str) -> Any:
    text = str(value)
    if kind == "time" or (len(text) <= 15 and ":" in text and "-" not in text):
        moment = _dt.datetime.combine(_dt.date(1970, 1, 1), _dt.time.fromisoformat(text))
    else:
        moment = _dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if kind == "date":
        return moment.date()
    if kind == "time":
        return moment.time()
    return moment


def _rows(state: EditingState) -> tuple[dict[int, dict[str, Any]], list[dict[str, Any]], list[int]]:
    edited = {int(k): dict(v) for k, v in (state.get("edited_rows") or {}).items()}
    added = [dict(row) for row in state.get("added_rows") or []]
    deleted = [int(i) for i in state.get("deleted_rows") or []]
    return edited, added, deleted


# ------------------------------------------------------------------ pandas


def apply_to_pandas(df: Any, state: EditingState, kinds: Mapping[str, str]) -> Any:
    """Edits, deletions, additions on a pandas DataFrame (a copy)."""
    import pandas as pd

    edited, added, deleted = _rows(state)
    for position, changes in edited.items():
        for column, value in changes.items():
            try:
                if column == INDEX:
                    parsed = parse_value(value, kinds[INDEX])
                    df.index = df.index.delete(position).insert(position, parsed)
                else:
                    df.iat[position, df.columns.get_loc(column)] = parse_value(value, kinds[column])
            except (KeyError, TypeError, ValueError, OverflowError, IndexError):
                continue  # as 1.67: an edit that does not apply is ignored
    if deleted:
        df = df.drop(df.index[[i for i in deleted if 0 <= i < len(df.index)]])
    if added:
        if isinstance(df.index, pd.RangeIndex):
            next_label: Any = df.index.stop
            step = df.index.step
        elif pd.api.types.is_integer_dtype(df.index.dtype):
            next_label = 0 if df.index.empty else int(df.index.max()) + 1
            step = 1
        else:
            next_label, step = None, None
        for row in added:
            values = [None] * df.shape[1]
            label = None
            for column, value in row.items():
                if column == INDEX:
                    label = parse_value(value, kinds[INDEX])
                elif column in df.columns:
                    values[df.columns.get_loc(column)] = parse_value(value, kinds[column])
            if label is not None and not isinstance(df.index, pd.RangeIndex):
                if label in df.index:
                    continue
            elif next_label is not None:
                label = next_label
                next_label += step
            else:
                continue
            df.loc[label] = dict(zip(df.columns, values, strict=True))
    return df


# ------------------------------------------------------------------ plain data


def apply_to_columns(
    names: list[str], columns: list[list[Any]], index: list[Any], state: EditingState,
    kinds: Mapping[str, str], range_index: bool,
) -> tuple[list[list[Any]], list[Any]]:  # fmt: skip
    """The same on plain columns (lists of values) and an index: new columns and index."""
    columns = [list(column) for column in columns]
    index = list(index)
    edited, added, deleted = _rows(state)
    for position, changes in edited.items():
        if not 0 <= position < len(index):
            continue
        for column, value in changes.items():
            if column == INDEX:
                index[position] = parse_value(value, kinds.get(INDEX, "unknown"))
            elif column in names:
                columns[names.index(column)][position] = parse_value(value, kinds[column])
    keep = [i for i in range(len(index)) if i not in set(deleted)]
    columns = [[column[i] for i in keep] for column in columns]
    index = [index[i] for i in keep]
    for row in added:
        for position, name in enumerate(names):
            columns[position].append(parse_value(row.get(name), kinds[name]))
        if INDEX in row and not range_index:
            index.append(parse_value(row[INDEX], kinds.get(INDEX, "unknown")))
        else:
            ints = [i for i in index if isinstance(i, int)]
            index.append(max(ints) + 1 if ints else len(index))
    return columns, index


def to_input_type(
    data: Any, fmt: str, names: list[str], columns: list[list[Any]], index: list[Any]
) -> Any:
    """Plain columns back in the input's structure (1.67's ``convert_pandas_df_to_data_format``)."""
    labels = list(dataframes.to_frame(data).columns) if names else []
    rows = [[column[r] for column in columns] for r in range(len(index))]
    if fmt == "list_of_records":
        return [dict(zip(labels, row, strict=True)) for row in rows]
    if fmt == "list_of_rows":
        return [list(row) for row in rows]
    if fmt == "column_value_mapping":
        return {label: list(column) for label, column in zip(labels, columns, strict=True)}
    if fmt == "column_index_mapping":
        return {
            label: dict(zip(index, column, strict=True))
            for label, column in zip(labels, columns, strict=True)
        }
    if fmt in ("list_of_values", "tuple_of_values", "set_of_values"):
        values = columns[0] if columns else []
        if fmt == "tuple_of_values":
            return tuple(values)
        if fmt == "set_of_values":
            return set(values)
        return list(values)
    if fmt == "key_value_dict":
        return dict(zip(index, columns[0], strict=True)) if columns else {}
    if fmt in ("numpy_list", "numpy_matrix"):
        import numpy as np

        if fmt == "numpy_list":
            return np.array(columns[0] if columns else [])
        return np.array(rows)
    if fmt == "pyarrow_table":
        import pyarrow as pa

        return pa.table({str(label): column for label, column in zip(labels, columns, strict=True)})
    if fmt in ("polars_dataframe", "polars_lazyframe"):
        import polars as pl

        return pl.DataFrame(
            {str(label): column for label, column in zip(labels, columns, strict=True)}
        )
    return rows
