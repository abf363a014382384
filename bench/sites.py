"""The static side of the bench: the built fragc site and the bare-Pyodide page, served
together from one temporary folder on 127.0.0.1.

```
ROOT/index.html      (a placeholder: the server wants one)
ROOT/fragc/          fragc build APP.py -o ROOT/fragc              (pre-render and snapshot)
ROOT/fragc-no-snapshot/, ROOT/fragc-no-prerender/, ROOT/fragc-plain/ (neither): the same
                     app built with --no-snapshot, --no-prerender, or both
ROOT/bare/           a page whose module worker only imports the fragc site's pyodide.mjs
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

# What fragc build does for boot, per variant: (pre-render, snapshot).
VARIANTS: dict[str, tuple[bool, bool]] = {
    "fragc": (True, True),
    "fragc-no-snapshot": (True, False),
    "fragc-no-prerender": (False, True),
    "fragc-plain": (False, False),
}
MAIN_VARIANT = "fragc"

# The same calls as runtime_js/src/worker.js `loadPython` without a snapshot, and nothing else.
BARE_WORKER = """
const indexUrl = new URL("../PYODIDE", import.meta.url);
try {
  const { loadPyodide } = await import(new URL("pyodide.mjs", indexUrl).href);
  const pyodide = await loadPyodide({ indexURL: indexUrl.href, packages: [] });
  pyodide.runPython("1 + 1");
  self.postMessage({ ready: true });
} catch (error) {
  self.postMessage({ ready: false, error: String(error && error.stack || error) });
}
"""


def write_bare_page(root: Path, pyodide: str) -> Path:
    """Write ``ROOT/bare/``; ``pyodide`` is Pyodide's folder relative to ROOT (a site's
    manifest says where, e.g. ``fragc/pyodide/<hash>/``). Returns the folder."""
    folder = root / "bare"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "index.html").write_text(BARE_PAGE, encoding="utf-8")
    worker = BARE_WORKER.lstrip().replace("PYODIDE", pyodide)
    (folder / "worker.mjs").write_text(worker, encoding="utf-8")
    return folder


def prepare(root: Path, app: Path, variants: list[str]) -> None:
    """Build ``app`` once per variant into ``ROOT/<variant>/``, and write the bare page and
    the root placeholder."""
    from fragc.site.build import BootOptions, build_site

    pyodide = ""
    for name in variants:
        prerender, snapshot = VARIANTS[name]
        result = build_site(
            app, root / name, boot=BootOptions(prerender=prerender, snapshot=snapshot)
        )
        pyodide = pyodide or f"{name}/{result.manifest.get('pyodide', 'pyodide/')}"
    write_bare_page(root, pyodide)
    (root / "index.html").write_text(
        "<!doctype html><title>fragc bench</title>"
        + "".join(f'<a href="{name}/">{name}</a> ' for name in variants)
        + '<a href="bare/">bare</a>\n',
        encoding="utf-8",
    )
