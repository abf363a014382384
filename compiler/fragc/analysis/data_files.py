"""Data files: the files an app reads through paths written in its code, bundled into the site.

The worker runs the app with its folder as the working directory, so a file the app
reads by a relative path must be in ``app.zip`` at that same path. This pass finds
the reads whose path is *statically certain*:

* the reader: ``open``/``io.open``/``codecs.open`` (read modes only), ``Path.read_text``,
  ``read_bytes`` and ``open``, pandas' ``read_*``, numpy's ``load``/``loadtxt``/
  ``genfromtxt``, ``PIL.Image.open``, ``st.image``/``audio``/``video``/``logo``;
  ``json.load(open(...))`` and ``csv.reader(open(...))`` are the ``open`` inside;
* the path: a string literal, ``Path("a") / "b"``, ``Path(__file__).parent / "x"``
  (relative to the module's folder), ``os.path.join(os.path.dirname(__file__), "x")``,
  ``.joinpath``/``.with_name``, or a name assigned exactly once to one of these.

Paths built at run time (f-strings, variables assigned twice, function arguments),
URLs, write modes and in-memory data are left alone: no guess, no false alarm. A
read inside ``try`` that catches ``FileNotFoundError``/``OSError`` or under an ``if``
testing ``exists()``/``is_file()`` is *guarded*: bundled when the file exists, never
reported when it does not. ``sqlite3.connect`` is always treated that way (it creates
a missing database).

:func:`collect_data_files` then checks the paths against the disk (``data-file-missing``,
``data-file-outside-app``) and adds the ``[tool.fragc] include`` globs. The reads name
the files the app certainly needs (and the errors when one is missing); the site also
carries the rest of the app's folder (:mod:`fragc.analysis.app_folder`), for the reads
no analysis can follow. ``[tool.fragc] exclude`` leaves files out of both (a read of
one is ``data-file-excluded``); ``include`` wins over it.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import libcst as cst

from fragc.analysis.app_folder import Globs, folder_files
from fragc.analysis.context import FileContext
from fragc.analysis.never_bundled import NeverBundled
from fragc.catalogue.bad_fragc_config import BadFragcConfig
from fragc.catalogue.data_file_excluded import DataFileExcluded
from fragc.catalogue.data_file_missing import DataFileMissing
from fragc.catalogue.data_file_outside_app import DataFileOutsideApp
from fragc.catalogue.file_never_bundled import FileNeverBundled
from fragc.catalogue.include_matches_nothing import IncludeMatchesNothing
from fragc.diagnostics import Diagnostic
from fragc.project import ConfigValue, ProjectConfig, load_project


@dataclass(frozen=True)
class DataFileRef:
    """One read of a file through a statically certain path."""

    path: str  # normalised POSIX path relative to the app's folder (may be absolute or "../x")
    file: str  # display path of the file holding the read
    line: int
    col: int
    reader: str  # the callee as written when short ("open", "pd.read_csv"), else "Path.read_text"
    guarded: bool  # the app copes with the file being missing


# Readers whose path is the first argument (or one of the keywords).
_PATH_READERS: dict[str, tuple[str, ...]] = {
    "builtins.open": ("file",),
    "io.open": ("file",),
    "codecs.open": ("filename",),
    "PIL.Image.open": ("fp",),
    "numpy.load": ("file",),
    "numpy.loadtxt": ("fname",),
    "numpy.genfromtxt": ("fname",),
    "numpy.fromfile": ("file",),
    **{
        f"pandas.read_{kind}": ("filepath_or_buffer", "path_or_buf", "path", "io")
        for kind in (
            "csv",
            "table",
            "fwf",
            "json",
            "parquet",
            "excel",
            "feather",
            "orc",
            "pickle",
            "stata",
            "sas",
            "spss",
            "xml",
            "hdf",
        )
    },
}
# Readers whose argument may also be content rather than a path.
_CONTENT_OR_PATH = frozenset({"pandas.read_json", "pandas.read_xml"})
_STREAMLIT_MEDIA = {
    "image": ("image",),
    "audio": ("data",),
    "video": ("data",),
    "pdf": ("data",),
    "logo": ("image",),
}
_OPTIONAL_READERS = {"sqlite3.connect": ("database",)}
_MODE_READERS = frozenset({"builtins.open", "io.open", "codecs.open"})
_PATH_TYPES = frozenset(
    {"pathlib.Path", "pathlib.PurePath", "pathlib.PosixPath", "pathlib.PurePosixPath"}
)
_PATH_METHODS_READING = frozenset({"read_text", "read_bytes", "open"})
_GUARD_EXCEPTIONS = frozenset(
    {"FileNotFoundError", "OSError", "IOError", "EnvironmentError", "Exception", "BaseException"}
)
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def static_path(ctx: FileContext, node: cst.BaseExpression) -> str | None:
    """The POSIX path (relative to the app) ``node`` certainly evaluates to, or None."""
    path = DataFileFinder(ctx)._static_path(node, depth=0)
    return None if path is None else posixpath.normpath(path)


def argument(call: cst.Call, index: int, *keywords: str) -> cst.BaseExpression | None:
    """The call's argument at ``index`` or passed by one of ``keywords``."""
    return _argument(call, index, *keywords)


