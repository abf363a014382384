"""Selections on ``st.dataframe`` (``on_select``): 1.67's modes, state and checks.

The state is ``{"selection": {"rows": [...], "columns": [...], "cells": [(row, column)]}}``
with rows as positions in the data (whatever the page's sort order), columns by name.
Unlike chart selections, a dataframe's selection may be set through
``st.session_state[key]`` (and ``selection_default``): Python validates it against the
data, and the page shows it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final

from fragc.shim.elements.layout_params import StreamlitIncompatibleParametersError
from fragc.shim.errors import StreamlitAPIException, StreamlitValueError
from fragc.shim.optional.common import ReadOnlyAttributeDictionary

MODES: Final = (
    "multi-cell", "multi-column", "multi-row", "single-cell", "single-column", "single-row",
    "single-row-required",
)  # fmt: skip
ROW_MODES: Final = frozenset({"single-row", "single-row-required", "multi-row"})


class DataframeSelectionState(ReadOnlyAttributeDictionary):
    """``rows``, ``columns``, ``cells``."""


class DataframeState(ReadOnlyAttributeDictionary):
    """``selection``: the :class:`DataframeSelectionState`."""

    def __getitem__(self, key: Any) -> Any:
        if key == "selection":
            item = dict.__getitem__(self, key)
            return (
                item if isinstance(item, DataframeSelectionState) else DataframeSelectionState(item)
            )
        return super().__getitem__(key)


def normalize_modes(selection_mode: str | Iterable[str]) -> set[str]:
    """1.67's ``_normalize_selection_mode``."""
    modes = {selection_mode} if isinstance(selection_mode, str) else set(selection_mode)
    if not modes <= set(MODES):
        raise StreamlitValueError("selection_mode", [f"'{mode}'" for mode in sorted(MODES)])
    rows = modes & ROW_MODES
    if len(rows) > 1:
        uses = [f"selection_mode='{mode}'" for mode in sorted(rows)]
        raise StreamlitIncompatibleParametersError(
            *uses[:2], explanation="Only one row selection mode can be specified."
        )
    if modes >= {"single-column", "multi-column"}:
        raise StreamlitIncompatibleParametersError(
            "selection_mode='single-column'", "selection_mode='multi-column'"
        )
    if modes >= {"single-cell", "multi-cell"}:
        raise StreamlitIncompatibleParametersError(
            "selection_mode='single-cell'", "selection_mode='multi-cell'"
        )
    return modes


def validate_state(
    value: Any, row_count: int, columns: list[str], modes: set[str]
) -> dict[str, Any]:
    """1.67's ``_validate_selection_state``: only what the modes allow and the data has."""
    if not isinstance(value, dict) or not isinstance(value.get("selection"), dict):
        raise StreamlitAPIException(
            "Selection state must be a dictionary with a 'selection' key containing 'rows', "
            "'columns', and 'cells' arrays."
        )
    selection = value["selection"]
    valid: dict[str, list[Any]] = {"rows": [], "columns": [], "cells": []}
    raw_rows = selection.get("rows")
    if isinstance(raw_rows, list) and modes & ROW_MODES:
        rows = list(
            dict.fromkeys(
                r
                for r in raw_rows
                if isinstance(r, int) and not isinstance(r, bool) and 0 <= r < row_count
            )
        )
        valid["rows"] = rows if "multi-row" in modes else rows[:1]
    if "single-row-required" in modes and row_count > 0 and not valid["rows"]:
        valid["rows"] = [0]
    raw_columns = selection.get("columns")
    if isinstance(raw_columns, list) and modes & {"single-column", "multi-column"}:
        names = list(dict.fromkeys(c for c in raw_columns if isinstance(c, str) and c in columns))
        valid["columns"] = names if "multi-column" in modes else names[:1]
    raw_cells = selection.get("cells")
    # As 1.67: only "single-cell" keeps a programmatic cell selection (the first cell).
    if isinstance(raw_cells, list) and "single-cell" in modes:
        cells = list(
            dict.fromkeys(
                (cell[0], cell[1])
                for cell in raw_cells
                if isinstance(cell, (list, tuple))
                and len(cell) == 2
                and isinstance(cell[0], int)
                and 0 <= cell[0] < row_count
                and isinstance(cell[1], str)
                and cell[1] in columns
            )
        )
        valid["cells"] = cells[:1]
    return {"selection": valid}


def deserializer(default: dict[str, Any] | None, required_rows: bool, row_count: int) -> Any:
    """1.67's ``DataframeSelectionSerde.deserialize``, for one dataframe."""

    def deserialize(value: Any) -> DataframeState:
        if isinstance(value, dict):
            state: Any = {"selection": dict(value.get("selection") or {})}
        elif default is not None:
            state = {"selection": dict(default["selection"])}
        else:
            state = {"selection": {}}
        selection = state["selection"]
        selection.setdefault("rows", [])
        selection.setdefault("columns", [])
        selection["cells"] = [tuple(cell) for cell in selection.get("cells") or []]
        if required_rows and row_count > 0 and not selection["rows"]:
            selection["rows"] = [0]
        return DataframeState({"selection": DataframeSelectionState(selection)})

    return deserialize
