// @ts-check
/**
 * The page session: what the page does with each worker message, and the objects it
 * coordinates (node tree, widget store, scheduler, timers, renderer).
 *
 * Rendering is batched: deltas are applied to the tree at once and drawn on the next
 * animation frame, so a run that streams many deltas repaints at screen rate. When the
 * worker goes idle the page is drawn synchronously before the run state becomes
 * `notRunning`, so a test that sees `notRunning` sees the final DOM.
 */

import { AppTree } from "./tree.js";
import { WidgetStore } from "./widget_store.js";
import { applyDelta, finishRun } from "./page_model.js";
import { Scheduler } from "./scheduler.js";
import { Timers } from "./timers.js";
import { Renderer } from "./render/index.js";
import { showToast } from "./elements/alerts.js";
import { rememberMedia } from "./render/media_store.js";
import { attachEvents } from "./events.js";
import { applyPageConfig, clientContext, setConnectionState, setScriptState } from "./chrome.js";
import { clearBoot, clearBootError, showBootError, showPageError, showPrerendered, showProgress } from "./boot.js";
import { stringifyForPython } from "./wire.js";
import { StatusWidget } from "./status_widget.js";
import { Navigation, currentPagePath, showStreamlitPath, siteRoot } from "./pages.js";
import { showLogo } from "./logo.js";
import { PROTOCOL_VERSION, formatErrors, parseMessage, validate, versionMismatchMessage } from "./protocol.js";

/** How long a run lasts before its stale elements dim (Streamlit's fade starts after 0.5 s). */
const DIM_AFTER_MS = 500;

/**
 * @typedef {import("./chrome.js").Chrome} Chrome
 * @typedef {import("./protocol_types").RunRequest} RunRequest
 * @typedef {import("./protocol_types").WorkerToPage} WorkerToPage
 * @typedef {import("./protocol_types").PageToWorker} PageToWorker
 * @typedef {import("./protocol_types").Manifest} Manifest
 * @typedef {import("./protocol_types").Delta} Delta
 * @typedef {import("./status_widget.js").Skipped} Skipped
 *
 * @typedef {object} Host the worker, as worker_host.js holds it
 * @property {(text: string) => void} post
 * @property {() => boolean} interrupt ask Python to stop (false: this page cannot)
 * @property {() => void} clearInterrupt
 * @property {() => void} restart a new worker in place of the current one
 */

/** The URL flag that turns on validation and logging of every message. */
export const DEBUG_FLAG = "fragc-debug";

/**
 * How long an interrupted run may take to end before the page restarts Python instead
 * (a script that catches KeyboardInterrupt, or is inside a long call of a C library):
 * the user's Stop ends Python within a second either way.
 */
export const INTERRUPT_GRACE_MS = 500;

