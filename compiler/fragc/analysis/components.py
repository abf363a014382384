"""Custom components an app declares: the frontend folders to copy into the site.

``components.declare_component(name, path=...)`` draws the component's ``index.html``
from ``path`` in a frame; the built site must serve that folder. This pass finds the
calls whose path is statically certain (the same paths ``data_files`` understands:
literals, ``Path(__file__).parent / "frontend" / "build"``, ``os.path.join(...)``) and
the ones that name a development server (``url=``, FRG036). ``collect_components``
checks the folders on disk (FRG073).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import libcst as cst

from fragc.analysis.context import FileContext
from fragc.analysis.data_files import argument, static_path
from fragc.catalogue.component_dev_server import ComponentDevServer
from fragc.catalogue.component_folder_missing import ComponentFolderMissing
from fragc.diagnostics import Diagnostic

# How the function is reached: streamlit.components.v1.declare_component and the module
# it is defined in, as a streamlit name (fragc.analysis.context.streamlit_name).
_DECLARE = frozenset(
    {
        "components.v1.declare_component",
        "components.v1.components.declare_component",
        "components.v1.component_registry.declare_component",
    }
)


@dataclass(frozen=True)
class ComponentRef:
    """One ``declare_component(path=...)`` with a path known at build time."""

    path: str  # POSIX, relative to the app's folder (as the shim names it at run time)
    file: str
    line: int
    col: int


@dataclass
class FileComponents:
    refs: list[ComponentRef] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def find_components(ctx: FileContext) -> FileComponents:
    finder = ComponentFinder(ctx)
    ctx.module.visit(finder)
    return finder.finish()


class ComponentFinder(cst.CSTVisitor):
    def __init__(self, ctx: FileContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.found = FileComponents()

    def finish(self) -> FileComponents:
        return self.found

    def visit_Call(self, node: cst.Call) -> None:
        if self.ctx.streamlit_name(node.func) not in _DECLARE:
            return
        line, col = self.ctx.line_col(node)
        url = argument(node, 2, "url")
        if url is not None and not (isinstance(url, cst.Name) and url.value == "None"):
            self.found.diagnostics.append(
                ComponentDevServer.diagnostic(
                    "declare_component(url=...) loads the component from a development server, "
                    "which the built site cannot reach",
                    file=self.ctx.source.display,
                    line=line,
                    col=col,
                    hint="build the frontend and declare it with path= to the build folder; "
                    "fragc copies that folder into the site",
                )
            )
        path = argument(node, 1, "path")
        if path is None:
            return
        value = static_path(self.ctx, path)
        if value is not None:
            self.found.refs.append(
                ComponentRef(path=value, file=self.ctx.source.display, line=line, col=col)
            )


@dataclass
class Components:
    folders: dict[str, Path] = field(default_factory=dict)  # path as the app names it -> folder
    diagnostics: list[Diagnostic] = field(default_factory=list)


def collect_components(app_dir: Path, refs: list[ComponentRef]) -> Components:
    """The folders to bundle; FRG073 for a folder that is not there."""
    out = Components()
    for ref in refs:
        folder = (app_dir / ref.path).resolve()
        if (folder / "index.html").is_file():
            out.folders.setdefault(ref.path, folder)
            continue
        what = "has no index.html" if folder.is_dir() else "does not exist"
        out.diagnostics.append(
            ComponentFolderMissing.diagnostic(
                f"the component folder {ref.path} {what}",
                file=ref.file,
                line=ref.line,
                col=ref.col,
                hint="build the component's frontend (npm run build) or fix the path",
            )
        )
    return out
