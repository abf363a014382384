"""Anything table-like → one small columnar structure → compact JSON for the page.

Streamlit turns every data argument into a pandas DataFrame and ships it as Arrow bytes
(``dataframe_util.convert_anything_to_pandas_df``). fragc cannot: pandas is not in
Pyodide's core and costs seconds to load, so this module never imports pandas or numpy.
It reads pandas/numpy objects the app already made through their own methods (duck
typing on ``type(x).__module__``), and builds the same rows and columns pandas would
from plain Python data (dict of lists, list of dicts, list of lists, scalars...).

The result is a :class:`Frame` (column-major, raw Python values: the charts module melts
and selects columns on it), and :func:`frame_json` turns one into the props the page
draws: ``columns``, ``rows`` (row-major, JSON-safe cells), ``index``, ``dtypes``.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import enum
import inspect
import math
from collections import ChainMap, UserDict, UserList, deque
from collections.abc import ItemsView, Iterable, KeysView, Mapping, ValuesView
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Final

from fragc.protocol.elements import TableData
from fragc.shim.errors import StreamlitAPIException

# Column kinds (the page aligns and formats by them; charts map them to Vega-Lite types).
INT: Final = "int"
FLOAT: Final = "float"
BOOL: Final = "bool"
STR: Final = "str"
DATETIME: Final = "datetime"
DATE: Final = "date"
TIME: Final = "time"
TIMEDELTA: Final = "timedelta"
CATEGORY: Final = "category"  # pandas categorical (unordered)
ORDERED: Final = "ordered"  # pandas ordered categorical
OBJECT: Final = "object"  # mixed or anything else
EMPTY: Final = "empty"  # no values at all (only None)

NUMERIC_KINDS: Final = frozenset({INT, FLOAT})
TEMPORAL_KINDS: Final = frozenset({DATETIME, DATE, TIME, TIMEDELTA})

# Streamlit's names for the data formats whose columns carry no user names: st.table hides
# their header (``table.py``'s _HIDE_HEADER_DATA_FORMATS).
NAMELESS_FORMATS: Final = frozenset(
    {
        "key_value_dict",
        "list_of_rows",
        "list_of_values",
        "numpy_list",
        "numpy_matrix",
        "set_of_values",
        "tuple_of_values",
        "pandas_array",
        "pyarrow_array",
    }
)


class StreamlitDataframeConversionError(StreamlitAPIException):
    """1.67's error for data pandas could not turn into a DataFrame."""


@dataclass
class Frame:
    """A table: column labels, one list of raw values per column, the index.

    ``range_index`` is True for pandas' default index (0..n-1), which Streamlit treats
    as "no real index" (st.table hides it; charts plot it without an axis title).
    """

    columns: list[Any]
    values: list[list[Any]]
    index: list[Any]
    index_name: Any = None
    range_index: bool = True
    data_format: str = "unknown"
    kinds: list[str] = field(default_factory=list)
    index_kind: str = INT

    def __post_init__(self) -> None:
        if not self.kinds:
            self.kinds = [infer_kind(column) for column in self.values]

    @property
    def names(self) -> list[str]:
        """Column labels as text (tuple labels of a pandas MultiIndex joined)."""
        return [label_text(c) for c in self.columns]

    @property
    def row_count(self) -> int:
        return len(self.index)

    def column(self, name: str) -> list[Any]:
        return self.values[self.names.index(name)]

    def kind(self, name: str) -> str:
        return self.kinds[self.names.index(name)]


# ------------------------------------------------------------------ kinds and cells


def label_text(label: Any) -> str:
    if isinstance(label, tuple):
        return " / ".join(str(part) for part in label)
    return str(label)


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    # pandas' NA and NaT, numpy's nan scalars: they are not equal to themselves.
    module = type(value).__module__ or ""
    if module.startswith(("pandas", "numpy")):
        try:
            return bool(value != value)
        except (TypeError, ValueError):
            return False
    return False


