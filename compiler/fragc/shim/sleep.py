"""time.sleep that shows progress: pending elements are posted before the script sleeps.

In the browser a script's ``time.sleep`` runs in the worker, so it blocks nothing the
user sees; posting first is what makes a progress bar move during a sleep loop.
"""

from __future__ import annotations

import sys
import time
from typing import SupportsIndex

from fragc.shim import context

_real_sleep = time.sleep


def sleep(seconds: float | SupportsIndex) -> None:
    ctx = context.get_ctx()
    if ctx is not None:
        ctx.flush()
    if sys.platform == "emscripten":
        # Pyodide's time.sleep does not block without cross-origin isolation; the worker
        # is ours alone, so a busy wait is the honest way to wait here.
        deadline = time.monotonic() + max(0.0, float(seconds))  # type: ignore[arg-type]
        while time.monotonic() < deadline:
            pass
    else:
        _real_sleep(seconds)


def install() -> None:
    time.sleep = sleep
