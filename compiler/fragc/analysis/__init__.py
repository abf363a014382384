"""Static analysis of a Streamlit app: its files, its fragments, its diagnostics.

:func:`analyze_app` is the one entry point the CLI and the site writer call. It
reads the script, follows its imports to the modules and packages beside it, finds
every fragment and dialog (the manifest entries), and runs the rules over every
file. It never raises because of the user's code: a file that cannot be read or
parsed becomes a diagnostic like any other finding.
"""

from __future__ import annotations

import gc
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import libcst as cst
from libcst.metadata import MetadataWrapper

from fragc.analysis.app_pages import PageCalls, PageRef
from fragc.analysis.ast_lines import DefCollector
from fragc.analysis.components import ComponentFinder, ComponentRef, collect_components
from fragc.analysis.context import FileContext
from fragc.analysis.data_files import DataFileFinder, DataFileRef, app_data_files
from fragc.analysis.deep_stack import run_with_deep_stack
from fragc.analysis.fragments import FragmentFinder, FragmentUse
from fragc.analysis.implied_imports import ImpliedImportFinder
from fragc.analysis.imports import (
    ImportCollector,
    ModuleImport,
    catches_import_error,
    imported_names,
    resolve_local,
)
from fragc.analysis.rules import LINT_RULES
from fragc.analysis.shim_families import FamilyUse, NameCollector, needed_chunks, needed_families
from fragc.analysis.source import SourceFile, load_source
from fragc.analysis.streamlit_api import implemented_names
from fragc.analysis.walk import Dispatcher, read_only_visits
from fragc.catalogue import RESOLUTION_RULES  # noqa: F401 - registers them
from fragc.diagnostics import Diagnostic, has_errors
from fragc.project import ProjectConfig, load_project
from fragc.protocol import ManifestFragment
from fragc.shim import pages

__all__ = ["AppAnalysis", "FileAnalysis", "analyze_app", "analyze_file"]


@dataclass
class FileAnalysis:
    """What one file of the app holds."""

    source: SourceFile
    fragments: list[ManifestFragment] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    imports: list[ModuleImport] = field(default_factory=list)
    data_files: list[DataFileRef] = field(default_factory=list)  # reads by literal paths
    families: FamilyUse = field(default_factory=FamilyUse)  # names the optional shim needs
    components: list[ComponentRef] = field(default_factory=list)  # declare_component(path=)
    pages: list[PageRef] = field(default_factory=list)  # st.Page / st.navigation's pages
    calls_navigation: bool = False
    default_page: str | None = None  # the file st.navigation shows at the root, if literal


@dataclass
class AppAnalysis:
    """Everything the build needs to know about the app before writing the site.

    ``sources`` are the Python files to bundle, the entry first; their place in the
    bundle is :meth:`relative`. ``imports`` lists every module any of them imports
    (local or not), for package resolution.
    """

    entry: Path
    fragments: list[ManifestFragment]
    diagnostics: list[Diagnostic]
    sources: list[Path]
    imports: list[ModuleImport] = field(default_factory=list)
    files: list[FileAnalysis] = field(default_factory=list)
    # Files the app reads (analysis/data_files.py) and [tool.fragc] include: bundled too.
    data_files: list[Path] = field(default_factory=list)
    # The rest of the app's folder (analysis/app_folder.py): what `streamlit run` sees.
    folder_files: list[Path] = field(default_factory=list)
    # Custom component frontends to copy into the site: path as the app names it -> folder.
    components: dict[str, Path] = field(default_factory=dict)
    # [tool.fragc], read once: the package resolver reads its requirements from here.
    project: ProjectConfig = field(default_factory=ProjectConfig)

    @property
    def shim_families(self) -> frozenset[str]:
        """The optional parts of the shim the app needs (analysis/shim_families.py)."""
        return needed_families(
            (f.families for f in self.files), (imp.module for imp in self.imports)
        )

    @property
    def page_chunks(self) -> frozenset[str]:
        """The page's lazily loaded chunks the app can need (analysis/shim_families.py)."""
        return needed_chunks(
            (f.families for f in self.files),
            (imp.module for imp in self.imports),
            self.shim_families,
        )

    @property
    def app_dir(self) -> Path:
        return self.entry.parent

    @property
    def has_errors(self) -> bool:
        return has_errors(self.diagnostics)

    def sources_under(self, app_dir: Path) -> list[Path]:
        """The Python files to bundle, as paths under ``app_dir`` (the app's folder,
        resolved): a module reached through a symlink keeps the name the app imports
        it by, wherever the link points."""
        return [app_dir / f.source.relative for f in self.files]

    def files_to_bundle(self, app_dir: Path) -> list[Path]:
        """Every file of the app the site carries (besides the entry): its modules, the
        files it reads, ``include``, and the rest of its folder."""
        return [*self.sources_under(app_dir), *self.data_files, *self.folder_files]

    def relative(self, path: Path) -> str:
        """The POSIX path of a source inside the app (``pkg/mod.py``)."""
        return path.relative_to(self.app_dir).as_posix()

    @property
    def uses_navigation(self) -> bool:
        """The entry script calls st.navigation (the new way of making pages)."""
        return bool(self.files) and self.files[0].calls_navigation

    @property
    def page_url_paths(self) -> list[str]:
        """The URL paths of the pages st.navigation lists, where the source fixes them."""
        found = {p.url_path for f in self.files for p in f.pages if p.url_path}
        return sorted(found)

    @property
    def page_scripts(self) -> list[str]:
        """The page files besides the entry (relative, POSIX): ``pages/*.py``, ``st.Page("f.py")``."""
        found = [page.script for page in pages.discover(self.entry)[1:]]
        found += [ref.script for f in self.files for ref in f.pages if ref.script]
        # st.navigation's default page is the site's first page: its packages load at boot.
        default = self.files[0].default_page if self.files else None
        return sorted({script for script in found if script not in (self.entry.name, default)})

    @property
    def external_modules(self) -> list[str]:
        """Top-level names of imported modules that are not the app's own files."""
        return sorted({imp.top_level for imp in self.imports if not imp.local})


