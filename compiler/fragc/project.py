"""``[tool.fragc]`` in a ``pyproject.toml`` beside the app: requirements and which files ship.

```toml
[tool.fragc]
requirements = ["tabulate==0.9.0"]   # like lines of requirements.txt
include = [".data/*.csv"]             # globs of files to bundle, relative to the app
exclude = ["notebooks", "**/*.log"]   # globs of files of the app's folder to leave out
```

Other keys of the table are left alone (other parts of fragc may read them). A file
that is not valid TOML (or nests deeper than the TOML reader goes), a key of the wrong
type, or an ``include``/``exclude`` pattern that is not a glob relative to the app's
folder, is a ``bad-fragc-config`` error at the place it is written.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath

from fragc.catalogue.bad_fragc_config import BadFragcConfig
from fragc.diagnostics import Diagnostic

PYPROJECT = "pyproject.toml"


@dataclass(frozen=True)
class ConfigValue:
    """One string of a ``[tool.fragc]`` list and where it is written."""

    value: str
    file: str
    line: int
    col: int


@dataclass
class ProjectConfig:
    requirements: list[ConfigValue] = field(default_factory=list)
    include: list[ConfigValue] = field(default_factory=list)
    exclude: list[ConfigValue] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def load_project(app_dir: Path) -> ProjectConfig:
    """The ``[tool.fragc]`` table of ``app_dir/pyproject.toml`` (empty when there is none)."""
    path = app_dir / PYPROJECT
    config = ProjectConfig()
    try:
        if not path.is_file():
            return config
    except OSError:  # a name the file system refuses (too long...): there is no such file
        return config
    display = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        reason = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
        config.diagnostics.append(
            BadFragcConfig.diagnostic(
                f"cannot read {display}: {reason}", file=display, line=1, col=1
            )
        )
        return config
    data = _parse_toml(text, display, config)
    if data is None:
        return config
    lines = text.splitlines()
    tool = data.get("tool")
    if tool is None:
        return config
    if not isinstance(tool, dict):
        line, col = _key_line(lines, "tool")
        config.diagnostics.append(
            BadFragcConfig.diagnostic(
                "tool must be a table ([tool.fragc] is read from it)",
                file=display,
                line=line,
                col=col,
            )
        )
        return config
    table = tool.get("fragc")
    if table is None:
        return config
    start = _table_line(lines)
    if not isinstance(table, dict):
        config.diagnostics.append(
            BadFragcConfig.diagnostic(
                "tool.fragc must be a table",
                file=display,
                line=start,
                col=1,
                hint='write it as [tool.fragc] with keys under it (include = ["data/*.csv"])',
            )
        )
        return config
    for key in ("requirements", "include", "exclude"):
        values = table.get(key, [])
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            line, col = locate(lines, key, start)
            config.diagnostics.append(
                BadFragcConfig.diagnostic(
                    f"[tool.fragc] {key} must be a list of strings",
                    file=display,
                    line=line,
                    col=col,
                    hint=f'write it as {key} = ["..."]',
                )
            )
            continue
        found = getattr(config, key)
        key_place = locate(lines, key, start)
        # Values are written in order: each is looked for from where the last one was,
        # so a long list costs one pass over the file, not one per value.
        after = key_place[0]
        for value in values:
            line, col = locate_value(lines, value, after, key_place)
            after = line
            problem = (
                None if key == "requirements" else glob_problem(value, folders=key == "exclude")
            )
            if problem is not None:
                config.diagnostics.append(
                    BadFragcConfig.diagnostic(
                        f"{key} pattern {value!r} {problem}",
                        file=display,
                        line=line,
                        col=col,
                        hint="write a glob relative to the app's folder, e.g. "
                        '"data/*.csv" or "assets/**/*.png"',
                    )
                )
                continue
            found.append(ConfigValue(value, display, line, col))
    return config


def glob_problem(pattern: str, *, folders: bool = False) -> str | None:
    """Why ``pattern`` is not an ``include`` glob fragc can use (None when it is one).

    Checked before globbing: pathlib raises on some of these and silently matches
    outside the app's folder on others. ``folders``: a pattern may name folders only
    (``exclude = ["data/**"]`` leaves out what they hold).
    """
    if not pattern.strip():
        return "is empty"
    if "\x00" in pattern:
        return "holds a NUL character"
    if PurePosixPath(pattern).is_absolute() or PureWindowsPath(pattern).is_absolute():
        return "is absolute; patterns are relative to the app's folder"
    parts = PurePosixPath(pattern).parts
    if not parts:
        return "names the app's folder itself, not files in it"
    if ".." in parts:
        return "goes up out of the app's folder (..)"
    if any("**" in part and part != "**" for part in parts):
        return "uses ** inside a name; ** must be a whole path component (**/*.csv)"
    if parts[-1] == "**" and not folders:
        return "ends with **, which matches folders only; add a file pattern (**/*)"
    return None


def _parse_toml(text: str, display: str, config: ProjectConfig) -> dict[str, object] | None:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        line, col = _toml_error_position(err)
        message = f"{display} is not valid TOML: {err.args[0] if err.args else err}"
    except (RecursionError, MemoryError):
        # tomllib recurses once per nested array or inline table.
        line, col, message = 1, 1, f"{display} nests too deeply for fragc's TOML reader"
    config.diagnostics.append(
        BadFragcConfig.diagnostic(
            message,
            file=display,
            line=line,
            col=col,
            hint="fix the TOML syntax (fragc reads [tool.fragc] from this file)",
        )
    )
    return None


def _key_line(lines: list[str], key: str) -> tuple[int, int]:
    pattern = re.compile(rf"^\s*\[?\s*{re.escape(key)}\b")
    for index, line in enumerate(lines):
        match = pattern.match(line)
        if match:
            return index + 1, match.end() - len(key) + 1
    return 1, 1


def locate(lines: list[str], needle: str, start: int = 1) -> tuple[int, int]:
    """1-based line and column of the first ``needle`` at or after line ``start``."""
    for index in range(max(start, 1) - 1, len(lines)):
        col = lines[index].find(needle)
        if col >= 0:
            return index + 1, col + 1
    return max(start, 1), 1


def locate_value(
    lines: list[str], value: str, start: int = 1, fallback: tuple[int, int] | None = None
) -> tuple[int, int]:
    """Where a TOML string ``value`` is written: its opening quote, either style.

    A value written with escapes is not found as such: then ``fallback`` (the key's
    place), else the table's line.
    """
    for quoted in (f'"{value}"', f"'{value}'", value):
        line, col = locate(lines, quoted, start)
        if lines and lines[line - 1].find(quoted) == col - 1:
            return line, col
    return fallback or (max(start, 1), 1)


def _table_line(lines: list[str]) -> int:
    for index, line in enumerate(lines):
        if line.strip().replace(" ", "").startswith("[tool.fragc]"):
            return index + 1
    return 1


def _toml_error_position(err: tomllib.TOMLDecodeError) -> tuple[int, int]:
    # tomllib's message ends with "(at line L, column C)" (3.11-3.13) and 3.14 adds
    # lineno/colno attributes.
    line = getattr(err, "lineno", None)
    col = getattr(err, "colno", None)
    if isinstance(line, int) and isinstance(col, int):
        return line, col
    match = re.search(r"line (\d+), column (\d+)", str(err))
    if match:
        return int(match.group(1)), int(match.group(2))
    return 1, 1