def _scalar(value: Any) -> Any:
    """numpy scalars as the Python value they hold (pandas Timestamps stay datetimes)."""
    module = type(value).__module__ or ""
    if module.startswith("numpy") and callable(getattr(value, "item", None)):
        if getattr(value, "dtype", None) is not None and value.dtype.kind in "mM":
            return value  # item() of datetime64[ns] is an int: keep it, _cell reads it
        return value.item()
    return value


def _is_decimal(value: Any) -> bool:
    # By name: importing decimal costs the shim's boot time in Pyodide.
    cls = type(value)
    return cls.__name__ == "Decimal" and cls.__module__ in ("decimal", "_decimal", "_pydecimal")


def _kind_of(value: Any) -> str:
    if isinstance(value, bool):
        return BOOL
    if isinstance(value, int):
        return INT
    if isinstance(value, float) or _is_decimal(value):
        return FLOAT
    if isinstance(value, str):
        return STR
    if isinstance(value, _dt.datetime):
        return DATETIME
    if isinstance(value, _dt.date):
        return DATE
    if isinstance(value, _dt.time):
        return TIME
    if isinstance(value, _dt.timedelta):
        return TIMEDELTA
    dtype = getattr(value, "dtype", None)
    if dtype is not None and getattr(dtype, "kind", "") == "M":
        return DATETIME
    if dtype is not None and getattr(dtype, "kind", "") == "m":
        return TIMEDELTA
    return OBJECT


def infer_kind(values: Iterable[Any]) -> str:
    """The kind of a column of Python values (pandas' ``infer_dtype``, coarser)."""
    kinds: set[str] = set()
    for value in values:
        value = _scalar(value)
        if _is_missing(value):
            continue
        kinds.add(_kind_of(value))
        if len(kinds) > 2:
            return OBJECT
    if not kinds:
        return EMPTY
    if len(kinds) == 1:
        return kinds.pop()
    if kinds == {INT, FLOAT}:
        return FLOAT
    return OBJECT


def _dtype_kind(dtype: Any, values: list[Any]) -> str:
    """The kind of a pandas column from its dtype (object columns: from their values)."""
    name = str(getattr(dtype, "name", dtype))
    if name == "category":
        return ORDERED if getattr(dtype, "ordered", False) else CATEGORY
    code = getattr(dtype, "kind", "O")
    if code in "iu":
        return INT
    if code == "f":
        return FLOAT
    if code == "b":
        return BOOL
    if code == "M":
        return DATETIME
    if code == "m":
        return TIMEDELTA
    if name.startswith(("string", "str")):
        return STR
    if name.lower().startswith(("int", "uint")):  # nullable Int64 and friends
        return INT
    if name.lower().startswith("float"):
        return FLOAT
    if name == "boolean":
        return BOOL
    return infer_kind(values)


