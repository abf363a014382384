// Compile Python sources to bytecode with Pyodide's own Python, for fragc's bundle.
//
// The site's Python is Pyodide's (3.14), not the one running fragc, and bytecode is
// version-specific: so the compiler that runs in the browser compiles it, here in
// Node. Reads {"indexURL": ..., "files": {"fragc/x.py": "source", ...}} on stdin and
// writes {"fragc/__pycache__/x.cpython-314.pyc": "<base64>", ...} on stdout.
// Unchecked-hash pycs: the browser never stats the sources to validate them.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const request = JSON.parse(readFileSync(0, "utf8"));
const { loadPyodide } = await import(pathToFileURL(request.indexURL + "/pyodide.mjs").href);
const pyodide = await loadPyodide({ indexURL: request.indexURL + "/" });
const root = "/tmp/fragc-src";
for (const [name, source] of Object.entries(request.files)) {
  const path = `${root}/${name}`;
  pyodide.FS.mkdirTree(path.slice(0, path.lastIndexOf("/")));
  pyodide.FS.writeFile(path, source);
}
const out = pyodide.runPython(`
import base64, json, os, py_compile
out = {}
for base, _dirs, names in os.walk(${JSON.stringify(root)}):
    for name in names:
        source = os.path.join(base, name)
        if not name.endswith(".py"):
            continue
        compiled = py_compile.compile(
            source, doraise=True, invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH
        )
        with open(compiled, "rb") as f:
            out[os.path.relpath(compiled, ${JSON.stringify(root)})] = base64.b64encode(f.read()).decode()
json.dumps(out)
`);
process.stdout.write(out);
