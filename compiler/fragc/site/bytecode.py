"""Precompiled bytecode for the Python the worker imports at boot.

Pyodide compiles every ``.py`` it imports, and in WebAssembly that is the largest part
of the shim's import time (about half, measured in Node-Pyodide). The bytecode must come
from Pyodide's Python (3.14), not the CPython running fragc, so
``compile_pyc.mjs`` runs Pyodide in Node to compile. The result is cached by the hash of
the sources and the Pyodide version, so only the first build after a change pays the
~3 s. Without Node (or if compiling fails) the bundle simply carries sources: slower
boot, same behaviour.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import subprocess
from collections.abc import Callable, Mapping
from pathlib import Path

_SCRIPT = Path(__file__).with_name("compile_pyc.mjs")
_TIMEOUT_S = 120


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "fragc" / "bytecode"


def precompile(
    sources: Mapping[str, bytes],
    pyodide_dir: Path,
    pyodide_version: str,
    progress: Callable[[str], None],
) -> dict[str, bytes]:
    """``{"fragc/x.py": source}`` -> ``{"fragc/__pycache__/x.cpython-314.pyc": bytecode}``."""
    digest = hashlib.sha256(pyodide_version.encode())
    for name in sorted(sources):
        digest.update(name.encode() + b"\0" + sources[name] + b"\0")
    cached = cache_dir() / f"{digest.hexdigest()}.json"
    if cached.is_file():
        return _decode(cached.read_text(encoding="utf-8"))
    node = shutil.which("node")
    if node is None:
        progress("node not found: the site ships Python sources (boot is slower)")
        return {}
    progress("precompiling the shim with Pyodide's Python")
    request = {
        "indexURL": str(pyodide_dir),
        "files": {name: data.decode("utf-8") for name, data in sources.items()},
    }
    try:
        result = subprocess.run(
            [node, str(_SCRIPT)],
            input=json.dumps(request),
            capture_output=True,
            text=True,
            timeout=_TIMEOUT_S,
            check=True,
        )
        compiled = _decode(result.stdout)
    except (OSError, subprocess.SubprocessError, ValueError) as err:
        progress(f"could not precompile bytecode ({type(err).__name__}); shipping sources")
        return {}
    cached.parent.mkdir(parents=True, exist_ok=True)
    tmp = cached.with_suffix(".tmp")
    tmp.write_text(result.stdout, encoding="utf-8")
    tmp.replace(cached)  # atomic: a concurrent build never reads half a file
    return compiled


def _decode(text: str) -> dict[str, bytes]:
    data = json.loads(text)
    return {name: base64.b64decode(value) for name, value in data.items()}
