"""``index.html`` from ``templates/index.html.j2``.

The Environment autoescapes everything and uses StrictUndefined, so a variable the
template names but the builder forgot fails the build instead of rendering empty. The
manifest goes in through jinja's ``tojson``, an HTML-safe dump (``<``, ``>``, ``&``
and ``'`` escaped), so no app file name can close the ``<script>`` element.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

import fragc
from fragc import protocol

INDEX_TEMPLATE = "index.html.j2"


def render_index(templates_dir: Path, manifest: protocol.Manifest) -> str:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    template = environment.get_template(INDEX_TEMPLATE)
    return template.render(
        title=manifest["title"],
        manifest=manifest,
        fragc_version=fragc.__version__,
    )