export class Page {
  /**
   * @param {object} deps
   * @param {Chrome} deps.chrome
   * @param {Manifest} deps.manifest
   * @param {Host} deps.host
   * @param {boolean} [deps.debug]
   */
  constructor({ chrome, manifest, host, debug = false }) {
    this.chrome = chrome;
    this.manifest = manifest;
    for (const fragment of manifest.fragments ?? []) this.#knownFragments.add(String(fragment.id));
    this.host = host;
    /** What `fragc dev`'s client posts through. @param {string} text */
    this.postToWorker = (text) => host.post(text);
    this.debug = debug;
    this.status = new StatusWidget(chrome.status, {
      onStop: () => this.stop(),
      canStop: () => this.scheduler.busy && !this.rebooting && !this.dead,
    });
    this.tree = new AppTree();
    this.store = new WidgetStore();
    this.scheduler = new Scheduler({
      send: (request) => this.#send(request),
      setScriptState: (state) => {
        setScriptState(chrome, state);
        const busy = state === "running" || state === "rerunRequested";
        this.status.setBusy(busy);
        this.#dimAfterAWhile(busy);
        this.renderer.updateStaleness();
      },
      widgetStates: () => this.store.snapshot(),
      queryString: () => appQueryString(location.search),
      page: currentPagePath,
      flush: () => this.renderNow(),
    });
    this.timers = new Timers({ onTick: (id) => this.scheduler.tick(id) });
    siteRoot(); // fixed now: navigation moves the document's base URL
    showStreamlitPath();
    this.navigation = new Navigation({
      sidebar: chrome.sidebar,
      before: /** @type {HTMLElement} */ (chrome.sidebar.querySelector('[data-testid="stSidebarUserContent"]')),
      toolbar: /** @type {HTMLElement} */ (chrome.app.querySelector('[data-testid="stToolbar"]')),
      onNavigate: () => this.scheduler.userEvent(null),
    });
    this.renderer = new Renderer({
      tree: this.tree,
      store: this.store,
      mounts: { roots: chrome.roots, sidebar: chrome.sidebar, bottom: chrome.bottom },
      // A pre-render being replaced is not stale: where the real first run agrees, nothing moves.
      scriptState: () => (this.prerender === "replacing" ? "notRunning" : this.scheduler.state),
      runScope: () => this.scheduler.scope(),
    });
    // The main menu: "Rerun" is a full run, as the R key is in Streamlit.
    chrome.menu.rerun.addEventListener("click", () => this.scheduler.userEvent(null));
    chrome.menu.print.addEventListener("click", () => window.print());
    attachEvents(chrome.app, { tree: this.tree, store: this.store, scheduler: this.scheduler, renderer: this.renderer });
    /** @type {number | null} */
    this.frame = null;
    /** What the full run in progress did: named a title, drew a logo. */
    this.thisRun = { titleSet: false, logo: false, full: false };
    this.firstRunDone = false;
    this.dead = false;
    /**
     * The build-time pre-render: "none", "shown" (Python not ready yet), "replacing"
     * (the real first run is rewriting it), "replaced". Mirrored on stApp as
     * `data-fragc-prerender`.
     * @type {"none" | "shown" | "replacing" | "replaced"}
     */
    this.prerender = "none";
    /**
     * The last `session:state`: what a restarted worker gets back (kept as text).
     * @type {{ state: string, skipped: Skipped[] } | null}
     */
    this.saved = null;
    /** Stop was pressed and the run has not ended yet. */
    this.stopping = false;
    /** @type {ReturnType<typeof setTimeout> | null} */
    this.stopDeadline = null;
    /**
     * Why Python was restarted ("stop" or "crash"), until the restarted Python's first
     * run has ended; `rebooting` until it is ready.
     * @type {"stop" | "crash" | null}
     */
    this.restarting = null;
    this.rebooting = false;
    // "Restart app" (a dead worker's box, a MemoryError): no reload, the page keeps the app.
    chrome.app.addEventListener("click", (event) => {
      if (/** @type {Element} */ (event.target).closest?.("[data-fragc-restart]")) this.restart("crash");
    });
  }

  /**
   * Paint the app's build-time first run (prerender.js) before Python has started. Its
   * widgets take events: the scheduler holds the run they ask for until Python is ready
   * and sends it after the real first run.
   * @param {WorkerToPage[]} messages
   */
  showPrerender(messages) {
    for (const message of messages) {
      switch (message.type) {
        case "page:config":
          applyPageConfig(this.chrome, message);
          break;
        case "run:started":
          this.tree.startRun(message.run_id, message.fragment_ids ?? []);
          break;
        case "run:deltas":
          for (const delta of message.deltas ?? []) {
            const error = applyDelta(this.tree, this.store, delta);
            if (error) console.error(`fragc: pre-render: ${error}`, delta);
            else rememberMedia(delta.element);
          }
          break;
        case "run:finished":
          finishRun(this.tree, this.store, message.status);
          break;
      }
    }
    this.store.markProvisional();
    this.scheduler.waitForBoot();
    this.#setPrerender("shown");
    showPrerendered(this.chrome);
    this.renderNow();
  }

