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

_Hook = Callable[[Any, cst.CSTNode], object]

_LIBCST_VISIT: Callable[..., Any] = cst.CSTNode.visit
_MODULE_VISIT: Callable[..., Any] = cst.Module.visit
_DEFAULT_VISIT_ATTRIBUTE = cst.CSTVisitor.on_visit_attribute
_DEFAULT_LEAVE_ATTRIBUTE = cst.CSTVisitor.on_leave_attribute

# Per node class: its child fields in visiting order.
_FIELDS: dict[type[cst.CSTNode], tuple[str, ...]] = {}
# Per value type: 1 a node, 2 a sequence of nodes, 0 anything else (None, a sentinel, str).
_KINDS: dict[type, int] = {}
# Per (visitor class, node class): each field with its visit_/leave_<Node>_<field> hooks.
_ATTRIBUTE_HOOKS: dict[tuple[type, type], tuple[tuple[str, _Hook | None, _Hook | None], ...]] = {}
_IS_READ_ONLY: dict[type, bool] = {}


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
        # Rebuilds the node once (its children unvisited): one copy per class, ever.
        node._visit_and_replace_children(recorder)  # noqa: SLF001 - libcst's own field order
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


def _hooks(visitor: cst.CSTVisitor, node: cst.CSTNode) -> tuple[tuple[str, Any, Any], ...]:
    key = (type(visitor), type(node))
    hooks = _ATTRIBUTE_HOOKS.get(key)
    if hooks is None:
        name = type(node).__name__
        hooks = _ATTRIBUTE_HOOKS[key] = tuple(
            (
                field,
                _own(type(visitor), f"visit_{name}_{field}"),
                _own(type(visitor), f"leave_{name}_{field}"),
            )
            for field in child_fields(node)
        )
    return hooks


def _read_only_visit(self: cst.CSTNode, visitor: Any) -> Any:
    visitor_type = type(visitor)
    read_only = _IS_READ_ONLY.get(visitor_type)
    if read_only is None:
        read_only = _IS_READ_ONLY[visitor_type] = issubclass(visitor_type, cst.CSTVisitor)
    if not read_only:  # a transformer: libcst's own visit builds the new tree
        return (_MODULE_VISIT if isinstance(self, cst.Module) else _LIBCST_VISIT)(self, visitor)
    if visitor.on_visit(self):
        if (
            visitor_type.on_visit_attribute is _DEFAULT_VISIT_ATTRIBUTE
            and visitor_type.on_leave_attribute is _DEFAULT_LEAVE_ATTRIBUTE
        ):
            # The default attribute callbacks look their hooks up by formatted name
            # for every field of every node: look them up once per node class instead.
            for field, visit_hook, leave_hook in _hooks(visitor, self):
                if visit_hook is not None:
                    visit_hook(visitor, self)
                value = getattr(self, field)
                kind = _KINDS.get(type(value))
                if kind is None:
                    kind = _kind(value)
                if kind == 1:
                    value.visit(visitor)
                elif kind == 2:
                    for child in value:
                        child.visit(visitor)
                if leave_hook is not None:
                    leave_hook(visitor, self)
        else:
            for field in child_fields(self):
                visitor.on_visit_attribute(self, field)
                value = getattr(self, field)
                kind = _KINDS.get(type(value))
                if kind is None:
                    kind = _kind(value)
                if kind == 1:
                    value.visit(visitor)
                elif kind == 2:
                    for child in value:
                        child.visit(visitor)
                visitor.on_leave_attribute(self, field)
    visitor.on_leave(self)
    return self


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
            cst.Module.visit = _read_only_visit  # type: ignore[method-assign]
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
    visitor here cannot prune the walk for the others)."""

    def __init__(self, visitors: Sequence[cst.CSTVisitor]) -> None:
        super().__init__()
        self._visitors = tuple(visitors)
        self._visit: dict[type, tuple[Callable[[cst.CSTNode], object], ...]] = {}
        self._leave: dict[type, tuple[Callable[[cst.CSTNode], object], ...]] = {}

    def _methods(self, prefix: str, node_type: type) -> tuple[Callable[[cst.CSTNode], object], ...]:
        name = f"{prefix}_{node_type.__name__}"
        return tuple(getattr(v, name) for v in self._visitors if _own(type(v), name) is not None)

    def on_visit(self, node: cst.CSTNode) -> bool:
        methods = self._visit.get(type(node))
        if methods is None:
            methods = self._visit[type(node)] = self._methods("visit", type(node))
        for method in methods:
            method(node)
        return True

    def on_leave(self, original_node: cst.CSTNode) -> None:
        methods = self._leave.get(type(original_node))
        if methods is None:
            methods = self._leave[type(original_node)] = self._methods("leave", type(original_node))
        for method in methods:
            method(original_node)
