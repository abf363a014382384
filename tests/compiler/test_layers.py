"""fragc's modules import only downward, and each one imports on its own.

The layers, bottom to top (ARCHITECTURE.md draws them):

* ``protocol``, ``timeparse``: stdlib only; they also run inside Pyodide.
* ``diagnostics`` (the rule registry), ``errors`` (the user-error type, exit codes),
  ``catalogue`` (rules raised outside the per-file lint), ``project`` (``[tool.fragc]``).
* ``shim``: the Streamlit-compatible module that runs in the browser.
* ``analysis`` (libcst passes), then ``packages`` (resolution, which reads the analysis),
  then ``site`` (writing OUTDIR), then the commands on top.

A new top-level module or package of fragc needs a row in ``ALLOWED``: deciding where it
sits is the point of the table.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

FRAGC = REPO / "compiler" / "fragc"

BASE = {"fragc"}  # fragc/__init__.py: the version, nothing else
ALLOWED: dict[str, set[str]] = {
    "protocol": set(),
    "timeparse": set(),
    "diagnostics": set(),
    "errors": {"diagnostics"},
    "catalogue": {"diagnostics"},
    "project": {"diagnostics", "catalogue"},
    "shim": {"protocol", "timeparse"},
    "page_model": {"protocol"},
    "analysis": {"diagnostics", "errors", "catalogue", "project", "protocol", "timeparse", "shim"},
    "packages": {"diagnostics", "errors", "catalogue", "project", "protocol", "analysis"},
    "site": {
        "diagnostics",
        "errors",
        "catalogue",
        "project",
        "protocol",
        "timeparse",
        "analysis",
        "packages",
        "shim",  # the build-time pre-render runs the app through the shim (in a child process)
    },
    "serve": {"errors", "site"},
    # `fragc dev`: the site builder, the server and the protocol it speaks to the page.
    "dev": {
        "diagnostics",
        "errors",
        "project",
        "protocol",
        "analysis",
        "packages",
        "site",
        "serve",
    },
    "cli": {"diagnostics", "errors", "analysis", "packages", "site", "serve", "dev"},
    # Testing users' apps: the shim and the page model (AppTest); a built, served site
    # (the pytest plugin).
    "testing": {
        "diagnostics",
        "errors",
        "protocol",
        "page_model",
        "shim",
        "analysis",
        "packages",
        "site",
        "serve",
    },
    "__main__": {"cli"},
}


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "fragc"


def _modules() -> list[str]:
    found = []
    for path in sorted(FRAGC.rglob("*.py")):
        relative = path.relative_to(FRAGC.parent)
        if "_assets" in relative.parts:
            continue
        parts = list(relative.with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found.append(".".join(parts))
    return found


MODULES = _modules()


def _fragc_imports(module: str) -> set[str]:
    """Every fragc module this one imports, at the top or inside a function."""
    path = FRAGC.parent / Path(*module.split("."))
    path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    targets: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                targets.add(".".join([*base, node.module] if node.module else base))
            elif node.module:
                targets.add(node.module)
                targets.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {target for target in targets if target == "fragc" or target.startswith("fragc.")}


@pytest.mark.parametrize("module", MODULES)
def test_imports_go_only_downward(module: str) -> None:
    layer = _layer(module)
    assert layer in ALLOWED or layer in BASE, (
        f"{module}: add its layer {layer!r} to ALLOWED in {Path(__file__).name}"
    )
    allowed = ALLOWED.get(layer, set()) | BASE | {layer}
    upward = sorted(
        target
        for target in _fragc_imports(module)
        if _layer(target) not in allowed and f"fragc.{_layer(target)}" in MODULES
    )
    assert upward == [], f"{module} ({layer}) imports from a layer above or beside it: {upward}"


# Imports each module in an interpreter where no fragc module is loaded yet, so a cycle
# that only works in one import order fails here. One subprocess for all modules (fragc's
# entries are dropped from sys.modules between them; third-party modules stay, they
# cannot hide a fragc cycle).
_IMPORT_EACH = """
import importlib, sys, traceback
failures = []
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m == "fragc" or m.startswith("fragc.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except BaseException:
        failures.append(name + ":\\n" + traceback.format_exc(limit=3))
print("\\n".join(failures))
"""

ENTRY_POINTS = {"fragc.__main__"}  # runs the CLI when imported


def test_every_module_imports_on_its_own() -> None:
    modules = [module for module in MODULES if module not in ENTRY_POINTS]
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_EACH, *modules],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
        env={"PYTHONPATH": str(FRAGC.parent), "PATH": ""},
    )
    assert result.stdout.strip() == "", result.stdout
