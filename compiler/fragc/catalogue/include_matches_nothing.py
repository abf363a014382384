"""FRG072: an ``include`` glob of ``[tool.fragc]`` that matches no file."""

from __future__ import annotations

from fragc.diagnostics import Rule


class IncludeMatchesNothing(Rule):
    """A pattern of `[tool.fragc] include` matches no file.

    What:
    `include = [...]` in `[tool.fragc]` of the `pyproject.toml` beside the app lists
    glob patterns (relative to the app's folder, `**` for any depth) of extra files to
    bundle; this one matches none.

    Why:
    Usually a typo, or a path relative to the wrong folder: the files the app expects
    would be missing in the browser.

    Example:
    ```toml
    [tool.fragc]
    include = ["date/*.csv"]
    ```

    Fix:
    Fix the pattern (it is relative to the folder of the app's script), or remove it.
    """

    code = "FRG072"
    name = "include-matches-nothing"
    severity = "warning"
