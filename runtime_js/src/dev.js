// @ts-check
/**
 * `fragc dev` in the page (`assets/fragc-dev.js`, loaded only when the manifest has a
 * `dev` entry, i.e. only in a site `fragc dev` serves).
 *
 * Follows the dev server's builds through server-sent events (`manifest.dev.events`).
 * A build with errors shows them in an overlay (file:line:col, the source line, a
 * caret, the hint) over the app, which keeps running the last good build. A good build
 * hides the overlay and, when it is newer than what the worker runs, sends the worker
 * `dev:reload` (new app.zip, wheels of new packages) and queues a full run: the script
 * reruns in the same Python, session state kept, as Streamlit's "run on save". A page
 * that cannot take a build in place (still booting, stopped, a package whose version
 * changed) reloads itself instead.
 */

import { h } from "./render/dom.js";

/**
 * @typedef {{ events: string, build_id: number, package_files?: Record<string, string> }} DevInfo
 * @typedef {{ code: string, severity: string, message: string, file: string, line: number, col: number, hint: string | null, source: string | null }} DevDiagnostic
 * @typedef {{ build_id: number, ok: boolean, message: string | null, diagnostics: DevDiagnostic[], manifest: any, package_files: Record<string, string> }} DevBuild
 * @typedef {{ manifest: any, scheduler: { userEvent(fragmentId: string | null, triggers?: Record<string, unknown>): void }, postToWorker(text: string): void, firstRunDone: boolean, dead: boolean }} DevPage
 */

/**
 * @param {{ page: DevPage, worker: Worker, dev: DevInfo, root: string }} deps `root`: the
 *   site's folder (the document's base URL moves with a multipage app's address bar)
 */
export function startDev({ page, worker, dev, root }) {
  const overlay = new Overlay();
  /** What the worker runs (or will run once the reloads it was sent are done). */
  let current = { buildId: dev.build_id, manifest: page.manifest, packageFiles: dev.package_files ?? {} };

  const events = new EventSource(new URL(dev.events, root));
  events.addEventListener("build", (event) => {
    /** @type {DevBuild} */
    const build = JSON.parse(/** @type {MessageEvent} */ (event).data);
    if (!build.ok) {
      overlay.showBuildErrors(build);
      return;
    }
    overlay.hide();
    if (build.build_id <= current.buildId) return;
    if (page.dead || !page.firstRunDone || packageReplaced(current.packageFiles, build.package_files)) {
      location.reload();
      return;
    }
    // The worker handles messages in order: a reload sent while another one (or a run)
    // is in progress waits for it, so `current` can move on at once.
    page.postToWorker(
      JSON.stringify({
        type: "dev:reload",
        build_id: build.build_id,
        bundle_url: new URL(build.manifest.bundle, root).href,
        manifest: build.manifest,
        previous_files: (current.manifest.files ?? []).map((/** @type {{ path: string }} */ file) => file.path),
        install: Object.entries(build.package_files)
          .filter(([name]) => !(name in current.packageFiles))
          .map(([, url]) => new URL(url, root).href),
      }),
    );
    current = { buildId: build.build_id, manifest: build.manifest, packageFiles: build.package_files };
    page.manifest = build.manifest;
    // Component frames load their frontends from the new build's folders (render/components.js).
    document.dispatchEvent(new CustomEvent("fragc:manifest", { detail: build.manifest }));
    // As if the user asked for a rerun: the state leaves notRunning now.
    page.scheduler.userEvent(null);
  });

  worker.addEventListener("message", (event) => {
    const text = String(event.data);
    if (!text.includes('"dev:reloaded"')) return;
    const message = JSON.parse(text);
    if (message.type === "dev:reloaded" && !message.ok) overlay.showReloadError(message.error);
  });
}

/**
 * True when a package the worker has installed comes in another file now (another
 * version): an imported module cannot be swapped in place, the page must restart.
 * @param {Record<string, string>} before @param {Record<string, string>} after
 */
export function packageReplaced(before, after) {
  return Object.entries(after).some(([name, file]) => name in before && before[name] !== file);
}

/** The diagnostics panel over the app: the app stays usable under it. */
class Overlay {
  constructor() {
    /** @type {HTMLElement | null} */
    this.el = null;
  }

  /** @param {DevBuild} build */
  showBuildErrors(build) {
    const errors = build.diagnostics.filter((d) => d.severity === "error");
    this.#show(
      "The app has errors: the page keeps running the last good build",
      errors.length ? errors.map(diagnosticItem) : [h("li", { "data-testid": "fragcDevDiagnostic" }, build.message ?? "The build failed.")],
    );
  }

  /** @param {string} error */
  showReloadError(error) {
    this.#show("The new build could not be loaded into the running page: reload it", [
      h("li", { "data-testid": "fragcDevDiagnostic" }, error),
    ]);
  }

  hide() {
    this.el?.remove();
    this.el = null;
  }

  /** @param {string} title @param {HTMLElement[]} items */
  #show(title, items) {
    installStyles();
    this.hide();
    this.el = h(
      "section",
      { "data-testid": "fragcDevOverlay", class: "fragc-dev-overlay", role: "alert", "aria-label": "fragc dev: build errors" },
      h("strong", { class: "fragc-dev-title" }, title),
      h("ul", { class: "fragc-dev-list" }, items),
    );
    document.body.append(this.el);
  }
}

/** `file:line:col: CODE message`, the source line with a caret, the hint. @param {DevDiagnostic} d */
function diagnosticItem(d) {
  const caret = d.source === null ? null : `${" ".repeat(Math.max(d.col - 1, 0))}^`;
  return h(
    "li",
    { "data-testid": "fragcDevDiagnostic" },
    h("code", { class: "fragc-dev-where" }, `${d.file}:${d.line}:${d.col}`),
    ` ${d.code} ${d.message}`,
    d.source === null ? null : h("pre", { class: "fragc-dev-source" }, `${d.source}\n${caret}`),
    d.hint ? h("div", { class: "fragc-dev-hint" }, `hint: ${d.hint}`) : null,
  );
}

let stylesInstalled = false;

function installStyles() {
  if (stylesInstalled) return;
  stylesInstalled = true;
  document.head.append(
    h(
      "style",
      {},
      `.fragc-dev-overlay { position: fixed; left: 1rem; right: 1rem; bottom: 1rem; z-index: 100000;
  max-height: 50vh; overflow: auto; padding: .75rem 1rem; border-radius: .5rem;
  background: #fff; color: #31333f; border: 1px solid #ff4b4b; border-left-width: .35rem;
  box-shadow: 0 .5rem 2rem rgba(0,0,0,.2); font: 14px/1.4 system-ui, sans-serif; }
.fragc-dev-title { display: block; margin-bottom: .5rem; color: #a51d1d; }
.fragc-dev-list { margin: 0; padding: 0; list-style: none; }
.fragc-dev-list li + li { margin-top: .75rem; }
.fragc-dev-where { font-weight: 600; }
.fragc-dev-source { margin: .35rem 0 0; padding: .35rem .5rem; background: #f8f9fb; overflow-x: auto; }
.fragc-dev-hint { margin-top: .25rem; color: #555867; }`,
    ),
  );
}