def cell(value: Any) -> Any:
    """One value as JSON the page can show: numbers, text, bool, null, lists, objects.

    JSON has no NaN or infinity: NaN (and pandas' NA/NaT) is null, infinities are the
    text ``inf`` / ``-inf``. Dates and times are ISO text (the page formats them).
    """
    value = _scalar(value)
    if _is_missing(value):
        return None
    if isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else ("inf" if value > 0 else "-inf")
    if _is_decimal(value):
        return cell(float(value))
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, _dt.timedelta):
        return str(value)
    dtype = getattr(value, "dtype", None)
    if dtype is not None and getattr(dtype, "kind", "") in "mM":  # numpy datetime64/timedelta64
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        try:
            return bytes(value).decode("utf-8")
        except UnicodeDecodeError:
            return repr(bytes(value))
    if isinstance(value, Mapping):
        return {label_text(k): cell(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [cell(v) for v in value]
    if callable(getattr(value, "tolist", None)):  # a numpy array inside a cell
        return cell(value.tolist())
    if isinstance(value, enum.Enum):
        return cell(value.value)
    return str(value)


# ------------------------------------------------------------------ data formats


def _module(value: Any) -> str:
    return type(value).__module__ or ""


def _is_type(value: Any, module: str, *names: str) -> bool:
    """Whether ``value`` is an instance of ``module.<name>`` (by its class's MRO)."""
    if not _module(value).startswith(module):
        return False
    return any(
        base.__name__ in names and (base.__module__ or "").startswith(module)
        for base in type(value).__mro__
    )


def is_pandas_dataframe(value: Any) -> bool:
    return _is_type(value, "pandas", "DataFrame")


def is_pandas_series(value: Any) -> bool:
    return _is_type(value, "pandas", "Series")


def is_pandas_index(value: Any) -> bool:
    return _is_type(value, "pandas", "Index")


def is_pandas_styler(value: Any) -> bool:
    return _is_type(value, "pandas.io.formats.style", "Styler")


def is_numpy_array(value: Any) -> bool:
    return _is_type(value, "numpy", "ndarray")


def _is_namedtuple(value: Any) -> bool:
    return isinstance(value, tuple) and callable(getattr(value, "_asdict", None))


def _is_dataclass_instance(value: Any) -> bool:
    return dataclasses.is_dataclass(value) and not isinstance(value, type)


def _is_pydantic_model(value: Any) -> bool:
    return callable(getattr(value, "model_dump", None)) and not isinstance(value, type)


def _is_custom_dict(value: Any) -> bool:
    # Streamlit's own dict-likes (st.session_state, st.query_params...) have to_dict().
    return callable(getattr(value, "to_dict", None)) and _module(value).startswith(
        ("fragc.shim", "streamlit")
    )


def _is_scalar(value: Any) -> bool:
    return not isinstance(
        value, (list, tuple, set, frozenset, dict, Mapping, deque, UserList)
    ) and not callable(getattr(value, "tolist", None))


def _is_plain_scalar(value: Any) -> bool:
    """A value pandas' ``infer_dtype`` calls a scalar (anything else makes the list "mixed")."""
    value = _scalar(value)
    return (
        _is_missing(value)
        or _is_decimal(value)
        or isinstance(
            value, (bool, int, float, complex, str, bytes, _dt.date, _dt.time, _dt.timedelta)
        )
        or getattr(getattr(value, "dtype", None), "kind", "") in ("M", "m")
    )


def data_format(data: Any) -> str:
    """Streamlit's ``determine_data_format`` name (lower case) for ``data``."""
    if data is None:
        return "empty"
    if is_pandas_dataframe(data):
        return "pandas_dataframe"
    if is_numpy_array(data):
        return "numpy_list" if len(data.shape) == 1 else "numpy_matrix"
    if is_pandas_series(data):
        return "pandas_series"
    if is_pandas_index(data):
        return "pandas_index"
    if is_pandas_styler(data):
        return "pandas_styler"
    if _module(data).startswith("pandas") and hasattr(data, "dtype"):
        return "pandas_array"
    if _module(data).startswith("polars"):
        return "polars_series" if hasattr(data, "dtype") else "polars_dataframe"
    if _module(data).startswith("pyarrow"):
        return "pyarrow_table" if hasattr(data, "column_names") else "pyarrow_array"
    if (
        isinstance(data, (ChainMap, UserDict, MappingProxyType))
        or _is_dataclass_instance(data)
        or _is_namedtuple(data)
        or _is_custom_dict(data)
        or _is_pydantic_model(data)
    ):
        return "key_value_dict"
    if isinstance(data, (ItemsView, enumerate)):
        return "list_of_rows"
    if isinstance(data, (list, tuple, set, frozenset)):
        items = list(data)
        if all(_is_plain_scalar(v) for v in items):
            if isinstance(data, tuple):
                return "tuple_of_values"
            if isinstance(data, (set, frozenset)):
                return "set_of_values"
            return "list_of_values"
        first = items[0]
        if isinstance(first, dict) or _is_pydantic_model(first):
            return "list_of_records"
        if isinstance(first, (list, tuple, set, frozenset)):
            return "list_of_rows"
        return "unknown"
    if isinstance(data, Mapping):
        if not data:
            return "key_value_dict"
        first_value = next(iter(data.values()))
        if isinstance(first_value, dict):
            return "column_index_mapping"
        if isinstance(first_value, (list, tuple)):
            return "column_value_mapping"
        if is_pandas_series(first_value):
            return "column_series_mapping"
        return "key_value_dict"
    if isinstance(data, (KeysView, ValuesView, deque, UserList)):
        return "list_of_values"
    return "unknown"


# ------------------------------------------------------------------ conversion


def _fix_column_naming(frame: Frame) -> Frame:
    # pandas names a lone unnamed column 0; Streamlit renames it "value".
    if len(frame.columns) == 1 and frame.columns[0] == 0 and not isinstance(frame.columns[0], bool):
        frame.columns = ["value"]
    return frame


def _range(n: int) -> list[Any]:
    return list(range(n))


def _from_key_values(data: Mapping[Any, Any], fmt: str) -> Frame:
    """pandas' ``DataFrame.from_dict(orient="index")``: keys are the index."""
    keys = list(data.keys())
    rows = [data[k] for k in keys]
    if rows and all(isinstance(r, (list, tuple)) for r in rows):
        width = max((len(r) for r in rows), default=0)
        values = [[r[i] if i < len(r) else None for r in rows] for i in range(width)]
        columns: list[Any] = list(range(width))
    elif rows and all(isinstance(r, Mapping) for r in rows):
        columns = _union_keys(rows)
        values = [[r.get(c) for r in rows] for c in columns]
    else:
        columns, values = [0], [rows]
    return _fix_column_naming(
        Frame(
            columns, values, keys, range_index=False, data_format=fmt, index_kind=infer_kind(keys)
        )
    )


def _union_keys(records: Iterable[Mapping[Any, Any]]) -> list[Any]:
    seen: dict[Any, None] = {}
    for record in records:
        for key in record:
            seen.setdefault(key, None)
    return list(seen)


def _from_records(records: list[Any], fmt: str) -> Frame:
    dicts = [
        r.model_dump()
        if _is_pydantic_model(r)
        else dataclasses.asdict(r)
        if _is_dataclass_instance(r)
        else r._asdict()
        if _is_namedtuple(r)
        else r
        for r in records
    ]
    columns = _union_keys(dicts)
    values = [[d.get(c) for d in dicts] for c in columns]
    return Frame(columns, values, _range(len(dicts)), data_format=fmt)


def _from_rows(rows: list[Any], fmt: str) -> Frame:
    if rows and all(_is_namedtuple(r) or _is_dataclass_instance(r) for r in rows):
        return _from_records(rows, fmt)  # pandas names the columns by the fields
    lists = [list(r) for r in rows]
    width = max((len(r) for r in lists), default=0)
    values = [[r[i] if i < len(r) else None for r in lists] for i in range(width)]
    return _fix_column_naming(
        Frame(list(range(width)), values, _range(len(lists)), data_format=fmt)
    )


def _from_column_mapping(data: Mapping[Any, Any], fmt: str) -> Frame:
    """pandas' ``DataFrame(dict)``: keys are columns; scalars broadcast; dicts align on keys."""
    columns = list(data.keys())
    raw = [data[c] for c in columns]
    if any(isinstance(v, Mapping) for v in raw):
        index = _union_keys(v for v in raw if isinstance(v, Mapping))
        values = [
            [v.get(i) for i in index] if isinstance(v, Mapping) else [v] * len(index) for v in raw
        ]
        return Frame(
            columns, values, index, range_index=False, data_format=fmt, index_kind=infer_kind(index)
        )
    lists = [_as_list(v) if not _is_scalar(v) else None for v in raw]
    lengths = {len(v) for v in lists if v is not None}
    if len(lengths) > 1:
        raise StreamlitDataframeConversionError("All arrays must be of the same length")
    if not lengths and raw:
        # Only scalars: pandas refuses ("you must pass an index"); Streamlit falls back
        # to one row per key.
        return _from_key_values(data, "key_value_dict")
    n = next(iter(lengths)) if lengths else 0
    values = [v if v is not None else [raw[i]] * n for i, v in enumerate(lists)]
    index = _range(n)
    if is_pandas_series(raw[0]):
        index = list(raw[0].index.tolist())
        return Frame(
            columns,
            values,
            index,
            range_index=type(raw[0].index).__name__ == "RangeIndex",
            data_format=fmt,
        )
    return Frame(columns, values, index, data_format=fmt)


def _as_list(value: Any) -> list[Any]:
    if is_numpy_array(value):
        return _numpy_list(value)
    if callable(getattr(value, "tolist", None)):
        return list(value.tolist())
    return list(value)


def _numpy_list(array: Any) -> list[Any]:
    # datetime64[ns].tolist() gives integers; microseconds give Python datetimes.
    if array.dtype.kind == "M":
        array = array.astype("datetime64[us]")
    elif array.dtype.kind == "m":
        array = array.astype("timedelta64[us]")
    return list(array.tolist())


def _from_numpy(array: Any) -> Frame:
    fmt = data_format(array)
    if len(array.shape) == 0:
        return Frame([], [], [], data_format=fmt)
    if len(array.shape) == 1:
        return _fix_column_naming(
            Frame([0], [_numpy_list(array)], _range(array.shape[0]), data_format=fmt)
        )
    if len(array.shape) > 2:
        raise StreamlitDataframeConversionError(f"Must pass 2-d input. shape={tuple(array.shape)}")
    columns = [_numpy_list(array[:, i]) for i in range(array.shape[1])]
    return _fix_column_naming(
        Frame(list(range(array.shape[1])), columns, _range(array.shape[0]), data_format=fmt)
    )


def _index_values(index: Any) -> list[Any]:
    values = list(index.tolist())
    return [label_text(v) if isinstance(v, tuple) else v for v in values]


def _from_pandas(df: Any, fmt: str) -> Frame:
    columns = list(df.columns)
    values: list[list[Any]] = []
    kinds: list[str] = []
    for i in range(len(columns)):
        series = df.iloc[:, i]
        column = list(series.tolist())
        values.append(column)
        kinds.append(_dtype_kind(series.dtype, column))
    index = df.index
    index_values = _index_values(index)
    return Frame(
        columns,
        values,
        index_values,
        index_name=label_text(index.name) if index.name is not None else None,
        range_index=type(index).__name__ == "RangeIndex",
        data_format=fmt,
        kinds=kinds or [],
        index_kind=_dtype_kind(index.dtype, index_values),
    )


def _pandas_frame_of(data: Any) -> Any:
    """A pandas object (Series, Index, array) as a DataFrame, the way Streamlit does."""
    # The app made a pandas object: pandas is loaded already.
    import pandas as pd

    return pd.DataFrame(data)


def to_frame(data: Any) -> Frame:
    """Any supported data as a :class:`Frame` (Streamlit's ``convert_anything_to_pandas_df``)."""
    fmt = data_format(data)
    if data is None:
        return Frame([], [], [], data_format=fmt)
    if isinstance(data, Frame):
        return data
    if is_pandas_dataframe(data):
        return _from_pandas(data, fmt)
    if is_pandas_styler(data):
        return _from_pandas(data.data, fmt)
    if is_pandas_series(data) or is_pandas_index(data) or fmt == "pandas_array":
        return _from_pandas(_pandas_frame_of(data), fmt)
    if is_numpy_array(data):
        return _from_numpy(data)
    if callable(getattr(data, "to_pandas", None)):  # polars, pyarrow, xarray...
        result = data.to_pandas()
        if is_pandas_series(result):
            result = result.to_frame()
        return _from_pandas(result, fmt)
    if inspect.isgeneratorfunction(data):
        return _from_sequence(list(data()), "list_of_values")
    if inspect.isgenerator(data):
        return _from_sequence(list(data), "list_of_values")
    if isinstance(data, enum.EnumMeta):
        enum_class: Any = data  # EnumMeta iterates its members; mypy cannot type them
        members = [member.value for member in enum_class]
        return _fix_column_naming(Frame([0], [members], _range(len(members)), data_format=fmt))
    if _is_custom_dict(data):
        return _from_key_values(data.to_dict(), fmt)
    if _is_namedtuple(data):
        return _from_key_values(data._asdict(), fmt)
    if _is_dataclass_instance(data):
        return _from_key_values(dataclasses.asdict(data), fmt)
    if _is_pydantic_model(data):
        return _from_key_values(data.model_dump(), fmt)
    if isinstance(data, (ChainMap, MappingProxyType, UserDict)):
        return _from_key_values(dict(data), fmt)
    if isinstance(data, Mapping):
        return _from_column_mapping(data, fmt)
    if isinstance(data, (deque, map, UserList, KeysView, ValuesView, ItemsView, enumerate)):
        return _from_sequence(list(data), fmt)
    if isinstance(data, (list, tuple, set, frozenset)) or callable(getattr(data, "__iter__", None)):
        if isinstance(data, (str, bytes)):
            raise _conversion_error(data)
        return _from_sequence(list(data), fmt)
    raise _conversion_error(data)


def _from_sequence(items: list[Any], fmt: str) -> Frame:
    if not items:
        return Frame([], [], [], data_format=fmt)
    if all(_is_scalar(v) and not _is_namedtuple(v) for v in items):
        if all(_is_dataclass_instance(v) or _is_pydantic_model(v) for v in items):
            return _from_records(items, fmt)
        return _fix_column_naming(Frame([0], [items], _range(len(items)), data_format=fmt))
    if all(isinstance(v, Mapping) or _is_pydantic_model(v) for v in items):
        return _from_records(items, fmt)
    if all(not _is_scalar(v) or _is_namedtuple(v) for v in items):
        return _from_rows(items, fmt)
    raise _conversion_error(items)


def _conversion_error(data: Any) -> StreamlitDataframeConversionError:
    return StreamlitDataframeConversionError(
        f"""
Unable to convert object of type `{type(data)}` to `pandas.DataFrame`.
Offending object:
```py
{data}
```"""
    )


# ------------------------------------------------------------------ to the page


def select_columns(frame: Frame, names: Iterable[str]) -> Frame:
    """Only the named columns, in that order (unknown names are left out, as Streamlit's
    ``column_order`` does)."""
    known = frame.names
    picked = [known.index(n) for n in names if n in known]
    return dataclasses.replace(
        frame,
        columns=[frame.columns[i] for i in picked],
        values=[frame.values[i] for i in picked],
        kinds=[frame.kinds[i] for i in picked],
    )


def frame_json(frame: Frame, *, hide_index: bool = False) -> TableData:
    """The page's columnar JSON: labels, row-major JSON-safe cells, kinds, the index."""
    n = frame.row_count
    columns = [[cell(v) for v in column] for column in frame.values]
    rows = [[column[r] for column in columns] for r in range(n)]
    return {
        "columns": frame.names,
        "rows": rows,
        "dtypes": list(frame.kinds),
        "index": None if hide_index else [cell(v) for v in frame.index],
        "index_name": None if frame.index_name is None else label_text(frame.index_name),
        "index_dtype": frame.index_kind,
    }
