// @ts-check
/**
 * The page's handle on the Python worker, which can be interrupted and replaced.
 *
 * Two ways to end a run that does not end by itself (the Stop button, status_widget.js):
 *
 * - **Interrupt** (a cross-origin isolated page: `fragc serve` sends COOP/COEP): a
 *   SharedArrayBuffer shared with the worker, which hands it to Pyodide
 *   (`setInterruptBuffer`). Writing SIGINT into it makes Python raise KeyboardInterrupt
 *   at its next check, inside the running script; the shim ends the run as `st.stop()`
 *   does. Everything in Python's memory stays.
 * - **Restart** (any page, and the fallback when an interrupt is not honoured, e.g. a
 *   script that swallows KeyboardInterrupt): terminate the worker and start a new one,
 *   which boots from the site's memory snapshot. The page gives it the session state
 *   the old one saved (page.js).
 *
 * Messages of a worker that was replaced are dropped, so nothing the old Python posted
 * late can reach the page. The host is also what `fragc dev`'s client talks to
 * (`postMessage`, `addEventListener("message")`), so it follows a restart.
 */

/** The signal Pyodide turns into KeyboardInterrupt. */
export const SIGINT = 2;

/**
 * @typedef {object} HostDeps
 * @property {URL} url the worker script
 * @property {(text: string) => void} onMessage a message of the current worker
 * @property {(message: string, detail: string) => void} onError the current worker failed
 * @property {(url: URL) => Worker} [create] how to start a worker (tests pass their own)
 * @property {(worker: Worker) => void} [setup] what every new worker is sent first (a
 *   single-file site's embedded files)
 * @property {boolean} [isolated] whether a SharedArrayBuffer can be shared (default: the page's `crossOriginIsolated`)
 */

export class WorkerHost extends EventTarget {
  /** @param {HostDeps} deps */
  constructor(deps) {
    super();
    this.deps = deps;
    /** @type {Worker | null} */
    this.worker = null;
    const isolated = deps.isolated ?? (globalThis.crossOriginIsolated === true && typeof SharedArrayBuffer === "function");
    /** @type {Int32Array | null} */
    this.interruptBuffer = isolated ? new Int32Array(new SharedArrayBuffer(4)) : null;
    /** How many workers were started after the first one. */
    this.restarts = 0;
  }

  /** Take the worker index.html started early (it has been posted `boot:start`). @param {Worker} worker */
  adopt(worker) {
    this.#attach(worker);
  }

  /** Start a worker (the caller posts `boot:start`). */
  start() {
    this.#attach((this.deps.create ?? defaultCreate)(this.deps.url));
  }

  /** End the current worker at once and start a new one (the caller posts `boot:start`). */
  restart() {
    this.worker?.terminate();
    this.worker = null;
    this.restarts += 1;
    this.clearInterrupt();
    this.start();
  }

  /** @param {string} text */
  post(text) {
    this.worker?.postMessage(text);
  }

  /** The Worker interface `fragc dev`'s client uses. @param {string} text */
  postMessage(text) {
    this.post(text);
  }

  /** Ask Python to stop the running script; false when this page cannot (no isolation). */
  interrupt() {
    if (!this.interruptBuffer || !this.worker) return false;
    Atomics.store(this.interruptBuffer, 0, SIGINT);
    return true;
  }

  /** Withdraw an interrupt Python did not take (the run ended first). */
  clearInterrupt() {
    if (this.interruptBuffer) Atomics.store(this.interruptBuffer, 0, 0);
  }

  /** @param {Worker} worker */
  #attach(worker) {
    this.worker = worker;
    this.deps.setup?.(worker);
    if (this.interruptBuffer) worker.postMessage({ type: "interrupt:buffer", buffer: this.interruptBuffer });
    worker.onmessage = (event) => {
      if (worker !== this.worker) return; // a replaced worker's last words
      const text = String(event.data);
      this.deps.onMessage(text);
      this.dispatchEvent(new MessageEvent("message", { data: text }));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (worker !== this.worker) return;
      this.deps.onError(
        "fragc's worker failed to load or crashed.",
        [event.message, event.filename && `${event.filename}:${event.lineno}`].filter(Boolean).join("\n"),
      );
    };
    worker.onmessageerror = () => {
      if (worker === this.worker) this.deps.onError("fragc's worker sent a message the page could not read.", "");
    };
  }
}

/** @param {URL} url */
function defaultCreate(url) {
  return new Worker(url, { type: "module", name: "fragc" });
}
