"""The static side of the bench: the built fragc site and the bare-Pyodide page, served
together from one temporary folder on 127.0.0.1.

```
ROOT/index.html      (a placeholder: the server wants one)
ROOT/site/           fragc build APP.py -o ROOT/site
ROOT/bare/           a page whose module worker only imports ROOT/site/pyodide/pyodide.mjs
                     and calls loadPyodide, as fragc's worker does, then posts "ready"
```
"""

from __future__ import annotations

from pathlib import Path

BARE_PAGE = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>bare Pyodide boot</title></head>
<body>
<p id="status">booting Pyodide…</p>
<script type="module">
  // Measured by the bench: performance.now() (from navigation start) when the worker
  // reports that loadPyodide resolved and Python ran one statement.
  const worker = new Worker(new URL("./worker.mjs", import.meta.url), { type: "module" });
  worker.onmessage = (event) => {
    if (event.data && event.data.ready) {
      window.__bareReady = performance.now();
      document.getElementById("status").textContent = "ready";
    } else {
      window.__bareError = String(event.data && event.data.error);
      document.getElementById("status").textContent = window.__bareError;
    }
  };
  worker.onerror = (event) => { window.__bareError = String(event.message || "worker error"); };
</script>
</body>
</html>
"""

# The same calls as runtime_js/src/worker.js `loadPython`, and nothing else.
BARE_WORKER = """
const indexUrl = new URL("../site/pyodide/", import.meta.url);
try {
  const { loadPyodide } = await import(new URL("pyodide.mjs", indexUrl).href);
  const pyodide = await loadPyodide({ indexURL: indexUrl.href, packages: [] });
  pyodide.runPython("1 + 1");
  self.postMessage({ ready: true });
} catch (error) {
  self.postMessage({ ready: false, error: String(error && error.stack || error) });
}
"""


def write_bare_page(root: Path) -> Path:
    """Write ``ROOT/bare/`` (the site must be at ``ROOT/site/``); returns the folder."""
    folder = root / "bare"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "index.html").write_text(BARE_PAGE, encoding="utf-8")
    (folder / "worker.mjs").write_text(BARE_WORKER.lstrip(), encoding="utf-8")
    return folder


def prepare(root: Path, app: Path) -> None:
    """Build ``app`` into ``ROOT/site/`` and write the bare page and the root placeholder."""
    from fragc.site.build import build_site

    build_site(app, root / "site")
    write_bare_page(root)
    (root / "index.html").write_text(
        '<!doctype html><title>fragc bench</title><a href="site/">app</a> <a href="bare/">bare</a>\n',
        encoding="utf-8",
    )
