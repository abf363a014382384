"""Streamlit's side of ``--vs-streamlit``: a cached venv, the app copy, the server process."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

STREAMLIT_VERSION = "1.67.0"
VENV = Path(__file__).resolve().parent / ".streamlit-venv"
STAMP_NAME = ".fragc-bench-streamlit"
SERVER_START_TIMEOUT_S = 120.0
PIP_TIMEOUT_S = 1800.0

# `st.experimental_fragment` was removed from Streamlit before 1.67: the streamlit side
# runs a copy of the app with the stable name.
_EXPERIMENTAL = re.compile(r"\bexperimental_fragment\b")


class BenchError(Exception):
    """The bench cannot go on; the message says why."""


def to_stable_fragment(source: str) -> tuple[str, int]:
    """``source`` with every ``experimental_fragment`` name replaced by ``fragment``,
    and how many were replaced."""
    return _EXPERIMENTAL.subn("fragment", source)


def copy_app_for_streamlit(app: Path, dest: Path) -> tuple[Path, int]:
    """Copy the app's folder to ``dest`` with ``st.fragment`` substituted in its .py files.

    Returns the copied script and the number of substitutions."""
    shutil.copytree(
        app.parent, dest, ignore=shutil.ignore_patterns("__pycache__", ".*"), dirs_exist_ok=True
    )
    replaced = 0
    for path in dest.rglob("*.py"):
        text, count = to_stable_fragment(path.read_text(encoding="utf-8"))
        if count:
            path.write_text(text, encoding="utf-8")
            replaced += count
    return dest / app.name, replaced


def ensure_venv(log: Callable[[str], None], venv: Path = VENV) -> Path:
    """``streamlit`` from a venv with streamlit==STREAMLIT_VERSION, created on first use."""
    stamp = venv / STAMP_NAME
    streamlit = venv / "bin" / "streamlit"
    if streamlit.exists() and stamp.is_file() and stamp.read_text().strip() == STREAMLIT_VERSION:
        return streamlit
    log(f"creating {venv} with streamlit=={STREAMLIT_VERSION} (once; takes a minute or two)")
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
        subprocess.run(
            [
                str(venv / "bin" / "python"),
                "-m",
                "pip",
                "install",
                "--disable-pip-version-check",
                "--quiet",
                f"streamlit=={STREAMLIT_VERSION}",
            ],
            check=True,
            timeout=PIP_TIMEOUT_S,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as error:
        raise BenchError(
            f"could not install streamlit=={STREAMLIT_VERSION} into {venv}: {error}"
        ) from None
    stamp.write_text(STREAMLIT_VERSION + "\n")
    return streamlit


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class StreamlitServer:
    """``streamlit run APP`` on 127.0.0.1 in its own process group; a context manager
    that always stops it (SIGTERM, then SIGKILL)."""

    def __init__(self, streamlit: Path, app: Path, log_path: Path) -> None:
        self.streamlit = streamlit
        self.app = app
        self.log_path = log_path
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.process: subprocess.Popen[bytes] | None = None

    def command(self) -> list[str]:
        return [
            str(self.streamlit),
            "run",
            str(self.app),
            "--server.headless",
            "true",
            "--server.port",
            str(self.port),
            "--server.address",
            "127.0.0.1",
            "--browser.gatherUsageStats",
            "false",
            # No file watcher thread polling the disk while we measure.
            "--server.fileWatcherType",
            "none",
        ]

    def __enter__(self) -> StreamlitServer:
        env = {**os.environ, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                self.command(),
                cwd=self.app.parent,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                start_new_session=True,
            )
        try:
            self._wait_healthy()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()

    def _wait_healthy(self) -> None:
        deadline = time.monotonic() + SERVER_START_TIMEOUT_S
        health = f"{self.url}_stcore/health"
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise BenchError(
                    f"streamlit exited with status {self.process.returncode}:\n{self.log_tail()}"
                )
            try:
                with urllib.request.urlopen(health, timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.2)
        raise BenchError(
            f"streamlit did not answer {health} within {SERVER_START_TIMEOUT_S:.0f} s:\n{self.log_tail()}"
        )

    def log_tail(self, lines: int = 20) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        for sig, wait in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 5.0)):
            try:
                os.killpg(process.pid, sig)
            except ProcessLookupError:
                return
            try:
                process.wait(timeout=wait)
                return
            except subprocess.TimeoutExpired:
                continue
