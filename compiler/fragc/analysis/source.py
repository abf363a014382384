"""Reading and parsing one Python file of the app, with its failures as diagnostics.

libcst parses the file (it keeps every token, so later passes can quote the user's
own text back). When libcst refuses a file, the *location* it reports is often the
start of the next line rather than the offending token (``def f(:`` is reported at
2:1), so the position and the wording come from CPython's own parser instead, which
points at the exact token and says what is wrong (``'(' was never closed``).
"""

from __future__ import annotations

import ast
import io
import tokenize
import warnings
from dataclasses import dataclass
from pathlib import Path

import libcst as cst

from fragc.diagnostics import Diagnostic, Rule


class SyntaxErrorRule(Rule):
    """The file is not valid Python.

    What:
    A file of the app (the script or a module it imports from beside it) does not
    parse.

    Why:
    fragc reads the whole program to find its fragments and to check it; the browser
    would fail on the same line, as a blank page or a traceback, after the deploy.

    Example:
    ```python
    def show(:
        st.write("hi")
    ```

    Fix:
    Fix the syntax at the reported line and column (`python -m py_compile app.py`
    shows the same error).
    """

    code = "FRG001"
    name = "syntax-error"
    severity = "error"

    HINT = "fix the syntax error; fragc cannot build a script Python cannot parse"


class UnreadableSourceRule(Rule):
    """A file of the app cannot be read.

    What:
    The script, or a module it imports from beside it, does not exist, cannot be
    opened, or is not text in its declared encoding (UTF-8 unless a `# coding:` line
    says otherwise).

    Why:
    fragc bundles the app's Python files into the site; a file it cannot read cannot
    be bundled or checked.

    Example:
    ```console
    $ fragc build missing.py
    missing.py:1:1: FRG002 cannot read missing.py: No such file or directory
    ```

    Fix:
    Check the path, the file's permissions, and save the file as UTF-8.
    """

    code = "FRG002"
    name = "unreadable-source"
    severity = "error"


# Deeper files are not analysed: no hand-written app nests this deep, and libcst
# takes seconds (then minutes) on such trees.
MAX_TREE_DEPTH = 1_000


class TooDeepRule(Rule):
    """A file nests so deeply that fragc does not check it.

    What:
    An expression or block in the file is more than 1,000 levels deep (for example a
    sum of thousands of terms written out, or generated code).

    Why:
    fragc's analysis walks the syntax tree level by level; on trees this deep it
    would take minutes. The file is still bundled and runs as usual, but its
    fragments are not listed in the page's manifest, its imports are not followed
    and no rule checks it.

    Example:
    ```python
    TOTAL = a0 + a1 + a2 + ...  # thousands of terms
    ```

    Fix:
    Build such values with a loop or `sum(...)`, or move generated data into a data
    file the app reads.
    """

    code = "FRG003"
    name = "too-deep-to-check"
    severity = "warning"


@dataclass(frozen=True)
class SourceFile:
    """One Python file of the app, read and (when it could be) parsed."""

    path: Path  # where it is on disk (the entry's directory joined with `relative`)
    display: str  # how diagnostics name it: the path as the user gave it
    relative: str  # POSIX path from the app's directory, as the app sees it ("pkg/mod.py")
    text: str
    module: cst.Module | None  # None when the file does not parse
    # CPython's parse of the same text (analysis/ast_lines.py reads places from it).
    tree: ast.Module | None = None


