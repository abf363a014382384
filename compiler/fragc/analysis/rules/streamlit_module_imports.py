"""FRG031's check of ``import streamlit.X``: the submodules fragc answers, and the others."""

from __future__ import annotations

import libcst as cst

from fragc.analysis.rules.base import LintRule
from fragc.shim.modules import provided


class StreamlitModuleImports(LintRule):
    """Reports ``import streamlit.X`` / ``from streamlit.X import Y`` for an X fragc lacks.

    Mixed into FRG031 (``unsupported_streamlit_name``): the shim answers the submodules
    apps import most (``fragc.shim.modules.SUBMODULES``); any other raises
    ``ModuleNotFoundError`` in the browser.
    """

    def visit_Import(self, node: cst.Import) -> None:
        for alias in node.names:
            self._check_module(alias, self.ctx.code(alias.name))

    def visit_ImportFrom(self, node: cst.ImportFrom) -> None:
        if node.relative or node.module is None:
            return
        module = self.ctx.code(node.module)
        if module.startswith("streamlit."):
            self._check_module(node, module)
        elif module == "streamlit" and not isinstance(node.names, cst.ImportStar):
            # `from streamlit import runtime`: a submodule when it is one of ours.
            for alias in node.names:
                name = self.ctx.code(alias.name)
                if not provided(f"streamlit.{name}") and _is_streamlit_module(name):
                    self._check_module(alias, f"streamlit.{name}")
        super_visit = getattr(super(), "visit_ImportFrom", None)
        if super_visit is not None:
            super_visit(node)

    def _check_module(self, node: cst.CSTNode, module: str) -> None:
        if not module.startswith("streamlit.") or provided(module) or self.ctx.is_guarded(node):
            return
        self.report(
            node,
            f"fragc does not provide the module {module}",
            f"importing {module} raises ModuleNotFoundError in the built site; fragc provides "
            "the public streamlit API and the submodules listed in docs/api.md",
        )


# Streamlit's own submodules that `from streamlit import X` could mean (dir(streamlit)).
_STREAMLIT_MODULES = frozenset(
    """
    auth_util byte_util cli_util column_config commands components config config_option
    config_util connections cursor dataframe_util delta_generator delta_generator_singletons
    deprecation_util development elements env_util error_util errors file_util logger
    net_util path_security proto runtime signal_util source_util starlette string_util
    testing time_util toml_writer type_util typing url_util user_info util version watcher web
    """.split()
)


def _is_streamlit_module(name: str) -> bool:
    return name in _STREAMLIT_MODULES
