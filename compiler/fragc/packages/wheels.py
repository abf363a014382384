"""Pure-Python wheels from PyPI: fetched with pip at build time, cached, read.

fragc asks pip for one requirement at a time, with no dependencies
(``pip download --only-binary=:all: --no-deps --platform any --python-version 3.14
--implementation py``): pip then accepts only wheels any Python 3.14 runs
(``py3-none-any`` and the like), which is exactly what Pyodide can install from a
file. The resolver (:mod:`fragc.packages.resolve`) reads each wheel's metadata and
asks again for its dependencies, because most of them are better taken from
Pyodide's own distribution than from PyPI, which pip's resolver cannot know.

Wheels are kept in the user's cache (``~/.cache/fragc/wheels`` on Linux;
``FRAGC_CACHE_DIR`` overrides it), each with a ``.sha256`` file written when pip
saved it. A pinned requirement (``name==1.2``) whose wheel is in the cache and still
has its recorded sha256 needs no pip at all, so rebuilds and tests do not ask PyPI
again; an unpinned one asks pip, whose own HTTP cache keeps that quick.
"""

from __future__ import annotations

import email.parser
import hashlib
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from packaging.requirements import InvalidRequirement, Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import (
    InvalidWheelFilename,
    canonicalize_name,
    parse_wheel_filename,
)
from packaging.version import InvalidVersion, Version

TARGET_PYTHON = "3.14"  # the Python of the Pyodide fragc ships
CACHE_ENV = "FRAGC_CACHE_DIR"

Runner = Callable[[Sequence[str]], "subprocess.CompletedProcess[str]"]


class FetchFailed(Exception):
    """pip found no wheel that runs in the browser; ``reason`` says why, for the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Wheel:
    path: Path
    name: str  # canonical
    version: str
    sha256: str
    imports: tuple[str, ...]  # top-level modules and packages it installs
    requires: tuple[Requirement, ...]  # Requires-Dist, markers unevaluated


class WheelSource(Protocol):
    def fetch(self, requirement: Requirement) -> Wheel:
        """A wheel satisfying ``requirement`` that runs in Pyodide; raises FetchFailed."""
        ...


# ------------------------------------------------------------------ cache dir


def user_cache_dir() -> Path:
    """fragc's cache folder: ``$FRAGC_CACHE_DIR``, else the platform's user cache."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "fragc" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "fragc"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "fragc"


# ----------------------------------------------------------------- wheel files


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def runs_in_browser(file_name: str) -> bool:
    """True for a wheel any Python 3.14 runs: no ABI, any platform (``py3-none-any``)."""
    try:
        _, _, _, tags = parse_wheel_filename(file_name)
    except InvalidWheelFilename:
        return False
    return any(
        tag.abi == "none" and tag.platform == "any" and _python_ok(tag.interpreter) for tag in tags
    )


def _python_ok(interpreter: str) -> bool:
    match = re.fullmatch(r"py3(\d*)", interpreter)
    return match is not None and (not match.group(1) or int(match.group(1)) <= 14)


def read_wheel(path: Path, sha256: str | None = None) -> Wheel:
    """Name, version, top-level imports and requirements of a wheel file."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            metadata_name = next(
                (n for n in names if re.fullmatch(r"[^/]+\.dist-info/METADATA", n)), None
            )
            if metadata_name is None:
                raise FetchFailed(f"{path.name} has no .dist-info/METADATA: not a wheel")
            metadata = email.parser.BytesParser().parsebytes(archive.read(metadata_name))
    except (OSError, zipfile.BadZipFile) as err:
        raise FetchFailed(f"{path.name} is not a readable wheel: {err}") from err
    requires: list[Requirement] = []
    for text in metadata.get_all("Requires-Dist") or []:
        try:
            requires.append(Requirement(text))
        except (InvalidRequirement, RecursionError):
            continue  # a broken dependency line in someone's metadata: pip skips it too
    return Wheel(
        path=path,
        name=canonicalize_name(str(metadata["Name"])),
        version=str(metadata["Version"]),
        sha256=sha256 or sha256_of(path),
        imports=top_level_modules(names),
        requires=tuple(requires),
    )


def top_level_modules(names: Sequence[str]) -> tuple[str, ...]:
    """The importable top-level names of a wheel's file list."""
    found: set[str] = set()
    for name in names:
        first, slash, _ = name.partition("/")
        if first.endswith((".dist-info", ".data")) or first == "__pycache__":
            continue
        if slash:
            if first.isidentifier():
                found.add(first)
        elif first.endswith(".py") and first[:-3].isidentifier():
            found.add(first[:-3])
    return tuple(sorted(found))


# --------------------------------------------------------------------- pip


def _run(args: Sequence[str]) -> subprocess.CompletedProcess[str]:
    """Run pip; a pip that cannot start or hangs is a failed run, with the reason on stderr."""
    try:
        return subprocess.run(list(args), capture_output=True, text=True, timeout=600, check=False)
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(args, 1, "", "ERROR: pip ran for 10 minutes; stopped")
    except OSError as err:
        return subprocess.CompletedProcess(
            args, 1, "", f"ERROR: pip could not start: {err.strerror or err}"
        )


