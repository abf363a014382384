"""A page's own packages (the manifest's ``page_packages``): loaded before its first run.

``fragc build`` leaves out of the boot the packages only one page of a multipage app
imports (``fragc/packages/page_packages.py``). When that page is about to run and they
are not installed yet, :func:`before_page` draws a line saying so where the page will be
("Loading packages: six…", the page's ``fragcPagePackages``) and raises
:class:`PagePackagesNeeded`: that run ends there (as a full run, so the page left is
cleared), the runner awaits :func:`load` (the worker installs them,
``runtime_js/src/page_packages.js``) and reruns, which runs the page. Packages that could
not be installed make that rerun raise :class:`PagePackagesFailed` at the page, shown in
place like any exception of the page; the page's next run tries again.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any

_wanted: dict[str, list[str]] = {}  # page script -> its own packages
_loaded: set[str] = set()
_failed: dict[str, str] = {}  # package -> what the loader said


class PagePackagesNeeded(BaseException):  # noqa: N818 - a signal, as StopException
    """Ends the run before a page whose packages are not installed yet (BaseException:
    the app's ``except Exception`` around ``page.run()`` must not eat it)."""

    def __init__(self, names: list[str]) -> None:
        super().__init__(names)
        self.names = names


class PagePackagesFailed(ImportError):
    """The page's packages could not be installed: the page cannot run."""


def configure(manifest: Mapping[str, Any]) -> None:
    """Read the manifest's ``page_packages`` (at boot; a new manifest starts over)."""
    _wanted.clear()
    _loaded.clear()
    _failed.clear()
    for script, names in (manifest.get("page_packages") or {}).items():
        _wanted[str(script)] = [str(name) for name in names]


def before_page(script: str) -> None:
    """Called right before the page ``script`` runs (relative to the entry's folder)."""
    names = _wanted.get(script)
    if not names:
        return
    failed = [name for name in names if name in _failed]
    if failed:
        detail = "\n".join(dict.fromkeys(_failed.pop(name) for name in failed))
        raise PagePackagesFailed(
            f"The packages this page imports ({', '.join(failed)}) could not be installed: {detail}"
        )
    missing = [name for name in names if name not in _loaded]
    if not missing:
        return
    _show_loading(missing)
    raise PagePackagesNeeded(missing)


async def load(names: Sequence[str]) -> None:
    """Install ``names``; never raises (a failure is the page's error on its next run)."""
    try:
        problem = await loader(list(names))
    except Exception as error:  # noqa: BLE001 - reported in the page, see above
        problem = f"{type(error).__name__}: {error}"
    if problem:
        _failed.update(dict.fromkeys(names, problem))
    else:
        _loaded.update(names)


async def _worker_loader(names: list[str]) -> str:
    """The worker's loader (``runtime_js/src/page_packages.js``): "" once installed."""
    import js  # Pyodide's module: the worker's global scope
    from pyodide.ffi import to_js

    result = await js.fragcLoadPagePackages(to_js(names))
    return str(result or "")


# What installs packages: the worker's loader; tests (in CPython) put their own here.
loader: Callable[[list[str]], Awaitable[str]] = _worker_loader


def _show_loading(names: list[str]) -> None:
    from fragc.shim import api

    dg = api._main._active()
    dg._enqueue(
        {
            "kind": "spinner",
            "props": {
                "text": f"Loading packages: {', '.join(names)}…",
                "show_time": False,
                "cache": False,
                "packages": list(names),
            },
        }
    )