def analyze_app(
    entry: Path,
    *,
    implemented: Collection[str] | None = None,
    outputs: Collection[Path] = (),
) -> AppAnalysis:
    """Analyse the app whose script is ``entry``.

    ``implemented`` overrides the ``st.`` names fragc's shim provides (tests pass
    Streamlit's full list to check an app apart from the shim's progress). ``outputs``:
    the folders a build writes to, never bundled even if they sit in the app's folder.
    """
    known = implemented_names() if implemented is None else implemented
    return run_with_deep_stack(lambda: _analyze_app(entry, known, outputs))


def _analyze_app(
    entry: Path, implemented: Collection[str], outputs: Collection[Path]
) -> AppAnalysis:
    with read_only_visits(), _without_cycle_collection():
        return _analyze_files(entry, implemented, outputs)


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """No cyclic garbage collection while libcst builds and reads the trees.

    A parse and its metadata allocate hundreds of thousands of objects that all stay
    alive until the analysis ends; each collection of the oldest generation walks
    them all again, which made the analysis slower than linear in the file's size
    (docs/benchmarks.md). They hold no reference cycles that matter: collection
    resumes afterwards and frees whatever the analysis left.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _analyze_files(
    entry: Path, implemented: Collection[str], outputs: Collection[Path]
) -> AppAnalysis:
    app_dir = entry.parent
    files: list[FileAnalysis] = []
    diagnostics: list[Diagnostic] = []
    # A pages/ folder beside the entry: every page is analysed (and so bundled) with the
    # same rules as the entry, its diagnostics pointing into the page's file.
    queue = [page.script for page in pages.discover(app_dir / entry.name)]
    seen = set(queue)
    while queue:
        relative = queue.pop(0)
        source, problems = load_source(app_dir / relative, relative)
        diagnostics.extend(problems)
        if source is None:
            continue
        analysis = analyze_file(source, implemented)
        files.append(analysis)
        diagnostics.extend(analysis.diagnostics)
        for imported in analysis.imports:
            for local in imported.local:
                if local not in seen:
                    seen.add(local)
                    queue.append(local)
        # st.Page("settings.py"): a page file, analysed (and bundled) as the pages/ ones.
        for page in analysis.pages:
            if page.script and page.script not in seen and (app_dir / page.script).is_file():
                seen.add(page.script)
                queue.append(page.script)

    fragments: list[ManifestFragment] = []
    ids: set[str] = set()
    for analysis in files:
        for fragment in analysis.fragments:
            if fragment["id"] not in ids:
                ids.add(fragment["id"])
                fragments.append(fragment)
    # st.secrets reads .streamlit/secrets.toml in the browser too; FRG040 has already
    # warned that whatever it holds becomes public with the site. Otherwise the file
    # never ships (analysis/never_bundled.py).
    reads_secrets = any(d.code == "FRG040" for d in diagnostics)
    project = load_project(app_dir)
    components = collect_components(app_dir, [ref for f in files for ref in f.components])
    data = app_data_files(
        app_dir,
        [ref for f in files for ref in f.data_files],
        project,
        reads_secrets=reads_secrets,
        # Component frontends are copied into the site on their own (site/components.py):
        # the app's Python never opens them, so app.zip need not carry them twice.
        outputs=[*outputs, *components.folders.values()],
    )
    diagnostics.extend(data.diagnostics)
    secrets_file = (app_dir / ".streamlit" / "secrets.toml").resolve()
    if reads_secrets and secrets_file.is_file() and secrets_file not in data.files:
        data.files.append(secrets_file)
    # st.get_option reads the app's configuration in the browser too (nothing secret there).
    config_file = app_dir / ".streamlit" / "config.toml"
    if config_file.is_file():
        data.files.append(config_file)
    diagnostics.extend(components.diagnostics)
    return AppAnalysis(
        entry=entry,
        fragments=fragments,
        diagnostics=diagnostics,
        sources=[f.source.path for f in files],
        imports=[imp for f in files for imp in f.imports],
        files=files,
        data_files=data.files,
        folder_files=data.folder,
        components=components.folders,
        project=project,
    )


def analyze_file(source: SourceFile, implemented: Collection[str]) -> FileAnalysis:
    """Fragments, imports and rule findings of one parsed file.

    One walk of the file, whatever the number of rules: every rule and collector
    at once, the parent map on the way. The rules that ask which functions are
    fragments (the finder knows only at the end: ``st.fragment(f)`` may follow
    ``f``'s body) judge from their ``finish()``.
    """
    result = FileAnalysis(source)
    if source.module is None:
        return result
    with read_only_visits():
        # A freshly parsed tree holds each node once: no defensive copy is needed.
        wrapper = MetadataWrapper(source.module, unsafe_skip_copy=True)
        ctx = FileContext(source, wrapper, implemented)
        finder = FragmentFinder(ctx)
        statements = ImportCollector()
        defs = DefCollector()
        rules = [rule(ctx) for rule in LINT_RULES]
        implied = ImpliedImportFinder(ctx)
        reads = DataFileFinder(ctx)
        pages = PageCalls(ctx)
        names = NameCollector(ctx)
        declared = ComponentFinder(ctx)
        found_parents: dict[cst.CSTNode, cst.CSTNode] = {}
        ctx.set_parents(found_parents, complete=False)
        visitors = [finder, statements, defs, *rules, implied, reads, pages, names, declared]
        ctx.module.visit(Dispatcher(visitors, parents=found_parents))
        ctx.set_parents(found_parents, complete=True)
        ctx.set_uses(finder.uses)  # the rules that ask about fragments judge in finish()
        ctx.read_places(defs.defs, statements.statements)
        found_pages = pages.finish()
        ctx.page_refs = found_pages.refs

        result.fragments = [
            _manifest_entry(ctx, use) for use in finder.uses if use.function is not None
        ]
        result.imports = [*_imports(ctx, statements), *implied.finish()]
        result.data_files = reads.finish()
        result.pages = found_pages.refs
        result.calls_navigation = found_pages.calls_navigation
        result.default_page = found_pages.default_script
        result.families = names.finish()
        components = declared.finish()
        result.components = components.refs
        found = [d for rule in rules for d in rule.finish()]
        result.diagnostics = sorted(
            [*found, *components.diagnostics], key=lambda d: (d.line, d.col, d.code)
        )
    return result


def _manifest_entry(ctx: FileContext, use: FragmentUse) -> ManifestFragment:
    function = use.function
    assert function is not None
    qualnames = ctx.qualified_names(function)
    qualname = min(qualnames) if qualnames else function.name.value
    line = ctx.def_line(function)  # the `def` line, not the first decorator's
    return {
        "id": f"{ctx.source.relative}:{qualname}",
        "qualname": qualname,
        "file": ctx.source.relative,
        "line": line,
        "kind": use.kind,
        "decorator": use.decorator,
        "run_every": use.run_every_value.seconds,
    }


def _imports(ctx: FileContext, collector: ImportCollector) -> list[ModuleImport]:
    app_dir = ctx.source.path.parent
    for _ in Path(ctx.source.relative).parent.parts:
        app_dir = app_dir.parent
    found: list[ModuleImport] = []
    for statement in collector.statements:
        line, col = ctx.statement_line_col(statement)
        guarded = _import_guarded(ctx, statement)
        for module in imported_names(statement, ctx.source.relative):
            found.append(
                ModuleImport(
                    module=module,
                    file=ctx.source.display,
                    line=line,
                    col=col,
                    local=resolve_local(module, app_dir),
                    guarded=guarded,
                )
            )
    return found


def _import_guarded(ctx: FileContext, statement: cst.CSTNode) -> bool:
    """In the body of a ``try`` that catches ImportError (not its handlers or else)."""
    child = statement
    for ancestor in ctx.ancestors(statement):
        if (
            isinstance(ancestor, cst.Try)
            and child is ancestor.body
            and any(catches_import_error(handler) for handler in ancestor.handlers)
        ):
            return True
        child = ancestor
    return False
