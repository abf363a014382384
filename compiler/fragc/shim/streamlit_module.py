"""Make ``import streamlit`` (and ``import streamlit.x``) resolve inside fragc.

``streamlit`` is fragc's API module, marked as a package so that a submodule import
reaches :class:`_SubmoduleFinder`. The submodules apps import
(``streamlit.components.v1``, ``streamlit.runtime``...) are answered by fragc's own
modules (``fragc.shim.modules.SUBMODULES``): each becomes a module named as in
Streamlit holding that module's names. Any other submodule is an error that names it
and says fragc does not provide it, instead of Python's puzzling "'streamlit' is not a
package".
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
import types
from collections.abc import Sequence

from fragc.shim.modules import SUBMODULES, is_package


class _AliasLoader(importlib.abc.Loader):
    """Loads ``streamlit.x`` as a module with the names of the fragc module behind it."""

    def __init__(self, target: str) -> None:
        self.target = target

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType | None:
        return None  # the default: a fresh module named as the spec says

    def exec_module(self, module: types.ModuleType) -> None:
        target = importlib.import_module(self.target)
        for name, value in vars(target).items():
            if not name.startswith("__") or name in ("__doc__", "__all__", "__getattr__"):
                module.__dict__[name] = value


class _SubmoduleFinder(importlib.abc.MetaPathFinder):
    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: types.ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        if not fullname.startswith("streamlit."):
            return None
        module = SUBMODULES.get(fullname)
        if module is None:
            raise ModuleNotFoundError(
                f"fragc does not provide `{fullname}`: only the public `streamlit` API (`import "
                "streamlit as st`) and the submodules apps commonly import run in the browser "
                "(see docs/api.md). Replace the import, or remove the feature that needs it.",
                name=fullname,
            )
        return importlib.machinery.ModuleSpec(
            fullname, _AliasLoader(module), is_package=is_package(fullname)
        )


def install() -> None:
    from fragc.shim import api

    api.__path__ = []  # a package: submodule imports reach the finder
    sys.modules["streamlit"] = api
    if not any(isinstance(finder, _SubmoduleFinder) for finder in sys.meta_path):
        sys.meta_path.append(_SubmoduleFinder())
    # A submodule named as an API function (`streamlit.navigation`, beside st.navigation):
    # loaded now, as Streamlit's own __init__ does, so that the app's import of it finds it
    # loaded and does not set `st.navigation` to the module.
    for name in SUBMODULES:
        named = vars(api).get(name.split(".")[1])
        if isinstance(named, types.FunctionType) and name not in sys.modules:
            loader = _AliasLoader(SUBMODULES[name])
            spec = importlib.machinery.ModuleSpec(name, loader, is_package=is_package(name))
            module = importlib.util.module_from_spec(spec)
            loader.exec_module(module)
            sys.modules[name] = module
