"""``fragc dev`` as a user runs it: a subprocess whose terminal output the test reads."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from tests.conftest import REPO

_SERVING = re.compile(r"serving .* at (http://127\.0\.0\.1:\d+/)")


class DevProcess:
    """``python -m fragc dev APP --port 0``; ``url`` once it serves, ``lines`` of its stderr."""

    def __init__(self, app: Path, *args: str) -> None:
        self.lines: list[str] = []
        self._eof = False
        self._changed = threading.Condition()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "fragc", "dev", str(app), "--port", "0", *args],
            cwd=app.parent,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO / "compiler")},
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        try:
            self.url = self.wait_for_line(_SERVING).group(1)
        except BaseException:
            self.close()
            raise

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            with self._changed:
                self.lines.append(line.rstrip("\n"))
                self._changed.notify_all()
        with self._changed:
            self._eof = True
            self._changed.notify_all()

    def wait_for_line(
        self, pattern: re.Pattern[str], start: int = 0, timeout: float = 60
    ) -> re.Match[str]:
        """The first line from ``start`` on that matches (the process's output, waited for)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for line in self.lines[start:]:
                    match = pattern.search(line)
                    if match:
                        return match
                left = deadline - time.monotonic()
                if left <= 0 or self._eof:
                    raise AssertionError(
                        f"fragc dev never printed {pattern.pattern!r}:\n" + "\n".join(self.lines)
                    )
                self._changed.wait(min(left, 0.5))

    def stop(self, signum: int = signal.SIGINT, timeout: float = 20) -> int:
        """Ctrl+C (SIGINT) or another signal, then the exit status."""
        self.process.send_signal(signum)
        return self.process.wait(timeout=timeout)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=20)
        self._reader.join(timeout=10)
        if self.process.stdout is not None:
            self.process.stdout.close()

    @property
    def output(self) -> str:
        with self._changed:
            return "\n".join(self.lines)
