"""``fragc build --single-file``: the whole site in one HTML file that runs from disk.

The site is built as usual into a temporary folder, then packed: ``index.html`` keeps its
manifest, pre-render and skeleton; the runtime's stylesheet goes inline; every other file
(the runtime and its lazy chunks, the worker, Pyodide, the memory snapshot, ``app.zip``,
the app's wheels) becomes a data block the browser never runs::

    <script type="application/octet-stream" data-fragc-file="PATH" data-encoding="gzip-base64">…</script>

(``base64`` alone for files that are compressed already). One inline script at the end
of the page, allowed by its hash in the page's Content-Security-Policy (csp.py), imports
the runtime from a ``blob:`` URL; the runtime finds the rest there
(runtime_js/src/assets.js, embedded.js) and starts the worker from its classic build
(Chromium starts no module worker from a ``blob:`` URL on a file:// page), which answers
its own fetches of the site's paths from the embedded copies (worker_files.js). Nothing
is fetched from a server or the network.

KaTeX's stylesheet names its fonts by relative URL, which a ``blob:`` stylesheet cannot
resolve: they go into it as ``data:`` URLs. The module worker, the dev client, source
maps and the precompressed copies are left out.

The memory snapshot is kept (``--no-snapshot`` leaves it out): it makes the file about
45% bigger and Python's start about a second shorter (docs/deploy.md has the figures).
"""

from __future__ import annotations

import base64
import gzip
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from fragc.errors import FragcError
from fragc.site import csp, layout
from fragc.site.build import BootOptions, BuildResult, Progress, build_site

# Compressed already: gzip would only cost time.
_STORED = (".zip", ".whl", ".bin", ".woff2", ".gz", ".br")
_LEFT_OUT_NAMES = {
    layout.SITE_INDEX,
    layout.SITE_MARKER,
    layout.SITE_NOJEKYLL,
    "fragc-worker.js",
    layout.DEV_CLIENT,
    "fragc-runtime.css",
}
_GENERATOR = '<meta name="generator" content="fragc '


@dataclass(frozen=True)
class SingleFileResult:
    path: Path
    site: BuildResult
    size: int


def output_path(out: Path | None, entry: Path, default_dir: Path) -> Path:
    """The HTML file to write: ``-o X.html`` itself; ``-o DIR`` (or none) gets ``<app>.html``."""
    if out is not None and out.suffix.lower() in (".html", ".htm"):
        return out
    return (out if out is not None else default_dir) / f"{entry.stem}.html"


def build_single_file(
    entry: Path,
    out: Path,
    *,
    progress: Progress,
    pyodide_packages: Path | None = None,
    boot: BootOptions | None = None,
) -> SingleFileResult:
    """Build ``entry`` into the one file ``out``; raises FragcError (``out`` untouched)."""
    target = out.absolute()
    if target.is_dir():
        raise FragcError(f"{out} is a directory; give the HTML file to write with -o")
    if (
        target.exists()
        and _GENERATOR not in target.read_text(encoding="utf-8", errors="replace")[:4096]
    ):
        raise FragcError(
            f"{out} exists and was not written by fragc; refusing to replace it: choose "
            "another file with -o"
        )
    with tempfile.TemporaryDirectory(prefix=".fragc-single-file-") as temp:
        site = Path(temp) / "site"
        result = build_site(
            entry,
            site,
            progress=progress,
            pyodide_packages=pyodide_packages,
            boot=boot or BootOptions(),
        )
        cdn = result.manifest.get("cdn_packages") or []
        if cdn:
            raise FragcError(
                f"a single-file site cannot download {', '.join(cdn)} from the Pyodide CDN "
                "(it must work with no network); give their wheels with --pyodide-packages DIR"
            )
        progress(f"packing {result.file_count} files into {out}")
        html = pack(site)
    _write_atomically(target, html)
    return SingleFileResult(path=out, site=result, size=len(html.encode("utf-8")))


