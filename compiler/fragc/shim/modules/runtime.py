"""``streamlit.runtime``: ``runtime.exists()`` and the runtime object apps peek at.

``runtime.exists()`` is how libraries and scripts ask whether they run under
Streamlit (``if runtime.exists(): main() else: stcli.main()``): in the built site the
answer is yes whenever the app runs. ``get_instance()`` returns a stand-in for
Streamlit's ``Runtime`` that answers the questions an app can ask of it without a
server (no browser clients to look up: ``get_client`` is None).
"""

from __future__ import annotations

from typing import Any

from fragc.shim import session as _session


def exists() -> bool:
    """True while the app runs in fragc (the page, the build's pre-render, AppTest)."""
    return _session._session is not None


class Runtime:
    """What fragc can say of Streamlit's ``Runtime`` singleton."""

    @classmethod
    def instance(cls) -> Runtime:
        return get_instance()

    @classmethod
    def exists(cls) -> bool:
        return exists()

    def get_client(self, session_id: str) -> Any:
        # Streamlit hands out the session's websocket handler (request headers, IP);
        # a static site has none, as Streamlit answers for a session it does not know.
        return None

    def is_active_session(self, session_id: str) -> bool:
        from fragc.shim.modules.scriptrunner import get_script_run_ctx

        ctx = get_script_run_ctx()
        return ctx is not None and ctx.session_id == session_id


_RUNTIME = Runtime()


def get_instance() -> Runtime:
    if not exists():
        raise RuntimeError("Runtime hasn't been created!")
    return _RUNTIME


def __getattr__(name: str) -> Any:
    if name == "scriptrunner":
        import importlib

        return importlib.import_module("streamlit.runtime.scriptrunner")
    raise AttributeError(
        f"fragc does not provide `streamlit.runtime.{name}`: a static site has no Streamlit "
        "server. See docs/api.md for what `streamlit.runtime` offers in fragc."
    )
