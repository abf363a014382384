"""``app.zip``: the Python the worker unpacks, the shim (``_fragc/``) and the app (``app/``).

Only the modules that run in the browser go in: the shim, the protocol, `timeparse` and
``fragc/__init__.py``; never the compiler, the CLI or anything needing libcst. Of the
shim's optional families (``fragc/shim/optional/``: Plotly, the data grid, maps...) only
those the app uses (``AppAnalysis.shim_families``). The zip is deterministic (sorted
names, fixed timestamps) so an unchanged app gives the same ``bundle_sha256``. The app's
files are streamed into it (a data file of hundreds of megabytes is never held whole).
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from fragc import protocol
from fragc.errors import FragcError

SHIM_PREFIX = "_fragc/"  # on sys.path in the worker
APP_PREFIX = "app/"  # the app's working directory in the worker
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can carry
_CHUNK = 1 << 20

_FRAGC_DIR = Path(__file__).resolve().parent.parent
# Modules of fragc/shim/optional/ that every family uses. An app that uses no family gets
# none of the package: the always-bundled shim is ready for it to be missing.
_SHARED_OPTIONAL = frozenset({"__init__", "common"})


@dataclass(frozen=True)
class BundleInfo:
    sha256: str
    files: list[protocol.ManifestFile]  # the app's files (not the shim), for the manifest
    sizes: dict[str, int]  # the app's files (their path in the app) -> bytes, uncompressed


def browser_modules(
    fragc_dir: Path = _FRAGC_DIR, families: Collection[str] | None = None
) -> dict[str, Path]:
    """``fragc/...`` archive names -> files, for the part of fragc that runs in Pyodide.

    ``families``: the optional shim families to include (None: all of them).
    """
    modules = {
        "fragc/__init__.py": fragc_dir / "__init__.py",
        "fragc/timeparse.py": fragc_dir / "timeparse.py",
    }
    # The protocol's generators (codegen.py, __main__.py) write the page's copies in a
    # checkout; the browser never runs them.
    protocol = [
        path
        for path in sorted((fragc_dir / "protocol").glob("*.py"))
        if path.name not in ("codegen.py", "__main__.py")
    ]
    optional = fragc_dir / "shim" / "optional"
    for path in [*protocol, *sorted((fragc_dir / "shim").rglob("*.py"))]:
        if path.is_relative_to(optional) and not _wanted(path.relative_to(optional), families):
            continue
        modules["fragc/" + path.relative_to(fragc_dir).as_posix()] = path
    return modules


def _wanted(relative: Path, families: Collection[str] | None) -> bool:
    """An optional module goes in when its family does (shared modules with any family)."""
    if families is None:
        return True
    if not families:
        return False
    family = relative.parts[0].removesuffix(".py")
    return family in families or family in _SHARED_OPTIONAL


def app_files(app_dir: Path, sources: Iterable[Path]) -> dict[str, Path]:
    """The app's sources by their path relative to the entry's directory.

    A file whose path lies in the app's folder keeps that path even when it is a
    symlink to a file elsewhere (as Python imports it); otherwise its real path must.
    """
    files: dict[str, Path] = {}
    for source in sources:
        for candidate in (Path(os.path.abspath(source)), source.resolve()):
            if candidate.is_relative_to(app_dir):
                files[candidate.relative_to(app_dir).as_posix()] = candidate
                break
        else:
            raise FragcError(
                f"{source} is outside the app's directory {app_dir}; "
                "fragc bundles only files under the directory of the script"
            )
    return files


def write_bundle(
    target: Path,
    app_dir: Path,
    sources: Iterable[Path],
    *,
    bytecode: Callable[[Mapping[str, bytes]], Mapping[str, bytes]] | None = None,
    families: Collection[str] | None = None,
) -> BundleInfo:
    """Write app.zip; ``bytecode`` maps the shim's sources to precompiled ``.pyc`` entries;
    ``families``: the optional shim families the app uses (None: all)."""
    entries: dict[str, bytes] = {}
    manifest_files: list[protocol.ManifestFile] = []
    sizes: dict[str, int] = {}
    shim = {name: path.read_bytes() for name, path in browser_modules(families=families).items()}
    for name, data in shim.items():
        entries[SHIM_PREFIX + name] = data
    if bytecode is not None:
        for name, data in bytecode(shim).items():
            entries[SHIM_PREFIX + name] = data
    app = sorted(app_files(app_dir, sources).items())
    # "_fragc/" sorts before "app/": shim entries, then the app's, keeps every name in order.
    assert all(name < APP_PREFIX for name in entries)

    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(entries):
            archive.writestr(_entry(name), entries[name])
        for name, path in app:
            digest = hashlib.sha256()
            # An entry near 2 GiB needs ZIP64, declared before streaming (writestr's margin).
            zip64 = path.stat().st_size * 1.05 > zipfile.ZIP64_LIMIT
            size = 0
            with (
                path.open("rb") as source,
                archive.open(_entry(APP_PREFIX + name), "w", force_zip64=zip64) as out,
            ):
                while chunk := source.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
            manifest_files.append({"path": name, "sha256": digest.hexdigest()})
            sizes[name] = size
    return BundleInfo(sha256=file_sha256(target), files=manifest_files, sizes=sizes)


def _entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_ZIP_EPOCH)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16  # rw-r--r--, whatever the umask
    return info


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
