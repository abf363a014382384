// @ts-check
/// <reference lib="webworker" />
/**
 * fragc's Web Worker: boots Pyodide, unpacks the app, hands every page message to the
 * Python shim (`fragc.shim.bridge`).
 *
 * Messages travel as JSON strings both ways: no proxies to leak or destroy. Python
 * posts its own messages (deltas mid-run included: postMessage works while the worker
 * is busy) through the `post` function given to `bridge.start`, and posts
 * `boot:ready` itself. Any failure during boot becomes a `boot:error` with a readable
 * message and the detail.
 */

import { PROTOCOL_VERSION, versionMismatchMessage } from "./protocol.js";
import { DownloadProgress, countedStream } from "./download_progress.js";
import { SNAPSHOT_FORMAT, decodeSnapshotStream } from "./snapshot.js";
import { preloadWasm } from "./wasm_preload.js";
import { WorkerFiles } from "./worker_files.js";
import { offerPagePackages } from "./page_packages.js";

/** Where `app.zip` is unpacked; `_fragc/` and `app/` are its two top folders. */
const HOME = "/home/pyodide";

/** @param {Record<string, unknown>} message */
function post(message) {
  self.postMessage(JSON.stringify(message));
}

/** @param {string} message @param {unknown} [error] */
function postBootError(message, error) {
  post({ type: "boot:error", message, detail: describe(error) });
}

/** @param {unknown} error */
function describe(error) {
  if (error === undefined) return "";
  if (error instanceof Error) return error.stack && error.stack.includes(error.message) ? error.stack : `${error.name}: ${error.message}\n${error.stack ?? ""}`;
  return String(error);
}

/** @type {any} the `fragc.shim.bridge` module once Python is up */
let bridge = null;
/** Page messages that arrive before the bridge exists, or while one is being handled. */
/** @type {string[]} */
const inbox = [];
let handling = false;
let booting = false;

/**
 * The page's interrupt buffer (a SharedArrayBuffer: only on a cross-origin isolated page).
 * The page writes 2 (SIGINT) into it to stop a run; Python raises KeyboardInterrupt at
 * its next check, which the shim ends the run with (shim/runner.py).
 * @type {Int32Array | null}
 */
let interruptBuffer = null;
/** @type {any} Pyodide once loaded (the interrupt buffer may come before or after it) */
let python = null;

/** A single-file site's files, which this worker serves to itself (worker_files.js). @type {WorkerFiles | null} */
let embedded = null;

self.onmessage = (event) => {
  // A single-file site sends its files before boot:start (an object: no need for JSON).
  if (event.data?.type === "embedded-files") {
    embedded = new WorkerFiles(event.data.files);
    return;
  }
  // The one message that is not JSON text: a shared buffer cannot travel as text.
  if (event.data?.type === "interrupt:buffer") {
    interruptBuffer = event.data.buffer instanceof Int32Array ? event.data.buffer : null;
    if (python && interruptBuffer) python.setInterruptBuffer(interruptBuffer);
    return;
  }
  const text = typeof event.data === "string" ? event.data : JSON.stringify(event.data);
  if (!booting && !bridge) {
    booting = true;
    boot(text);
    return;
  }
  inbox.push(text);
  drain();
};

/**
 * Hand queued messages to Python one at a time. `bridge.handle` may return a promise
 * (an async shim); the next message waits for it, so runs never interleave.
 */
async function drain() {
  if (handling || !bridge) return;
  handling = true;
  try {
    while (inbox.length > 0) {
      const text = /** @type {string} */ (inbox.shift());
      try {
        const result = bridge.handle(text);
        if (result && typeof result.then === "function") await result;
        result?.destroy?.();
      } catch (error) {
        // The shim turns the app's exceptions into elements; reaching here means Python
        // itself died (Pyodide's fatal error: a C stack overflow, a wasm trap) or a fragc
        // bug. Say so on the page, which offers to restart Python, instead of leaving it
        // "running" forever.
        const fatal = /** @type {any} */ (error)?.pyodide_fatal_error || String(error).includes("fatally failed");
        postBootError(
          fatal
            ? "Python crashed and cannot run this app any more (Pyodide's fatal error, e.g. a stack overflow)."
            : "fragc's Python runtime failed while handling a message.",
          error,
        );
      }
    }
  } finally {
    handling = false;
  }
}

