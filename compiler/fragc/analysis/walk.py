"""Walking libcst trees without rebuilding them: the analysis' traversals, made cheap.

libcst's ``CSTNode.visit`` serves visitors and transformers alike, so for every node
it builds a new copy from the visited children (constructor, validation) and looks
up ``visit_<Node>_<field>`` hooks by formatted name, even for a read-only
``CSTVisitor`` that throws the copy away. On a 10,000-line app that is most of the
time of each pass, libcst's own metadata providers included (docs/benchmarks.md).

:func:`read_only_visits` replaces ``CSTNode.visit`` for ``CSTVisitor`` instances (and
only those) by a walk over the same fields, in the same order, with the same hooks,
that returns the node unchanged: what a ``CSTVisitor`` sees cannot differ, it is only
not rebuilt. The field order of each node class is learnt from libcst itself (its
``_visit_and_replace_children`` reports every field to ``on_visit_attribute``, even an
empty one), so there is no list to keep in step with libcst's versions.
Transformers keep libcst's own ``visit``.

:class:`Dispatcher` runs several visitors in one traversal, and :func:`parents` maps
each node to its parent (what ``ParentNodeProvider`` gives, without its copies).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import libcst as cst
from libcst._batched_visitor import _BatchedCSTVisitor

_LIBCST_VISIT: Callable[..., Any] = cst.CSTNode.visit
_MODULE_VISIT: Callable[..., Any] = cst.Module.visit
_DEFAULT_ON_VISIT = cst.CSTVisitor.on_visit
_DEFAULT_ON_LEAVE = cst.CSTVisitor.on_leave
_DEFAULT_VISIT_ATTRIBUTE = cst.CSTVisitor.on_visit_attribute
_DEFAULT_LEAVE_ATTRIBUTE = cst.CSTVisitor.on_leave_attribute

# Per node class: its child fields in visiting order.
_FIELDS: dict[type[cst.CSTNode], tuple[str, ...]] = {}
# Per value type: 1 a node, 2 a sequence of nodes, 0 anything else (None, a sentinel, str).
_KINDS: dict[type, int] = {}


# Fields libcst does not even announce to on_visit_attribute when they are None (every
# other field is announced, empty or not). tests/compiler/test_walk.py fails when a
# libcst release adds another node class that visits its fields conditionally.
SKIPPED_WHEN_NONE: dict[str, frozenset[str]] = {
    "FormattedStringExpression": frozenset({"format_spec"}),
    "TemplatedStringExpression": frozenset({"format_spec"}),
}
_NEVER_SKIPPED: frozenset[str] = frozenset()


class _FieldRecorder(cst.CSTVisitor):
    """Learns a node class' child fields: libcst reports each to on_visit_attribute."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: list[str] = []

    def on_visit(self, node: cst.CSTNode) -> bool:
        return False

    def on_leave(self, original_node: cst.CSTNode) -> None:
        pass

    def on_visit_attribute(self, node: cst.CSTNode, attribute: str) -> None:
        self.fields.append(attribute)

    def on_leave_attribute(self, original_node: cst.CSTNode, attribute: str) -> None:
        pass


def child_fields(node: cst.CSTNode) -> tuple[str, ...]:
    """The names of ``node``'s child fields, in the order libcst visits them."""
    fields = _FIELDS.get(type(node))
    if fields is None:
        recorder = _FieldRecorder()
        # A field skipped when None is given a value, so that its place is learnt too.
        skipped = SKIPPED_WHEN_NONE.get(type(node).__name__, _NEVER_SKIPPED)
        probe = node.with_changes(**{f: () for f in skipped if getattr(node, f) is None})
        # Rebuilds the node once (its children unvisited): one copy per class, ever.
        probe._visit_and_replace_children(recorder)  # noqa: SLF001 - libcst's own field order
        fields = _FIELDS[type(node)] = tuple(recorder.fields)
    return fields


def _kind(value: object) -> int:
    kind = _KINDS.get(type(value))
    if kind is None:
        kind = _KINDS[type(value)] = (
            1 if isinstance(value, cst.CSTNode) else 2 if isinstance(value, (tuple, list)) else 0
        )
    return kind


def children(node: cst.CSTNode) -> Iterator[cst.CSTNode]:
    """``node.children`` (same nodes, same order) without rebuilding ``node``."""
    for name in child_fields(node):
        value = getattr(node, name)
        kind = _kind(value)
        if kind == 1:
            yield value
        elif kind == 2:
            yield from value


