"""The page's Content-Security-Policy (site/csp.py): exactly fragc's inline scripts run."""

from __future__ import annotations

import re

import pytest

from fragc.site import csp
from fragc.site.page import render_index
from tests.conftest import REPO
from tests.site.test_page import sample_manifest


def policy_of(html: str) -> dict[str, list[str]]:
    meta = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', html)
    assert meta is not None
    return {name: values for name, *values in (d.split() for d in meta.group(1).split("; "))}


def test_a_built_page_allows_its_own_inline_scripts_and_nothing_inline_else() -> None:
    html = render_index(REPO / "templates", sample_manifest("Title </script><script>x</script>"))
    policy = policy_of(html)
    scripts = policy["script-src"]
    hashes = [s for s in scripts if s.startswith("'sha256-")]
    inline = csp.inline_scripts(html)
    assert len(inline) == 2  # the file:// message and the early worker start
    assert sorted(hashes) == sorted(csp.script_hash(s) for s in inline)
    assert "'unsafe-inline'" not in scripts
    assert "'unsafe-eval'" not in scripts
    assert "'wasm-unsafe-eval'" not in scripts  # the page compiles no WebAssembly
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'none'"]
    # Before any script, so it covers them all.
    assert html.index("Content-Security-Policy") < html.index("<script")


@pytest.mark.parametrize(
    ("markup", "runs"),
    [
        ("<script>a()</script>", True),
        ('<script data-fragc-inline="x">a()</script>', True),
        ('<script type="module">a()</script>', True),
        ('<script type="application/json" id="m">{"a": 1}</script>', False),
        ('<script type="application/octet-stream" data-fragc-file="x">AAAA</script>', False),
        ('<script src="x.js"></script>', False),
        ('<script type="module" src="x.js"></script>', False),
    ],
)
def test_which_scripts_need_a_hash(markup: str, runs: bool) -> None:
    assert (csp.inline_scripts(markup) == ["a()"]) is runs


def test_a_single_file_page_may_compile_webassembly() -> None:
    html = '<meta charset="utf-8"><script>boot()</script>'
    scripts = policy_of(csp.with_policy(html, single_file=True))["script-src"]
    assert "'wasm-unsafe-eval'" in scripts
    assert csp.script_hash("boot()") in scripts
