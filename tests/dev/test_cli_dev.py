"""``fragc dev`` on the command line: it serves, says where, and stops cleanly (issue 13, point 1)."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import REPO
from tests.dev.process import DevProcess

APP = 'import streamlit as st\n\nst.write("hello")\n'


@pytest.fixture
def dev(tmp_path: Path) -> Iterator[DevProcess]:
    app = tmp_path / "app.py"
    app.write_text(APP, encoding="utf-8")
    process = DevProcess(app)
    yield process
    process.close()


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_stops_cleanly(dev: DevProcess, signum: int) -> None:
    dev.wait_for_line(re.compile("built the site"))
    site = Path(dev.wait_for_line(re.compile(r"site in (\S+) \(removed at exit\)")).group(1))
    with urllib.request.urlopen(dev.url, timeout=10) as response:
        assert b'id="fragc-manifest"' in response.read()
    assert dev.stop(signum) == 0
    assert "fragc: dev server stopped" in dev.output
    assert "Traceback" not in dev.output
    assert not site.exists(), "the temporary site is removed"
    address = urlsplit(dev.url)
    with (
        pytest.raises(ConnectionRefusedError),
        socket.create_connection((address.hostname, address.port), timeout=5),
    ):
        pass


def test_an_open_event_stream_does_not_hold_the_stop(dev: DevProcess) -> None:
    dev.wait_for_line(re.compile("built the site"))
    stream = urllib.request.urlopen(dev.url + "_fragc/dev/events", timeout=10)
    assert stream.readline() == b"retry: 500\n"
    assert dev.stop() == 0
    stream.close()


def test_refuses_a_folder_fragc_did_not_write(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(APP, encoding="utf-8")
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "fragc", "dev", "app.py", "-o", "mine", "--port", "0"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(REPO / "compiler")},
    )
    assert result.returncode == 1
    assert "is not empty and was not written by fragc" in result.stderr
    assert (tmp_path / "mine" / "notes.txt").read_text() == "keep me"
