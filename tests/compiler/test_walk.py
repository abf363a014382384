"""The analysis' cheap walks see exactly what libcst's own walks see.

``fragc.analysis.walk`` replaces ``CSTNode.visit`` for read-only visitors while the
analysis runs, and ``fragc.analysis.positions`` computes start positions its own
way: both are only faster. Here they are held to libcst itself on every app in the
repository and on a file using every kind of syntax, event by event.
"""

from __future__ import annotations

import inspect
import re
import textwrap
from pathlib import Path

import libcst as cst
import pytest
from libcst.metadata import MetadataWrapper, ParentNodeProvider, PositionProvider, ScopeProvider

from fragc.analysis.positions import start_positions
from fragc.analysis.walk import (
    SKIPPED_WHEN_NONE,
    Dispatcher,
    children,
    parents,
    read_only_visits,
)

ROOT = Path(__file__).resolve().parents[2]

EVERY_SYNTAX = textwrap.dedent(
    '''\
    """Module docstring."""
    # a comment
    from __future__ import annotations
    import os.path as osp, sys
    from . import sibling
    from streamlit import (fragment as frag,)
    import streamlit as st

    X: int = 1
    a = b = [1, *range(3)]
    (c, *d), e = (1, 2, 3), 4
    f = lambda x, /, y=2, *args, z, **kw: (x, y, args, z, kw)
    g = {k: v for k, v in {}.items() if k} | {*()} and not -1 ** 2
    h = [i async for i in aiter()] if False else (j for j in () if j)
    s = "a" "b" f"{X!r:>{10}}" + "c", rb"raw", f"{X}{X=}{X:}"
    t = a[1:2, ::3, ...] @ b if (w := 5) else None

    @st.fragment(run_every="5s")
    @frag
    async def run(p: int, *, q: str = "x") -> None:
        global X
        nonlocal_free = 1
        def inner():
            nonlocal nonlocal_free
            nonlocal_free += 1
            yield from ()
        async with st.container() as box, open(osp.join("a", "b")) as fh:
            await box
        async for item in aiter():
            continue
        try:
            raise ValueError("x") from None
        except* (TypeError, ValueError) as group:
            pass
        else:
            del X
        finally:
            assert True, "message"
        while True:
            break
        else:
            pass
        match p:
            case [1, *rest] | {"k": _, **others}:
                pass
            case Point(x=0) if q:
                pass
            case _:
                return

    class C(Base, metaclass=Meta):
        attr: "str"
        def method(self) -> C: return self  # trailing
        @property
        def prop(self): ...

    if __name__ == "__main__":
        print(*a, sep="", **{}); x = 1
    elif X:
        pass
    else:
        for i, (j, k) in enumerate([]): pass
    '''
)


def _corpus() -> list[tuple[str, str]]:
    files = sorted(
        {
            *ROOT.glob("examples/*/*.py"),
            *ROOT.glob("tests/e2e/apps/*/*.py"),
            *ROOT.glob("tests/compiler/fixtures/**/*.py"),
        }
    )
    found = [("every_syntax", EVERY_SYNTAX)]
    for path in files:
        text = path.read_text(encoding="utf-8")
        try:
            cst.parse_module(text)
        except cst.ParserSyntaxError:
            continue  # fixtures of bad syntax
        found.append((path.relative_to(ROOT).as_posix(), text))
    return found


CORPUS = _corpus()


class _Recorder(cst.CSTVisitor):
    """Every callback libcst makes, in order; hooks for some fields too."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[tuple[str, int, str]] = []

    def on_visit(self, node: cst.CSTNode) -> bool:
        self.events.append(("visit", id(node), ""))
        return not isinstance(node, cst.Lambda)  # pruning is honoured too

    def on_leave(self, original_node: cst.CSTNode) -> None:
        self.events.append(("leave", id(original_node), ""))

    def on_visit_attribute(self, node: cst.CSTNode, attribute: str) -> None:
        self.events.append(("visit_attribute", id(node), attribute))

    def on_leave_attribute(self, original_node: cst.CSTNode, attribute: str) -> None:
        self.events.append(("leave_attribute", id(original_node), attribute))


class _Hooks(cst.CSTVisitor):
    """Default callbacks: visit_<Node>, leave_<Node> and field hooks by name."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[tuple[str, int]] = []

    def visit_Name(self, node: cst.Name) -> None:
        self.events.append(("name", id(node)))

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        self.events.append(("def", id(node)))
        return node.name.value != "inner"

    def leave_Call(self, original_node: cst.Call) -> None:
        self.events.append(("call", id(original_node)))

    def visit_Call_func(self, node: cst.Call) -> None:
        self.events.append(("call.func", id(node)))

    def leave_ClassDef_bases(self, node: cst.ClassDef) -> None:
        self.events.append(("class.bases", id(node)))