def _own(visitor_type: type, name: str) -> Any:
    """``visitor_type``'s method ``name``, unless it is libcst's empty default."""
    method = getattr(visitor_type, name, None)
    return None if method is getattr(cst.CSTVisitor, name, None) else method


_CUSTOM: Any = object()  # the visitor overrides the callback: call it as it is
# Per visitor class (None: not a CSTVisitor), per node class: how to walk that node.
_Plan = tuple[Any, Any, tuple[str, ...], Any, bool, frozenset[str]]
_PLANS: dict[type, dict[type, _Plan] | None] = {}


def _plan(visitor_type: Any, node: cst.CSTNode) -> _Plan:
    """What visiting ``node`` calls: its visit_/leave_ methods (looked up once per
    node class, as libcst's default callbacks do for every node), its fields, and
    the fields' visit_<Node>_<field>/leave_<Node>_<field> hooks if there are any."""
    name = type(node).__name__
    fields = child_fields(node)
    on_visit = (
        _own(visitor_type, f"visit_{name}")
        if visitor_type.on_visit is _DEFAULT_ON_VISIT
        else _CUSTOM
    )
    on_leave = (
        _own(visitor_type, f"leave_{name}")
        if visitor_type.on_leave is _DEFAULT_ON_LEAVE
        else _CUSTOM
    )
    custom_attributes = not (
        visitor_type.on_visit_attribute is _DEFAULT_VISIT_ATTRIBUTE
        and visitor_type.on_leave_attribute is _DEFAULT_LEAVE_ATTRIBUTE
    )
    hooks = None
    if not custom_attributes:
        found = tuple(
            (
                field,
                _own(visitor_type, f"visit_{name}_{field}"),
                _own(visitor_type, f"leave_{name}_{field}"),
            )
            for field in fields
        )
        if any(visit or leave for _, visit, leave in found):
            hooks = found
    skipped = SKIPPED_WHEN_NONE.get(name, _NEVER_SKIPPED)
    return on_visit, on_leave, fields, hooks, custom_attributes, skipped


def _idle_batch(visitor: Any) -> bool:
    """A batch of metadata providers that only act at the module (ScopeProvider,
    ExpressionContextProvider...: their visit_Module runs a visitor of their own):
    libcst would walk the whole tree for it and call nothing."""
    idle = visitor.__dict__.get("_fragc_idle")
    if idle is None:
        idle = visitor.__dict__["_fragc_idle"] = (
            visitor.before_visit is None
            and visitor.after_leave is None
            and all(
                name in ("visit_Module", "leave_Module") or not methods
                for name, methods in visitor.visitor_methods.items()
            )
        )
    return bool(idle)


def _read_only_visit(self: cst.CSTNode, visitor: Any) -> Any:
    visitor_type = type(visitor)
    if visitor_type is _BatchedCSTVisitor and _idle_batch(visitor):
        visitor.on_visit(self)  # the providers' visit_Module, when self is the module
        visitor.on_leave(self)
        return self
    plans = _PLANS.get(visitor_type, _CUSTOM)
    if plans is _CUSTOM:
        plans = _PLANS[visitor_type] = {} if issubclass(visitor_type, cst.CSTVisitor) else None
    if plans is None:  # a transformer: libcst's own visit builds the new tree
        return _LIBCST_VISIT(self, visitor)
    plan = plans.get(type(self))
    if plan is None:
        plan = plans[type(self)] = _plan(visitor_type, self)
    on_visit, on_leave, fields, hooks, custom_attributes, skipped = plan

    if on_visit is None:
        go = True
    elif on_visit is _CUSTOM:
        go = visitor.on_visit(self)
    else:
        go = on_visit(visitor, self) is not False
    if go:
        if custom_attributes:
            for field in fields:
                value = getattr(self, field)
                if value is None and field in skipped:
                    continue
                visitor.on_visit_attribute(self, field)
                _visit_value(value, visitor)
                visitor.on_leave_attribute(self, field)
        elif hooks is None:
            for field in fields:
                value = getattr(self, field)
                kind = _KINDS.get(type(value))
                if kind is None:
                    kind = _kind(value)
                if kind == 1:
                    _read_only_visit(value, visitor)
                elif kind == 2:
                    for child in value:
                        _read_only_visit(child, visitor)
        else:
            for field, visit_hook, leave_hook in hooks:
                value = getattr(self, field)
                if value is None and field in skipped:
                    continue
                if visit_hook is not None:
                    visit_hook(visitor, self)
                _visit_value(value, visitor)
                if leave_hook is not None:
                    leave_hook(visitor, self)
    if on_leave is _CUSTOM:
        visitor.on_leave(self)
    elif on_leave is not None:
        on_leave(visitor, self)
    return self


