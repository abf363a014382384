"""Where nodes start (line, column), computed once per file and only when asked.

libcst's ``PositionProvider`` writes the module back out and records a ``CodeRange``
(two ``CodePosition`` objects) for every node through generator-based context
managers; on a 10,000-line app that takes longer than parsing it. The analysis only
ever needs where a node *starts* (a diagnostic's file:line:col, a fragment's line),
so :func:`start_positions` runs the same code generation with a state that keeps
just the start, by the same rules: a node's syntactic start (past its leading
whitespace) where libcst records one, else where its code begins.
"""

from __future__ import annotations

import re
from types import TracebackType

import libcst as cst
from libcst._nodes.internal import CodegenState

Start = tuple[int, int]  # 1-based line, 0-based column (libcst's CodePosition)

_NEWLINE = re.compile(r"\r\n?|\n")


def start_positions(module: cst.Module) -> dict[cst.CSTNode, Start]:
    """Every node of ``module`` mapped to where PositionProvider says it starts."""
    state = _StartState(module)
    module._codegen(state)  # noqa: SLF001 - the code generation PositionProvider runs
    return state.starts


class _StartState(CodegenState):
    def __init__(self, module: cst.Module) -> None:
        super().__init__(
            default_indent=module.default_indent, default_newline=module.default_newline
        )
        self.line = 1
        self.column = 0
        self.starts: dict[cst.CSTNode, Start] = {}
        self._stack: list[Start] = []

    def add_indent_tokens(self) -> None:
        for token in self.indent_tokens:
            self.add_token(token)

    def add_token(self, value: str) -> None:
        if "\n" in value or "\r" in value:
            segments = _NEWLINE.split(value)
            self.line += len(segments) - 1
            self.column = len(segments[-1])
        else:
            self.column += len(value)

    def before_codegen(self, node: cst.CSTNode) -> None:
        self._stack.append((self.line, self.column))

    def after_codegen(self, node: cst.CSTNode) -> None:
        start = self._stack.pop()
        if node not in self.starts:  # a syntactic start, recorded inside, wins
            self.starts[node] = start

    def record_syntactic_position(  # type: ignore[override]
        self,
        node: cst.CSTNode,
        *,
        start_node: cst.CSTNode | None = None,
        end_node: cst.CSTNode | None = None,
    ) -> _Syntactic:
        return _Syntactic(self, node, start_node)


class _Syntactic:
    """The context manager libcst opens around a node's syntactic part (a class, not a
    generator: it is entered once per node)."""

    __slots__ = ("_node", "_start", "_start_node", "_state")

    def __init__(self, state: _StartState, node: cst.CSTNode, start_node: cst.CSTNode | None):
        self._state = state
        self._node = node
        self._start_node = start_node
        self._start: Start = (0, 0)

    def __enter__(self) -> None:
        self._start = (self._state.line, self._state.column)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        starts = self._state.starts
        starts[self._node] = (
            starts[self._start_node] if self._start_node is not None else self._start
        )
