"""FRG062: a declared requirement with no wheel that can run in the browser."""

from __future__ import annotations

from fragc.diagnostics import Rule


class NoBrowserWheel(Rule):
    """A requirement fragc cannot turn into a package the browser can install.

    What:
    A requirement the app declares (or one of their dependencies) is neither in
    Pyodide's distribution (at a version that satisfies it) nor available from PyPI as
    a pure-Python wheel (`py3-none-any`) for Python 3.14. Also: a wheel whose sha256
    does not match the `--hash` written in `requirements.txt`, and two requirements
    that ask for versions no single release satisfies.

    Why:
    Pyodide runs pure-Python wheels and the packages Pyodide itself builds for
    WebAssembly. A package with C, C++ or Rust code that Pyodide does not build (one
    with only `manylinux`/`macosx`/`win` wheels, or only a source distribution) cannot
    be installed in the browser at all; finding out at build time beats a blank page.

    Example:
    ```text
    # requirements.txt
    psutil
    ```

    Fix:
    Use a pure-Python alternative or one of Pyodide's packages
    (https://pyodide.org/en/stable/usage/packages-in-pyodide.html), relax a version pin
    so that Pyodide's build satisfies it, or drop the dependency.
    """

    code = "FRG062"
    name = "no-browser-wheel"
    severity = "error"
