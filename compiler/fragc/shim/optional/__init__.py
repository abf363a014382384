"""The shim's optional families: Streamlit's API that ``fragc build`` bundles only for the
apps that use it.

Plotly, Matplotlib, Graphviz, maps, the data grid (``st.data_editor``, column types,
dataframe selections), chart selections, Mermaid and ECharts are most of fragc's
Streamlit API by weight, and most apps use none of them. The build puts this package
into ``app.zip`` only with the families the app's sources name
(``fragc.analysis.shim_families``; ``site/bundle.py``), so an app without them
downloads, unpacks and snapshots none of their code.

One module (or package) per family, named in :data:`FAMILIES`; each defines ``Mixin``,
whose methods ``DeltaGenerator`` looks up through :class:`OptionalMixin` on first use.
``common`` is what they share. The always-bundled shim reaches this package in three
places only, each ready for it to be missing: ``delta_generator.py`` (the container
methods), ``api.__getattr__`` (``st.<name>``) and ``elements/data.py`` / ``charts.py``
(selections and column types). None of these modules imports a third-party library at
import time: the memory snapshot imports every bundled module, and the libraries
(plotly, pandas...) are the app's, loaded when it imports them.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from types import ModuleType
from typing import Any, Final

from fragc.shim.errors import FragcNotImplementedError

# family -> the `st.` names it provides (a module or package of this name, below).
FAMILIES: Final = {
    "plotly": ("plotly_chart",),
    "pyplot": ("pyplot",),
    "graphviz": ("graphviz_chart",),
    "maps": ("map", "pydeck_chart"),
    "grid": ("data_editor", "column_config"),
    "mermaid": ("mermaid_chart",),
    "echarts": ("echarts_chart",),
    "vega": (),  # selections on st.vega_lite_chart / st.altair_chart (on_select)
}
API_NAMES: Final = {name: family for family, names in FAMILIES.items() for name in names}
# Names that are namespaces, not container methods: the module that holds them.
MODULE_NAMES: Final = {"column_config": "grid.column_config"}


def family(name: str, needed_for: str) -> ModuleType:
    """The family's module, or an error that says why this site lacks it."""
    try:
        return importlib.import_module(f"{__name__}.{name}")
    except ModuleNotFoundError as error:
        if not (error.name or "").startswith(__name__):
            raise
        raise FragcNotImplementedError(
            f"`{needed_for}` was left out of this site: `fragc build` bundles that part of "
            "Streamlit's API only when the app's source names it, and found no use of it. "
            "Call it by its name somewhere in the app (a call the build can read), then rebuild."
        ) from None


class _FamilyMethod:
    """A container method whose family is imported the first time it is looked up."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, dg: Any, owner: type | None = None) -> Any:
        mixin = family(API_NAMES[self.name], f"st.{self.name}").Mixin
        method = getattr(mixin, self.name)
        return method if dg is None else method.__get__(dg, owner)


class OptionalMixin:
    plotly_chart = _FamilyMethod()
    pyplot = _FamilyMethod()
    graphviz_chart = _FamilyMethod()
    map = _FamilyMethod()
    pydeck_chart = _FamilyMethod()
    data_editor = _FamilyMethod()
    mermaid_chart = _FamilyMethod()
    echarts_chart = _FamilyMethod()


def st_attribute(name: str, main: Any) -> Any:
    """``st.<name>`` for a name of these families (None when it is not one)."""
    if name not in API_NAMES:
        return None
    if name in MODULE_NAMES:
        return family(MODULE_NAMES[name], f"st.{name}")
    return getattr(main, name)


def _install_import_hooks() -> None:
    """Families that act when the app imports their library: Plotly's default template
    becomes Streamlit's, as ``import streamlit`` makes it (shim/optional/plotly.py)."""
    if f"{__name__}.plotly" in sys.modules or _bundled("plotly"):
        importlib.import_module(f"{__name__}.plotly").install_import_hook()


def _bundled(name: str) -> bool:
    return importlib.util.find_spec(f"{__name__}.{name}") is not None


_install_import_hooks()
