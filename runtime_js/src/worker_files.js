// @ts-check
/**
 * A single-file site's files, inside its worker (embedded.js says how they are stored).
 *
 * The worker fetches a served site's files by URL: the snapshot, the app's zip, and
 * Pyodide its wasm, standard library and lock, and the app's wheels. Here the same URLs
 * (the site's folder on disk, which no browser lets a page fetch) are answered from the
 * embedded copies, with the type a server would send, so everything that loads a served
 * site loads this one unchanged. Pyodide's two modules are imported from `blob:` URLs.
 */

import { decodeFile } from "./embedded.js";

/** @typedef {import("./embedded.js").EmbeddedFile} EmbeddedFile */

export class WorkerFiles {
  /** @param {EmbeddedFile[]} files */
  constructor(files) {
    /** @type {Map<string, EmbeddedFile>} */
    this.files = new Map(files.map((file) => [file.path, file]));
    /** @type {Map<string, Promise<Blob>>} */
    this.decoded = new Map();
    /** The site's folder, once boot:start has named it. */
    this.base = "";
  }

  /** @param {string} url @returns {EmbeddedFile | undefined} */
  #find(url) {
    if (!this.base || !url.startsWith(this.base)) return undefined;
    return this.files.get(decodeURIComponent(url.slice(this.base.length).split(/[?#]/)[0]));
  }

  /** @param {EmbeddedFile} file */
  #blob(file) {
    let blob = this.decoded.get(file.path);
    if (!blob) {
      blob = decodeFile(file);
      this.decoded.set(file.path, blob);
    }
    return blob;
  }

  /**
   * Answer the worker's fetches of the site's files (before any other wrapper of
   * `fetch` is installed, so those see these answers as the network's).
   * @param {{ fetch: typeof fetch }} scope @param {URL} siteUrl
   */
  serve(scope, siteUrl) {
    this.base = siteUrl.href;
    const original = scope.fetch.bind(scope);
    scope.fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      const file = this.#find(url);
      if (!file) return original(input, init);
      const blob = await this.#blob(file);
      return new Response(blob, { status: 200, headers: { "Content-Type": blob.type, "Content-Length": String(blob.size) } });
    };
  }

  /**
   * A `blob:` URL to import an embedded module from, or null when the URL is not one.
   * @param {string} url
   */
  async moduleUrl(url) {
    const file = this.#find(url);
    return file ? URL.createObjectURL(await this.#blob(file)) : null;
  }
}
