"""``fragc build --single-file``: the packer (site/single_file.py). The browser test that
opens the file from disk is tests/e2e/test_single_file.py."""

from __future__ import annotations

import base64
import gzip
import re
from pathlib import Path

import pytest

from fragc.errors import FragcError
from fragc.site import csp
from fragc.site.single_file import output_path, pack

RUNTIME = "assets/abc123/"


def fake_site(root: Path) -> Path:
    site = root / "site"
    (site / RUNTIME / "fonts").mkdir(parents=True)
    (site / "pyodide/def456").mkdir(parents=True)
    (site / "index.html").write_text(
        '<!doctype html><html><head><meta charset="utf-8">\n'
        '  <meta http-equiv="Content-Security-Policy" content="old">\n'
        '  <meta name="generator" content="fragc 0.1.0">\n'
        '  <script type="application/json" id="fragc-manifest">{"a":1}</script>\n'
        '  <script data-fragc-inline="file-message">message()</script>\n'
        '  <script data-fragc-inline="early-boot">\n    boot()\n  </script>\n'
        f'  <link rel="stylesheet" href="{RUNTIME}fragc-runtime.css">\n'
        f'  <link rel="modulepreload" href="{RUNTIME}fragc-runtime.js">\n'
        f'  <script type="module" src="{RUNTIME}fragc-runtime.js"></script>\n'
        '</head><body><div id="root"></div></body></html>\n'
    )
    files = {
        f"{RUNTIME}fragc-runtime.js": b"export const a = '</script>';",
        f"{RUNTIME}fragc-runtime.css": b".a { color: red }",
        f"{RUNTIME}fragc-worker.js": b"module worker",
        f"{RUNTIME}fragc-worker-classic.js": b"classic worker",
        f"{RUNTIME}fragc-runtime.js.br": b"br copy",
        f"{RUNTIME}fragc-runtime.js.map": b"{}",
        f"{RUNTIME}fragc-katex.css": b'@font-face{src:url("./fonts/K.woff2") format("woff2")}',
        f"{RUNTIME}fonts/K.woff2": b"wOF2font",
        "pyodide/def456/pyodide.asm.wasm": b"\0asm" * 100,
        "app.0123456789ab.zip": b"PK zip",
        "snapshot.0123456789ab.bin": b"gzip already",
        "fragc-build.json": b"{}",
        ".nojekyll": b"",
    }
    for path, data in files.items():
        (site / path).write_bytes(data)
    return site


def embedded(html: str) -> dict[str, bytes]:
    found = {}
    for path, encoding, text in re.findall(
        r'<script type="application/octet-stream" data-fragc-file="([^"]+)" '
        r'data-encoding="([^"]+)">([^<]*)</script>',
        html,
    ):
        data = base64.b64decode(text)
        found[path] = gzip.decompress(data) if encoding == "gzip-base64" else data
    return found


def test_one_page_holds_every_file_the_browser_needs(tmp_path: Path) -> None:
    html = pack(fake_site(tmp_path))
    files = embedded(html)
    assert sorted(files) == sorted(
        [
            f"{RUNTIME}fragc-runtime.js",
            f"{RUNTIME}fragc-worker-classic.js",
            f"{RUNTIME}fragc-katex.css",
            "pyodide/def456/pyodide.asm.wasm",
            "app.0123456789ab.zip",
            "snapshot.0123456789ab.bin",
        ]
    )
    assert files["pyodide/def456/pyodide.asm.wasm"] == b"\0asm" * 100
    assert files[f"{RUNTIME}fragc-runtime.js"] == b"export const a = '</script>';"
    # KaTeX's fonts go into its stylesheet: a blob: stylesheet resolves no relative URL.
    font = base64.b64encode(b"wOF2font").decode()
    assert f'url("data:font/woff2;base64,{font}")' in files[f"{RUNTIME}fragc-katex.css"].decode()
    # The served page's machinery is gone: no file:// message, no early worker, no src.
    assert "message()" not in html
    assert "boot()" not in html
    assert not re.search(r"<script[^>]*\ssrc=", html)
    assert "<link" not in html
    assert "<style>.a { color: red }</style>" in html


def test_the_policy_allows_exactly_the_bootstrap(tmp_path: Path) -> None:
    html = pack(fake_site(tmp_path))
    assert html.count("Content-Security-Policy") == 1
    (bootstrap,) = csp.inline_scripts(html)
    assert "import(URL.createObjectURL" in bootstrap
    policy = re.search(r'Content-Security-Policy" content="([^"]*)"', html)
    assert policy is not None
    assert csp.script_hash(bootstrap) in policy.group(1)
    assert "'wasm-unsafe-eval'" in policy.group(1)
    assert "'unsafe-inline'" not in policy.group(1).split("; ")[1]


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (None, "cwd/app.html"),
        ("out.html", "out.html"),
        ("some/where/page.HTM", "some/where/page.HTM"),
        ("folder", "folder/app.html"),
    ],
)
def test_where_the_file_goes(given: str | None, expected: str) -> None:
    out = output_path(Path(given) if given else None, Path("apps/app.py"), Path("cwd"))
    assert out == Path(expected)


def test_a_file_fragc_did_not_write_is_never_replaced(tmp_path: Path) -> None:
    from fragc.site.single_file import build_single_file

    theirs = tmp_path / "notes.html"
    theirs.write_text("<html>my notes</html>")
    app = tmp_path / "app.py"
    app.write_text("import streamlit as st\n")
    with pytest.raises(FragcError, match="was not written by fragc"):
        build_single_file(app, theirs, progress=lambda _: None)
    assert theirs.read_text() == "<html>my notes</html>"
