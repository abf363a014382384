"""Selections on ``st.vega_lite_chart`` and ``st.altair_chart`` (``on_select``), as 1.67.

The chart's selection parameters (``params`` with ``select``: Altair's
``selection_point`` / ``selection_interval``) are the selectable ones; ``selection_mode``
names some of them (all by default). The page listens to those parameters' signals
(``runtime_js/src/chunks/vega_selection.js``) and commits ``{"selection": {name:
value}}``: a point selection's value is its list of selected data (Vega-Lite's
``vlPoint.or``), an interval's the ranges by field; an empty selection is ``{}``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from fragc.protocol.elements import VegaLiteChartProps
from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.errors import StreamlitAPIException
from fragc.shim.optional.common import ReadOnlyAttributeDictionary, selection_widget
from fragc.shim.widgets.input_common import identity_parts


class VegaLiteState(ReadOnlyAttributeDictionary):
    """``selection``: each selection parameter's state, by name."""

    def __getitem__(self, key: Any) -> Any:
        if key == "selection":
            item = dict.__getitem__(self, key)
            return (
                item
                if isinstance(item, ReadOnlyAttributeDictionary)
                else ReadOnlyAttributeDictionary(item)
            )
        return super().__getitem__(key)


def selection_parameters(spec: Mapping[str, Any]) -> set[str]:
    """1.67's ``_extract_selection_parameters``: names of params with ``select``, nested too."""
    if not spec:
        return set()
    names: set[str] = set()
    params = spec.get("params")
    if isinstance(params, list):
        for param in params:
            if isinstance(param, dict) and param.get("name") and param.get("select"):
                names.add(param["name"])
    for key in ("layer", "hconcat", "vconcat", "concat"):
        children = spec.get(key)
        if isinstance(children, list):
            for child in children:
                if isinstance(child, dict):
                    names |= selection_parameters(child)
    inner = spec.get("spec")
    if isinstance(inner, dict):
        names |= selection_parameters(inner)
    return names


def parse_selection_mode(
    spec: Mapping[str, Any], selection_mode: str | Iterable[str] | None
) -> list[str]:
    available = selection_parameters(spec)
    if not available:
        raise StreamlitAPIException(
            "Selections are activated, but the provided chart spec does not have any selections "
            "defined. To add selections to `st.altair_chart`, check out the documentation "
            "[here](https://altair-viz.github.io/user_guide/interactions.html#selections-"
            "capturing-chart-interactions). For adding selections to `st.vega_lite_chart`, take "
            "a look at the specification [here](https://vega.github.io/vega-lite/docs/"
            "selection.html)."
        )
    if selection_mode is None:
        return sorted(available)
    chosen = [selection_mode] if isinstance(selection_mode, str) else list(selection_mode)
    for name in chosen:
        if name not in available:
            raise StreamlitAPIException(
                f"Selection parameter '{name}' is not defined in the chart spec. Available "
                f"selection parameters are: {available}."
            )
    return sorted(chosen)


def deserializer(names: list[str]) -> Any:
    def deserialize(value: Any) -> VegaLiteState:
        if not isinstance(value, Mapping) or not isinstance(value.get("selection"), Mapping):
            return VegaLiteState({"selection": ReadOnlyAttributeDictionary({n: {} for n in names})})
        state = dict(value)
        state["selection"] = ReadOnlyAttributeDictionary(value["selection"])
        return VegaLiteState(state)

    return deserialize


def select(
    dg: DeltaGeneratorBase,
    chart: VegaLiteChartProps,
    key: Any,
    on_select: Any,
    selection_mode: Any,
) -> Any:
    """Draw a Vega-Lite chart as a selection widget; return its :class:`VegaLiteState`."""
    names = parse_selection_mode(json.loads(chart["spec"]), selection_mode)
    props: VegaLiteChartProps = {**chart, "selection": names}
    user_key = None if key is None else str(key)
    return selection_widget(
        dg,
        {"kind": "vega_lite_chart", "props": props},
        key=key,
        on_select=on_select,
        id_parts=identity_parts(
            user_key,
            {
                "vega_lite_spec": props["spec"],
                "vega_lite_data": json.dumps(props["data"], default=str),
                "named_datasets": sorted(props["datasets"]),
                "theme": props["theme"],
                "use_container_width": props["use_container_width"],
                "selection_mode": names,
                "alt": props["alt"],
            },
            keyed=("selection_mode",),
        ),
        deserialize=deserializer(names),
    )
