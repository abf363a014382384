"""The worker's only door into Python: ``start`` once, then ``handle`` per message.

The JS side passes JSON text both ways (no proxies, nothing to leak) and calls nothing
else; all logic stays in Python modules that tests import in CPython.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import fragc
from fragc import protocol
from fragc.shim import page_packages, session, sleep, state_saving, streamlit_module, wire
from fragc.shim.runner import Runner

_runner: Runner | None = None


def start(
    manifest_json: str, post_text: Callable[[str], None], restore_json: str | None = None
) -> None:
    """Boot the session for the app the manifest names and tell the page Python is ready.

    ``restore_json``: the session state a previous worker of this page saved
    (``state_saving.py``), when the page restarted Python after a Stop or a crash.
    """
    global _runner
    _fresh_process_state()
    manifest = json.loads(manifest_json)

    def post(message: dict[str, Any]) -> None:
        post_text(wire.encode(message))

    app_session = session.AppSession(script_path=Path(manifest["entry"]), post=post)
    app_session.bundled_components = frozenset(manifest.get("components") or ())
    app_session.uses_navigation = bool(manifest.get("navigation"))
    page_packages.configure(manifest)
    session.set_session(app_session)
    if restore_json:
        state_saving.restore(app_session.state, restore_json)
    streamlit_module.install()
    sleep.install()
    app_session.compile()
    _runner = Runner(app_session)
    post(
        {
            "type": "boot:ready",
            "protocol_version": protocol.PROTOCOL_VERSION,
            "fragc_version": fragc.__version__,
            "python_version": ".".join(map(str, sys.version_info[:3])),
        }
    )


def _fresh_process_state() -> None:
    """Give this page its own state where a memory snapshot restored the build machine's.

    The worker may start from a snapshot made by ``fragc build`` after this module was
    imported (``fragc/site/snapshot.py``): every visitor would then share the build's
    random seed and see its time zone. (The str hash seed stays the build's: it cannot
    change after the interpreter started; only hash-flooding defences depend on it.)
    """
    random = sys.modules.get("random")
    if random is not None:
        random.seed()
    import time

    if hasattr(time, "tzset"):
        time.tzset()


def handle(message_json: str) -> Any:
    """Handle one page message; a coroutine (the worker awaits it) for ``dev:reload`` and
    for a run that must first install a page's packages (``page_packages.py``)."""
    message = json.loads(message_json)
    kind = message.get("type")
    if kind == "run:request":
        assert _runner is not None, "bridge.start must run first"
        return _runner.handle_request(message)
    elif kind == "dev:reload":
        # Only a `fragc dev` page sends it: imported then, never at boot.
        from fragc.shim import dev_reload

        return dev_reload.handle(message)
    return None
