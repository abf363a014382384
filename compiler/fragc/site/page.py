"""``index.html`` from ``templates/index.html.j2``.

The Environment autoescapes everything and uses StrictUndefined, so a variable the
template names but the builder forgot fails the build instead of rendering empty. The
manifest and the pre-render go in through jinja's ``tojson``, an HTML-safe dump (``<``,
``>``, ``&`` and ``'`` escaped), so no app text can close the ``<script>`` element.

With a pre-render, what ``st.set_page_config`` set in that run is in the HTML itself:
the title, the favicon and the layout, so neither the tab nor the page moves when the
runtime takes over. The page carries a Content-Security-Policy (``csp.py``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import jinja2

import fragc
from fragc import protocol
from fragc.site import csp

if TYPE_CHECKING:
    from fragc.site.prerender import Prerender

INDEX_TEMPLATE = "index.html.j2"
NO_FAVICON = "data:,"  # no request: a static host would answer /favicon.ico with 404

_URL_ICON = re.compile(r"^(data:|https?:|\.{0,2}/)|\.(png|ico|svg|jpe?g|gif|webp)$", re.I)
_MATERIAL_ICON = re.compile(r"^:material/[a-z0-9_]+:$")


def favicon_href(icon: str | None) -> str:
    """The favicon URL for ``page:config``'s icon, as ``setFavicon`` in chrome.js makes it."""
    if not icon or _MATERIAL_ICON.match(icon):
        return NO_FAVICON
    if _URL_ICON.search(icon):
        return icon
    emoji = re.sub(r"[<&]", "", re.sub(r"^emoji:", "", icon))
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">'
        f'<text y=".9em" font-size="90">{emoji}</text></svg>'
    )
    return "data:image/svg+xml," + quote(svg, safe="")


def render_index(
    templates_dir: Path,
    manifest: protocol.Manifest,
    prerender: Prerender | None = None,
    *,
    wasm: bool = False,
    site_root: str = "./",
) -> str:
    """``wasm``: the site carries a chunk that compiles WebAssembly in the page (csp.py);
    ``site_root``: the site's folder from this page's (``"../"`` for ``PAGE/index.html``)."""
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    template = environment.get_template(INDEX_TEMPLATE)
    config: dict[str, Any] = prerender.page_config() if prerender else {}
    layout = config.get("layout") if config.get("layout") in ("wide", "centered") else "centered"
    html = template.render(
        title=config.get("title") or manifest["title"],
        favicon=favicon_href(config.get("icon")),
        layout=layout,
        manifest=manifest,
        prerender={"messages": prerender.messages} if prerender else None,
        runtime=("" if site_root == "./" else site_root) + manifest.get("runtime", "assets/"),
        site_root=site_root,
        fragc_version=fragc.__version__,
    )
    # The page's Content-Security-Policy allows exactly the inline scripts just written.
    return csp.with_policy(html, wasm=wasm)
