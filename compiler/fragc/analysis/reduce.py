"""The text libcst reads: the file, less the function bodies no pass can learn from.

libcst's parse and scope analysis cost time in proportion to the code they read, and
most of a big app is code no rule looks at: helpers that compute with their own local
names. CPython's parse (already done, analysis/source.py) finds such bodies and they
are blanked out before libcst reads the file: the body's first line becomes ``...`` at
its indentation and its other lines become empty, so every line and column of the
rest is unchanged. A body is blanked only when nothing in it can matter to any pass:

* the function has no decorator (a fragment, a dialog, or wrapped by anything else);
* the body imports nothing, declares no ``global``/``nonlocal`` (its names stay its
  own: no binding outside it changes);
* no identifier in it (name, attribute, keyword, parameter) is a name some pass looks
  for: a name the file imports, a Streamlit command or an optional family's name,
  the builtins the rules resolve (``open``, ``exit``, ``getattr``, ``__file__``...),
  a function that may be a fragment (decorated, or passed to a call), or a name that
  looks like a secret's;
* no string in it, and no comment on its lines, holds anything the hardcoded-secret
  rule looks for, and no strings are joined with ``+``.

Name resolution is still libcst's, on the code it reads: a blanked body held no name
a pass would resolve. ``tests/compiler/test_reduce.py`` holds the analysis of every app
in the repository to the analysis of its full text.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from fragc.analysis.ast_lines import statements
from fragc.analysis.rules.hardcoded_secret import SECRET_NAME, find_keys
from fragc.analysis.shim_families import FAMILY_NAMES
from fragc.analysis.streamlit_api import STREAMLIT_NAMES

# Builtins a pass resolves or recognises by name (``builtins.open`` for data files,
# ``builtins.exit`` for loops that end, ``getattr`` for computed Streamlit names...).
RESOLVED_BUILTINS = frozenset(
    {
        "open",
        "exit",
        "quit",
        "float",
        "getattr",
        "hasattr",
        "setattr",
        "delattr",
        "__file__",
        "__import__",
        "__builtins__",
        "eval",
        "exec",
        "compile",
        "globals",
        "locals",
        "vars",
    }
)
_NOT_BLANKED_BELOW = (ast.Import, ast.ImportFrom, ast.Global, ast.Nonlocal)
_LINE_END = re.compile(r"\r\n|\r|\n")
_NOT_CALLED = re.compile(r"\b([^\W\d]\w*)\b(?!\s*\()")


def reduced_text(text: str, tree: ast.Module) -> str:
    """``text`` with the bodies that cannot matter blanked out (the same lines and
    columns for everything else); ``text`` itself when there are none."""
    sensitive = _sensitive_names(text, tree)
    lines = _lines(text)
    spans = list(_blankable_bodies(tree.body, lines, sensitive))
    if not spans:
        return text
    for first, last, indent in spans:
        lines[first - 1] = indent + "..." + _ending(lines[first - 1])
        for number in range(first + 1, last + 1):
            lines[number - 1] = _ending(lines[number - 1])
    return "".join(lines)


def _blankable_bodies(
    body: list[ast.stmt], lines: list[str], sensitive: frozenset[str]
) -> Iterator[tuple[int, int, str]]:
    """The bodies to blank, outermost first (nothing inside a blanked one is looked at)."""
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            span = _blankable(node, lines, sensitive)
            if span is not None:
                yield span
                continue
        for field in ("body", "orelse", "handlers", "finalbody", "cases"):
            inner = getattr(node, field, None)
            if inner:
                for item in inner:
                    # match cases and except handlers hold statements in their body
                    statements = (
                        item.body
                        if isinstance(item, (ast.match_case, ast.ExceptHandler))
                        else [item]
                    )
                    yield from _blankable_bodies(statements, lines, sensitive)


def _lines(text: str) -> list[str]:
    """The text's lines with their endings, split where CPython's tokenizer ends a line
    (str.splitlines also splits at form feeds and other separators)."""
    found = []
    start = 0
    for end in _LINE_END.finditer(text):
        found.append(text[start : end.end()])
        start = end.end()
    if start < len(text):
        found.append(text[start:])
    return found


def _sensitive_names(text: str, tree: ast.Module) -> frozenset[str]:
    imported: set[str] = set()
    decorated: set[str] = set()
    defined: set[str] = set()
    for node in statements(tree.body):  # imports and defs are statements
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                imported.add(alias.asname or alias.name.partition(".")[0])
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            defined.add(node.name)
            if node.decorator_list:
                decorated.add(node.name)
    # The functions that may be fragments (decorated, or passed to st.fragment(f)):
    # a fragment that calls another one anywhere in its body is judged differently.
    # A name written anywhere but right before "(" may be passed (strings included).
    passed = defined & set(_NOT_CALLED.findall(text))
    return (
        frozenset(imported | decorated | passed)
        | STREAMLIT_NAMES
        | FAMILY_NAMES
        | RESOLVED_BUILTINS
    )


def _blankable(
    function: ast.FunctionDef | ast.AsyncFunctionDef, lines: list[str], sensitive: frozenset[str]
) -> tuple[int, int, str] | None:
    """The body's first and last line and its indentation, if it can be blanked."""
    if function.decorator_list or not function.body:
        return None
    first_statement = function.body[0]
    first = first_statement.lineno
    last = function.body[-1].end_lineno or first
    if last <= first or last > len(lines) or first <= function.lineno:
        return None  # a one-line body: nothing to gain
    indent = lines[first - 1][: first_statement.col_offset]
    if indent.strip() or not indent.isascii():
        return None  # the body does not start its line (or the offset is not in characters)
    if any(_holds_key(line) for line in lines[first - 1 : last]):
        return None  # comments and raw strings: the hardcoded-secret rule reads them
    for statement in function.body:
        for node in ast.walk(statement):
            if isinstance(node, _NOT_BLANKED_BELOW) or _matters(node, sensitive):
                return None
    # After the body's last statement its line holds at most a comment (read above):
    # the next statement starts on a line of its own.
    return first, last, indent


def _matters(node: ast.AST, sensitive: frozenset[str]) -> bool:
    names: list[str] = []
    if isinstance(node, ast.Name):
        names = [node.id]
    elif isinstance(node, ast.Attribute):
        names = [node.attr]
    elif isinstance(node, ast.keyword):
        names = [node.arg] if node.arg else []
    elif isinstance(node, ast.arg):
        names = [node.arg]
    elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        names = [node.name]
    elif isinstance(node, (ast.MatchAs, ast.MatchStar)):
        names = [node.name] if node.name else []
    elif isinstance(node, ast.MatchMapping):
        names = [node.rest] if node.rest else []
    elif isinstance(node, ast.ExceptHandler):
        names = [node.name] if node.name else []
    elif isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes)):
        value = node.value if isinstance(node.value, str) else node.value.decode("latin-1")
        return bool(SECRET_NAME.search(value)) or _holds_key(value)
    elif isinstance(node, ast.JoinedStr):
        text = "\x00".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
        return _holds_key(text)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return any(_is_string(side) for side in (node.left, node.right))
    return any(name in sensitive or SECRET_NAME.search(name) for name in names)


def _holds_key(text: str) -> bool:
    return next(find_keys(text), None) is not None


def _is_string(node: ast.AST) -> bool:
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes))
    )


def _ending(line: str) -> str:
    found = _LINE_END.search(line)
    return found.group() if found else ""
