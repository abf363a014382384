"""The app's declared requirements: requirements.txt, PEP 723 metadata, ``[tool.fragc]``.

All three may be used at once; their requirements are added up. Each requirement
keeps where it was written, so a diagnostic about it (no wheel, a hash mismatch)
points at that line.

* ``requirements.txt`` beside the app: PEP 508 lines, comments, ``\\`` continuations,
  ``-r other.txt`` (relative to the including file), per-line ``--hash=sha256:...``
  (checked against the wheel fragc downloads), and the index options pip knows
  (``--index-url``, ``--extra-index-url``, ``--find-links``, ``--pre``), which are
  passed on to pip. Anything else (``-e``, ``-c``, a bare path) is a
  ``bad-requirement`` error.
* PEP 723 inline metadata in the script: the ``dependencies`` of a ``# /// script``
  block.
* ``requirements = [...]`` in ``[tool.fragc]`` of a ``pyproject.toml`` beside the app.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from packaging.requirements import InvalidRequirement, Requirement

from fragc.catalogue.bad_requirement import BadRequirement
from fragc.diagnostics import Diagnostic
from fragc.project import ProjectConfig, locate_value

REQUIREMENTS_TXT = "requirements.txt"
# pip gets each requirement as one argument, and no real one comes near this (an
# operating system refuses an argument of 128 KiB).
MAX_REQUIREMENT_LENGTH = 4_000

# pip's options that choose where packages come from: passed on to `pip download`.
_INDEX_OPTIONS_WITH_VALUE = {
    "-i": "--index-url",
    "--index-url": "--index-url",
    "--extra-index-url": "--extra-index-url",
    "-f": "--find-links",
    "--find-links": "--find-links",
}
_INDEX_FLAGS = {"--pre": "--pre"}

# A per-requirement option: `--hash=sha256:<hex>` (or `--hash sha256:<hex>`).
_HASH_OPTION = re.compile(r"\s--hash[= ](?P<algorithm>[a-z0-9]+):(?P<digest>[0-9A-Fa-f]+)")

# PEP 723: a block opens with `# /// TYPE`, holds comment lines (`#` or `# ...`) and
# closes with the last `# ///` before the first line that is not such a comment.
_PEP723_OPENER = re.compile(r"# /// (?P<type>[a-zA-Z0-9-]+)")
_PEP723_CLOSER = "# ///"


@dataclass(frozen=True)
class Declared:
    """One requirement the app declares, and where."""

    requirement: Requirement
    text: str  # as written (without options)
    file: str
    line: int
    col: int
    hashes: tuple[str, ...] = ()  # sha256 hex digests from --hash


@dataclass
class DeclaredRequirements:
    requirements: list[Declared] = field(default_factory=list)
    pip_options: list[str] = field(default_factory=list)  # index options for pip
    diagnostics: list[Diagnostic] = field(default_factory=list)


def declared_requirements(
    app_dir: Path, entry_text: str, entry_display: str, project: ProjectConfig
) -> DeclaredRequirements:
    """Every requirement declared for the app in ``app_dir``, in the order above."""
    found = DeclaredRequirements()
    txt = app_dir / REQUIREMENTS_TXT
    if _is_file(txt):
        _read_requirements_txt(txt, found, seen=set())
    _read_pep723(entry_text, entry_display, found)
    for value in project.requirements:
        _add(found, value.value, value.file, value.line, value.col, ())
    return found


# ------------------------------------------------------------ requirements.txt


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def _read_requirements_txt(path: Path, found: DeclaredRequirements, seen: set[Path]) -> None:
    resolved = path.resolve()
    if resolved in seen:
        return  # -r cycles: pip refuses them too, but quietly stopping loses nothing
    seen.add(resolved)
    display = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        found.diagnostics.append(
            BadRequirement.diagnostic(f"cannot read {display}: {err}", file=display, line=1, col=1)
        )
        return
    for line_no, col, logical in _logical_lines(text):
        _read_line(path, display, line_no, col, logical, found, seen)


def _logical_lines(text: str) -> list[tuple[int, int, str]]:
    """(line, col, text) per logical line: comments dropped, ``\\`` continuations joined."""
    lines = text.splitlines()
    out: list[tuple[int, int, str]] = []
    pending: list[str] = []
    start = 1
    for number, raw in enumerate(lines, start=1):
        line = re.sub(r"(^|\s)#.*$", "", raw)  # pip: a comment starts at "#" after whitespace
        if not pending:
            start = number
        pending.append(line.removesuffix("\\"))
        if line.endswith("\\") and number < len(lines):
            continue
        joined = " ".join(part.strip() for part in pending).strip()
        pending = []
        if joined:
            first = lines[start - 1]
            out.append((start, len(first) - len(first.lstrip()) + 1, joined))
    return out


def _read_line(
    path: Path,
    display: str,
    line: int,
    col: int,
    logical: str,
    found: DeclaredRequirements,
    seen: set[Path],
) -> None:
    def bad(message: str, hint: str | None = None) -> None:
        found.diagnostics.append(
            BadRequirement.diagnostic(message, file=display, line=line, col=col, hint=hint)
        )

    # Not shlex: a requirement's marker holds quotes that must stay ("win32").
    words = logical.split()
    if words and words[0].startswith("-"):
        option, _, inline = words[0].partition("=")
        value = inline or (words[1] if len(words) > 1 else "")
        if option in ("-r", "--requirement"):
            try:
                exists = bool(value) and (path.parent / value).resolve().is_file()
            except (OSError, ValueError, RuntimeError):  # a name too long, a NUL, a loop
                exists = False
            if not exists:
                bad(f"{option} {value}: no such file", hint="the path is relative to this file")
                return
            _read_requirements_txt(path.parent / value, found, seen)
        elif option in _INDEX_OPTIONS_WITH_VALUE and value:
            found.pip_options += [_INDEX_OPTIONS_WITH_VALUE[option], value]
        elif option in _INDEX_FLAGS:
            found.pip_options.append(_INDEX_FLAGS[option])
        elif option in ("-e", "--editable"):
            bad(
                f"editable requirement {logical!r}: fragc packs wheels into the site",
                hint="put the package's folder beside the app (fragc bundles it), "
                "or build a wheel and require `name @ file:///path/to/name-1.0-py3-none-any.whl`",
            )
        else:
            bad(f"option {option} is not supported by fragc", hint="remove it from this file")
        return
    hashes: list[str] = []
    for match in _HASH_OPTION.finditer(logical):
        algorithm, hexdigest = match.group("algorithm"), match.group("digest")
        if algorithm != "sha256":
            bad(f"--hash={algorithm}:...: fragc checks sha256 hashes only")
            return
        hashes.append(hexdigest.lower())
    requirement = _HASH_OPTION.sub("", logical).strip()
    _add(found, requirement, display, line, col, tuple(hashes))


# --------------------------------------------------------------------- PEP 723


def pep723_blocks(text: str) -> list[tuple[str, int, int, str]]:
    """(type, first line, last line, content) of each PEP 723 block, lines 1-based.

    The same blocks as the PEP's reference regular expression, found in one pass:
    that expression backtracks over the rest of the file from every opener without a
    closer, which takes minutes on a long file. Lines may end in CRLF.
    """
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    # last_closer[i]: index of the last `# ///` in the run of comment lines from line i.
    last_closer: list[int | None] = [None] * (len(lines) + 1)
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if line == "#" or line.startswith("# "):
            here = index if line == _PEP723_CLOSER else None
            later = last_closer[index + 1]
            last_closer[index] = later if later is not None else here
    blocks: list[tuple[str, int, int, str]] = []
    index = 0
    while index < len(lines):
        opener = _PEP723_OPENER.fullmatch(lines[index])
        close = last_closer[index + 1] if opener else None
        if opener is None or close is None or close == index + 1:  # content: one line or more
            index += 1
            continue
        content = "".join(
            (line[2:] if line.startswith("# ") else line[1:]) + "\n"
            for line in lines[index + 1 : close]
        )
        blocks.append((opener.group("type"), index + 1, close + 1, content))
        index = close + 1
    return blocks


def _read_pep723(text: str, display: str, found: DeclaredRequirements) -> None:
    blocks = [block for block in pep723_blocks(text) if block[0] == "script"]
    if not blocks:
        return
    _, first_line, _, content = blocks[0]
    if len(blocks) > 1:
        found.diagnostics.append(
            BadRequirement.diagnostic(
                "a second `# /// script` block: PEP 723 allows one",
                file=display,
                line=blocks[1][1],
                col=1,
                hint="merge the blocks",
            )
        )
    try:
        metadata = tomllib.loads(content)
    except (tomllib.TOMLDecodeError, RecursionError, MemoryError) as err:
        reason = (
            f"is not valid TOML: {err}"
            if isinstance(err, tomllib.TOMLDecodeError)
            else "nests too deeply for fragc's TOML reader"
        )
        found.diagnostics.append(
            BadRequirement.diagnostic(
                f"the `# /// script` block {reason}", file=display, line=first_line, col=1
            )
        )
        return
    dependencies = metadata.get("dependencies", [])
    lines = text.splitlines()
    if not isinstance(dependencies, list) or not all(isinstance(d, str) for d in dependencies):
        found.diagnostics.append(
            BadRequirement.diagnostic(
                "`dependencies` in the `# /// script` block must be a list of strings",
                file=display,
                line=first_line,
                col=1,
            )
        )
        return
    for dependency in dependencies:
        line, col = locate_value(lines, dependency, first_line, (first_line, 1))
        _add(found, dependency, display, line, col, ())


# ---------------------------------------------------------------------- shared


def _add(
    found: DeclaredRequirements,
    text: str,
    file: str,
    line: int,
    col: int,
    hashes: tuple[str, ...],
) -> None:
    if len(text) > MAX_REQUIREMENT_LENGTH:
        found.diagnostics.append(
            BadRequirement.diagnostic(
                f"this requirement is {len(text):,} characters long; fragc reads requirements "
                f"of up to {MAX_REQUIREMENT_LENGTH:,}",
                file=file,
                line=line,
                col=col,
                hint="write a PEP 508 requirement, e.g. `tabulate==0.9.0`",
            )
        )
        return
    try:
        requirement = Requirement(text)
    except (InvalidRequirement, RecursionError) as err:
        reason = err if isinstance(err, InvalidRequirement) else "its markers nest too deeply"
        found.diagnostics.append(
            BadRequirement.diagnostic(
                f"{text!r} is not a valid requirement: {reason}",
                file=file,
                line=line,
                col=col,
                hint="write a PEP 508 requirement, e.g. `tabulate==0.9.0`",
            )
        )
        return
    found.requirements.append(Declared(requirement, text, file, line, col, hashes))
