"""The built-in charts (line, area, bar, scatter) as Vega-Lite specs, built in Python.

Streamlit 1.67 builds them with Altair from a pandas DataFrame
(``elements/lib/built_in_chart_utils.py``: pick x/y/color/size columns, move the index
into a column, melt wide data into long, then encode). fragc follows the same steps on
a :class:`~fragc.shim.dataframes.Frame` and writes the dict Altair's ``to_dict()``
would give, so neither Altair nor pandas has to be loaded in the browser. The data goes
to the page beside the spec (``ChartData``), not inside it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from fragc.shim import dataframes
from fragc.shim.dataframes import Frame
from fragc.shim.elements.chart_colors import is_builtin_color_name, is_color_like, to_css_color
from fragc.shim.elements.layout_params import StreamlitInvalidParameterTypeError
from fragc.shim.errors import StreamlitAPIException, StreamlitValueError


class ChartType(enum.Enum):
    AREA = ("area", "area_chart", False)
    VERTICAL_BAR = ("bar", "bar_chart", False)
    HORIZONTAL_BAR = ("bar", "bar_chart", True)
    LINE = ("line", "line_chart", False)
    SCATTER = ("circle", "scatter_chart", False)

    @property
    def mark(self) -> str:
        return self.value[0]


_COLOR_LEGEND: Final = {"titlePadding": 5, "offset": 5, "orient": "bottom"}
_SIZE_LEGEND: Final = {"titlePadding": 0.5, "offset": 5, "orient": "bottom"}

_INDEX_TITLE: Final = "index"
_MELTED_Y_TITLE: Final = "value"
_MELTED_COLOR_TITLE: Final = "color"
# Names nobody's data has, for the columns the chart adds (Streamlit's own).
_SUFFIX: Final = " -- streamlit-generated"
SEPARATED_INDEX: Final = _INDEX_TITLE + _SUFFIX
MELTED_Y: Final = _MELTED_Y_TITLE + _SUFFIX
MELTED_COLOR: Final = _MELTED_COLOR_TITLE + _SUFFIX
_NON_EXISTENT: Final = "DOES_NOT_EXIST" + _SUFFIX
_ALIAS_PREFIX: Final = "col" + _SUFFIX + "-"
_FIELD_SPECIAL: Final = (".", "[", "]", "\\")  # Vega-Lite reads these as nested access
_LARGE_DATASET: Final = 1000  # more points than this: throttle the hover (16 ms)
_STACKS: Final = (None, True, False, "normalize", "center", "layered")


@dataclass
class ChartColumns:
    """The chart's data: ordered columns of raw values, and each column's kind."""

    values: dict[str, list[Any]]
    kinds: dict[str, str]

    @property
    def row_count(self) -> int:
        return len(next(iter(self.values.values()), []))

    def as_frame(self) -> Frame:
        n = self.row_count
        names = list(self.values)
        return Frame(
            names,
            [self.values[c] for c in names],
            list(range(n)),
            kinds=[self.kinds[c] for c in names],
        )


def vega_type(kind: str) -> str:
    """pandas' inferred type → Vega-Lite type (Streamlit's ``_infer_vegalite_type``)."""
    if kind in dataframes.NUMERIC_KINDS:
        return "quantitative"
    if kind == dataframes.ORDERED:
        return "ordinal"
    if kind in dataframes.TEMPORAL_KINDS:
        return "temporal"
    return "nominal"


def check_stack(stack: Any) -> None:
    if stack not in _STACKS or (stack is not None and not isinstance(stack, (bool, str))):
        raise StreamlitValueError(
            "stack", ["True", "False", "'normalize'", "'center'", "'layered'", "None"]
        )


def _not_found(names: list[str], column: str) -> StreamlitAPIException:
    return StreamlitAPIException(
        f'Data does not have a column named `"{column}"`. '
        f"Available columns are `{', '.join(names)}`"
    )


def _as_names(value: Any) -> list[str]:
    """A sequence of column names (list, tuple, set, array, Series) as strings."""
    if callable(getattr(value, "tolist", None)):
        value = value.tolist()
    return [str(v) for v in value]


def _parse_x(names: list[str], x: Any) -> str | None:
    if x is None:
        return None
    if isinstance(x, str):
        if x not in names:
            raise _not_found(names, x)
        return x
    raise StreamlitInvalidParameterTypeError(
        "x",
        type(x).__name__,
        ["str", "None"],
        detail="Pass a column name or None to use the dataframe's index.",
    )


def _parse_y(names: list[str], y: Any, x_column: str | None) -> list[str]:
    if y is None:
        columns = list(names)
    elif isinstance(y, str):
        columns = [y]
    else:
        columns = _as_names(y)
    for column in columns:
        if column not in names:
            raise _not_found(names, column)
    # x is plotted against itself only when asked for explicitly.
    if x_column in columns and (not y or x_column not in y):
        columns.remove(x_column)
    return columns


def _parse_generic(names: list[str], value: Any) -> tuple[str | None, Any]:
    if isinstance(value, str) and value in names:
        return value, None
    return None, value


def _parse_sort(names: list[str], sort: Any) -> str | None:
    if sort is True or sort is False:
        return None
    column = str(sort).removeprefix("-")
    if column not in names:
        raise _not_found(names, column)
    return column


@dataclass
class _Prepared:
    data: ChartColumns
    x: str | None
    y: str | None
    y_list: list[str]
    color: str | None
    size: str | None
    sort: str | None
    alias_to_original: dict[str, str]


def _prep_data(
    frame: Frame,
    x: str | None,
    y_list: list[str],
    color: str | None,
    size: str | None,
    sort: str | None,
) -> _Prepared:
    values: dict[str, list[Any]] = {}
    kinds: dict[str, str] = {}
    for name, column, kind in zip(frame.names, frame.values, frame.kinds, strict=True):
        values.setdefault(name, column)  # a duplicated label: the first column, as pandas
        kinds.setdefault(name, kind)
    if x is None and y_list:
        # The index becomes the x column (pandas' reset_index).
        x = SEPARATED_INDEX if frame.index_name is None else str(frame.index_name)
        values = {x: list(frame.index), **values}
        kinds = {x: frame.index_kind, **kinds}
    keep = list(dict.fromkeys(c for c in (x, color, size, sort, *y_list) if c is not None))
    selected = {c: list(values[c]) for c in keep}
    chosen_kinds = {c: kinds[c] for c in keep}
    if color is not None and selected[color]:
        first = selected[color][0]
        if isinstance(first, (tuple, list)) and is_color_like(first):
            selected[color] = [to_css_color(c) for c in selected[color]]
            chosen_kinds[color] = dataframes.STR
    # Rename columns Vega-Lite would read as nested fields (Streamlit issue #7714).
    alias_to_original: dict[str, str] = {}
    renamed: dict[str, str] = {}
    for position, name in enumerate(keep):
        if any(ch in name for ch in _FIELD_SPECIAL):
            alias = f"{_ALIAS_PREFIX}{position}"
            alias_to_original[alias] = name
            renamed[name] = alias

    def remap(name: str | None) -> str | None:
        return None if name is None else renamed.get(name, name)

    selected = {renamed.get(c, c): v for c, v in selected.items()}
    chosen_kinds = {renamed.get(c, c): k for c, k in chosen_kinds.items()}
    x, color, size, sort = remap(x), remap(color), remap(size), remap(sort)
    y_aliased = [renamed.get(c, c) for c in y_list]
    data = ChartColumns(selected, chosen_kinds)
    y: str | None = None
    if len(y_aliased) == 1:
        y = y_aliased[0]
    elif len(y_aliased) > 1 and x is not None:
        y, color = MELTED_Y, MELTED_COLOR
        alone = [c for c in dict.fromkeys((x, size, sort)) if c is not None]
        data = _melt(data, alone, y_aliased)
        # The legend shows the user's names, not the aliases.
        data.values[MELTED_COLOR] = [alias_to_original.get(v, v) for v in data.values[MELTED_COLOR]]
        y_list = [alias_to_original.get(c, c) for c in y_aliased]
    else:
        y_list = y_aliased
    return _Prepared(data, x, y, y_list, color, size, sort, alias_to_original)


def _melt(data: ChartColumns, alone: list[str], melt: list[str]) -> ChartColumns:
    """pandas' ``melt``: one row per (row, melted column), the first column's rows first."""
    n = data.row_count
    out: dict[str, list[Any]] = {c: data.values[c] * len(melt) for c in alone}
    out[MELTED_COLOR] = [c for c in melt for _ in range(n)]
    out[MELTED_Y] = [v for c in melt for v in data.values[c]]
    kinds = {c: data.kinds[c] for c in alone}
    kinds[MELTED_COLOR] = dataframes.STR
    melted_kinds = {data.kinds[c] for c in melt}
    if melted_kinds <= dataframes.NUMERIC_KINDS:
        kinds[MELTED_Y] = dataframes.FLOAT if dataframes.FLOAT in melted_kinds else dataframes.INT
    elif len(melted_kinds) == 1:
        kinds[MELTED_Y] = melted_kinds.pop()
    else:
        kinds[MELTED_Y] = dataframes.infer_kind(out[MELTED_Y])
        if kinds[MELTED_Y] == dataframes.OBJECT and len({repr(v) for v in out[MELTED_Y]}) > 100:
            raise StreamlitAPIException(
                "The columns used for rendering the chart contain too many values with "
                "mixed types. Please select the columns manually via the y parameter."
            )
    return ChartColumns(out, kinds)


# ------------------------------------------------------------------ encodings


def _is_date_column(data: ChartColumns, name: str | None) -> bool:
    if name is None or not data.values.get(name):
        return False
    return isinstance(data.values[name][0], date)


def _is_integer(data: ChartColumns, name: str | None) -> bool:
    # pandas' is_integer_dtype: a column of ints without gaps (a gap makes it float).
    return (
        name is not None
        and data.kinds.get(name) == dataframes.INT
        and all(v is not None for v in data.values[name])
    )


def _axis(data: ChartColumns, name: str | None, grid: bool) -> dict[str, Any]:
    # Integer columns tick at whole numbers at most (no zooming into 0.5 steps).
    return {"tickMinStep": 1, "grid": grid} if _is_integer(data, name) else {"grid": grid}


def _kind_type(data: ChartColumns, name: str) -> str:
    return vega_type(data.kinds.get(name, dataframes.OBJECT))


def _position(
    prep: _Prepared,
    chart: ChartType,
    column: str | None,
    from_user: Any,
    label: str | None,
    *,
    channel: str,
) -> dict[str, Any]:
    """One position encoding (Streamlit's ``_get_x_encoding`` / ``_get_y_encoding``)."""
    data = prep.data
    if column is None:
        # Without a field the axis vanishes when there is no data (a Vega-Lite quirk).
        field, title = _NON_EXISTENT, ""
    elif column in (SEPARATED_INDEX, MELTED_Y):
        field, title = column, ""
    else:
        field = column
        title = "" if from_user is None else prep.alias_to_original.get(column, column)
    if label is not None:
        title = label
    if channel == "x":
        grid = chart is ChartType.HORIZONTAL_BAR
        discrete = chart is ChartType.VERTICAL_BAR
    else:
        grid = chart is not ChartType.HORIZONTAL_BAR
        discrete = chart is ChartType.HORIZONTAL_BAR
    if discrete and not _is_date_column(data, column):
        kind = "ordinal"  # bars stand on a discrete axis, unless it holds dates
    elif column is None:
        kind = "quantitative"
    else:
        kind = _kind_type(data, column)
    return {
        "field": field,
        "title": title,
        "type": kind,
        "scale": {},
        "axis": _axis(data, column, grid),
    }


def _color_encoding(
    prep: _Prepared, color_value: Any, color_from_user: Any
) -> dict[str, Any] | None:
    data, y_list, column = prep.data, prep.y_list, prep.color
    if color_value not in (None, [], ()):
        if is_color_like(color_value):
            _check_color_count([color_value], y_list)
            return {"value": to_css_color(color_value)}
        if isinstance(color_value, str) and is_builtin_color_name(color_value):
            _check_color_count([color_value], y_list)
            return {"value": to_css_color(color_value)}
        if isinstance(color_value, (list, tuple)):
            _check_color_count(list(color_value), y_list)
            if len(color_value) == 1:
                return {"value": to_css_color(color_value[0])}
            encoding: dict[str, Any] = {
                "scale": {"domain": y_list, "range": [to_css_color(c) for c in color_value]},
                "legend": _COLOR_LEGEND,
                "type": "nominal",
                "title": " ",
            }
            if column is not None:
                encoding = {"field": column, **encoding}
            return encoding
        raise StreamlitAPIException(
            f"""
This does not look like a valid color argument: `{color_from_user}`.

The color argument can be:

* A hex string like "#ffaa00" or "#ffaa0088".
* An RGB or RGBA tuple with the red, green, blue, and alpha
  components specified as ints from 0 to 255 or floats from 0.0 to
  1.0.
* The name of a column.
* Or a list of colors, matching the number of y columns to draw.
            """
        )
    if column is None:
        return None
    kind = "nominal" if column == MELTED_COLOR else _kind_type(data, column)
    encoding = {"field": column, "legend": _COLOR_LEGEND, "type": kind}
    if column == MELTED_COLOR:
        encoding["title"] = " "  # an empty title would hide the whole y axis (Vega-Lite)
    else:
        if column in prep.alias_to_original:
            encoding["title"] = prep.alias_to_original[column]
        values = data.values[column]
        if values and is_color_like(values[0]):
            # The column holds the colours themselves: use them, without a legend.
            encoding["scale"] = {"range": list(dict.fromkeys(to_css_color(c) for c in values))}
            encoding["legend"] = None
    return encoding


def _check_color_count(colors: list[Any], y_list: list[str]) -> None:
    if len(colors) != len(y_list):
        raise StreamlitAPIException(
            f"The list of colors `{colors}` must have the same length as the list of columns "
            f"to be colored `{y_list}`."
        )


def _size_encoding(chart: ChartType, prep: _Prepared, size_value: Any) -> dict[str, Any] | None:
    if chart is not ChartType.SCATTER:
        return None
    if prep.size is not None:
        title = prep.alias_to_original.get(prep.size, prep.size)
        return {
            "field": prep.size,
            "type": _kind_type(prep.data, prep.size),
            "title": title,
            "legend": _SIZE_LEGEND,
        }
    if isinstance(size_value, (int, float)) and not isinstance(size_value, bool):
        return {"value": size_value}
    if size_value is None:
        return {"value": 100}
    raise StreamlitValueError("size", ["a column name", "a number"], detail=f"Got {size_value!r}.")


def _tooltip(prep: _Prepared) -> list[dict[str, Any]]:
    data, names = prep.data, prep.alias_to_original

    def tip(column: str, title: str | None = None, kind: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {"field": column, "type": kind or _kind_type(data, column)}
        if title is not None:
            out["title"] = title
        elif column in names:
            out["title"] = names[column]
        return out

    assert prep.x is not None
    assert prep.y is not None
    tips = [tip(prep.x, _INDEX_TITLE if prep.x == SEPARATED_INDEX else None)]
    if prep.y == MELTED_Y:
        tips.append(tip(prep.y, _MELTED_Y_TITLE, "quantitative"))
    else:
        tips.append(tip(prep.y))
    # Streamlit means to leave out a colour column holding colours (it has no legend),
    # but its check reads an Altair attribute that is never None: the column is shown.
    if prep.color:
        if prep.color == MELTED_COLOR:
            tips.append(tip(prep.color, _MELTED_COLOR_TITLE, "nominal"))
        else:
            tips.append(tip(prep.color))
    if prep.size:
        tips.append(tip(prep.size))
    return tips


def generate_chart(
    chart: ChartType,
    data: Any,
    *,
    x: Any = None,
    y: Any = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    size: Any = None,
    width: Any = None,
    height: Any = None,
    stack: Any = None,
    sort: Any = False,
) -> tuple[dict[str, Any], ChartColumns]:
    """The Vega-Lite spec (without data) of a built-in chart, and the data it plots."""
    frame = dataframes.to_frame(data)
    names = frame.names
    x_column = _parse_x(names, x)
    y_list = _parse_y(names, y, x_column)
    color_column, color_value = _parse_generic(names, color)
    size_column, size_value = _parse_generic(names, size)
    sort_column = _parse_sort(names, sort)
    prep = _prep_data(frame, x_column, y_list, color_column, size_column, sort_column)

    if chart is ChartType.HORIZONTAL_BAR:
        x_enc = _position(prep, chart, prep.y, y, y_label, channel="x")
        y_enc = _position(prep, chart, prep.x, x, x_label, channel="y")
        stacked, sorted_axis = x_enc, y_enc
    else:
        x_enc = _position(prep, chart, prep.x, x, x_label, channel="x")
        y_enc = _position(prep, chart, prep.y, y, y_label, channel="y")
        stacked, sorted_axis = y_enc, x_enc
    if stack is not None:
        stacked["stack"] = False if stack == "layered" else stack
    if chart in (ChartType.VERTICAL_BAR, ChartType.HORIZONTAL_BAR):
        if sort is False:
            sorted_axis["sort"] = None
        elif sort is not True:
            order = "descending" if str(sort).startswith("-") else "ascending"
            field = str(sort).removeprefix("-")
            field = next((a for a, o in prep.alias_to_original.items() if o == field), field)
            sorted_axis["sort"] = {"field": field, "order": order}

    encoding: dict[str, Any] = {"x": x_enc, "y": y_enc}
    if stack is False and prep.color is not None:
        # Grouped bars stand side by side (Vega-Lite's offset channels; Altair writes the
        # unused one as an empty channel).
        vertical, horizontal = chart is ChartType.VERTICAL_BAR, chart is ChartType.HORIZONTAL_BAR
        encoding["xOffset"] = {"field": prep.color} if vertical else {}
        encoding["yOffset"] = {"field": prep.color} if horizontal else {}
    if prep.color and (chart is ChartType.AREA or stack == "layered"):
        encoding["opacity"] = {"value": 0.7}
    color_enc = _color_encoding(prep, color_value, color)
    if color_enc is not None:
        encoding["color"] = color_enc
    size_enc = _size_encoding(chart, prep, size_value)
    if size_enc is not None:
        encoding["size"] = size_enc
    if prep.x is not None and prep.y is not None:
        encoding["tooltip"] = _tooltip(prep)

    chart_width = width if isinstance(width, int) and not isinstance(width, bool) else 0
    chart_height = height if isinstance(height, int) and not isinstance(height, bool) else 0
    zoom = {
        "name": "param_1",
        "select": {"type": "interval", "encodings": ["x", "y"]},
        "bind": "scales",
    }
    base: dict[str, Any] = {"mark": {"type": chart.mark}, "encoding": encoding, "params": [zoom]}
    if chart is ChartType.LINE and prep.x is not None:
        spec = _with_hover_points(base, prep.x, prep.data.row_count)
        spec.update(width=chart_width, height=chart_height)
    else:
        spec = {**base, "width": chart_width, "height": chart_height}
    return spec, prep.data


def _with_hover_points(line: dict[str, Any], x: str, points: int) -> dict[str, Any]:
    """Streamlit's line chart: invisible points find the nearest x; only it is drawn."""
    hover = "mousemove{16}" if points > _LARGE_DATASET else "mousemove"
    nearest = {
        "name": "param_2",
        "select": {
            "type": "point",
            "nearest": True,
            "on": hover,
            "fields": [x],
            "clear": "mouseleave",
        },
    }
    encoding = line["encoding"]
    return {
        "layer": [
            line,
            {"mark": {"type": "point", "opacity": 0}, "encoding": encoding, "params": [nearest]},
            {
                "mark": {"type": "point", "filled": True, "size": 65},
                "encoding": encoding,
                "transform": [{"filter": {"param": "param_2", "empty": False}}],
            },
        ],
        "config": {"legend": {"symbolType": "stroke"}},
    }
