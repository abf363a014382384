"""The dev server: build events as server-sent events, the page before a first good build."""

from __future__ import annotations

import http.client
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fragc.dev.channel import BuildChannel
from fragc.dev.server import make_dev_server
from fragc.serve import SiteServer


@pytest.fixture
def channel() -> BuildChannel:
    return BuildChannel()


@pytest.fixture
def site(tmp_path: Path) -> Path:
    folder = tmp_path / "site"
    folder.mkdir()
    return folder


@pytest.fixture
def server(site: Path, channel: BuildChannel) -> Iterator[SiteServer]:
    running = make_dev_server(site, channel, 0)
    threading.Thread(target=running.serve_forever, daemon=True).start()
    yield running
    channel.close()
    running.shutdown()
    running.server_close()


@pytest.fixture
def connection(server: SiteServer) -> Iterator[http.client.HTTPConnection]:
    host, port = server.server_address[:2]
    opened = http.client.HTTPConnection(str(host), int(port), timeout=10)
    yield opened
    opened.close()


def read_event(response: http.client.HTTPResponse) -> tuple[str, dict[str, Any]]:
    """The next ``event:`` / ``data:`` pair, comments and ``retry:`` skipped."""
    name, data = "", ""
    while True:
        line = response.readline().decode()
        assert line, "the stream ended"
        line = line.rstrip("\n")
        if line.startswith("event: "):
            name = line[len("event: ") :]
        elif line.startswith("data: "):
            data = line[len("data: ") :]
        elif line == "" and name:
            return name, json.loads(data)


def test_the_stream_sends_the_latest_build_then_each_new_one(
    connection: http.client.HTTPConnection, channel: BuildChannel
) -> None:
    channel.publish({"build_id": 1, "ok": True})
    connection.request("GET", "/_fragc/dev/events")
    response = connection.getresponse()
    assert response.status == 200
    assert response.getheader("Content-Type") == "text/event-stream; charset=utf-8"
    assert response.getheader("Cache-Control") == "no-cache"
    assert read_event(response) == ("build", {"build_id": 1, "ok": True, "seq": 1})
    channel.publish({"build_id": 1, "ok": False, "text": "app.py:3:1: FRG001 syntax error"})
    assert read_event(response)[1]["ok"] is False
    channel.publish({"build_id": 2, "ok": True})
    assert read_event(response)[1] == {"build_id": 2, "ok": True, "seq": 3}
    channel.close()
    assert response.read() == b"", "closing the channel (Ctrl+C) ends the stream"


def test_before_a_first_good_build_the_page_shows_why(
    connection: http.client.HTTPConnection, channel: BuildChannel
) -> None:
    channel.publish({"build_id": 0, "ok": False, "text": "app.py:1:1: FRG001 <script> is odd"})
    connection.request("GET", "/")
    response = connection.getresponse()
    page = response.read().decode()
    assert response.status == 200
    assert 'data-testid="fragcDevOverlay"' in page
    assert "app.py:1:1: FRG001 &lt;script&gt; is odd" in page
    assert 'new EventSource("_fragc/dev/events")' in page


def test_the_site_is_served_once_built(connection: http.client.HTTPConnection, site: Path) -> None:
    (site / "index.html").write_text("<!doctype html><title>built</title>", encoding="utf-8")
    (site / "app.zip").write_bytes(b"PK")
    connection.request("GET", "/")
    assert b"built" in connection.getresponse().read()
    connection.request("GET", "/app.zip")
    response = connection.getresponse()
    assert (response.status, response.getheader("Content-Type")) == (200, "application/zip")
    response.read()