def load_source(path: Path, relative: str) -> tuple[SourceFile | None, list[Diagnostic]]:
    """Read and parse ``path``; never raises on a bad file, reports it instead."""
    display = str(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        reason = err.strerror or type(err).__name__
        return None, [
            UnreadableSourceRule.diagnostic(
                f"cannot read {display}: {reason}", file=display, line=1, col=1
            )
        ]
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        text = data.decode(encoding)
    except (SyntaxError, UnicodeDecodeError, LookupError) as err:
        # detect_encoding raises SyntaxError for bytes that are not UTF-8 when no
        # `# coding:` line names another encoding.
        reason = "it is not UTF-8 text" if isinstance(err, SyntaxError) else str(err)
        return None, [
            UnreadableSourceRule.diagnostic(
                f"cannot decode {display}: {reason}",
                file=display,
                line=1,
                col=1,
                hint="save the file as UTF-8 (or fix its `# coding:` line)",
            )
        ]
    text = text.removeprefix("\ufeff")
    checked = _cpython_check(text, display)
    if checked.too_deep is not None:
        return SourceFile(path, display, relative, text, None), [checked.too_deep]
    try:
        module = _parse(text, checked.tree)
    except cst.ParserSyntaxError as err:
        return _unparsed(path, display, relative, text, err)
    except RecursionError:  # absurdly deep nesting: CPython refuses it too
        return _unparsed(path, display, relative, text, None)
    rejected = _compile_error(text, display, checked)
    if rejected is not None:
        return SourceFile(path, display, relative, text, None), [rejected]
    return SourceFile(path, display, relative, text, module, checked.tree), []


def _parse(text: str, tree: ast.Module | None) -> cst.Module:
    """libcst's parse of the text less the function bodies no pass can learn from
    (analysis/reduce.py), when CPython's parse of it is there to find them."""
    if tree is None:
        return cst.parse_module(text)
    # Imported here: the reduction reads the rules' own lists, and they read this module.
    from fragc.analysis.reduce import reduced_text

    readable = reduced_text(text, tree)
    try:
        return cst.parse_module(readable)
    except cst.ParserSyntaxError:
        if readable is text:
            raise
        return cst.parse_module(text)  # the file's own error, where libcst finds it


@dataclass(frozen=True)
class _CPythonCheck:
    """What CPython's parser made of a file, before libcst reads it."""

    tree: ast.Module | None = None  # None when CPython's parser refused the file
    error: SyntaxError | None = None  # its error then
    too_deep: Diagnostic | None = None  # FRG003, or FRG001 past CPython's nesting limits


# CPython parser errors that are errors in every Python, though libcst's grammar
# accepts the code. Any other error CPython's parser raises on a file libcst reads may
# be syntax newer than the build's Python (Pyodide runs 3.14): libcst analyses it.
_ERRORS_IN_EVERY_PYTHON = (
    "bytes can only contain ASCII literal characters",
    "source code string cannot contain null bytes",
)


def _compile_error(text: str, display: str, checked: _CPythonCheck) -> Diagnostic | None:
    """What CPython rejects in a file libcst parsed, at the place it names.

    Parsing is not all: the symbol table and the code generator reject `return`,
    `yield` or `break` outside their place, `nonlocal` at module level, duplicate
    argument names, a late `from __future__`... The parsed tree is compiled (never
    run) so that these are build errors, not tracebacks in the browser.
    """
    lines = text.splitlines()
    if checked.tree is None:
        err = checked.error
        if err is None or not err.msg.startswith(_ERRORS_IN_EVERY_PYTHON):
            return None
        return _syntax_error_at(display, lines, err.lineno or 1, err.offset or 1, err.msg)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # SyntaxWarning ("is" with a literal...)
            compile(checked.tree, display, "exec", dont_inherit=True)
    except SyntaxError as err:
        line = err.lineno or 1
        col = err.offset or 1
        if 0 < line <= len(lines):
            # The compiler counts UTF-8 bytes (1-based); the parser counts characters.
            encoded = lines[line - 1].encode("utf-8", "surrogatepass")
            col = len(encoded[: col - 1].decode("utf-8", errors="ignore")) + 1
        return _syntax_error_at(display, lines, line, col, err.msg)
    except (RecursionError, MemoryError, ValueError, OverflowError):
        return None  # limits of this interpreter's compiler, not of the code
    return None


def _syntax_error_at(display: str, lines: list[str], line: int, col: int, msg: str) -> Diagnostic:
    if 0 < line <= len(lines):
        col = min(col, len(lines[line - 1]) + 1)
    return SyntaxErrorRule.diagnostic(
        f"syntax error: {msg}", file=display, line=line, col=max(col, 1), hint=SyntaxErrorRule.HINT
    )


def _cpython_check(text: str, display: str) -> _CPythonCheck:
    """CPython's parse of ``text``, and FRG003 when the file nests deeper than fragc
    analyses (FRG001 past CPython's own limits).

    Measured with CPython's parser (fast, and safe on any input) before libcst sees
    the file: libcst's parser slows down sharply on very deep trees and can exhaust
    the C stack. A file CPython cannot parse is left to libcst and FRG001.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # invalid escapes: the author's warnings, not ours
            tree = ast.parse(text, filename=display)
    except (RecursionError, MemoryError):
        # Nesting deeper than CPython's parser takes (500 nested lambdas...): Pyodide's
        # CPython refuses it the same way.
        return _CPythonCheck(
            too_deep=SyntaxErrorRule.diagnostic(
                "syntax error: the code is nested too deeply",
                file=display,
                line=1,
                col=1,
                hint=SyntaxErrorRule.HINT,
            )
        )
    except SyntaxError as err:
        # CPython's own nesting limits ("too many nested parentheses"): the script
        # cannot run in Pyodide either, whatever libcst would make of it.
        if err.msg.startswith("too many nested") or "too complex" in err.msg:
            line, col, message = _cpython_syntax_error(text, display) or (1, 1, err.msg)
            return _CPythonCheck(
                error=err,
                too_deep=SyntaxErrorRule.diagnostic(
                    f"syntax error: {message}",
                    file=display,
                    line=line,
                    col=col,
                    hint=SyntaxErrorRule.HINT,
                ),
            )
        return _CPythonCheck(error=err)  # a real syntax error (libcst reports it), or newer syntax
    except ValueError as err:  # null bytes (older Pythons): FRG001 follows
        return _CPythonCheck(error=SyntaxError(str(err)))
    else:
        depth = _ast_depth(tree)
        if depth <= MAX_TREE_DEPTH:
            return _CPythonCheck(tree=tree)
    return _CPythonCheck(
        too_deep=TooDeepRule.diagnostic(
            f"{display} nests {depth} levels deep; fragc bundles it without checking it",
            file=display,
            line=1,
            col=1,
            hint="build long expressions with a loop or sum(...); its fragments are not listed",
        )
    )


def _ast_depth(root: ast.AST) -> int:
    deepest = 0
    stack: list[tuple[ast.AST, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node))
    return deepest


def _unparsed(
    path: Path, display: str, relative: str, text: str, err: cst.ParserSyntaxError | None
) -> tuple[SourceFile, list[Diagnostic]]:
    line, col, message = _cpython_syntax_error(text, display) or _libcst_location(err)
    diag = SyntaxErrorRule.diagnostic(
        f"syntax error: {message}", file=display, line=line, col=col, hint=SyntaxErrorRule.HINT
    )
    return SourceFile(path, display, relative, text, None), [diag]


def _cpython_syntax_error(text: str, display: str) -> tuple[int, int, str] | None:
    """Line, column (1-based) and message of CPython's error for ``text``, if it has one."""
    try:
        ast.parse(text, filename=display)
    except SyntaxError as err:
        line = err.lineno or 1
        col = err.offset or 1
        lines = text.splitlines()
        if 0 < line <= len(lines):
            source_line = lines[line - 1]
            if isinstance(err, IndentationError) and err.msg == "unexpected indent":
                # CPython points at the last space of the indent; the statement is
                # what is misplaced.
                col = len(source_line) - len(source_line.lstrip()) + 1
            # CPython sometimes points one past the end of the line (an unexpected
            # EOF); keep the caret on the line.
            col = min(col, len(source_line) + 1)
        return line, max(col, 1), err.msg
    except (ValueError, RecursionError, MemoryError) as err:  # e.g. null bytes in the source
        return 1, 1, str(err)
    return None


def _libcst_location(err: cst.ParserSyntaxError | None) -> tuple[int, int, str]:
    if err is None:
        return 1, 1, "the code is nested too deeply to parse"
    return err.editor_line, err.editor_column, err.message