  /** @param {"none" | "shown" | "replacing" | "replaced"} state */
  #setPrerender(state) {
    this.prerender = state;
    this.chrome.app.setAttribute("data-fragc-prerender", state);
  }

  /** Send `boot:start`: the worker loads Python and the app. */
  start() {
    this.#post({
      type: "boot:start",
      protocol_version: PROTOCOL_VERSION,
      manifest: this.manifest,
      base_url: siteRoot().href,
    });
  }

  /** One message from the worker (a JSON string). @param {string} text */
  receive(text) {
    if (this.dead) return;
    const parsed = parseMessage(text);
    if (!parsed.ok) {
      // Never silently: the page says which message (and which elements) it lost.
      console.error("fragc:", parsed.error);
      this.#showUnreadable(text, parsed.error);
      return;
    }
    // Checked against the schema only with ?fragc-debug (below): trusted as the worker's.
    const message = /** @type {WorkerToPage} */ (parsed.message);
    if (this.debug) {
      console.debug("fragc ←", message);
      const errors = validate("workerToPage", message);
      if (errors.length) console.error(`fragc: invalid ${message.type} message\n${formatErrors(errors)}`, message);
    }
    switch (message.type) {
      case "boot:progress":
        if (this.rebooting) this.status.restarting(message.message);
        else showProgress(this.chrome, message.message, message.loaded, message.total);
        break;
      case "boot:error":
        this.fail(message.message, message.detail);
        break;
      case "boot:ready":
        this.#onReady(message);
        break;
      case "run:started":
        this.#onRunStarted(message);
        break;
      case "run:deltas":
        this.#onDeltas(message);
        break;
      case "run:finished":
        this.#onRunFinished(message);
        break;
      case "session:idle":
        this.#onIdle();
        break;
      case "session:state":
        this.saved = { state: String(message.state), skipped: Array.isArray(message.skipped) ? message.skipped : [] };
        break;
      case "timer:set":
        this.timers.set(message.fragment_id, Number(message.interval));
        break;
      case "timer:clear":
        this.timers.clear(message.fragment_ids ?? []);
        break;
      case "page:config":
        applyPageConfig(this.chrome, message);
        if (message.title) this.thisRun.titleSet = true;
        break;
      case "page:nav":
        this.navigation.show(message, this.thisRun);
        this.#scheduleRender(); // the sidebar shows for the navigation alone
        break;
      case "page:logo":
        showLogo(this.chrome, message);
        this.thisRun.logo = true;
        break;
      case "page:query_string":
        replaceQueryString(message.query_string);
        break;
      default:
        // Additive protocol changes: an older page ignores what it does not know.
        if (this.debug) console.warn("fragc: ignoring unknown message", message.type);
    }
  }

  /**
   * Stop for good and say why (boot failure, worker crash).
   * @param {string} message @param {string} [detail]
   */
  fail(message, detail = "") {
    if (this.dead) return;
    this.dead = true;
    this.timers.clearAll();
    this.#endStopping();
    // Once the app has run, a new Python can take over where this one died (restart).
    const restartable = this.firstRunDone;
    this.restarting = null;
    this.rebooting = false;
    this.status.reset();
    showBootError(this.chrome, {
      title: restartable ? "This app stopped working" : "This app could not start",
      message,
      detail,
      restart: restartable,
    });
    setConnectionState(this.chrome, "DISCONNECTED_FOREVER");
    this.scheduler.abandon();
  }

  /**
   * The Stop button: end the run in progress within a second. With an interrupt buffer
   * Python stops the script itself and keeps everything; without one, or when the
   * script does not stop within INTERRUPT_GRACE_MS, Python is restarted.
   */
  stop() {
    // A Python that is still starting has no run to stop; its first run can be stopped.
    if (this.dead || this.stopping || this.rebooting || !this.scheduler.busy) return;
    this.stopping = true;
    this.status.stopping();
    this.scheduler.dropPending();
    if (this.host.interrupt()) {
      this.stopDeadline = setTimeout(() => this.restart("stop"), INTERRUPT_GRACE_MS);
    } else {
      this.restart("stop");
    }
  }

  /**
   * Start a new Python in place of this one (a Stop it could not interrupt, a dead
   * worker, "Restart app"): the page keeps its tree and widget values, the new worker
   * boots from the memory snapshot with the session state the old one saved, and its
   * first run is a full run with the page's widget values.
   * @param {"stop" | "crash"} reason
   */
  restart(reason) {
    this.#endStopping();
    this.timers.clearAll();
    this.restarting = reason;
    this.rebooting = true;
    this.dead = false;
    clearBootError(this.chrome);
    this.scheduler.restartBegins();
    this.status.restarting();
    setConnectionState(this.chrome, "CONNECTING");
    this.host.restart();
    this.#post({
      type: "boot:start",
      protocol_version: PROTOCOL_VERSION,
      manifest: this.manifest,
      base_url: siteRoot().href,
      ...(this.saved ? { restore: { session_state: this.saved.state } } : {}),
    });
  }

  #endStopping() {
    if (this.stopDeadline !== null) clearTimeout(this.stopDeadline);
    this.stopDeadline = null;
    this.stopping = false;
  }

  /** `session:idle`: the request in flight is done (or was stopped). */
  #onIdle() {
    this.host.clearInterrupt(); // an interrupt that came too late must not stop the next run
    if (this.stopping) {
      this.#endStopping();
      this.scheduler.dropPending();
      this.status.settled({ text: "Run stopped." });
    } else if (this.restarting) {
      // The restarted Python's first run is done: say what happened, and what was lost.
      const text =
        this.restarting === "stop"
          ? "Run stopped. Python was restarted: session state was kept."
          : "Python was restarted: session state was kept.";
      this.restarting = null;
      this.status.settled({ text, skipped: this.saved?.skipped ?? [] });
    }
    this.scheduler.onSessionIdle();
  }

  /** @type {ReturnType<typeof setTimeout> | null} */
  #dimTimer = null;

  /**
   * Stale elements dim only once a run has lasted half a second (styles/layout.css): the
   * `data-fragc-dim` attribute on the app says so.
   * @param {boolean} busy
   */
  #dimAfterAWhile(busy) {
    if (busy) {
      if (this.#dimTimer === null) this.#dimTimer = setTimeout(() => this.chrome.app.setAttribute("data-fragc-dim", ""), DIM_AFTER_MS);
      return;
    }
    if (this.#dimTimer !== null) clearTimeout(this.#dimTimer);
    this.#dimTimer = null;
    this.chrome.app.removeAttribute("data-fragc-dim");
  }

  /** Draw now (cancelling a pending frame). */
  renderNow() {
    if (this.frame !== null) {
      cancelAnimationFrame(this.frame);
      this.frame = null;
    }
    this.renderer.render();
    this.navigation.sidebarChanged();
  }

  #scheduleRender() {
    if (this.frame !== null) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      this.renderer.render();
      this.navigation.sidebarChanged();
    });
  }

  /** @param {import("./protocol_types").BootReady} message */
  #onReady(message) {
    const errors = validate("BootReady", message);
    if (errors.length) {
      this.fail("The app's Python side answered with an invalid boot:ready message.", formatErrors(errors));
      return;
    }
    if (message.protocol_version !== PROTOCOL_VERSION) {
      this.fail(versionMismatchMessage({ fragc_version: message.fragc_version, protocol_version: message.protocol_version }));
      return;
    }
    setConnectionState(this.chrome, "CONNECTED");
    if (this.rebooting) {
      this.rebooting = false;
      this.status.reset();
      this.status.setBusy(true); // its first run can be stopped too
      this.scheduler.resumeAfterRestart();
    } else {
      this.scheduler.startFirstRun();
    }
  }

  /** @param {import("./protocol_types").RunStarted} message */
  #onRunStarted(message) {
    if (this.prerender === "shown") {
      // The real first run: values the user did not touch come from Python now.
      this.store.dropProvisional();
      this.#setPrerender("replacing");
    }
    this.tree.startRun(message.run_id, message.fragment_ids ?? []);
    // A full run re-creates the timers of the fragments it still calls.
    if (this.tree.fragmentIds.length === 0) {
      this.timers.clearAll();
      this.thisRun = { titleSet: false, logo: false, full: true };
    }
    this.scheduler.onRunStarted();
  }

  /**
   * A fragment's container names its definition (`file:qualname`); the compiler listed
   * every definition in the manifest before Python started. One that is missing means
   * the static analysis missed a fragment: say so once, for whoever debugs the build.
   * @param {Delta} delta
   */
  #checkFragment(delta) {
    const name = delta.block?.kind === "vertical" ? delta.block.props.fragment : undefined;
    if (typeof name !== "string" || this.#knownFragments.has(name)) return;
    this.#knownFragments.add(name);
    console.warn(`fragc: fragment ${name} is not in the manifest (the compiler did not find it)`);
  }

  /** The manifest's fragment ids, grown by the warnings above. @type {Set<string>} */
  #knownFragments = new Set();

  /** @param {import("./protocol_types").RunDeltas} message */
  #onDeltas(message) {
    for (const delta of message.deltas ?? []) {
      const error = applyDelta(this.tree, this.store, delta);
      if (error) {
        console.error(`fragc: ${error}`, delta);
        continue;
      }
      this.#checkFragment(delta);
      const element = delta.element;
      if (!element) continue;
      rememberMedia(element); // media bytes come once per session: keep them now
      // st.toast writes to the event root, `container.toast` into its container: shown either way.
      if (element.kind === "toast") showToast(this.chrome.toastArea, element.props ?? {}, delta.path.join("-"));
    }
    this.#scheduleRender();
  }

  /** @param {import("./protocol_types").RunFinished} message */
  #onRunFinished(message) {
    // st.logo belongs to the runs that call it: a full run without it takes it away.
    if (this.thisRun.full && !this.thisRun.logo && message.status === "finished") showLogo(this.chrome, null);
    this.thisRun.full = false;
    this.scheduler.onRunFinished(message.status);
    finishRun(this.tree, this.store, message.status);
    if (!this.firstRunDone) {
      this.firstRunDone = true;
      if (this.prerender === "replacing") this.#setPrerender("replaced");
      this.renderNow();
      clearBoot(this.chrome);
    } else {
      this.#scheduleRender();
    }
  }

  /** @param {RunRequest} request */
  #send(request) {
    if (!this.restarting) this.status.clearNotice();
    // What st.context reads: read at each request, so a theme switch or a new cookie shows.
    this.#post({ ...request, context: clientContext() });
  }

  /** @param {PageToWorker} message */
  #post(message) {
    if (this.debug) {
      console.debug("fragc →", message);
      const errors = validate("pageToWorker", message);
      if (errors.length) console.error(`fragc: invalid ${String(message.type)} message\n${formatErrors(errors)}`, message);
    }
    this.host.post(stringifyForPython(message)); // a NaN widget value stays NaN (wire.js)
  }

  /**
   * A message the page could not read: an error in the page naming what it held (the
   * elements of a `run:deltas`, by kind), instead of a console line only.
   * @param {string} text @param {string} error
   */
  #showUnreadable(text, error) {
    const type = /"type":"([^"]+)"/.exec(text)?.[1] ?? "unknown";
    const kinds = [...new Set([...text.matchAll(/"kind":"([a-z_]+)"/g)].map((m) => m[1]))];
    const what = kinds.length ? ` (elements: ${kinds.join(", ")})` : "";
    showPageError(this.chrome, `fragc could not read a ${type} message from Python${what}: ${error}`);
  }
}

/**
 * The query string the app sees: without "?" (as Streamlit sends it) and without the
 * runtime's own debug flag.
 * @param {string} search location.search
 */
export function appQueryString(search) {
  const params = new URLSearchParams(search);
  if (!params.has(DEBUG_FLAG)) return search.replace(/^\?/, ""); // as typed, encoding kept
  params.delete(DEBUG_FLAG);
  return params.toString();
}

/**
 * `page:query_string` (st.query_params was written): update the address bar without
 * a reload, keeping the debug flag if it was on.
 * @param {string} queryString
 */
function replaceQueryString(queryString) {
  const params = new URLSearchParams(queryString.replace(/^\?/, ""));
  if (new URLSearchParams(location.search).has(DEBUG_FLAG)) params.set(DEBUG_FLAG, "");
  const search = params.toString().replace(`${DEBUG_FLAG}=`, DEBUG_FLAG);
  history.replaceState(history.state, "", `${location.pathname}${search ? `?${search}` : ""}${location.hash}`);
}
