"""The modules a file imports, and which of them are the app's own files.

Python puts the script's directory first on ``sys.path``, so ``import helpers``
finds ``helpers.py`` (or the package ``helpers/``) beside the app before anything
installed. fragc follows the same rule statically: every ``import`` and ``from ...
import`` in the file, wherever it is (inside functions and ``try`` blocks too), is
resolved against the app's directory, and what exists there is bundled and analysed
in turn. Imports that are not local are kept (``local=()``) for package resolution.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import libcst as cst
from libcst.helpers import get_full_name_for_node


@dataclass(frozen=True)
class ModuleImport:
    """One imported module name, where it is imported, and the local files it is."""

    module: str  # absolute dotted name ("pandas", "helpers.db")
    file: str  # display path of the importing file
    line: int
    col: int
    local: tuple[str, ...]  # app-relative POSIX paths it resolves to (packages' __init__ first)
    # In the body of a `try` whose handlers catch ImportError (or broader): the app has
    # a fallback, so a module nothing provides is a warning (FRG061), not an error.
    guarded: bool = False

    @property
    def top_level(self) -> str:
        return self.module.partition(".")[0]


def _package_of(relative: str) -> list[str]:
    """The dotted package of an app file: "pkg/sub/mod.py" -> ["pkg", "sub"]."""
    path = PurePosixPath(relative)
    parts = list(path.parent.parts)
    return [p for p in parts if p not in (".", "")]


def imported_names(node: cst.Import | cst.ImportFrom, relative: str) -> list[str]:
    """Absolute module names an import statement may load (submodules included)."""
    if isinstance(node, cst.Import):
        names: list[str] = []
        for alias in node.names:
            full = get_full_name_for_node(alias.name)
            if full:
                names.append(full)
        return names
    level = len(node.relative)
    base = get_full_name_for_node(node.module) if node.module is not None else None
    if level:
        package = _package_of(relative)
        if level - 1 > len(package) or not package:
            return []  # a relative import outside any package: Python fails too
        anchor = package[: len(package) - (level - 1)]
        base = ".".join([*anchor, *([base] if base else [])])
    if not base:
        return []
    found = [base]
    if not isinstance(node.names, cst.ImportStar):
        # `from pkg import mod` may load the submodule pkg/mod.py
        found.extend(
            f"{base}.{alias.name.value}" for alias in node.names if isinstance(alias.name, cst.Name)
        )
    return found


def resolve_local(module: str, app_dir: Path) -> tuple[str, ...]:
    """The app files ``module`` loads: each package's ``__init__.py`` and the module itself.

    Empty when the first component is not beside the app. A namespace package (a
    directory without ``__init__.py``) contributes no file of its own. A name the
    file system refuses (too long) is not there.
    """
    try:
        return _resolve_local(module, app_dir)
    except (OSError, ValueError):
        return ()


def _resolve_local(module: str, app_dir: Path) -> tuple[str, ...]:
    parts = module.split(".")
    found: list[str] = []
    directory = app_dir
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        package = directory / part
        if package.is_dir():
            init = package / "__init__.py"
            if init.is_file():
                found.append(init.relative_to(app_dir).as_posix())
            if (
                last
                or (package / f"{parts[index + 1]}.py").is_file()
                or (package / parts[index + 1]).is_dir()
            ):
                directory = package
                continue
            break
        single = directory / f"{part}.py"
        if single.is_file():
            found.append(single.relative_to(app_dir).as_posix())
        break
    return tuple(found)


class ImportCollector(cst.CSTVisitor):
    def __init__(self) -> None:
        super().__init__()
        self.statements: list[cst.Import | cst.ImportFrom] = []

    def visit_Import(self, node: cst.Import) -> None:
        self.statements.append(node)

    def visit_ImportFrom(self, node: cst.ImportFrom) -> None:
        self.statements.append(node)


_CATCHES_IMPORT_ERROR = frozenset(
    {"ImportError", "ModuleNotFoundError", "Exception", "BaseException"}
)


def catches_import_error(handler: cst.ExceptHandler) -> bool:
    if handler.type is None:
        return True
    return bool(_exception_names(handler.type) & _CATCHES_IMPORT_ERROR)


def _exception_names(expr: cst.BaseExpression) -> set[str]:
    if isinstance(expr, cst.Name):
        return {expr.value}
    if isinstance(expr, cst.Attribute):
        return {expr.attr.value}
    if isinstance(expr, cst.Tuple):
        return {n for element in expr.elements for n in _exception_names(element.value)}
    return set()
