"""FRG061: an optional import (guarded by ``except ImportError``) that will fail in the browser."""

from __future__ import annotations

from fragc.diagnostics import Rule


class OptionalImportUnresolved(Rule):
    """An import inside `try: ... except ImportError:` that the built site cannot provide.

    What:
    The same finding as `unresolved-import`, for an import the app guards with
    `except ImportError` (or `ModuleNotFoundError`, `Exception`, a bare `except`).

    Why:
    The app is prepared for the module to be missing, so the build goes on; but in the
    browser the fallback branch always runs, which may not be what you test locally.

    Example:
    ```python
    try:
        import orjson as json
    except ImportError:
        import json
    ```

    Fix:
    Nothing, if the fallback is fine. Otherwise add the distribution to
    `requirements.txt` beside the app.
    """

    code = "FRG061"
    name = "optional-import-unresolved"
    severity = "warning"
