"""Streamlit's "magic": an expression standing alone on a line of the app is written.

``streamlit run`` rewrites the script before running it: a bare expression statement
(``df``, ``"## A title"``, ``x, y``) becomes an ``st.write`` of it, in the script's body
and in the bodies of ``with``/``if``/``for``/``while``/``try``/``match`` blocks, functions
and methods. Left alone, as Streamlit leaves them: calls (``st.button(...)``), docstrings
(the first string of a module, function or method), ``yield`` and ``await``. A tuple
(``a, b``) writes its items. ``runner.magicEnabled = false`` turns it off.
"""

from __future__ import annotations

import ast
import types
from typing import Any

# The name the rewritten script calls; imported by the statement the rewrite adds.
MAGIC_NAME = "__streamlitmagic__"
_MAGIC_MODULE = "fragc.shim.magic"


def compile_script(source: str, filename: str) -> types.CodeType:
    """``source`` compiled as ``streamlit run`` runs it (SyntaxError as compile's)."""
    tree = ast.parse(source, filename, "exec")
    if _magic_enabled() and _rewrite(tree, is_module=True):
        _add_import(tree)
        ast.fix_missing_locations(tree)
    return compile(tree, filename, "exec", dont_inherit=True)


def transparent_write(*args: Any) -> Any:
    """What a magic line calls: ``st.write`` the values, and give them back."""
    from fragc.shim import api

    api.write(*args)
    if len(args) == 1:
        return args[0]
    return args or None


def _magic_enabled() -> bool:
    from fragc.shim import config

    return bool(config.get_option("runner.magicEnabled"))


_BLOCKS = (ast.With, ast.AsyncWith, ast.FunctionDef, ast.AsyncFunctionDef)
_LOOPS = (ast.For, ast.AsyncFor, ast.While, ast.If)
# try/except, and try/except* (Python 3.11+; Pyodide's Python has it).
_TRIES: tuple[type[ast.stmt], ...] = (ast.Try, *([ast.TryStar] if hasattr(ast, "TryStar") else []))


def _rewrite(node: Any, field_name: str = "body", *, is_module: bool = False) -> bool:
    """Rewrite the bare expressions of ``node.<field_name>``; whether any was."""
    body = getattr(node, field_name)
    changed = False
    for index, statement in enumerate(body):
        if isinstance(statement, _BLOCKS):
            changed |= _rewrite(statement)
        elif isinstance(statement, _LOOPS):
            changed |= _rewrite(statement)
            changed |= _rewrite(statement, "orelse")
        elif isinstance(statement, ast.ClassDef):
            for inner in statement.body:
                if isinstance(inner, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    changed |= _rewrite(inner)
        elif isinstance(statement, _TRIES):
            for name in ("body", "finalbody", "orelse"):
                changed |= _rewrite(statement, name)
            for handler in getattr(statement, "handlers", []):
                changed |= _rewrite(handler)
        elif isinstance(statement, ast.Match):
            for case in statement.cases:
                changed |= _rewrite(case)
        elif isinstance(statement, ast.Expr) and _is_written(
            statement.value, index, node, is_module
        ):
            value = statement.value
            items = value.elts if isinstance(value, ast.Tuple) else [value]
            statement.value = ast.Call(
                func=ast.Attribute(
                    value=ast.Name(id=MAGIC_NAME, ctx=ast.Load()),
                    attr="transparent_write",
                    ctx=ast.Load(),
                ),
                args=items,
                keywords=[],
            )
            ast.copy_location(statement.value, value)
            changed = True
    return changed


def _is_written(value: ast.expr, index: int, parent: Any, is_module: bool) -> bool:
    if isinstance(value, (ast.Call, ast.Yield, ast.YieldFrom, ast.Await)):
        return False
    is_docstring_place = index == 0 and (
        is_module or isinstance(parent, (ast.FunctionDef, ast.AsyncFunctionDef))
    )
    is_string = isinstance(value, ast.Constant) and isinstance(value.value, str)
    return not (is_docstring_place and is_string)


def _is_future_import(statement: ast.stmt) -> bool:
    return isinstance(statement, ast.ImportFrom) and statement.module == "__future__"


def _add_import(tree: ast.Module) -> None:
    """``import fragc.shim.magic as __streamlitmagic__`` after the docstring and any
    ``from __future__`` imports (which must come first)."""
    at = 0
    body = tree.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        at = 1
    while at < len(body) and _is_future_import(body[at]):
        at += 1
    body.insert(at, ast.Import(names=[ast.alias(name=_MAGIC_MODULE, asname=MAGIC_NAME)]))
