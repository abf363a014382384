"""FRG071: the app reads a file, by a literal path, outside the app's folder."""

from __future__ import annotations

from fragc.diagnostics import Rule


class DataFileOutsideApp(Rule):
    """The app reads a file outside its folder (an absolute path, or one climbing out with `..`).

    What:
    A literal path the app reads resolves outside the folder holding the app's
    script.

    Why:
    The site holds only the app's folder: in the browser's file system there is no
    `/home/you/...` and nothing above the app, so the read would fail on the page.

    Example:
    ```python
    rows = open("/home/me/data/rows.csv").read()
    ```

    Fix:
    Copy the file into the app's folder and open it by a relative path.
    """

    code = "FRG071"
    name = "data-file-outside-app"
    severity = "error"