def find_data_files(ctx: FileContext) -> list[DataFileRef]:
    """Every statically certain read of a file in one parsed file."""
    finder = DataFileFinder(ctx)
    ctx.module.visit(finder)
    return finder.finish()


class DataFileFinder(cst.CSTVisitor):
    def __init__(self, ctx: FileContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.found: list[DataFileRef] = []
        self.module_dir = PurePosixPath(ctx.source.relative).parent

    def finish(self) -> list[DataFileRef]:
        return self.found

    def visit_Call(self, node: cst.Call) -> None:
        name = self.ctx.call_name(node)
        if name in _PATH_READERS:
            if name in _MODE_READERS and not _reads(_argument(node, 1, "mode")):
                return
            self._add(node, _argument(node, 0, *_PATH_READERS[name]), name)
        elif name in _OPTIONAL_READERS:
            self._add(node, _argument(node, 0, *_OPTIONAL_READERS[name]), name, optional=True)
        elif (streamlit := self.ctx.streamlit_name(node.func)) == "connection":
            # st.connection(..., url="sqlite:///data.db"): a SQLite file bundled with the app.
            url = next((a.value for a in node.args if a.keyword and a.keyword.value == "url"), None)
            if isinstance(url, cst.SimpleString) and isinstance(url.evaluated_value, str):
                database = url.evaluated_value.removeprefix("sqlite:///")
                if database != url.evaluated_value and database:
                    self._add(node, cst.SimpleString(repr(database)), name or "", optional=True)
        elif streamlit is not None:
            media = streamlit.rpartition(".")[2]
            if media in _STREAMLIT_MEDIA:
                argument = _argument(node, 0, *_STREAMLIT_MEDIA[media])
                items = (
                    [e.value for e in argument.elements]
                    if isinstance(argument, (cst.List, cst.Tuple))
                    else [argument]
                )
                for item in items:
                    self._add(node, item, f"streamlit.{streamlit}")
            if media == "video":  # subtitles="subs.vtt" or {"English": Path("en.srt")}
                subtitles = _argument(node, 99, "subtitles")
                values = (
                    [e.value for e in subtitles.elements if isinstance(e, cst.DictElement)]
                    if isinstance(subtitles, cst.Dict)
                    else [subtitles]
                )
                for value in values:
                    if _is_subtitle_file(value):
                        self._add(node, value, f"streamlit.{streamlit}")
            if media == "iframe":  # st.iframe(Path("report.html")): a string is a URL or HTML
                source = _argument(node, 0, "src")
                if isinstance(source, cst.Call) and self._is_path_object(source):
                    self._add(node, source, f"streamlit.{streamlit}")
        elif isinstance(node.func, cst.Attribute) and node.func.attr.value in _PATH_METHODS_READING:
            method = node.func.attr.value
            if method == "open" and not _reads(_argument(node, 0, "mode")):
                return
            target = node.func.value
            if self._is_path_object(target):
                self._add(node, target, f"Path.{method}")

    def _is_path_object(self, node: cst.BaseExpression) -> bool:
        # Path(...).read_text() and friends: the receiver must be certainly a path,
        # never a str (``"x".open`` does not exist) or an unknown object.
        if isinstance(node, cst.Call):
            return bool(self.ctx.qualified_names(node.func) & _PATH_TYPES) or (
                isinstance(node.func, cst.Attribute)
                and node.func.attr.value
                in ("joinpath", "with_name", "with_suffix", "resolve", "absolute")
                and self._is_path_object(node.func.value)
            )
        if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Divide):
            return self._is_path_object(node.left)
        if isinstance(node, cst.Attribute) and node.attr.value == "parent":
            return self._is_path_object(node.value)
        if isinstance(node, cst.Name):
            value = self._single_assignment(node)
            return value is not None and self._is_path_object(value)
        return False

    def _add(
        self,
        call: cst.Call,
        argument: cst.BaseExpression | None,
        reader: str,
        *,
        optional: bool = False,
    ) -> None:
        if argument is None:
            return
        path = self._static_path(argument, depth=0)
        if path is None or not _looks_like_a_path(path, content_too=reader in _CONTENT_OR_PATH):
            return
        line, col = self.ctx.line_col(call)
        written = self.ctx.code(call.func)
        if "(" in written or len(written) > 40:  # Path("x").read_text: name the method
            written = reader.replace("builtins.", "")
        self.found.append(
            DataFileRef(
                path=posixpath.normpath(path),
                file=self.ctx.source.display,
                line=line,
                col=col,
                reader=written,
                guarded=optional or self._guarded(call),
            )
        )

    # ----------------------------------------------------------- static paths

    def _static_path(self, node: cst.BaseExpression, depth: int) -> str | None:
        """The POSIX path ``node`` certainly evaluates to (relative to the app), or None."""
        if depth > 20:
            return None
        deeper = depth + 1
        if isinstance(node, (cst.SimpleString, cst.ConcatenatedString)):
            literal = node.evaluated_value
            return literal if isinstance(literal, str) else None
        if isinstance(node, cst.Name):
            if node.value == "__file__" and self.ctx.referents(node) is None:
                return self.ctx.source.relative
            value = self._single_assignment(node)
            return None if value is None else self._static_path(value, deeper)
        if isinstance(node, cst.Attribute) and node.attr.value == "parent":
            inner = self._static_path(node.value, deeper)
            return None if inner is None else posixpath.dirname(posixpath.normpath(inner)) or "."
        if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Divide):
            if not self._is_path_object(node.left):
                return None
            return self._join(node.left, [node.right], deeper)
        if isinstance(node, cst.Call):
            return self._static_call(node, deeper)
        return None

    def _static_call(self, node: cst.Call, depth: int) -> str | None:
        names = self.ctx.qualified_names(node.func)
        args = [a.value for a in node.args if a.keyword is None and not a.star]
        if len(args) != len(node.args):
            return None
        if names & _PATH_TYPES:
            if not args:
                return "."
            return self._join(args[0], args[1:], depth)
        if "os.path.join" in names and args:
            return self._join(args[0], args[1:], depth)
        if names & {"os.path.dirname"} and len(args) == 1:
            inner = self._static_path(args[0], depth)
            return None if inner is None else posixpath.dirname(posixpath.normpath(inner)) or "."
        if names & {"os.path.abspath", "os.path.realpath", "os.path.normpath"} and len(args) == 1:
            return self._static_path(args[0], depth)
        if isinstance(node.func, cst.Attribute) and self._is_path_object(node.func.value):
            method = node.func.attr.value
            if method in ("resolve", "absolute") and not args:
                return self._static_path(node.func.value, depth)
            if method == "joinpath":
                return self._join(node.func.value, args, depth)
            if method in ("with_name", "with_suffix") and len(args) == 1:
                base = self._static_path(node.func.value, depth)
                other = self._static_path(args[0], depth)
                if base is None or other is None:
                    return None
                pure = PurePosixPath(base)
                changed = (
                    pure.with_name(other) if method == "with_name" else pure.with_suffix(other)
                )
                return str(changed)
        return None

    def _join(
        self, first: cst.BaseExpression, rest: list[cst.BaseExpression], depth: int
    ) -> str | None:
        parts = [self._static_path(part, depth) for part in (first, *rest)]
        if any(part is None for part in parts):
            return None
        return posixpath.join(*(p for p in parts if p is not None))

    def _single_assignment(self, name: cst.Name) -> cst.BaseExpression | None:
        """The value of ``name`` when it is bound exactly once, by a plain assignment."""
        referents = self.ctx.referents(name)
        if referents is None or len(referents) != 1:
            return None
        target = referents[0]
        parent = self.ctx.parent(target)
        if isinstance(parent, cst.AssignTarget):
            statement = self.ctx.parent(parent)
            if isinstance(statement, cst.Assign) and len(statement.targets) == 1:
                return statement.value
        if isinstance(parent, cst.AnnAssign) and parent.target is target:
            return parent.value
        return None

    # --------------------------------------------------------------- guarded

    def _guarded(self, node: cst.CSTNode) -> bool:
        child = node
        for ancestor in self.ctx.ancestors(node):
            if isinstance(ancestor, cst.Try) and child is ancestor.body:
                if any(_catches_missing_file(h) for h in ancestor.handlers):
                    return True
            if isinstance(ancestor, (cst.If, cst.IfExp)) and child is not ancestor.test:
                test = self.ctx.code(ancestor.test)
                if any(check in test for check in ("exists(", "is_file(", "isfile(")):
                    return True
            child = ancestor
        return False


