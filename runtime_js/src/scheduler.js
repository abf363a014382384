// @ts-check
/**
 * The run scheduler: at most one `run:request` in flight, everything else coalesced,
 * and the `data-test-script-state` that browser tests wait on.
 *
 * Coalescing follows Streamlit's ScriptRequests.request_rerun: fragment ids append
 * unless already queued (order kept), a full-run request empties the fragment queue
 * and wins, and one-shot trigger values are merged so no click is lost. Widget values
 * are read from the widget store when the request is sent, so they are always the
 * latest. A full request waits for the current run instead of preempting it: Python
 * runs synchronously in the worker, and only the user's Stop ends a run early (page.js).
 *
 * The scheduler owns no DOM and no worker: it is given functions, so node tests can
 * drive it with plain objects.
 */

/**
 * @typedef {"initial" | "running" | "rerunRequested" | "notRunning" | "compilationError"} ScriptState
 *
 * @typedef {import("./protocol_types").RunRequest} RunRequest
 *
 * @typedef {object} Pending a coalesced request waiting to be sent
 * @property {boolean} full
 * @property {string[]} fragmentIds
 * @property {Record<string, unknown>} triggers
 * @property {boolean} isAuto true only if every request merged into it was a timer tick
 *
 * @typedef {object} SchedulerDeps
 * @property {(request: RunRequest) => void} send posts the request to the worker
 * @property {(state: ScriptState) => void} setScriptState writes the stApp attribute
 * @property {() => Record<string, unknown>} widgetStates the store's committed values
 * @property {() => string} queryString the page's query string, without "?"
 * @property {() => string} [page] the page of a multipage app the address bar names (pages.js)
 * @property {() => void} [flush] brings the DOM up to date before the state says so
 */

export class Scheduler {
  /** @param {SchedulerDeps} deps */
  constructor(deps) {
    this.deps = deps;
    /** A request was sent and its `session:idle` has not arrived. */
    this.busy = false;
    /** @type {Pending | null} */
    this.pending = null;
    /** What the request in flight asked for (null when none is). @type {{ full: boolean, fragmentIds: string[] } | null} */
    this.inFlight = null;
    /** @type {ScriptState} */
    this.state = "initial";
    /** The status of the last `run:finished` of the request in flight. */
    /** @type {string | null} */
    this.lastStatus = null;
    /** Requests wait for Python (a pre-rendered page takes events before it is ready). */
    this.blocked = false;
  }

  /** Hold every request until `startFirstRun`: the page shows a pre-render, Python is not there yet. */
  waitForBoot() {
    this.blocked = true;
  }

  /**
   * Python is ready. The first full run goes first, with no widget values, as after any
   * boot (so it replaces a pre-render with the same first run); an event the user made
   * on the pre-rendered page follows it as the next request, with the values they set.
   */
  startFirstRun() {
    this.blocked = false;
    const held = this.pending;
    this.pending = { full: true, fragmentIds: [], triggers: {}, isAuto: false };
    this.#sendPending(true);
    this.pending = held;
  }

  /**
   * A user event changed a widget (or clicked a button): called synchronously inside
   * the DOM event handler, after the widget store was updated.
   * @param {string | null | undefined} fragmentId the widget's node fragment (none: a full run)
   * @param {Record<string, unknown>} [triggers] one-shot values, e.g. `{ [buttonId]: true }`
   */
  userEvent(fragmentId, triggers = {}) {
    this.#enqueue({ full: !fragmentId, fragmentIds: fragmentId ? [fragmentId] : [], triggers, isAuto: false });
    // Off notRunning at once, so a test waiting for notRunning after its click never
    // sees the state from before the click (after the enqueue: the page's stale
    // marking asks `scope()` what is about to run).
    this.#setState("rerunRequested");
  }

  /**
   * What the runs in flight and queued will rerun: `full`, or only these fragments;
   * null when nothing is in flight or queued.
   * @returns {{ full: boolean, fragmentIds: string[] } | null}
   */
  scope() {
    const runs = [this.inFlight, this.pending].filter((run) => run !== null);
    if (runs.length === 0) return null;
    if (runs.some((run) => run.full)) return { full: true, fragmentIds: [] };
    return { full: false, fragmentIds: [...new Set(runs.flatMap((run) => run.fragmentIds))] };
  }

  /**
   * A user event whose run starts later (an upload, while the files are read): off
   * notRunning now, inside the handler, as for any other event.
   */
  hold() {
    this.#setState("rerunRequested");
  }

