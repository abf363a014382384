"""``[tool.fragc]`` in a ``pyproject.toml`` beside the app: requirements and extra data files.

```toml
[tool.fragc]
requirements = ["tabulate==0.9.0"]   # like lines of requirements.txt
include = ["data/*.csv"]              # globs of files to bundle, relative to the app
```

Other keys of the table are left alone (other parts of fragc may read them). A file
that is not valid TOML, or a key of the wrong type, is a ``bad-fragc-config`` error at
the place it is written.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

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
    diagnostics: list[Diagnostic] = field(default_factory=list)


def load_project(app_dir: Path) -> ProjectConfig:
    """The ``[tool.fragc]`` table of ``app_dir/pyproject.toml`` (empty when there is none)."""
    path = app_dir / PYPROJECT
    config = ProjectConfig()
    if not path.is_file():
        return config
    display = str(path)
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError) as err:
        config.diagnostics.append(
            BadFragcConfig.diagnostic(f"cannot read {display}: {err}", file=display, line=1, col=1)
        )
        return config
    except tomllib.TOMLDecodeError as err:
        line, col = _toml_error_position(err)
        config.diagnostics.append(
            BadFragcConfig.diagnostic(
                f"{display} is not valid TOML: {err.args[0] if err.args else err}",
                file=display,
                line=line,
                col=col,
                hint="fix the TOML syntax (fragc reads [tool.fragc] from this file)",
            )
        )
        return config
    table = data.get("tool", {}).get("fragc")
    if table is None:
        return config
    lines = text.splitlines()
    start = _table_line(lines)
    if not isinstance(table, dict):
        config.diagnostics.append(
            BadFragcConfig.diagnostic("tool.fragc must be a table", file=display, line=start, col=1)
        )
        return config
    for key in ("requirements", "include"):
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
        for value in values:
            line, col = locate_value(lines, value, start)
            found.append(ConfigValue(value, display, line, col))
    return config


def locate(lines: list[str], needle: str, start: int = 1) -> tuple[int, int]:
    """1-based line and column of the first ``needle`` at or after line ``start``."""
    for index in range(max(start, 1) - 1, len(lines)):
        col = lines[index].find(needle)
        if col >= 0:
            return index + 1, col + 1
    return max(start, 1), 1


def locate_value(lines: list[str], value: str, start: int = 1) -> tuple[int, int]:
    """Where a TOML string ``value`` is written: its opening quote, either style."""
    for quoted in (f'"{value}"', f"'{value}'", value):
        line, col = locate(lines, quoted, start)
        if lines and lines[line - 1].find(quoted) == col - 1:
            return line, col
    return max(start, 1), 1


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
