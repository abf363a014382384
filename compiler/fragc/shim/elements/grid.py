"""st.grid: a responsive grid whose direct children are cells, as in Streamlit 1.67.

``st.grid(columns, ...)`` opens a ``grid`` block; each element written into it is one
cell, and ``grid.cell(column_span=..., row_span=...)`` opens a ``grid_cell`` block that
groups elements into one cell spanning tracks. The page lays it out with CSS grid
(``runtime_js/src/render/grid.js``): an integer ``columns`` is the most columns, fewer
when cells would fall below ``min_column_width`` (unless ``wrap=False``); ``"auto"``
fits as many as the width allows. Checks and error texts are 1.67's.
"""

from __future__ import annotations

from typing import Any

from fragc.protocol.elements import GridProps
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.elements.layout_params import (
    StreamlitIncompatibleParametersError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
    normalize_gap,
    validate_height,
    validate_width,
    validate_wrap,
)
from fragc.shim.errors import StreamlitDuplicateElementKey
from fragc.shim.widgets.registry import to_key

_MIN_COLUMNS, _MAX_COLUMNS = 1, 24
_ALIGNMENTS = ("top", "center", "bottom")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _positive_or(name: str, value: Any, word: str) -> int | None:
    """``word`` ("auto"/"content") -> None; a positive int -> itself; else 1.67's error."""
    if isinstance(value, str) and value == word:
        return None
    if isinstance(value, str):
        raise StreamlitValueError(
            name, [f'"{word}"', "a positive integer"], detail=f"Got {value!r}."
        )
    if not _is_int(value):
        raise StreamlitInvalidParameterTypeError(name, type(value).__name__, ["int", f'"{word}"'])
    if value < 1:
        raise StreamlitValueError(
            name, [f'"{word}"', "a positive integer"], detail=f"Got {value!r}."
        )
    return int(value)


def _gaps(gap: Any) -> tuple[Any, Any]:
    if isinstance(gap, (tuple, list)):
        if len(gap) != 2:
            raise StreamlitValueError(
                "gap",
                ["a gap size", "a 2-tuple or 2-list of (row_gap, column_gap)"],
                detail=f"Got a sequence with {len(gap)} elements.",
            )
        return normalize_gap(gap[0]), normalize_gap(gap[1])
    value = normalize_gap(gap)
    return value, value


class GridCellMethods:
    """What a grid adds to a container: ``cell()``."""

    _declared_columns: int | None = None

    def cell(self, *, column_span: int | str = 1, row_span: int = 1) -> Any:
        if isinstance(column_span, str) and column_span == "all":
            span: int | str = "all"
        elif isinstance(column_span, str):
            raise StreamlitValueError(
                "column_span", ['"all"', "a positive integer"], detail=f"Got {column_span!r}."
            )
        elif not _is_int(column_span):
            raise StreamlitInvalidParameterTypeError(
                "column_span", type(column_span).__name__, ["int", '"all"']
            )
        elif column_span < 1:
            raise StreamlitValueError(
                "column_span", ['"all"', "a positive integer"], detail=f"Got {column_span!r}."
            )
        else:
            declared = self._declared_columns
            if declared is not None and column_span > declared:
                raise StreamlitValueOutOfRangeError("column_span", column_span, 1, declared)
            span = column_span
        if not _is_int(row_span):
            raise StreamlitInvalidParameterTypeError("row_span", type(row_span).__name__, ["int"])
        if row_span < 1:
            raise StreamlitValueError(
                "row_span", ["a positive integer"], detail=f"Got {row_span!r}."
            )
        grid: DeltaGeneratorBase = self  # type: ignore[assignment]
        cell = grid._block(
            {"kind": "grid_cell", "props": {"column_span": span, "row_span": row_span}}
        )
        from fragc.shim.delta_generator import DeltaGenerator

        # The cell is a plain container (it has no cells of its own).
        return DeltaGenerator(
            cell._root, cell._own_cursor, ancestors=cell._ancestors, form_id=cell._form_id
        )


_grid_class: type | None = None


def grid_container_class() -> type:
    """``GridContainer``: a DeltaGenerator with ``cell()`` (built on first use, as the
    DeltaGenerator class is composed from the element modules)."""
    global _grid_class
    if _grid_class is None:
        from fragc.shim.delta_generator import DeltaGenerator

        _grid_class = type("GridContainer", (GridCellMethods, DeltaGenerator), {})
    return _grid_class


class GridMixin(DeltaGeneratorBase):
    def grid(
        self,
        columns: int | str = "auto",
        *,
        min_column_width: int | str = "auto",
        wrap: bool = True,
        gap: Any = "small",
        vertical_alignment: str = "top",
        border: bool = False,
        row_height: int | str = "content",
        width: int | str = "stretch",
        height: int | str = "content",
        key: Any = None,
        dense: bool = False,
    ) -> Any:
        validate_wrap(wrap)
        for name, value in (("border", border), ("dense", dense)):
            if not isinstance(value, bool):
                raise StreamlitInvalidParameterTypeError(name, type(value).__name__, ["bool"])
        if isinstance(columns, str) and columns != "auto":
            raise StreamlitValueError(
                "columns", ['"auto"', "an integer from 1 to 24"], detail=f"Got {columns!r}."
            )
        if not isinstance(columns, str):
            if not _is_int(columns):
                raise StreamlitInvalidParameterTypeError(
                    "columns", type(columns).__name__, ["int", '"auto"']
                )
            if not _MIN_COLUMNS <= columns <= _MAX_COLUMNS:
                raise StreamlitValueOutOfRangeError("columns", columns, _MIN_COLUMNS, _MAX_COLUMNS)
        if columns == "auto" and wrap is False:
            raise StreamlitIncompatibleParametersError(
                'columns="auto"',
                "wrap=False",
                explanation="`wrap=False` requires an explicit column count. "
                "Pass an integer, such as `st.grid(3, wrap=False)`.",
            )
        min_width = _positive_or("min_column_width", min_column_width, "auto")
        row_gap, column_gap = _gaps(gap)
        if vertical_alignment not in _ALIGNMENTS:
            raise StreamlitValueError(
                "vertical_alignment",
                [f"'{a}'" for a in _ALIGNMENTS],
                detail=f"Got {vertical_alignment!r}.",
            )
        fixed_row = _positive_or("row_height", row_height, "content")
        validate_width(width)
        validate_height(height, allow_content=True)
        user_key = to_key(key)
        if user_key is not None:
            from fragc.shim import context

            ctx = context.get_ctx()
            if ctx is not None:
                if user_key in ctx.widget_user_keys_this_run:
                    raise StreamlitDuplicateElementKey(user_key)
                ctx.widget_user_keys_this_run.add(user_key)
        props: GridProps = {
            "columns": None if columns == "auto" else int(columns),
            "min_column_width": min_width,
            "wrap": bool(wrap),
            "row_gap": row_gap,
            "column_gap": column_gap,
            "vertical_alignment": vertical_alignment,
            "border": bool(border),
            "row_height": fixed_row,
            "width": width,
            "height": height if isinstance(height, int) else None,
            "dense": bool(dense),
        }
        block = self._block({"kind": "grid", "props": props}, key=user_key)
        container = grid_container_class()(
            block._root, block._own_cursor, ancestors=block._ancestors, form_id=block._form_id
        )
        container._declared_columns = None if columns == "auto" else columns
        return container