def _read_only_module_visit(self: cst.Module, visitor: Any) -> Any:
    if isinstance(visitor, cst.CSTVisitor):
        return _read_only_visit(self, visitor)
    return _MODULE_VISIT(self, visitor)  # it calls CSTNode.visit: libcst's, as above


def _visit_value(value: object, visitor: Any) -> None:
    kind = _KINDS.get(type(value))
    if kind is None:
        kind = _kind(value)
    if kind == 1:
        _read_only_visit(value, visitor)  # type: ignore[arg-type]
    elif kind == 2:
        for child in value:  # type: ignore[attr-defined]
            _read_only_visit(child, visitor)


_install_lock = threading.Lock()
_installed = 0


@contextmanager
def read_only_visits() -> Iterator[None]:
    """Within the block, ``node.visit(a CSTVisitor)`` walks without rebuilding nodes.

    Process-wide while any block is open (threads included): the walk is observably
    the same for a ``CSTVisitor``, and transformers are untouched.
    """
    global _installed
    with _install_lock:
        _installed += 1
        if _installed == 1:
            cst.CSTNode.visit = _read_only_visit  # type: ignore[method-assign]
            cst.Module.visit = _read_only_module_visit  # type: ignore[method-assign]
    try:
        yield
    finally:
        with _install_lock:
            _installed -= 1
            if _installed == 0:
                cst.CSTNode.visit = _LIBCST_VISIT  # type: ignore[method-assign]
                cst.Module.visit = _MODULE_VISIT  # type: ignore[method-assign]


def parents(root: cst.CSTNode) -> dict[cst.CSTNode, cst.CSTNode]:
    """Each node under ``root`` mapped to its parent (``ParentNodeProvider``'s answer)."""
    found: dict[cst.CSTNode, cst.CSTNode] = {}
    stack = [root]
    while stack:
        node = stack.pop()
        for child in children(node):
            found[child] = node
            stack.append(child)
    return found


class Dispatcher(cst.CSTVisitor):
    """Several visitors in one traversal: each node goes to every ``visit_<Node>`` and
    ``leave_<Node>`` of the visitors, in their order. Children are always visited (a
    visitor here cannot prune the walk for the others).

    With ``parents``, the walk also fills it as :func:`parents` would (the walk is
    there anyway: the map costs a dictionary entry per node).
    """

    def __init__(
        self,
        visitors: Sequence[cst.CSTVisitor],
        parents: dict[cst.CSTNode, cst.CSTNode] | None = None,
    ) -> None:
        super().__init__()
        self._visitors = tuple(visitors)
        self._visit: dict[type, tuple[Callable[[cst.CSTNode], object], ...]] = {}
        self._leave: dict[type, tuple[Callable[[cst.CSTNode], object], ...]] = {}
        self._parents = parents
        self._path: list[cst.CSTNode] = []

    def _methods(self, prefix: str, node_type: type) -> tuple[Callable[[cst.CSTNode], object], ...]:
        name = f"{prefix}_{node_type.__name__}"
        return tuple(getattr(v, name) for v in self._visitors if _own(type(v), name) is not None)

    def on_visit(self, node: cst.CSTNode) -> bool:
        if self._parents is not None:
            if self._path:
                self._parents[node] = self._path[-1]
            self._path.append(node)
        methods = self._visit.get(type(node))
        if methods is None:
            methods = self._visit[type(node)] = self._methods("visit", type(node))
        for method in methods:
            method(node)
        return True

    def on_leave(self, original_node: cst.CSTNode) -> None:
        if self._parents is not None:
            self._path.pop()
        methods = self._leave.get(type(original_node))
        if methods is None:
            methods = self._leave[type(original_node)] = self._methods("leave", type(original_node))
        for method in methods:
            method(original_node)
