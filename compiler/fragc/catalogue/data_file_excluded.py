"""FRG075: the app reads a file that ``[tool.fragc] exclude`` leaves out of the site."""

from __future__ import annotations

from fragc.diagnostics import Rule


class DataFileExcluded(Rule):
    """The app reads a file by a literal path, but `[tool.fragc] exclude` leaves it out.

    What:
    `fragc build` bundles the app's folder, less the files `exclude = [...]` in
    `[tool.fragc]` names. This read names one of those files (or a folder holding
    some), and nothing guards it: no `try` catching `FileNotFoundError`/`OSError`,
    no `if` testing `exists()`.

    Why:
    The file is not in the site, so the read fails in the browser with
    `FileNotFoundError`. `exclude` wins over the app's reads on purpose: a file too
    big or too private to publish stays out whatever the code says.

    Example:
    ```toml
    [tool.fragc]
    exclude = ["data/*.csv"]
    ```
    ```python
    df = pd.read_csv("data/sales.csv")
    ```

    Fix:
    Narrow the pattern, or name the file in `include` (which wins over `exclude`), or
    let the app cope with the file missing (`if Path("data/sales.csv").exists(): ...`).
    """

    code = "FRG075"
    name = "data-file-excluded"
    severity = "warning"
