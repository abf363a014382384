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
import { WorkerHost } from "./worker_host.js";
import { SINGLE_FILE, assetUrl, workerFiles } from "./assets.js";
import { siteRoot } from "./pages.js";

async function main() {
  // Opened from disk: index.html already says to serve the folder (file:// cannot run the
  // app), unless it is a single-file site, which holds every file it needs.
  if (location.protocol === "file:" && !SINGLE_FILE) return;
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
  /** @type {Page | null} */
  let page = null;
  const host = new WorkerHost({
    ...(await workerSource()),
    onMessage: (text) => page?.receive(text),
    onError: (message, detail) => page?.fail(message, detail),
  });
  try {
    if (early) host.adopt(early.worker);
    else host.start();
  } catch (error) {
    showBootError(chrome, { message: "This browser could not start fragc's worker (a module Web Worker).", detail: String(error) });
    setConnectionState(chrome, "DISCONNECTED_FOREVER");
    return;
  }
  page = new Page({
    chrome,
    manifest: manifest.value,
    host,
    debug: new URLSearchParams(location.search).has(DEBUG_FLAG),
  });
  // The build-time first run, on screen before Python has started (prerender.js).
  const prerendered = readPrerender();
  if (prerendered) page.showPrerender(prerendered);
  if (manifest.value.dev) startDevClient(page, host, manifest.value.dev);
  if (!early) {
    page.start();
    return;
  }
  // Same task as the handlers above: no message can slip in between.
  for (const message of early.early.splice(0)) page.receive(String(message));
  if (early.error) page.fail("fragc's worker failed to load or crashed.", early.error.message ?? "");
}

/**
 * How to start the worker. A served site's is the module beside this bundle. A
 * single-file site's is its classic build (`fragc-worker-classic.js`: Chromium starts no
 * module worker from a `blob:` URL on a file:// page), sent the embedded files first.
 * @returns {Promise<{ url: URL, create?: (url: URL) => Worker, setup?: (worker: Worker) => void }>}
 */
async function workerSource() {
  if (!SINGLE_FILE) return { url: new URL("./fragc-worker.js", import.meta.url) };
  const files = workerFiles();
  return {
    url: new URL(await assetUrl("fragc-worker-classic.js")),
    create: (url) => new Worker(url, { name: "fragc" }),
    setup: (worker) => worker.postMessage({ type: "embedded-files", files }),
  };
}

/**
 * `fragc dev` only: follow the dev server's builds. A bundle of its own, loaded by URL
 * next to this one, so a deployed site never loads it. It talks to the worker through
 * the host, which follows a restart.
 * @param {Page} page @param {WorkerHost} worker @param {any} dev
 */
function startDevClient(page, worker, dev) {
  assetUrl("fragc-dev.js").then((url) => import(/* webpackIgnore: true */ url)).then(
    (module) => module.startDev({ page, worker, dev, root: siteRoot().href }),
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