/** @param {string} text the `boot:start` message */
async function boot(text) {
  /** @type {any} */
  let start;
  try {
    start = JSON.parse(text);
  } catch (error) {
    postBootError("The page sent a boot message that is not JSON.", error);
    return;
  }
  if (start?.type !== "boot:start") {
    postBootError(`The first message to the worker must be boot:start, got ${String(start?.type)}.`);
    return;
  }
  const manifest = start.manifest ?? {};
  if (start.protocol_version !== PROTOCOL_VERSION || manifest.protocol_version !== PROTOCOL_VERSION) {
    post({ type: "boot:error", message: versionMismatchMessage(manifest), detail: "" });
    return;
  }

  const siteUrl = new URL(start.base_url ?? "../", self.location.href);
  // Content-hashed folders (fragc/site/hashing.py); a manifest without them is older.
  const pyodideUrl = manifest.pyodide ? new URL(manifest.pyodide, siteUrl) : new URL("../pyodide/", self.location.href);
  embedded?.serve(self, siteUrl);
  const bundleUrl = new URL(manifest.bundle ?? "app.zip", siteUrl);

  /** @type {string} */
  let stage = "Loading Python…";
  const progress = new DownloadProgress(manifest.downloads, siteUrl, (loaded, total) =>
    post({ type: "boot:progress", message: stage, loaded, total }),
  );
  progress.watchFetch(self);
  // With a snapshot, Pyodide would compile its wasm only once the snapshot is decoded.
  if (manifest.snapshot) preloadWasm(self, new URL("pyodide.asm.wasm", pyodideUrl).href);
  const report = (/** @type {string} */ message) => {
    stage = message;
    post({ type: "boot:progress", message, ...(progress.total ? { loaded: progress.loaded, total: progress.total } : {}) });
  };

  report("Loading Python…");
  // Every download starts now: the snapshot, the app's zip and Pyodide's files.
  const snapshotPromise = fetchSnapshot(manifest.snapshot, siteUrl, progress);
  snapshotPromise?.catch(() => {}); // a bad snapshot only means a normal boot (loadPython)
  const pyodidePromise = loadPython(pyodideUrl, packagesToLoad(manifest, siteUrl), snapshotPromise, progress, report);
  const bundlePromise = fetchBundle(bundleUrl, progress);
  pyodidePromise.catch(() => {}); // reported below, in order
  bundlePromise.catch(() => {});

  /** @type {any} */
  let pyodide;
  let fromSnapshot = false;
  try {
    ({ pyodide, fromSnapshot } = await pyodidePromise);
  } catch (error) {
    postBootError(
      error instanceof PackageError
        ? error.message
        : `Python (Pyodide) could not be loaded from ${pyodideUrl.href}.`,
      error instanceof PackageError ? error.detail : error,
    );
    return;
  }
  report("Loading app…");
  /** @type {Uint8Array} */
  let bundle;
  try {
    bundle = await bundlePromise;
  } catch (error) {
    postBootError(`The app bundle could not be loaded from ${bundleUrl.href}.`, error);
    return;
  }

  post({ type: "boot:progress", message: "Starting app…" });
  python = pyodide;
  offerPagePackages(self, pyodide);
  if (interruptBuffer) pyodide.setInterruptBuffer(interruptBuffer);
  try {
    unpackApp(pyodide, bundle, fromSnapshot);
    // The only Python in this file: the shim's folder on sys.path, the app's as cwd.
    // (A memory snapshot already has the folder on sys.path: see site/snapshot.py.)
    pyodide.runPython(
      `import os, sys\nif "${HOME}/_fragc" not in sys.path: sys.path.insert(0, "${HOME}/_fragc")\nos.chdir("${HOME}/app")`,
    );
    bridge = pyodide.pyimport("fragc.shim.bridge");
  } catch (error) {
    postBootError("The app bundle could not be unpacked or fragc's Python shim could not be imported.", error);
    return;
  }
  try {
    // Python posts boot:ready (or a compile error) itself.
    // A worker the page restarted gets the state the one before it saved (state_saving.py).
    const restore = typeof start.restore?.session_state === "string" ? start.restore.session_state : undefined;
    bridge.start(JSON.stringify(manifest), (/** @type {string} */ json) => self.postMessage(String(json)), restore);
  } catch (error) {
    bridge = null;
    postBootError("fragc's Python shim failed to start the app.", error);
    return;
  }
  drain();
}

/**
 * The app's packages, from the manifest: their names, the site's own lock (which lists
 * the wheels vendored beside it, and Pyodide's other packages at its CDN), and which
 * of them come from the CDN.
 * @typedef {{ names: string[], lockUrl: URL | null, cdn: string[] }} Packages
 * @param {any} manifest @param {URL} siteUrl
 * @returns {Packages}
 */
function packagesToLoad(manifest, siteUrl) {
  const names = Array.isArray(manifest.packages) ? manifest.packages : [];
  // A page's own packages (manifest.page_packages) load later from the same lock.
  const later = manifest.page_packages && Object.keys(manifest.page_packages).length > 0;
  const lockUrl = (names.length || later) && manifest.package_lock ? new URL(manifest.package_lock, siteUrl) : null;
  return { names, lockUrl, cdn: Array.isArray(manifest.cdn_packages) ? manifest.cdn_packages : [] };
}

/**
 * Load Pyodide: from the memory snapshot when there is one (the interpreter initialised
 * and the shim imported at build time), else, or when the snapshot cannot be used, the
 * usual way. Both of Pyodide's modules are imported at once (`createPyodideModule`), so
 * the large one does not wait for the small one.
 * @param {URL} indexUrl @param {Packages} packages
 * @param {Promise<Uint8Array> | null} snapshot the decoded memory image, when the site has one
 * @param {DownloadProgress} progress @param {(stage: string) => void} report
 */
