// @ts-check
/**
 * Bytes received of what the worker downloads while booting, for the page's progress
 * line ("Loading Python… 4.1 of 12.3 MB").
 *
 * The manifest lists every boot download with its size (`downloads`). The worker's own
 * fetches (app.zip, the snapshot) count their bytes as they read them; Pyodide's fetches
 * (the wasm, the standard library, the lock) are seen through a wrapped `fetch` that reads
 * a clone of each response, so the response Pyodide gets is the untouched original (its
 * URL is what lets the browser cache the compiled wasm). Module imports (pyodide.mjs and
 * pyodide.asm.mjs) count whole once imported. Sizes are of the files as built, which is
 * also what a response body yields after any Content-Encoding is undone.
 */

/** Report at most this often (ms): a postMessage per network chunk would flood the page. */
const REPORT_EVERY_MS = 100;

export class DownloadProgress {
  /**
   * @param {Record<string, number>} downloads relative URL -> bytes (the manifest's)
   * @param {URL} siteUrl what the relative URLs are relative to
   * @param {(loaded: number, total: number) => void} report
   * @param {() => number} [now]
   */
  constructor(downloads, siteUrl, report, now = () => performance.now()) {
    /** @type {Map<string, { size: number, seen: number }>} absolute URL -> counts */
    this.files = new Map();
    for (const [url, size] of Object.entries(downloads ?? {})) {
      if (Number.isFinite(size) && size > 0) this.files.set(new URL(url, siteUrl).href, { size, seen: 0 });
    }
    this.total = [...this.files.values()].reduce((sum, file) => sum + file.size, 0);
    this.report = report;
    this.now = now;
    this.lastReport = -Infinity;
    /** The fetch from before `watchFetch`: the worker's own downloads count through `read`. */
    /** @type {(input: RequestInfo | URL, init?: RequestInit) => Promise<Response>} */
    this.plainFetch = (input, init) => fetch(input, init);
  }

  /** Bytes received so far (each file counted up to its size). */
  get loaded() {
    let sum = 0;
    for (const file of this.files.values()) sum += Math.min(file.seen, file.size);
    return sum;
  }

  /** @param {string} url @param {number} bytes */
  add(url, bytes) {
    const file = this.files.get(url);
    if (!file) return;
    file.seen += bytes;
    this.#maybeReport(file.seen >= file.size);
  }

  /** The whole file is here (an import, or a response read elsewhere). @param {string} url */
  done(url) {
    const file = this.files.get(url);
    if (!file || file.seen >= file.size) return;
    file.seen = file.size;
    this.#maybeReport(true);
  }

  /** @param {boolean} force */
  #maybeReport(force) {
    const at = this.now();
    if (!force && at - this.lastReport < REPORT_EVERY_MS) return;
    this.lastReport = at;
    this.report(this.loaded, this.total);
  }

  /**
   * Count the bytes of every known URL fetched through `scope.fetch` from now on.
   * @param {{ fetch: typeof fetch }} scope the worker's global scope
   */
  watchFetch(scope) {
    const original = scope.fetch.bind(scope);
    this.plainFetch = original;
    scope.fetch = async (input, init) => {
      const response = await original(input, init);
      const url = response.url || String(input instanceof Request ? input.url : input);
      if (this.files.has(url) && response.ok && response.body) this.#countClone(url, response.clone());
      return response;
    };
  }

  /** @param {string} url @param {Response} clone */
  async #countClone(url, clone) {
    try {
      await this.read(url, clone);
    } catch {
      // A failed download is reported by whoever reads the original.
    }
  }

  /**
   * Read a response to the end, counting; returns its bytes.
   * @param {string} url @param {Response} response
   * @returns {Promise<Uint8Array>}
   */
  async read(url, response) {
    if (!response.body) return new Uint8Array(await response.arrayBuffer());
    const reader = response.body.getReader();
    /** @type {Uint8Array[]} */
    const chunks = [];
    let length = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      length += value.length;
      this.add(url, value.length);
    }
    this.done(url);
    return concat(chunks, length);
  }
}

/**
 * The body of a response, counted as it passes (for a reader that streams it on).
 * @param {DownloadProgress} progress @param {string} url @param {ReadableStream<Uint8Array>} body
 */
export function countedStream(progress, url, body) {
  return body.pipeThrough(
    new TransformStream({
      transform(chunk, controller) {
        progress.add(url, chunk.length);
        controller.enqueue(chunk);
      },
      flush() {
        progress.done(url);
      },
    }),
  );
}

/** @param {Uint8Array[]} chunks @param {number} length */
export function concat(chunks, length) {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** "4.1 of 12.3 MB" (decimal megabytes, as the build's table). @param {number} loaded @param {number} total */
export function formatBytes(loaded, total) {
  const mb = (/** @type {number} */ n) => (n / 1_000_000).toFixed(1);
  return `${mb(loaded)} of ${mb(total)} MB`;
}