def pack(site: Path) -> str:
    """The single page for the built site in ``site``."""
    html = (site / layout.SITE_INDEX).read_text(encoding="utf-8")
    runtime = _runtime_folder(html)
    html = re.sub(r'\s*<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
    # fragc's own inline scripts of a served page: the file:// message and the early
    # worker start. A single file runs from disk, and its worker starts in the runtime.
    html = re.sub(r"\s*<script data-fragc-inline=\"[a-z-]+\">.*?</script>", "", html, flags=re.S)
    html = re.sub(r'\s*<link rel="modulepreload"[^>]*>', "", html)
    html = re.sub(r'\s*<script type="module" src="[^"]*"></script>', "", html)
    css = (site / runtime / "fragc-runtime.css").read_text(encoding="utf-8")
    css = _fonts_inline(css, site / runtime)  # the icon font: no file beside a single file
    html = re.sub(
        r'<link rel="stylesheet" href="[^"]*fragc-runtime\.css">',
        lambda _: f"<style>{_inline_safe(css, 'style')}</style>",
        html,
    )
    blocks = "\n".join(_data_block(path, site) for path in _embedded_files(site))
    html = html.replace(
        "</body>", f"<div hidden>\n{blocks}\n</div>\n<script>{_BOOTSTRAP}</script>\n</body>", 1
    )
    return csp.with_policy(html, single_file=True)


# Runs once the page is parsed (it is the last element): the runtime, from its embedded
# copy. The runtime does the rest (assets.js). If the browser cannot, the page says so.
_BOOTSTRAP = (
    "(function () {"
    "var el = document.querySelector('script[data-fragc-file$=\"/fragc-runtime.js\"]');"
    "fetch('data:application/octet-stream;base64,' + el.textContent.trim())"
    ".then(function (r) { return new Response(r.body.pipeThrough(new DecompressionStream('gzip'))).blob(); })"
    ".then(function (b) { return import(URL.createObjectURL(new Blob([b], { type: 'text/javascript' }))); })"
    ".catch(function (e) {"
    "var box = document.createElement('pre'); box.setAttribute('data-testid', 'stBootError');"
    "box.textContent = 'This browser could not start the app from this file: ' + e;"
    "document.getElementById('root').replaceChildren(box); });"
    "})();"
)


def _runtime_folder(html: str) -> str:
    found = re.search(r'<link rel="stylesheet" href="([^"]*)fragc-runtime\.css">', html)
    if found is None:
        raise FragcError("the built page names no runtime stylesheet; is the template fragc's?")
    return found.group(1)


def _embedded_files(site: Path) -> list[str]:
    paths = []
    for path in sorted(site.rglob("*")):
        relative = path.relative_to(site).as_posix()
        if not path.is_file() or path.name in _LEFT_OUT_NAMES:
            continue
        if path.suffix in (".br", ".gz", ".map") or "/fonts/" in f"/{relative}":
            continue  # precompressed copies, source maps; KaTeX's fonts go into its CSS
        paths.append(relative)
    return paths


def _data_block(relative: str, site: Path) -> str:
    path = site / relative
    data = path.read_bytes()
    if path.name == "fragc-katex.css":
        data = _fonts_inline(data.decode("utf-8"), path.parent).encode("utf-8")
    stored = path.suffix in _STORED
    payload = data if stored else gzip.compress(data, compresslevel=9, mtime=0)
    encoding = "base64" if stored else "gzip-base64"
    text = base64.b64encode(payload).decode("ascii")
    return (
        f'<script type="application/octet-stream" data-fragc-file="{relative}" '
        f'data-encoding="{encoding}">{text}</script>'
    )


def _fonts_inline(css: str, folder: Path) -> str:
    def inline(match: re.Match[str]) -> str:
        font = folder / match.group(1)
        encoded = base64.b64encode(font.read_bytes()).decode("ascii")
        return f'url("data:font/woff2;base64,{encoded}")'

    return re.sub(r'url\("(\./fonts/[^"]+\.woff2)"\)', inline, css)


def _inline_safe(text: str, tag: str) -> str:
    """``text`` inside ``<tag>…</tag>``: a closing tag in it would end the element early."""
    return re.sub(rf"</({tag})", r"<\\/\1", text, flags=re.I)


def _write_atomically(target: Path, html: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(html)
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
