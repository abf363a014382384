"""Make ``import streamlit`` (and ``import streamlit.x``) resolve inside fragc.

``streamlit`` is fragc's API module, marked as a package so that a submodule import
reaches :class:`_SubmoduleFinder`, which answers with an error that names the module
and says fragc does not provide it, instead of Python's puzzling "'streamlit' is not a
package".
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
import types
from collections.abc import Sequence


class _SubmoduleFinder(importlib.abc.MetaPathFinder):
    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: types.ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        if not fullname.startswith("streamlit."):
            return None
        raise ModuleNotFoundError(
            f"fragc does not provide `{fullname}`: only the public `streamlit` API (`import "
            "streamlit as st`) runs in the browser. Replace the import, or remove the feature "
            "that needs it.",
            name=fullname,
        )


def install() -> None:
    from fragc.shim import api

    api.__path__ = []  # a package: submodule imports reach the finder
    sys.modules["streamlit"] = api
    if not any(isinstance(finder, _SubmoduleFinder) for finder in sys.meta_path):
        sys.meta_path.append(_SubmoduleFinder())
