"""FRG070: the app reads a file, by a literal path, that does not exist."""

from __future__ import annotations

from fragc.diagnostics import Rule


class DataFileMissing(Rule):
    """The app opens a file by a literal path, and there is no such file beside the app.

    What:
    A read through a path written in the code: `open("data.csv")`,
    `Path("x.json").read_text()`, `pd.read_csv("...")` (and `read_json`,
    `read_parquet`, `read_excel`, ...), `st.image("logo.png")`,
    `Path(__file__).parent / "x"`; the path is relative to the app's folder (or to the
    module's, for `__file__`). Reads inside `try:` that catches `FileNotFoundError`
    (or `OSError`) and reads under an `if` that checks the file exists are not
    reported.

    Why:
    fragc copies each file the app reads into the site, at the same relative path, so
    the browser's file system has it. A file that does not exist now would be an
    exception on the page.

    Example:
    ```python
    df = pd.read_csv("sales.csv")  # but there is no sales.csv beside app.py
    ```

    Fix:
    Put the file at that path beside the app (or fix the name).
    """

    code = "FRG070"
    name = "data-file-missing"
    severity = "error"
