"""``fragc dev``: take a new build of the app into the running worker, Python kept alive.

Streamlit's "run on save" reruns the edited script in the same server process: session
state survives, and the app's own modules whose files changed are dropped from
``sys.modules`` so the next import reads them again. This module does the same inside
the worker when the page sends ``dev:reload``: install the wheels of new requirements,
fetch the new ``app.zip``, replace the app's files that differ, forget the modules
loaded from them, recompile the script. The page then requests a full run.

Only :func:`handle` touches Pyodide (fetch, package install); :func:`apply_bundle` is
plain Python, tested in CPython.
"""

from __future__ import annotations

import hashlib
import importlib
import io
import sys
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from fragc import protocol
from fragc.shim.session import get_session

APP_PREFIX = "app/"  # where the bundle keeps the app (fragc.site.bundle.APP_PREFIX)


async def handle(message: protocol.DevReload) -> None:
    """Install, fetch, apply; always answers with ``dev:reloaded`` (never raises)."""
    session = get_session()
    reply: protocol.DevReloaded = {
        "type": "dev:reloaded",
        "build_id": message["build_id"],
        "ok": True,
        "error": "",
        "changed_files": [],
    }
    try:
        if message["install"]:
            await _install(message["install"])
        bundle = await _fetch(message["bundle_url"])
        files = [entry["path"] for entry in message["manifest"]["files"]]
        reply["changed_files"] = apply_bundle(bundle, Path.cwd(), files, message["previous_files"])
        # Custom component folders the new build copied (declare_component's check).
        session.bundled_components = frozenset(message["manifest"].get("components") or ())
    except Exception as err:  # shown in the page's dev overlay; the old app keeps running
        reply["ok"] = False
        reply["error"] = f"{type(err).__name__}: {err}"
    session.post(dict(reply))


def apply_bundle(
    bundle: bytes, app_dir: Path, files: Iterable[str], previous_files: Iterable[str]
) -> list[str]:
    """Make ``app_dir`` hold the bundle's app files; return the paths that changed.

    Files of the previous build that the new one lacks are deleted (never a file the
    app wrote itself). Modules loaded from a changed file are forgotten, and the
    session's script is compiled again.
    """
    wanted = set(files)
    changed: list[str] = []
    with zipfile.ZipFile(io.BytesIO(bundle)) as archive:
        for name in sorted(archive.namelist()):
            if not name.startswith(APP_PREFIX) or name.endswith("/"):
                continue
            relative = name[len(APP_PREFIX) :]
            data = archive.read(name)
            target = app_dir / relative
            if target.is_file() and _digest(target.read_bytes()) == _digest(data):
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            changed.append(relative)
    for relative in sorted(set(previous_files) - wanted):
        target = app_dir / relative
        if target.is_file():
            target.unlink()
            changed.append(relative)
    forget_modules(app_dir, changed)
    # New files (a module the script now imports) must be seen by the import system.
    importlib.invalidate_caches()
    get_session().compile()
    return changed


def forget_modules(app_dir: Path, changed: Iterable[str]) -> list[str]:
    """Drop from ``sys.modules`` every module loaded from one of the ``changed`` files."""
    paths = {(app_dir / relative).resolve() for relative in changed}
    forgotten: list[str] = []
    for name, module in list(sys.modules.items()):
        file = getattr(module, "__file__", None)
        if not file or name == "__main__":
            continue
        try:
            if Path(file).resolve() in paths:
                del sys.modules[name]
                forgotten.append(name)
        except (OSError, ValueError):
            continue
    return forgotten


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


async def _fetch(url: str) -> bytes:
    from pyodide.http import pyfetch

    response = await pyfetch(url, cache="no-store")
    if not response.ok:
        raise OSError(f"HTTP {response.status} for {url}")
    data: Any = await response.bytes()
    return bytes(data)


async def _install(urls: list[str]) -> None:
    import pyodide_js
    from pyodide.ffi import to_js

    errors: list[str] = []
    await pyodide_js.loadPackage(
        to_js(urls), messageCallback=lambda _message: None, errorCallback=errors.append
    )
    if errors:
        raise ImportError("could not install " + ", ".join(urls) + ": " + "; ".join(errors))
