"""The latest build event, and a way for the server's stream threads to wait for the next.

Only the latest event matters to a page: it carries the whole state (the build id the
page compares with its own, the diagnostics the overlay shows), so a page that missed
events, or connects late, is right after reading one. Each event gets a sequence
number; a stream waits for a number greater than the last it sent.
"""

from __future__ import annotations

import threading
from typing import Any


class BuildChannel:
    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._seq = 0
        self._event: dict[str, Any] | None = None
        self._closed = False

    def publish(self, event: dict[str, Any]) -> int:
        with self._changed:
            self._seq += 1
            self._event = {**event, "seq": self._seq}
            self._changed.notify_all()
            return self._seq

    def latest(self) -> dict[str, Any] | None:
        with self._changed:
            return self._event

    def wait_after(self, seq: int, timeout: float) -> dict[str, Any] | None:
        """The latest event once its number exceeds ``seq``; None on timeout or close."""
        with self._changed:
            self._changed.wait_for(lambda: self._closed or self._seq > seq, timeout=timeout)
            if self._closed or self._seq <= seq:
                return None
            return self._event

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Wake every waiting stream so it ends (Ctrl+C)."""
        with self._changed:
            self._closed = True
            self._changed.notify_all()
