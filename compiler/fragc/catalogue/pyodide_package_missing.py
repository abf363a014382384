"""FRG065: ``--pyodide-packages DIR`` lacks a package the app needs, or holds a different file."""

from __future__ import annotations

from fragc.diagnostics import Rule


class PyodidePackageMissing(Rule):
    """A package of Pyodide's distribution the app needs is missing from `--pyodide-packages DIR`.

    What:
    The build was asked to copy Pyodide's packages from a local distribution, and the
    file the lock names for a needed package is not in that folder, or its sha256 is
    not the one in the lock of the Pyodide fragc ships.

    Why:
    You asked for a site that needs no CDN; without that file the page would have to
    download it (or fail the integrity check Pyodide makes).

    Example:
    ```console
    $ fragc build app.py --pyodide-packages ~/pyodide-0.27.0/
    ```

    Fix:
    Use the full distribution of the same Pyodide version fragc ships
    (`pyodide-<version>.tar.bz2` from https://github.com/pyodide/pyodide/releases).
    """

    code = "FRG065"
    name = "pyodide-package-missing"
    severity = "error"