IDS = [name for name, _ in CORPUS]


@pytest.mark.parametrize(("name", "text"), CORPUS, ids=IDS)
def test_walks_match_libcst(name: str, text: str) -> None:
    module = cst.parse_module(text)
    for visitor_type in (_Recorder, _Hooks):
        by_libcst = visitor_type()
        module.visit(by_libcst)
        read_only = visitor_type()
        with read_only_visits():
            assert module.visit(read_only) is module
        assert read_only.events == by_libcst.events, name


@pytest.mark.parametrize(("name", "text"), CORPUS, ids=IDS)
def test_children_parents_and_positions_match_libcst(name: str, text: str) -> None:
    module = cst.parse_module(text)
    wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
    libcst_parents = wrapper.resolve(ParentNodeProvider)
    libcst_positions = wrapper.resolve(PositionProvider)
    ours = parents(module)
    assert ours == dict(libcst_parents)
    on_the_way: dict[cst.CSTNode, cst.CSTNode] = {}
    with read_only_visits():
        module.visit(Dispatcher([], parents=on_the_way))
    assert on_the_way == ours
    for node in [module, *ours]:
        assert list(children(node)) == list(node.children)
    starts = start_positions(module)
    assert starts == {
        node: (span.start.line, span.start.column) for node, span in libcst_positions.items()
    }


@pytest.mark.parametrize(("name", "text"), CORPUS, ids=IDS)
def test_scopes_match_libcst(name: str, text: str) -> None:
    def qualified(read_only: bool) -> list[tuple[int, object, list[str]]]:
        module = cst.parse_module(text)
        wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
        if read_only:
            with read_only_visits():
                scopes = wrapper.resolve(ScopeProvider)
        else:
            scopes = wrapper.resolve(ScopeProvider)
        found = []
        for index, node in enumerate(parents(module)):
            scope = scopes.get(node)
            names = sorted(q.name for q in scope.get_qualified_names_for(node)) if scope else []
            found.append((index, type(scope).__name__, names))
        return found

    assert qualified(read_only=True) == qualified(read_only=False)


def test_conditional_fields_are_known() -> None:
    """libcst announces every field to on_visit_attribute, except where its
    _visit_and_replace_children decides (walk.SKIPPED_WHEN_NONE): a new such node
    class in a libcst release must be looked at before the walk can be trusted."""
    conditional = set()
    for name in dir(cst):
        node_type = getattr(cst, name)
        if not (isinstance(node_type, type) and issubclass(node_type, cst.CSTNode)):
            continue
        method = node_type.__dict__.get("_visit_and_replace_children")
        if method is None or getattr(method, "__isabstractmethod__", False):
            continue
        if re.search(r"\bif\b|\bfor\b|\bwhile\b", inspect.getsource(method)):
            conditional.add(name)
    # ImportFrom/LazyImportFrom only choose how to visit `names`, never whether.
    assert conditional <= {*SKIPPED_WHEN_NONE, "ImportFrom", "LazyImportFrom"}


def test_dispatcher_calls_every_visitor_in_order() -> None:
    module = cst.parse_module("f(a)\n")
    calls: list[str] = []

    class First(cst.CSTVisitor):
        def visit_Name(self, node: cst.Name) -> None:
            calls.append(f"first {node.value}")

    class Second(cst.CSTVisitor):
        def visit_Name(self, node: cst.Name) -> None:
            calls.append(f"second {node.value}")

        def leave_Call(self, original_node: cst.Call) -> None:
            calls.append("second call")

    with read_only_visits():
        module.visit(Dispatcher([First(), Second()]))
    assert calls == ["first f", "second f", "first a", "second a", "second call"]


def test_batched_visitors_see_every_node() -> None:
    class Names(cst.BatchableCSTVisitor):
        def __init__(self) -> None:
            super().__init__()
            self.seen: list[str] = []

        def visit_Name(self, node: cst.Name) -> None:
            self.seen.append(node.value)

    module = cst.parse_module(EVERY_SYNTAX)
    by_libcst, read_only = Names(), Names()
    cst.visit_batched(module, [by_libcst])
    with read_only_visits():
        cst.visit_batched(module, [read_only])
    assert read_only.seen == by_libcst.seen
    assert "frag" in read_only.seen


def test_transformers_keep_libcst_visit() -> None:
    class Rename(cst.CSTTransformer):
        def leave_Name(self, original_node: cst.Name, updated_node: cst.Name) -> cst.Name:
            return updated_node.with_changes(value="b")

    with read_only_visits():
        assert cst.parse_module("a = a\n").visit(Rename()).code == "b = b\n"
