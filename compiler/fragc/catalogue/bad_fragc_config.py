"""FRG066: ``[tool.fragc]`` in pyproject.toml that fragc cannot read."""

from __future__ import annotations

from fragc.diagnostics import Rule


class BadFragcConfig(Rule):
    """The `pyproject.toml` beside the app is not valid TOML, or `[tool.fragc]` has a key of the wrong type.

    What:
    fragc reads `requirements` (a list of requirement strings) and `include` (a list of
    glob patterns) from `[tool.fragc]` in a `pyproject.toml` beside the app.

    Why:
    A configuration fragc cannot read would silently leave packages or data files
    out of the site.

    Example:
    ```toml
    [tool.fragc]
    include = "data/*.csv"
    ```

    Fix:
    Write lists: `include = ["data/*.csv"]`.
    """

    code = "FRG066"
    name = "bad-fragc-config"
    severity = "error"
