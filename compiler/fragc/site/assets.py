"""Where the files a site needs come from: the JS runtime, Pyodide's core files, the templates.

An installed fragc keeps them in ``fragc/_assets/`` (the build hook in setup.py puts
them there: copies for a wheel, links into the checkout for ``pip install -e``). A
checkout used without installing falls back to ``runtime_js/dist``,
``runtime_js/node_modules/pyodide`` and ``templates/``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from fragc.errors import SETUP_HINT, FragcError
from fragc.site import layout

_PACKAGE_DIR = Path(__file__).resolve().parent.parent  # .../fragc
_CHECKOUT_DIR = _PACKAGE_DIR.parent.parent  # .../compiler/fragc -> the repository


@dataclass(frozen=True)
class Assets:
    """Three folders: ``runtime_dir`` (runtime_js/dist), ``pyodide_dir`` and ``templates_dir``."""

    runtime_dir: Path
    pyodide_dir: Path
    templates_dir: Path

    def missing(self) -> list[Path]:
        wanted = [
            *(self.runtime_dir / name for name in layout.RUNTIME_FILES),
            *(self.pyodide_dir / name for name in layout.PYODIDE_CORE_FILES),
            *(self.templates_dir / name for name in layout.TEMPLATE_FILES),
        ]
        return [path for path in wanted if not path.is_file()]

    def pyodide_version(self) -> str:
        package = json.loads((self.pyodide_dir / "package.json").read_text(encoding="utf-8"))
        return str(package["version"])


def installed_assets(package_dir: Path = _PACKAGE_DIR) -> Assets:
    root = package_dir / "_assets"
    return Assets(
        runtime_dir=root / layout.ASSETS_RUNTIME,
        pyodide_dir=root / layout.ASSETS_PYODIDE,
        templates_dir=root / layout.ASSETS_TEMPLATES,
    )


def checkout_assets(checkout_dir: Path = _CHECKOUT_DIR) -> Assets:
    return Assets(
        runtime_dir=checkout_dir / "runtime_js" / "dist",
        pyodide_dir=checkout_dir / "runtime_js" / "node_modules" / "pyodide",
        templates_dir=checkout_dir / "templates",
    )


def locate_assets(candidates: list[Assets] | None = None) -> Assets:
    """The first complete set of assets, or a FragcError naming what is missing and the fix."""
    if candidates is None:
        candidates = [installed_assets(), checkout_assets()]
    for assets in candidates:
        if not assets.missing():
            return assets
    # Report against the set that came closest: its missing files are the useful hint.
    closest = min(candidates, key=lambda assets: len(assets.missing()))
    names = ", ".join(str(path) for path in closest.missing()[:4])
    raise FragcError(f"fragc's runtime files are missing ({names}); {SETUP_HINT}")
