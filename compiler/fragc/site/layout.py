"""Names of the files fragc ships and writes: the one list the build hook and the builder share.

Imports nothing on purpose: ``setup.py`` loads this file by path while building the
wheel (before fragc or its dependencies are importable) to know what to copy into
``fragc/_assets/``.
"""

# What `npm run build` in runtime_js/ must produce (runtime_js/dist/). Everything else
# in dist/ (chunks, source maps) is copied too; these are the ones index.html and the
# runtime name.
RUNTIME_FILES = ("fragc-runtime.js", "fragc-worker.js", "fragc-runtime.css")
# `fragc dev`'s page client: copied into dev sites only.
DEV_CLIENT = "fragc-dev.js"

# Pyodide's core files, from the npm package `pyodide` (never a CDN). package.json
# carries the version the manifest records.
PYODIDE_CORE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
    "package.json",
)

# What the worker downloads from the Pyodide folder at every boot (pyodide-lock.json too,
# unless the app's packages bring the site's own lock).
PYODIDE_BOOT_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")

TEMPLATE_FILES = ("index.html.j2",)

# fragc/_assets/<these>: where an installed fragc keeps the files above.
ASSETS_RUNTIME = "runtime"
ASSETS_PYODIDE = "pyodide"
ASSETS_TEMPLATES = "templates"

# The built site (see ARCHITECTURE.md, "The built site"). All paths relative to OUTDIR.
SITE_INDEX = "index.html"
SITE_ASSETS = "assets"
SITE_PYODIDE = "pyodide"
SITE_BUNDLE = "app.zip"  # the built site has app.<hash>.zip (site/hashing.py)
SITE_SNAPSHOT = "snapshot.bin"  # likewise snapshot.<hash>.bin (site/snapshot.py)
SITE_MARKER = "fragc-build.json"  # marks a directory as fragc's output
SITE_NOJEKYLL = ".nojekyll"  # GitHub Pages: serve files as they are
