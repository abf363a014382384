// Make a Pyodide memory snapshot with fragc's shim imported, for the site's worker.
//
// The worker then starts Python from this memory image instead of initialising the
// interpreter and importing the shim (Pyodide's `_loadSnapshot`): the same Pyodide
// files, the same standard library zip and the same shim, or the snapshot is useless,
// which is why the build makes it from exactly the files it ships.
// Reads {"indexURL", "stdLibURL", "shim": path of a zip holding _fragc/, "out": path}
// on stdin; writes the raw snapshot to `out`.
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const request = JSON.parse(readFileSync(0, "utf8"));
const { loadPyodide } = await import(pathToFileURL(request.indexURL + "/pyodide.mjs").href);
const pyodide = await loadPyodide({
  indexURL: request.indexURL + "/",
  stdLibURL: request.stdLibURL,
  _makeSnapshot: true,
});
pyodide.unpackArchive(new Uint8Array(readFileSync(request.shim)), "zip", { extractDir: "/home/pyodide" });
// The worker puts the same folder on sys.path (runtime_js/src/worker.js). Every module of
// the bundled fragc is imported: a worker that starts from this snapshot then unpacks only
// the app's own files from app.zip, not the shim's (worker.js, unpackApp).
pyodide.runPython(`
import gc, importlib, pkgutil, sys
sys.path.insert(0, "/home/pyodide/_fragc")
import fragc
for module in pkgutil.walk_packages(fragc.__path__, "fragc."):
    importlib.import_module(module.name)
gc.collect()
`);
writeFileSync(request.out, pyodide.makeMemorySnapshot());
