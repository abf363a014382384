"""The build-time first run, in a child process: ``python -m fragc.site.prerender_run OUT``.

``fragc build`` starts this in a temporary copy of the app's folder (the layout the
worker unpacks from ``app.zip``), gives it the manifest on stdin, and reads the result
from the file ``OUT``: ``{"ok": true, "messages": [...]}`` (what the shim posted during
boot and the first full run) or ``{"ok": false, "reason": "..."}``. It runs the very
code that runs in the browser, ``fragc.shim.bridge``, with default widget values and no
page context. A child process because the app's code must not touch the compiler's
interpreter, and because a script that never ends is stopped by a timeout.

Things whose result the browser would not share are refused and end the pre-render:
the network (sockets), and ``st.secrets`` (their values would be baked into the page).
An exception the app does not catch ends it too: the page should not open on a
traceback that the real run may not show.
"""

from __future__ import annotations

import json
import socket
import sys
import traceback
from pathlib import Path
from typing import Any, NoReturn

# What the page replays: everything else (timers, query string, idle) belongs to the real run.
KEPT_MESSAGES = frozenset({"page:config", "run:started", "run:deltas", "run:finished"})
# Elements that act once when drawn (a toast pops up, balloons fly): the real run does that.
ONE_SHOT_KINDS = frozenset({"toast", "balloons", "snow"})


class Refused(OSError):
    """Something the pre-render does not allow; an OSError, as a failed connection is."""


_refused: list[str] = []
_uncaught: list[BaseException] = []


def _refuse(what: str) -> Any:
    def refuse(*_args: Any, **_kwargs: Any) -> NoReturn:
        _refused.append(what)
        raise Refused(f"fragc's build-time pre-render does not allow {what}")

    return refuse


def _fence() -> None:
    """Cut the network and the secrets off, and note every exception the app leaves uncaught."""
    network = _refuse("network access")
    for name in ("connect", "connect_ex", "sendto"):
        setattr(socket.socket, name, network)
    socket.create_connection = network
    socket.getaddrinfo = network

    from fragc.shim import errors, runner, secrets

    secrets._load = _refuse("reading st.secrets (their values would be written into the page)")

    def show_exception(self: Any, error: BaseException) -> None:
        _uncaught.append(error)
        original_show(self, error)

    original_show = runner.Runner._show_exception
    runner.Runner._show_exception = show_exception  # type: ignore[method-assign,assignment]

    original_init = errors.FragmentHandledException.__init__

    def fragment_error(self: Any, *args: Any) -> None:
        if args and isinstance(args[0], BaseException):
            _uncaught.append(args[0])
        original_init(self, *args)

    errors.FragmentHandledException.__init__ = fragment_error  # type: ignore[method-assign,assignment]


def first_run(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    from fragc.shim import bridge

    posted: list[dict[str, Any]] = []
    bridge.start(json.dumps(manifest), lambda text: posted.append(json.loads(text)))
    request = {
        "type": "run:request",
        "fragment_ids": [],
        "widget_states": {},
        "trigger_values": {},
        "is_auto": False,
        "query_string": "",
    }
    pending = bridge.handle(json.dumps(request))
    if pending is not None:
        # The first page waits for its own packages (shim/page_packages.py): the build
        # paints its loading line; the visitor's worker installs them and runs the page.
        pending.close()
    return [_kept(message) for message in posted if message.get("type") in KEPT_MESSAGES]


def _kept(message: dict[str, Any]) -> dict[str, Any]:
    if message["type"] != "run:deltas":
        return message
    deltas = [
        _without_media_bytes(delta)
        for delta in message.get("deltas", [])
        if (delta.get("element") or {}).get("kind") not in ONE_SHOT_KINDS
    ]
    return {**message, "deltas": deltas}


def _without_media_bytes(delta: dict[str, Any]) -> dict[str, Any]:
    """Media bytes stay out of index.html: the real first run sends them (a fresh session).

    A video would otherwise be downloaded twice, and outgrow the pre-render's budget.
    """
    props = (delta.get("element") or {}).get("props") or {}
    refs = [props.get("media"), *(t.get("media") for t in props.get("subtitles") or [])]
    for ref in refs:
        if isinstance(ref, dict):
            ref.pop("data", None)
    return delta


def describe(error: BaseException) -> str:
    """One line: what went wrong and where in the app."""
    if isinstance(error, ModuleNotFoundError) and error.name:
        return f"the build's Python has no module named {error.name!r}"
    where = ""
    for frame in reversed(traceback.extract_tb(error.__traceback__)):
        if Path(frame.filename).name and not frame.filename.startswith(("<", sys.prefix)):
            if "fragc" not in Path(frame.filename).parts:
                where = f" at {Path(frame.filename).name}:{frame.lineno}"
                break
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return f"{type(error).__name__}{': ' + text[:160] if text else ''}{where}"


def main(argv: list[str]) -> int:
    out = Path(argv[1])
    manifest = json.load(sys.stdin)
    real_stdout = sys.stdout
    sys.stdout = sys.stderr  # what the app prints must not mix with anything fragc reads
    result: dict[str, Any]
    try:
        _fence()
        messages = first_run(manifest)
        if _refused:
            result = {"ok": False, "reason": f"the app tried {_refused[0]}"}
        elif _uncaught:
            result = {"ok": False, "reason": describe(_uncaught[0])}
        else:
            result = {"ok": True, "messages": messages}
    except BaseException as error:  # noqa: BLE001 - every failure is a reason, never a crash
        reason = f"the app tried {_refused[0]}" if _refused else describe(error)
        result = {"ok": False, "reason": reason}
    finally:
        sys.stdout = real_stdout
    out.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
