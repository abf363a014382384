"""The Content-Security-Policy every fragc page carries (a ``<meta>`` tag in ``index.html``).

What it allows, and why:

* ``script-src 'self' blob:`` plus the SHA-256 of each inline script fragc itself writes
  (the file:// message and the early worker start in ``index.html``; in a single-file site
  every script of the page): no ``'unsafe-inline'`` and no ``'unsafe-eval'``, so HTML an
  app prints can run no script even if it got past the sanitiser (event handler
  attributes, ``javascript:`` URLs and injected ``<script>`` are refused by the browser).
  ``blob:`` is for the scripts an app opts into with ``st.html(...,
  unsafe_allow_javascript=True)``, which the page runs from ``blob:`` URLs
  (runtime_js/src/render/html.js); no markup can create a ``blob:`` URL. Charts use
  Vega's expression interpreter, not ``new Function``.
* ``'wasm-unsafe-eval'``: only in a single-file site, or a site that carries a chunk that
  compiles WebAssembly in the page: Graphviz (``st.graphviz_chart`` lays out with
  Graphviz's wasm, ``runtime_js/src/chunks/graphviz.js``) and deck.gl (its glTF loader's
  mesh decoder compiles when the chunk loads). It allows compiling WebAssembly, not
  ``eval``. Pyodide needs it to compile its
  WebAssembly (``WebAssembly.instantiateStreaming``; measured on Pyodide 314.0.7: refused
  without it, nothing else refused with it; Pyodide needs no ``'unsafe-eval'``). A served
  site's worker is loaded from its own URL and gets its policy from that response's
  headers, which a ``<meta>`` tag cannot reach; the page itself compiles no WebAssembly.
  A single-file site starts its worker from a ``blob:`` URL, which inherits the page's
  policy, so the page's policy must allow it there.
* ``style-src 'unsafe-inline' blob:``: element styles (``style`` attributes the renderer
  sets, ``<style>`` an app adds through ``st.html`` or ``unsafe_allow_html``), as
  Streamlit's own page needs; a single-file site's KaTeX stylesheet is a ``blob:``. A
  style cannot run script.
* Images, audio, video and frames from anywhere (``st.image("https://...")``, iframes in
  opted-in markdown, components), ``data:`` and ``blob:`` media and frames
  (``components.v1.iframe("data:text/html,...")`` as Streamlit allows it; a ``data:``
  document has an opaque origin and inherits this policy); fetches (``connect-src``)
  only from the site itself and ``https:`` (a chart's data URL).
* ``object-src 'none'`` and ``base-uri 'none'``: no plugins, no ``<base>`` rewriting every
  relative URL.

HTML frames (``st.iframe``, ``components.v1.html``) run the app's own scripts as
under Streamlit: their HTML is not a ``srcdoc`` (which would inherit this policy) but
is written by ``fragc-frame.html``, a document of the runtime's own with no policy,
inside Streamlit's sandbox (runtime_js/src/elements/iframe.js).

``frame-ancestors`` and reporting cannot be set from a ``<meta>`` tag; a host that sends
headers can add them.
"""

from __future__ import annotations

import base64
import hashlib
import re

# An executable inline script of fragc's page: one without a src and without a data type.
# The manifest and the pre-render are JSON data blocks (type="application/json"), a
# single file's embedded files octet streams: the browser runs none of them.
_INLINE_SCRIPT = re.compile(
    r'<script(?![^>]*\ssrc=)(?![^>]*\stype="application/)[^>]*>(.*?)</script>', re.S
)
_CHARSET = '<meta charset="utf-8">'


def script_hash(source: str) -> str:
    """The CSP source expression that allows exactly this inline script."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def inline_scripts(html: str) -> list[str]:
    return [match.group(1) for match in _INLINE_SCRIPT.finditer(html)]


def policy(script_hashes: list[str], *, single_file: bool = False, wasm: bool = False) -> str:
    """The policy text for a page whose inline scripts have these hashes; ``wasm``: the
    page itself compiles WebAssembly (the Graphviz chunk)."""
    scripts = ["'self'", "blob:", *sorted(set(script_hashes))]
    if single_file or wasm:
        scripts.append("'wasm-unsafe-eval'")
    directives = [
        "default-src 'self'",
        f"script-src {' '.join(scripts)}",
        "style-src 'self' 'unsafe-inline' blob:",
        "img-src * data: blob:",
        "media-src * data: blob:",
        "font-src 'self' data:",
        "connect-src 'self' https: data: blob:",
        "frame-src * blob: data:",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'none'",
    ]
    return "; ".join(directives)


def with_policy(html: str, *, single_file: bool = False, wasm: bool = False) -> str:
    """``html`` with the policy's ``<meta>`` tag first in ``<head>`` (before any script)."""
    if _CHARSET not in html:
        raise ValueError("the page has no <meta charset>, after which the policy goes")
    text = policy(
        [script_hash(s) for s in inline_scripts(html)], single_file=single_file, wasm=wasm
    )
    meta = f'<meta http-equiv="Content-Security-Policy" content="{text}">'
    return html.replace(_CHARSET, f"{_CHARSET}\n  {meta}", 1)
