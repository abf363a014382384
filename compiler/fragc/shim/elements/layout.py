"""Layout containers: container, empty, columns, tabs, expander."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fragc.shim.dg_base import DeltaGeneratorBase
from fragc.shim.errors import StreamlitAPIException

_GAPS = ("small", "medium", "large", None)


class LayoutMixin(DeltaGeneratorBase):
    def container(
        self,
        *,
        border: bool | None = None,
        key: Any = None,
        height: int | str | None = None,
        width: str | int = "stretch",
        horizontal: bool = False,
        horizontal_alignment: str = "left",
        vertical_alignment: str = "top",
        gap: str | None = "small",
    ) -> Any:
        return self._block(
            "vertical",
            {"border": bool(border) if border is not None else height not in (None, "content"),
             "height": height if isinstance(height, int) else None,
             "horizontal": bool(horizontal)},
            key=None if key is None else str(key),
        )

    def empty(self) -> Any:
        return self._enqueue("empty", {})

    def columns(
        self,
        spec: int | Sequence[float],
        *,
        gap: str | None = "small",
        vertical_alignment: str = "top",
        border: bool = False,
        width: str | int = "stretch",
    ) -> list[Any]:
        if isinstance(spec, int):
            if spec < 1:
                raise StreamlitAPIException(
                    "The input argument to st.columns must be either a positive integer or a "
                    "list of positive numeric weights. See [documentation](https://docs.streamlit"
                    ".io/develop/api-reference/layout/st.columns) for more information."
                )
            weights: list[float] = [1.0] * spec
        else:
            weights = [float(w) for w in spec]
            if not weights or any(w <= 0 for w in weights):
                raise StreamlitAPIException(
                    "The input argument to st.columns must be either a positive integer or a "
                    "list of positive numeric weights. See [documentation](https://docs.streamlit"
                    ".io/develop/api-reference/layout/st.columns) for more information."
                )
        if gap not in _GAPS:
            raise StreamlitAPIException(
                f'The gap argument to st.columns must be "small", "medium", or "large". \n'
                f'The argument passed was {gap}.'
            )
        if vertical_alignment not in ("top", "center", "bottom"):
            raise StreamlitAPIException(
                'The vertical_alignment argument to st.columns must be "top", "center", or '
                f'"bottom". \nThe argument passed was {vertical_alignment}.'
            )
        if "column" in self._active()._ancestors and self._active()._ancestors.count("column") >= 2:
            raise StreamlitAPIException("Columns can only be placed inside other columns up to one level of nesting.")
        row = self._block("horizontal", {"gap": gap, "vertical_alignment": vertical_alignment})
        total = sum(weights)
        return [
            row._block(
                "column",
                {
                    "weight": w / total,
                    "gap": gap,
                    "vertical_alignment": vertical_alignment,
                    "border": bool(border),
                },
            )
            for w in weights
        ]

    def tabs(
        self, tabs: Sequence[str], *, width: str | int = "stretch", default: str | None = None
    ) -> list[Any]:
        labels = [str(t) for t in tabs]
        if not labels:
            raise StreamlitAPIException("The input argument to st.tabs must contain at least one tab label.")
        group = self._block("tabs", {"labels": labels, "default": default})
        return [group._block("tab", {"label": label}) for label in labels]

    def expander(
        self,
        label: str,
        expanded: bool = False,
        *,
        icon: str | None = None,
        width: str | int = "stretch",
    ) -> Any:
        if label is None:
            raise StreamlitAPIException("A label is required for an expander")
        return self._block("expander", {"label": str(label), "expanded": bool(expanded), "icon": icon})
