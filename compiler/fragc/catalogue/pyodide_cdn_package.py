"""FRG063: packages the page will download from Pyodide's CDN."""

from __future__ import annotations

from fragc.diagnostics import Rule


class PyodideCdnPackage(Rule):
    """The app needs packages that only Pyodide's distribution has, and the build did not get them.

    What:
    The app imports (or requires) packages built by Pyodide for WebAssembly
    (`numpy`, `pandas`, ...), and `fragc build` ran without `--pyodide-packages DIR`.
    The site lists them at Pyodide's CDN (`https://cdn.jsdelivr.net/pyodide/`), and
    the page downloads them at start, showing "Downloading numpy from the Pyodide
    CDN…" meanwhile.

    Why:
    These wheels are not on PyPI, and the npm package fragc takes Pyodide from holds
    only its core files. The site then needs the network (and jsDelivr) to start:
    it will not work offline or behind a firewall that blocks the CDN.

    Example:
    ```python
    import numpy as np
    ```

    Fix:
    Download Pyodide's full distribution for the same version
    (`pyodide-<version>.tar.bz2` from https://github.com/pyodide/pyodide/releases),
    unpack it and build with `fragc build app.py --pyodide-packages pyodide/`: fragc
    copies the wheels the app needs into the site.
    """

    code = "FRG063"
    name = "pyodide-cdn-package"
    severity = "warning"