def _argument(call: cst.Call, index: int, *keywords: str) -> cst.BaseExpression | None:
    for arg in call.args:
        if arg.keyword is not None and arg.keyword.value in keywords:
            return arg.value
    positional = [a for a in call.args if a.keyword is None and not a.star]
    if any(a.star for a in call.args[: index + 1]):
        return None
    return positional[index].value if index < len(positional) else None


def _is_subtitle_file(node: cst.BaseExpression | None) -> bool:
    """A subtitles argument that names a file: a Path, or a string ending in .vtt/.srt."""
    if isinstance(node, cst.Call):
        return True
    if isinstance(node, cst.SimpleString) and isinstance(node.evaluated_value, str):
        return node.evaluated_value.lower().endswith((".vtt", ".srt"))
    return False


def _reads(mode: cst.BaseExpression | None) -> bool:
    """True when an open() mode certainly reads an existing file (absent means "r")."""
    if mode is None:
        return True
    if isinstance(mode, (cst.SimpleString, cst.ConcatenatedString)):
        value = mode.evaluated_value
        return isinstance(value, str) and not set(value) & set("wax")
    return False  # a mode computed at run time: not certain


def _catches_missing_file(handler: cst.ExceptHandler) -> bool:
    if handler.type is None:
        return True
    names: set[str] = set()
    stack: list[cst.BaseExpression] = [handler.type]
    while stack:
        expr = stack.pop()
        if isinstance(expr, cst.Name):
            names.add(expr.value)
        elif isinstance(expr, cst.Attribute):
            names.add(expr.attr.value)
        elif isinstance(expr, cst.Tuple):
            stack.extend(element.value for element in expr.elements)
    return bool(names & _GUARD_EXCEPTIONS)


