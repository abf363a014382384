"""Which optional parts of the shim an app needs (``fragc.shim.optional``).

The build bundles a family's module only when the app's source can reach it. The test
is deliberately wide, since a family left out is an error in the browser while one
bundled for nothing only costs bytes: a family is needed when any file of the app

* uses one of its names as an attribute, a name or a keyword argument
  (``st.plotly_chart``, ``col.data_editor``, ``on_select=...``), whoever the object is;
* imports a library whose objects ``st.write`` sends to it (a Plotly figure goes to
  ``st.plotly_chart``);
* reads a ``streamlit`` attribute by a computed name (``getattr(st, name)``): then
  every family is.

A package that requires ``streamlit`` itself (its calls are not in the app's source)
also brings every family (``fragc.packages``' ``streamlit_users``).

The same reading decides which of the page's lazily loaded chunks (``runtime_js/src/
chunks/``) the site carries (:func:`needed_chunks`): a site holds only the libraries
its app can draw with. Mermaid has no Python family of its own (any Markdown fence can
hold a diagram): its chunk comes with any source that mentions "mermaid".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final

import libcst as cst

from fragc.analysis.context import FileContext
from fragc.shim.optional import FAMILIES

ALL: Final = frozenset(FAMILIES)

# The page's chunk each family draws with (pyplot draws an image: none).
_CHUNKS: Final = {
    "plotly": "plotly",
    "graphviz": "graphviz",
    "maps": "deck",
    "grid": "grid",
    "mermaid": "mermaid",
    "echarts": "echarts",
    "vega": "vega",
}
ALL_CHUNKS: Final = frozenset(_CHUNKS.values())
# Calls drawn by the Vega chunk without a family of their own (always in the shim).
_VEGA_NAMES: Final = frozenset(
    {"line_chart", "area_chart", "bar_chart", "scatter_chart", "vega_lite_chart", "altair_chart"}
)

# Besides the families' own names: what else makes the app need one.
_EXTRA_NAMES: Final = {
    # Selections on st.dataframe are drawn by the grid; column types name the grid too.
    "grid": ("on_select", "selection_default"),
    "vega": ("on_select",),
}
# Every name whose use anywhere in a file can bring a family or a chunk into the site.
FAMILY_NAMES: Final = frozenset(
    {
        *(name for names in FAMILIES.values() for name in names),
        *(name for names in _EXTRA_NAMES.values() for name in names),
        *_VEGA_NAMES,
    }
)

_LIBRARIES: Final = {
    "plotly": ("plotly",),
    "pyplot": ("matplotlib", "seaborn"),
    "graphviz": ("graphviz",),
    "maps": ("pydeck",),
    "echarts": ("pyecharts",),
}


@dataclass
class FamilyUse:
    """What one file says about the families: the names it uses, dynamic lookups."""

    names: set[str] = field(default_factory=set)
    dynamic: bool = False  # getattr(st, <computed>) somewhere
    mentions_mermaid: bool = False  # a Mermaid diagram may be in Markdown


class NameCollector(cst.CSTVisitor):
    def __init__(self, ctx: FileContext) -> None:
        self.ctx = ctx
        self.use = FamilyUse()

    def finish(self) -> FamilyUse:
        self.use.mentions_mermaid = "mermaid" in self.ctx.source.text.lower()
        return self.use

    def visit_Attribute(self, node: cst.Attribute) -> None:
        self.use.names.add(node.attr.value)

    def visit_Name(self, node: cst.Name) -> None:
        self.use.names.add(node.value)

    def visit_Arg(self, node: cst.Arg) -> None:
        if node.keyword is not None:
            self.use.names.add(node.keyword.value)

    def visit_Call(self, node: cst.Call) -> None:
        if not (isinstance(node.func, cst.Name) and node.func.value == "getattr"):
            return
        if len(node.args) < 2:
            return
        name = node.args[1].value
        if isinstance(name, cst.SimpleString):
            literal = name.evaluated_value
            self.use.names.add(literal if isinstance(literal, str) else literal.decode())
            return
        target = node.args[0].value
        if any(name.split(".")[0] == "streamlit" for name in self.ctx.qualified_names(target)):
            self.use.dynamic = True


def family_use(ctx: FileContext) -> FamilyUse:
    collector = NameCollector(ctx)
    ctx.module.visit(collector)
    return collector.finish()


def needed_families(uses: Iterable[FamilyUse], imported: Iterable[str]) -> frozenset[str]:
    """The families an app needs, from its files' uses and the top-level modules it imports."""
    names: set[str] = set()
    for use in uses:
        if use.dynamic:
            return ALL
        names |= use.names
    tops = {module.split(".")[0] for module in imported}
    needed = set()
    for family, api_names in FAMILIES.items():
        if names & {*api_names, *_EXTRA_NAMES.get(family, ())} or tops & set(
            _LIBRARIES.get(family, ())
        ):
            needed.add(family)
    return frozenset(needed)


def needed_chunks(
    uses: Iterable[FamilyUse], imported: Iterable[str], families: frozenset[str]
) -> frozenset[str]:
    """The page chunks a site needs, from its files' uses and its families."""
    uses = list(uses)
    if families == ALL or any(use.dynamic for use in uses):
        return ALL_CHUNKS
    chunks = {_CHUNKS[family] for family in families if family in _CHUNKS}
    names = set().union(*(use.names for use in uses)) if uses else set()
    if names & _VEGA_NAMES or "altair" in {module.split(".")[0] for module in imported}:
        chunks.add("vega")
    if any(use.mentions_mermaid for use in uses):
        chunks.add("mermaid")
    return frozenset(chunks)
