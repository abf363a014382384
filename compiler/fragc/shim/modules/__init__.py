"""The ``streamlit.*`` submodules apps import, answered by fragc's own modules.

Public apps import more than ``streamlit``: ``streamlit.components.v1`` (custom
components, ``html``, ``iframe``), ``from streamlit import runtime`` /
``runtime.exists()`` (the idiom that asks "am I running under Streamlit?"),
``streamlit.runtime.scriptrunner.get_script_run_ctx``, ``DeltaGenerator`` for type
hints, ``streamlit.logger.get_logger``... :data:`SUBMODULES` maps each such name to the
fragc module that answers it (``fragc.shim.streamlit_module`` installs the finder). A
name that is not here raises ``ModuleNotFoundError`` naming it in the browser, and
``fragc check`` reports it (FRG031) before that.

This module is stdlib-only and imports nothing: the compiler reads the table too.
"""

from __future__ import annotations

# streamlit.<name> -> the fragc module whose public names the app gets.
SUBMODULES: dict[str, str] = {
    "streamlit.components": "fragc.shim.modules.components",
    "streamlit.components.v1": "fragc.shim.modules.components_v1",
    "streamlit.components.v1.components": "fragc.shim.modules.components_v1",
    "streamlit.components.v1.component_registry": "fragc.shim.modules.components_v1",
    "streamlit.components.v1.custom_component": "fragc.shim.modules.components_v1",
    "streamlit.runtime": "fragc.shim.modules.runtime",
    "streamlit.runtime.scriptrunner": "fragc.shim.modules.scriptrunner",
    "streamlit.runtime.scriptrunner.script_run_context": "fragc.shim.modules.scriptrunner",
    "streamlit.runtime.scriptrunner_utils": "fragc.shim.modules.scriptrunner",
    "streamlit.runtime.scriptrunner_utils.script_run_context": "fragc.shim.modules.scriptrunner",
    "streamlit.runtime.uploaded_file_manager": "fragc.shim.modules.uploaded_file_manager",
    "streamlit.runtime.state": "fragc.shim.modules.state",
    "streamlit.delta_generator": "fragc.shim.modules.delta_generator",
    "streamlit.errors": "fragc.shim.modules.errors",
    "streamlit.logger": "fragc.shim.modules.logger",
    "streamlit.navigation": "fragc.shim.modules.navigation",
    "streamlit.navigation.page": "fragc.shim.modules.navigation",
    "streamlit.version": "fragc.shim.modules.version",
    "streamlit.type_util": "fragc.shim.modules.type_util",
    "streamlit.config": "fragc.shim.config",
    "streamlit.connections": "fragc.shim.connections",
    "streamlit.elements": "fragc.shim.modules.elements",
    "streamlit.elements.image": "fragc.shim.modules.elements_image",
    "streamlit.elements.lib": "fragc.shim.modules.elements",
    "streamlit.elements.lib.image_utils": "fragc.shim.modules.elements_image",
    "streamlit.web": "fragc.shim.modules.web",
    "streamlit.web.cli": "fragc.shim.modules.web_cli",
}


def is_package(name: str) -> bool:
    """A name some other entry lives under (``streamlit.runtime`` for ``.scriptrunner``)."""
    prefix = name + "."
    return any(other.startswith(prefix) for other in SUBMODULES)


def provided(name: str) -> bool:
    """True when ``import <name>`` works in the built site (``streamlit`` itself included)."""
    return name == "streamlit" or name in SUBMODULES
