// @ts-check
/**
 * The files of a single-file site (`fragc build --single-file`, compiler/fragc/site/
 * single_file.py). Every file a served site has beside `index.html` is in the page as a
 * data block the browser never runs:
 *
 *     <script type="application/octet-stream" data-fragc-file="pyodide/<hash>/pyodide.asm.wasm"
 *             data-encoding="gzip-base64">H4sIA…</script>
 *
 * (`base64` for files that are compressed already: the zip, the snapshot, wheels). The
 * page turns the runtime's own files into `blob:` URLs when it needs them (assets.js);
 * the worker gets the rest as text and answers its own fetches of those paths from them
 * (worker.js), so Pyodide loads as from a server, with no server and no network.
 */

/** @typedef {{ path: string, encoding: string, text: string }} EmbeddedFile */

const TYPES = /** @type {Record<string, string>} */ ({
  js: "text/javascript",
  mjs: "text/javascript",
  css: "text/css",
  json: "application/json",
  wasm: "application/wasm",
  zip: "application/zip",
  woff2: "font/woff2",
});

/** The MIME type a server would send for this path. @param {string} path */
export function typeOf(path) {
  return TYPES[path.slice(path.lastIndexOf(".") + 1)] ?? "application/octet-stream";
}

/**
 * The page's embedded files (none on a served site).
 * @param {Document} doc
 * @returns {EmbeddedFile[]}
 */
export function readEmbeddedFiles(doc) {
  return [...doc.querySelectorAll("script[data-fragc-file]")].map((el) => ({
    path: el.getAttribute("data-fragc-file") ?? "",
    encoding: el.getAttribute("data-encoding") ?? "base64",
    text: (el.textContent ?? "").trim(),
  }));
}

/**
 * A file's bytes, as a Blob of its MIME type. The browser decodes the base64 (a `data:`
 * URL) and inflates the gzip (DecompressionStream), both natively.
 * @param {EmbeddedFile} file
 * @returns {Promise<Blob>}
 */
export async function decodeFile(file) {
  const raw = await (await fetch(`data:application/octet-stream;base64,${file.text}`)).blob();
  const body = file.encoding === "gzip-base64" ? await new Response(raw.stream().pipeThrough(new DecompressionStream("gzip"))).blob() : raw;
  return new Blob([body], { type: typeOf(file.path) });
}
