// @ts-check
/**
 * fragc's page entry (`assets/fragc-runtime.js`): read the manifest inlined in
 * index.html, draw the chrome and the skeleton, start the worker, and hand every
 * worker message to the page session (page.js).
 *
 * Every URL is resolved against this module's URL or the document, so a site works
 * under any sub-path.
 */

import { buildChrome, setConnectionState } from "./chrome.js";
import { showBootError, showSkeleton } from "./boot.js";
import { Page, DEBUG_FLAG } from "./page.js";
import { PROTOCOL_VERSION, formatErrors, validate, versionMismatchMessage } from "./protocol.js";
import { readPrerender } from "./prerender.js";

const WORKER_URL = new URL("./fragc-worker.js", import.meta.url);

function main() {
  // Opened from disk: index.html already says to serve the folder (file:// cannot run the app).
  if (location.protocol === "file:") return;
  const container = document.getElementById("root") ?? document.body;
  const chrome = buildChrome(container);
  showSkeleton(chrome);

  const manifest = readManifest();
  if (!manifest.ok) {
    /** @type {any} */ (window).__fragcBoot?.worker.terminate();
    showBootError(chrome, manifest.error);
    setConnectionState(chrome, "DISCONNECTED_FOREVER");
    return;
  }
  if (manifest.value.title && !document.title) document.title = manifest.value.title;

  // index.html started the worker already (so Pyodide loads while this bundle did);
  // adopt it with what it posted meanwhile. Without it, start one here.
  /** @type {{ worker: Worker, early: unknown[], error: ErrorEvent | null } | null | undefined} */
  const early = /** @type {any} */ (window).__fragcBoot;
  /** @type {Worker} */
  let worker;
  try {
    worker = early ? early.worker : new Worker(WORKER_URL, { type: "module", name: "fragc" });
  } catch (error) {
    showBootError(chrome, { message: "This browser could not start fragc's worker (a module Web Worker).", detail: String(error) });
    setConnectionState(chrome, "DISCONNECTED_FOREVER");
    return;
  }
  const page = new Page({
    chrome,
    manifest: manifest.value,
    postToWorker: (text) => worker.postMessage(text),
    debug: new URLSearchParams(location.search).has(DEBUG_FLAG),
  });
  worker.onmessage = (event) => page.receive(String(event.data));
  worker.onerror = (event) => {
    event.preventDefault();
    page.fail(
      `fragc's worker failed to load or crashed (${WORKER_URL.pathname}).`,
      [event.message, event.filename && `${event.filename}:${event.lineno}`].filter(Boolean).join("\n"),
    );
  };
  worker.onmessageerror = () => page.fail("fragc's worker sent a message the page could not read.");
  // The build-time first run, on screen before Python has started (prerender.js).
  const prerendered = readPrerender();
  if (prerendered) page.showPrerender(prerendered);
  if (manifest.value.dev) startDevClient(page, worker, manifest.value.dev);
  if (!early) {
    page.start();
    return;
  }
  // Same task as the handlers above: no message can slip in between.
  for (const message of early.early.splice(0)) page.receive(String(message));
  if (early.error) worker.onerror(early.error);
}

/**
 * `fragc dev` only: follow the dev server's builds. A bundle of its own, loaded by URL
 * next to this one, so a deployed site never loads it.
 * @param {Page} page @param {Worker} worker @param {any} dev
 */
function startDevClient(page, worker, dev) {
  import(/* webpackIgnore: true */ new URL("./fragc-dev.js", import.meta.url).href).then(
    (module) => module.startDev({ page, worker, dev }),
    (error) => console.error("fragc dev: could not load the dev client", error),
  );
}

/**
 * The manifest from `<script type="application/json" id="fragc-manifest">`, checked
 * against the protocol schema before anything starts.
 * @returns {{ ok: true, value: import("./protocol_types").Manifest } | { ok: false, error: { message: string, detail?: string } }}
 */
function readManifest() {
  const script = document.getElementById("fragc-manifest");
  if (!script) return { ok: false, error: { message: "The page has no fragc manifest (script#fragc-manifest); was it built by `fragc build`?" } };
  /** @type {any} */
  let value;
  try {
    value = JSON.parse(script.textContent ?? "");
  } catch (error) {
    return { ok: false, error: { message: "The page's fragc manifest is not valid JSON.", detail: String(error) } };
  }
  if (value?.protocol_version !== PROTOCOL_VERSION) {
    return { ok: false, error: { message: versionMismatchMessage(value) } };
  }
  const errors = validate("manifest", value);
  if (errors.length) return { ok: false, error: { message: "The page's fragc manifest is invalid.", detail: formatErrors(errors) } };
  return { ok: true, value };
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", main, { once: true });
else main();
