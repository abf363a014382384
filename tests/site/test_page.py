"""index.html: the manifest survives any title, every URL is relative, the template is strict."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import jinja2
import pytest

from fragc import protocol
from fragc.site.page import render_index
from tests.conftest import REPO

TEMPLATES = REPO / "templates"


def sample_manifest(title: str) -> protocol.Manifest:
    return {
        "fragc_version": "0.1.0",
        "protocol_version": protocol.PROTOCOL_VERSION,
        "pyodide_version": "314.0.7",
        "entry": "app.py",
        "title": title,
        "bundle": "app.zip",
        "bundle_sha256": "0" * 64,
        "files": [{"path": "app.py", "sha256": "1" * 64}],
        "fragments": [],
        "packages": [],
    }


class PageParser(HTMLParser):
    """Collects URL attributes, the manifest script's text and the test ids."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.test_ids: list[str] = []
        self.manifest_text: str | None = None
        self._in_manifest = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self.urls += [value for name, value in attrs if name in ("src", "href") and value]
        if values.get("data-testid"):
            self.test_ids.append(values["data-testid"] or "")
        self._in_manifest = tag == "script" and values.get("id") == "fragc-manifest"

    def handle_data(self, data: str) -> None:
        if self._in_manifest:
            self.manifest_text = (self.manifest_text or "") + data

    def handle_endtag(self, tag: str) -> None:
        self._in_manifest = False


def parse(html: str) -> PageParser:
    parser = PageParser()
    parser.feed(html)
    return parser


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("Seed counters", id="plain"),
        pytest.param("</script><script>alert(1)</script>", id="closes-the-script"),
        pytest.param("Tom & Jerry <b>'quoted'</b>", id="html-specials"),
        pytest.param("Zähler ✓", id="non-ascii"),
    ],
)
def test_manifest_round_trips_through_the_page(title: str) -> None:
    manifest = sample_manifest(title)
    html = render_index(TEMPLATES, manifest)
    page = parse(html)
    assert page.manifest_text is not None
    assert json.loads(page.manifest_text) == manifest
    assert "<script>alert" not in html


def test_page_has_skeleton_root_and_runtime() -> None:
    html = render_index(TEMPLATES, sample_manifest("App"))
    page = parse(html)
    assert page.test_ids == ["stSkeleton"]
    assert '<div id="root" data-fragc-layout="centered">' in html
    assert "<noscript>" in html
    assert '<script type="module" src="assets/fragc-runtime.js"></script>' in html  # older manifest
    assert "assets/fragc-runtime.css" in page.urls
    assert "<title>App</title>" in html


def test_every_url_is_relative() -> None:
    html = render_index(TEMPLATES, sample_manifest("App"))
    for url in parse(html).urls:
        parts = urlsplit(url)
        assert parts.scheme in ("", "data"), url
        assert not parts.netloc, url
        assert not url.startswith("/"), url
    assert "http://" not in html
    assert "https://" not in html


def test_a_name_the_template_lacks_fails_the_render(tmp_path: Path) -> None:
    (tmp_path / "index.html.j2").write_text("{{ title }} {{ not_passed }}", encoding="utf-8")
    with pytest.raises(jinja2.UndefinedError):
        render_index(tmp_path, sample_manifest("App"))