class PipWheels:
    """Fetches wheels with ``pip download`` into the user cache (see the module docs)."""

    def __init__(
        self,
        cache_dir: Path | None = None,
        pip_options: Sequence[str] = (),
        run: Runner = _run,
        progress: Callable[[str], None] = lambda _message: None,
    ) -> None:
        self.wheel_dir = (cache_dir or user_cache_dir()) / "wheels"
        self.pip_options = list(pip_options)
        self.run = run
        self.progress = progress

    def fetch(self, requirement: Requirement) -> Wheel:
        cached = self._cached(requirement)
        if cached is not None:
            return cached
        self.wheel_dir.mkdir(parents=True, exist_ok=True)
        self.progress(f"downloading {requirement} with pip")
        with tempfile.TemporaryDirectory(dir=self.wheel_dir, prefix=".download-") as scratch:
            result = self.run(
                [
                    sys.executable,
                    "-m",
                    "pip",
                    "download",
                    "--only-binary=:all:",
                    "--no-deps",
                    "--platform",
                    "any",
                    "--python-version",
                    TARGET_PYTHON,
                    "--implementation",
                    "py",
                    "--disable-pip-version-check",
                    "--quiet",
                    "--dest",
                    scratch,
                    *self.pip_options,
                    str(requirement),
                ]
            )
            saved = sorted(Path(scratch).glob("*.whl"))
            if result.returncode != 0 or not saved:
                raise FetchFailed(self._why_not(requirement, result))
            return self._keep(saved[0])

    # A pinned requirement whose wheel is cached, unchanged since pip saved it.
    def _cached(self, requirement: Requirement) -> Wheel | None:
        version = _pinned_version(requirement)
        if version is None or not self.wheel_dir.is_dir():
            return None
        name = canonicalize_name(requirement.name)
        for path in sorted(self.wheel_dir.glob("*.whl")):
            try:
                wheel_name, wheel_version, _, _ = parse_wheel_filename(path.name)
            except InvalidWheelFilename:
                continue
            if (
                wheel_name != name
                or str(wheel_version) != version
                or not runs_in_browser(path.name)
            ):
                continue
            recorded = path.with_name(path.name + ".sha256")
            if not recorded.is_file():
                continue
            sha256 = sha256_of(path)
            if recorded.read_text(encoding="utf-8").strip() != sha256:
                continue  # corrupted or replaced: download it again
            return read_wheel(path, sha256)
        return None

    def _keep(self, downloaded: Path) -> Wheel:
        if not runs_in_browser(downloaded.name):
            raise FetchFailed(f"pip chose {downloaded.name}, which is not a pure-Python wheel")
        target = self.wheel_dir / downloaded.name
        sha256 = sha256_of(downloaded)
        os.replace(downloaded, target)  # atomic: parallel builds never see half a wheel
        record = target.with_name(target.name + ".sha256.tmp")
        record.write_text(sha256 + "\n", encoding="utf-8")
        os.replace(record, target.with_name(target.name + ".sha256"))
        return read_wheel(target, sha256)

    def _why_not(self, requirement: Requirement, download: subprocess.CompletedProcess[str]) -> str:
        """A sentence for the user: no such project, no matching version, or no pure wheel."""
        pip_said = _last_error(download.stderr) or _last_error(download.stdout)
        if requirement.url:
            return f"pip could not download {requirement.url} as a pure-Python wheel ({pip_said})"
        probe = self.run(
            [
                sys.executable,
                "-m",
                "pip",
                "index",
                "versions",
                "--disable-pip-version-check",
                *self.pip_options,
                requirement.name,
            ]
        )
        if probe.returncode != 0:
            if "No matching distribution" in probe.stderr + probe.stdout:
                return f"there is no project named {requirement.name} on PyPI"
            return f"pip could not reach the package index ({pip_said})"
        versions = _listed_versions(probe.stdout)
        matching = [v for v in versions if requirement.specifier.contains(v, prereleases=True)]
        if versions and not matching:
            shown = ", ".join(str(v) for v in versions[:5])
            return (
                f"no release of {requirement.name} matches {requirement.specifier} "
                f"(PyPI has {shown}{', ...' if len(versions) > 5 else ''})"
            )
        return (
            f"PyPI has {requirement.name} but no pure-Python wheel (py3-none-any) of it "
            f"for Python {TARGET_PYTHON}: only platform-specific wheels or source code, "
            "which cannot run in the browser, and Pyodide's distribution does not build it"
        )


def _pinned_version(requirement: Requirement) -> str | None:
    if requirement.url or len(requirement.specifier) != 1:
        return None
    (spec,) = requirement.specifier
    if spec.operator not in ("==", "===") or "*" in spec.version:
        return None
    try:
        return str(Version(spec.version))
    except InvalidVersion:
        return None


def _listed_versions(output: str) -> list[Version]:
    match = re.search(r"Available versions:\s*(.+)", output)
    if not match:
        return []
    versions: list[Version] = []
    for text in match.group(1).split(","):
        try:
            versions.append(Version(text.strip()))
        except InvalidVersion:
            continue
    return versions


def _last_error(output: str) -> str:
    lines = [line.strip() for line in output.splitlines() if line.startswith("ERROR:")]
    return lines[-1].removeprefix("ERROR:").strip() if lines else ""


def satisfies(version: str, specifier: SpecifierSet) -> bool:
    try:
        return specifier.contains(Version(version), prereleases=True)
    except InvalidVersion:
        return False
