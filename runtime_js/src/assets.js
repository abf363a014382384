// @ts-check
/**
 * Where the runtime's own files are: beside `fragc-runtime.js` on a served site (a URL
 * relative to this bundle, so the site works under any sub-path), or inside the page
 * of a single-file site (embedded.js), as `blob:` URLs made on first use.
 */

import { decodeFile, readEmbeddedFiles } from "./embedded.js";

/** @typedef {import("./embedded.js").EmbeddedFile} EmbeddedFile */

const EMBEDDED = typeof document === "undefined" ? [] : readEmbeddedFiles(document);
/** The runtime's folder in a single-file site, e.g. "assets/3f2a…/". */
const RUNTIME_DIR = EMBEDDED.find((f) => f.path.endsWith("/fragc-runtime.js"))?.path.replace(/fragc-runtime\.js$/, "") ?? null;

/** True in a single-file site (opened from disk, most likely). */
export const SINGLE_FILE = RUNTIME_DIR !== null;

/** @type {Map<string, Promise<string>>} */
const urls = new Map();

/**
 * The URL of one of the runtime's files (`fragc-vega.js`, `fragc-katex.css`, ...).
 * @param {string} name
 * @returns {Promise<string>}
 */
export function assetUrl(name) {
  if (!SINGLE_FILE) return Promise.resolve(new URL(name, import.meta.url).href);
  let url = urls.get(name);
  if (!url) {
    const file = EMBEDDED.find((f) => f.path === `${RUNTIME_DIR}${name}`);
    url = file ? decodeFile(file).then((blob) => URL.createObjectURL(blob)) : Promise.reject(new Error(`this single-file site has no ${name}`));
    urls.set(name, url);
  }
  return url;
}

/** The files the worker serves itself (Pyodide, the app, its packages): all but the runtime's. */
export function workerFiles() {
  return RUNTIME_DIR === null ? [] : EMBEDDED.filter((f) => !f.path.startsWith(RUNTIME_DIR));
}