def _looks_like_a_path(value: str, *, content_too: bool) -> bool:
    if not value or value in (".", ":memory:") or "\n" in value or "\x00" in value:
        return False
    if _URL.match(value) or value.startswith("~"):
        return False
    return not (content_too and value.lstrip()[:1] in ("{", "[", "<"))


# ------------------------------------------------------------------ the app


@dataclass
class DataFiles:
    files: list[Path] = field(default_factory=list)  # read or included, under the app's folder
    folder: list[Path] = field(default_factory=list)  # the rest of the app's folder
    diagnostics: list[Diagnostic] = field(default_factory=list)


def app_data_files(
    app_dir: Path,
    refs: Iterable[DataFileRef],
    project: ProjectConfig | None = None,
    *,
    reads_secrets: bool = False,
    outputs: Collection[Path] = (),
) -> DataFiles:
    """The app's data files: its reads checked, ``[tool.fragc] include``, and the app's
    folder less ``exclude`` and ``outputs`` (folders the site gets otherwise, or being
    built), and the table's own problems, reported once here."""
    project = project if project is not None else load_project(app_dir)
    result = collect_data_files(
        app_dir,
        refs,
        project.include,
        reads_secrets=reads_secrets,
        exclude=project.exclude,
        folder=True,
        outputs=outputs,
    )
    result.diagnostics[:0] = project.diagnostics
    return result


