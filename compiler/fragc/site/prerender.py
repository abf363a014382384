"""Build-time pre-render: the app's first full run, done once by ``fragc build``.

The page paints the element tree of this run before Python has started in the browser
(``runtime_js/src/prerender.js``), and the real first run then replaces it. The run is
made by ``prerender_run`` in a child CPython process, in a temporary copy of the app as
the worker would unpack it, with a time limit. When it cannot work (a module the build's
Python lacks, an exception, the time limit, the network or st.secrets) the build says
why in one line and the page shows the usual skeleton: the build never fails for it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fragc import protocol
from fragc.site.bundle import APP_PREFIX

TIMEOUT_S = 10.0
# index.html is fetched on every visit and never cached for long: a pre-render larger than
# this (a big dataframe) costs more than the seconds it saves.
MAX_BYTES = 512 * 1024

_FRAGC_PARENT = Path(__file__).resolve().parent.parent.parent  # holds the fragc package


@dataclass(frozen=True)
class Prerender:
    messages: list[dict[str, Any]] = field(default_factory=list)
    reason: str = ""  # why there is none ("" when there is one)

    @property
    def ok(self) -> bool:
        return not self.reason

    def page_config(self) -> dict[str, Any]:
        """st.set_page_config's calls merged, each changing only what it names."""
        merged: dict[str, Any] = {}
        for message in self.messages:
            if message.get("type") == "page:config":
                merged.update({k: v for k, v in message.items() if k != "type"})
        return merged


def prerender(app_zip: Path, manifest: protocol.Manifest, timeout: float = TIMEOUT_S) -> Prerender:
    with tempfile.TemporaryDirectory(prefix="fragc-prerender-") as temp:
        root = Path(temp)
        with zipfile.ZipFile(app_zip) as archive:
            for name in archive.namelist():
                if name.startswith(APP_PREFIX):
                    archive.extract(name, root)
        out = root / "result.json"
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            [str(_FRAGC_PARENT), *filter(None, [env.get("PYTHONPATH")])]
        )
        env["PYTHONDONTWRITEBYTECODE"] = "1"  # leave the user's folders as they were
        try:
            subprocess.run(
                [sys.executable, "-m", "fragc.site.prerender_run", str(out)],
                input=json.dumps(manifest),
                cwd=root / APP_PREFIX,
                env=env,
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return Prerender(reason=f"the first run took longer than {timeout:g} s")
        except OSError as error:
            return Prerender(reason=f"could not start Python ({error.strerror or error})")
        try:
            result = json.loads(out.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return Prerender(reason="the build-time run ended without a result")
    if not result.get("ok"):
        return Prerender(reason=str(result.get("reason") or "unknown failure"))
    messages = result.get("messages") or []
    size = len(json.dumps(messages, separators=(",", ":")))
    if size > MAX_BYTES:
        return Prerender(
            reason=f"its output is {size / 1024:.0f} KB, more than the {MAX_BYTES // 1024} KB "
            "a page should carry"
        )
    return Prerender(messages=messages)
