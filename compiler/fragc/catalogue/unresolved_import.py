"""FRG060: an import that nothing the built site holds can satisfy."""

from __future__ import annotations

from fragc.diagnostics import Rule

WHERE_FRAGC_LOOKED = (
    "not in the standard library, not a file beside the app, "
    "not in requirements.txt / PEP 723 / [tool.fragc], not in Pyodide's distribution"
)


class UnresolvedImport(Rule):
    """An imported module that the built site cannot provide.

    What:
    A module the app imports (outside any `try: ... except ImportError:`) is none of:
    Pyodide's standard library, a module or package beside the app, a package the app
    declares (`requirements.txt` beside the app, PEP 723 `# /// script` metadata in the
    script, or `requirements` in `[tool.fragc]` of a `pyproject.toml` beside it), or a
    package of Pyodide's distribution. Also reported: standard-library modules Pyodide
    does not ship (`tkinter`, `curses`, ...).

    Why:
    The browser would stop at this line with `ModuleNotFoundError`, after the deploy.
    fragc packs every package the app needs into the site, so it must know each one
    at build time.

    Example:
    ```python
    import tabulate  # but requirements.txt does not list it
    ```

    Fix:
    Add the distribution that provides the module to `requirements.txt` beside the
    app (for example `tabulate==0.9.0`), or put the module's file beside the app.
    """

    code = "FRG060"
    name = "unresolved-import"
    severity = "error"