def collect_data_files(
    app_dir: Path,
    refs: Iterable[DataFileRef],
    include: Iterable[ConfigValue] = (),
    *,
    reads_secrets: bool = False,
    exclude: Iterable[ConfigValue] = (),
    folder: bool = False,
    outputs: Collection[Path] = (),
) -> DataFiles:
    """Check each read against the disk and add the ``include`` globs; with ``folder``,
    list the rest of the app's folder too (``outputs``: folders being built, left out).

    Every file is returned once, in a stable order. Files fragc never bundles
    (:mod:`fragc.analysis.never_bundled`) are left out, and each read or pattern that
    reached some says which; so are the files ``exclude`` names, unless ``include``
    names them too.
    """
    result = DataFiles()
    chosen: dict[str, Path] = {}
    root = app_dir.resolve()
    never = NeverBundled(root, reads_secrets=reads_secrets)
    include = list(include)
    excluded = Globs(exclude)
    included = Globs(include)

    def take(
        path: Path,
        skipped: dict[str, tuple[str, int]],
        left_out: dict[str, ConfigValue] | None = None,
    ) -> None:
        resolved = path.resolve()
        if left_out is not None and path.is_relative_to(root):
            relative = path.relative_to(root).as_posix()
            pattern = excluded.match(relative)
            if pattern is not None and not included.match(relative, folders=False):
                left_out[relative] = pattern
                return
        if not resolved.is_relative_to(root):
            # A symlink to a file elsewhere: the site holds only the app's folder.
            shown = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
            reason: tuple[str, str] | None = (shown, "a link to a file outside the app's folder")
        else:
            reason = never.reason(resolved) or _unnameable(resolved, root)
        if reason is not None:
            shown, why = reason
            _, count = skipped.get(shown, (why, 0))
            skipped[shown] = (why, count + 1)
            return
        chosen.setdefault(resolved.relative_to(root).as_posix(), resolved)

    for ref in refs:
        path = PurePosixPath(ref.path)
        skipped: dict[str, tuple[str, int]] = {}
        left_out: dict[str, ConfigValue] = {}
        try:
            target = (app_dir / path).resolve() if not path.is_absolute() else Path(ref.path)
            outside = path.is_absolute() or not target.is_relative_to(root)
            is_file = not outside and target.is_file()
            is_dir = not outside and not is_file and target.is_dir()
        except (OSError, ValueError, RuntimeError) as err:  # too long, NUL, a symlink loop
            outside = is_file = is_dir = False
            problem: str | None = getattr(err, "strerror", None) or str(err)
        else:
            problem = None
        if outside:
            if not ref.guarded:
                result.diagnostics.append(
                    DataFileOutsideApp.diagnostic(
                        f"{ref.reader}() reads {ref.path}, outside the app's folder {app_dir}: "
                        "the site has only that folder",
                        file=ref.file,
                        line=ref.line,
                        col=ref.col,
                        hint="copy the file into the app's folder and read it by a relative path",
                    )
                )
            continue
        if is_file:
            take(app_dir.resolve() / path, skipped, left_out)
        elif is_dir:
            for inner in _files_under(target):
                take(inner, skipped, left_out)
        elif not ref.guarded:
            looked = f"looked for {app_dir / path}" if problem is None else problem
            result.diagnostics.append(
                DataFileMissing.diagnostic(
                    f"{ref.reader}() reads {ref.path}, which does not exist ({looked})",
                    file=ref.file,
                    line=ref.line,
                    col=ref.col,
                    hint=f"put {ref.path} beside the app (fragc bundles it at that path) "
                    "or fix the name",
                )
            )
        if skipped and not ref.guarded:
            result.diagnostics.append(
                FileNeverBundled.diagnostic(
                    f"{ref.reader}() reads {ref.path}, but fragc never bundles "
                    f"{_describe(skipped)}: the read fails in the browser",
                    file=ref.file,
                    line=ref.line,
                    col=ref.col,
                    hint=NEVER_BUNDLED_HINT,
                )
            )
        if left_out and not ref.guarded:
            first, rule = min(left_out.items())
            more = f" (and {len(left_out) - 1} more)" if len(left_out) > 1 else ""
            result.diagnostics.append(
                DataFileExcluded.diagnostic(
                    f"{ref.reader}() reads {ref.path}, but [tool.fragc] exclude pattern "
                    f"{rule.value!r} ({rule.file}:{rule.line}) leaves out "
                    f"{first}{more}: the read fails in the browser",
                    file=ref.file,
                    line=ref.line,
                    col=ref.col,
                    hint="narrow the exclude pattern, or name the file in [tool.fragc] include",
                )
            )
    for entry in include:
        pattern = entry.value
        skipped = {}
        try:
            matches = sorted(p for p in root.glob(pattern) if p.is_file())
        except (OSError, ValueError, IndexError, RuntimeError) as err:
            result.diagnostics.append(
                BadFragcConfig.diagnostic(
                    f"include pattern {pattern!r} cannot be used: {err}",
                    file=entry.file,
                    line=entry.line,
                    col=entry.col,
                    hint='write a glob relative to the app\'s folder, e.g. "data/*.csv"',
                )
            )
            continue
        for match in matches:
            take(match, skipped)
        if skipped:
            result.diagnostics.append(
                FileNeverBundled.diagnostic(
                    f"include pattern {pattern!r} matched files fragc never bundles, "
                    f"left out: {_describe(skipped)}",
                    file=entry.file,
                    line=entry.line,
                    col=entry.col,
                    hint=NEVER_BUNDLED_HINT,
                )
            )
        elif not matches:
            result.diagnostics.append(
                IncludeMatchesNothing.diagnostic(
                    f"include pattern {pattern!r} matches no file in {app_dir}",
                    file=entry.file,
                    line=entry.line,
                    col=entry.col,
                    hint="patterns are relative to the app's folder; use ** for any depth",
                )
            )
    result.files = [chosen[name] for name in sorted(chosen)]
    if folder:
        named = set(result.files)
        result.folder = [
            path for path in folder_files(root, never, excluded, outputs) if path not in named
        ]
    return result


NEVER_BUNDLED_HINT = (
    "every file of the site is public; list only the files the app needs "
    "(fragc never ships credentials, version control or earlier sites)"
)


def _files_under(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.rglob("*") if p.is_file())
    except (OSError, RuntimeError):
        return []


def _unnameable(path: Path, root: Path) -> tuple[str, str] | None:
    """A file whose name is not UTF-8 cannot be named in a zip archive or in the page."""
    relative = path.relative_to(root).as_posix()
    try:
        relative.encode("utf-8")
    except UnicodeEncodeError:
        return relative.encode("utf-8", "replace").decode("utf-8"), "its name is not valid UTF-8"
    return None


def _describe(skipped: dict[str, tuple[str, int]]) -> str:
    shown: list[str] = []
    for what, (why, count) in sorted(skipped.items()):
        files = f"{count} files, " if what.endswith("/") and count > 1 else ""
        shown.append(f"{what} ({files}{why})")
    return ", ".join(shown)