  /** A held event that will start no run after all: back to what the queue says. */
  release() {
    if (!this.busy && this.pending === null) this.#setState(this.#idleState());
  }

  /** A full run the page itself wants (the first run after boot). */
  requestFullRun() {
    this.#enqueue({ full: true, fragmentIds: [], triggers: {}, isAuto: false });
  }

  /** A `run_every` timer fired for this fragment. @param {string} fragmentId */
  tick(fragmentId) {
    const idle = !this.busy && this.pending === null;
    this.#enqueue({ full: false, fragmentIds: [fragmentId], triggers: {}, isAuto: true });
    if (idle) this.#setState("running");
  }

  /** `run:started` arrived. */
  onRunStarted() {
    this.#setState("running");
  }

  /** `run:finished` arrived. @param {string} status */
  onRunFinished(status) {
    this.lastStatus = status;
  }

  /** `session:idle`: Python handled the request, reruns included. */
  onSessionIdle() {
    this.busy = false;
    if (this.pending) {
      this.#sendPending();
      return;
    }
    this.deps.flush?.(); // still in scope: the last render marks only what that run touched
    this.inFlight = null;
    this.#setState(this.#idleState());
  }

  /** @returns {ScriptState} */
  #idleState() {
    return this.lastStatus === "compile_error" ? "compilationError" : "notRunning";
  }

  /**
   * The user pressed Stop: the requests queued behind the run are dropped with it (a
   * click made meanwhile is not replayed; committed widget values stay in the store and
   * go with the next request).
   */
  dropPending() {
    this.pending = null;
  }

  /**
   * The page is starting Python again (after a Stop it could not interrupt, or a
   * crash): the boot counts as the request in flight, so events made meanwhile wait.
   */
  restartBegins() {
    this.busy = true;
    this.inFlight = { full: true, fragmentIds: [] };
    this.blocked = false;
    this.pending = null;
    this.lastStatus = null;
    this.#setState("running");
  }

  /**
   * The restarted Python is ready. Its first run is a full run with the widget values
   * the page holds (unlike a first boot, the page shows the app and the user's values),
   * merged with whatever the user asked for during the restart.
   */
  resumeAfterRestart() {
    const restart = { full: true, fragmentIds: [], triggers: {}, isAuto: false };
    this.pending = this.pending ? coalesce(restart, this.pending) : restart;
    this.#sendPending();
  }

  /** The worker is gone (boot error, crash): nothing will ever answer. */
  abandon() {
    this.busy = false;
    this.inFlight = null;
    this.pending = null;
    this.#setState("notRunning");
  }

  /** @param {Pending} request */
  #enqueue(request) {
    this.pending = this.pending ? coalesce(this.pending, request) : request;
    if (!this.busy && !this.blocked) this.#sendPending();
  }

  /** @param {boolean} [fresh] send no widget values (the first run of a session) */
  #sendPending(fresh = false) {
    const pending = /** @type {Pending} */ (this.pending);
    this.pending = null;
    this.busy = true;
    this.inFlight = { full: pending.full, fragmentIds: pending.full ? [] : pending.fragmentIds };
    this.lastStatus = null;
    /** @type {RunRequest} */
    const request = {
      type: "run:request",
      fragment_ids: pending.full ? [] : pending.fragmentIds,
      widget_states: fresh ? {} : this.deps.widgetStates(),
      trigger_values: pending.triggers,
      is_auto: pending.isAuto,
      query_string: this.deps.queryString(),
    };
    // A full run runs the page the address bar names (a fragment belongs to the page shown).
    if (pending.full && this.deps.page) request.page = this.deps.page();
    this.deps.send(request);
  }

  /** @param {ScriptState} state */
  #setState(state) {
    if (this.state === state) return;
    this.state = state;
    this.deps.setScriptState(state);
  }
}

/**
 * Merge a new request into the pending one (Streamlit's request_rerun while RERUN).
 * @param {Pending} old @param {Pending} next
 * @returns {Pending}
 */
export function coalesce(old, next) {
  const full = old.full || next.full;
  /** @type {string[]} */
  let fragmentIds = [];
  if (!full) {
    fragmentIds = [...old.fragmentIds];
    for (const id of next.fragmentIds) if (!fragmentIds.includes(id)) fragmentIds.push(id);
  }
  return {
    full,
    fragmentIds,
    // Newest wins, but a trigger the newer request does not carry is kept: a click
    // queued behind another click still happens.
    triggers: { ...old.triggers, ...next.triggers },
    isAuto: old.isAuto && next.isAuto,
  };
}
