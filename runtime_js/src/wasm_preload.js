// @ts-check
/**
 * Compile Pyodide's wasm while the memory snapshot downloads.
 *
 * With `_loadSnapshot`, Pyodide awaits the snapshot before it instantiates its wasm, so
 * the compile (a few hundred ms) would only start once the snapshot is decoded. Here
 * the worker fetches the wasm at once and compiles it with `compileStreaming` as it
 * arrives; Pyodide's own fetch of that URL is answered with the same response, and its
 * `instantiateStreaming` of that response instantiates the module already compiled.
 *
 * Nothing here can break a boot: Pyodide gets a real response for the real URL; if a
 * later Pyodide loaded its wasm some other way, it would simply not use the compiled
 * module. The response keeps its URL, so the browser's compiled-code cache still works.
 */

/**
 * @param {{ fetch: typeof fetch }} scope the worker's global scope (its fetch is wrapped,
 *   on top of any wrapper already there, which sees the one real request)
 * @param {string} wasmUrl absolute URL of pyodide.asm.wasm
 */
export function preloadWasm(scope, wasmUrl) {
  const original = scope.fetch.bind(scope);
  const response = original(wasmUrl, { credentials: "same-origin" });
  const compiled = response.then((r) => {
    if (!r.ok) throw new Error(`HTTP ${r.status} for ${wasmUrl}`);
    return WebAssembly.compileStreaming(r.clone());
  });
  compiled.catch(() => {}); // Pyodide's own path reports a failure
  let handedOut = false;
  scope.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url === wasmUrl && !handedOut) {
      handedOut = true; // once: a second boot (snapshot fallback) fetches afresh
      return response;
    }
    return original(input, init);
  };
  const instantiateStreaming = WebAssembly.instantiateStreaming.bind(WebAssembly);
  WebAssembly.instantiateStreaming = async (source, imports) => {
    const given = await source;
    if (given === (await response.catch(() => null))) {
      try {
        const module = await compiled;
        return { module, instance: await WebAssembly.instantiate(module, imports) };
      } catch {
        // fall through: let the browser try the usual way (and report)
      }
    }
    return instantiateStreaming(given, imports);
  };
}