async function loadPython(indexUrl, packages, snapshot, progress, report) {
  const moduleUrl = new URL("pyodide.mjs", indexUrl).href;
  const asmUrl = new URL("pyodide.asm.mjs", indexUrl).href;
  /** @type {[any, any]} */
  const [{ loadPyodide }, asm] = await Promise.all([
    importModule(moduleUrl).then((module) => (progress.done(moduleUrl), module)),
    importModule(asmUrl).then((module) => (progress.done(asmUrl), module)),
  ]);
  /** @type {Record<string, unknown>} */
  const options = { indexURL: indexUrl.href, createPyodideModule: asm.default };
  // The site lock replaces Pyodide's: vendored wheels resolve against its URL.
  if (packages.lockUrl) options.lockFileURL = packages.lockUrl.href;
  /** @type {any} */
  let pyodide = null;
  if (snapshot) {
    try {
      pyodide = await loadPyodide({ ...options, _loadSnapshot: snapshot });
    } catch (error) {
      console.warn(`fragc: could not start Python from the memory snapshot; booting it the usual way (slower). ${describe(error)}`);
      report("Loading Python…");
    }
  }
  const fromSnapshot = pyodide !== null;
  if (!pyodide) pyodide = await loadPyodide(options);
  if (packages.names.length) await installPackages(pyodide, packages);
  return { pyodide, fromSnapshot };
}

/**
 * Import one of Pyodide's modules: by URL, or from a single-file site's embedded copy.
 * @param {string} url
 */
async function importModule(url) {
  return import(/* webpackIgnore: true */ (await embedded?.moduleUrl(url)) ?? url);
}

/**
 * Put the bundle's files where Python finds them. A memory snapshot holds every module of
 * the shim already (site/make_snapshot.mjs imports them all), so only the app's own files
 * (`app/`) are written then: unpacking the shim's hundred-odd files in WebAssembly costs
 * tens of milliseconds of every boot.
 * @param {any} pyodide @param {Uint8Array} bundle @param {boolean} fromSnapshot
 */
function unpackApp(pyodide, bundle, fromSnapshot) {
  if (!fromSnapshot) {
    pyodide.unpackArchive(bundle, "zip", { extractDir: HOME });
    return;
  }
  const path = "/tmp/fragc-app.zip";
  pyodide.FS.writeFile(path, bundle);
  pyodide.runPython(
    `import os, zipfile\nwith zipfile.ZipFile("${path}") as archive:\n    archive.extractall("${HOME}", [n for n in archive.namelist() if n.startswith("app/")])\nos.remove("${path}")`,
  );
}

/**
 * Fetch and decode the memory snapshot the manifest names; null when it names none.
 * @param {any} snapshot the manifest's `snapshot`
 * @param {URL} siteUrl @param {DownloadProgress} progress
 * @returns {Promise<Uint8Array> | null}
 */
function fetchSnapshot(snapshot, siteUrl, progress) {
  if (!snapshot || typeof snapshot.url !== "string") return null;
  if (snapshot.format !== SNAPSHOT_FORMAT) {
    console.warn(`fragc: unknown memory snapshot format ${String(snapshot.format)}; booting Python the usual way`);
    return null;
  }
  const url = new URL(snapshot.url, siteUrl);
  return (async () => {
    const response = await progress.plainFetch(url);
    if (!response.ok || !response.body) throw new Error(`HTTP ${response.status} ${response.statusText} for ${url.href}`);
    return decodeSnapshotStream(countedStream(progress, url.href, response.body));
  })();
}

/**
 * Install the app's packages while app.zip is still arriving. Pyodide's loader reports
 * a failed package through errorCallback and carries on; a missing package must stop
 * the boot with its name instead of failing later as an ImportError.
 * @param {any} pyodide @param {Packages} packages
 */
async function installPackages(pyodide, packages) {
  post({
    type: "boot:progress",
    message: packages.cdn.length
      ? `Downloading ${packages.cdn.join(", ")} from the Pyodide CDN…`
      : `Installing ${packages.names.join(", ")}…`,
  });
  /** @type {string[]} */
  const errors = [];
  await pyodide.loadPackage(packages.names, {
    messageCallback: () => {},
    errorCallback: (/** @type {string} */ message) => errors.push(message),
  });
  if (errors.length) {
    const where = packages.cdn.length ? " (is the Pyodide CDN reachable?)" : "";
    throw new PackageError(`The app's packages (${packages.names.join(", ")}) could not be installed${where}.`, errors.join("\n"));
  }
}

/** A package of the app failed to install: the boot error names it. */
class PackageError extends Error {
  /** @param {string} message @param {string} detail */
  constructor(message, detail) {
    super(message);
    this.name = "PackageError";
    this.detail = detail;
  }
}

/** @param {URL} url @param {DownloadProgress} progress */
async function fetchBundle(url, progress) {
  const response = await progress.plainFetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText} for ${url.href}`);
  return progress.read(url.href, response);
}
