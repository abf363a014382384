// @ts-check
/**
 * `run_every` timers: one interval per fragment id.
 *
 * Streamlit keeps these timers in the browser too (App.tsx handleAutoRerun). fragc
 * keeps an existing timer when `timer:set` arrives again for the same fragment
 * (Streamlit 1.40 duplicated it; later versions dedupe, PR #15912), and clears all of
 * them when a full run starts: the run re-creates those of the fragments it calls.
 * A tick only queues an auto fragment run; the scheduler's coalescing keeps ticks
 * from piling up behind a slow run.
 */

// The longest a browser timer waits: setInterval takes a signed 32-bit count of
// milliseconds and, given more (or Infinity), fires about every millisecond. The shim
// clamps run_every already (fragc/timeparse.py timer_interval); this keeps a message
// from anywhere else from hammering the worker. docs/differences.md says so.
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * @typedef {object} TimerDeps
 * @property {(fragmentId: string) => void} onTick
 * @property {(fn: () => void, ms: number) => unknown} [setInterval]
 * @property {(handle: any) => void} [clearInterval]
 */

export class Timers {
  /** @param {TimerDeps} deps */
  constructor(deps) {
    this.onTick = deps.onTick;
    this.setIntervalFn = deps.setInterval ?? ((fn, ms) => globalThis.setInterval(fn, ms));
    this.clearIntervalFn = deps.clearInterval ?? ((handle) => globalThis.clearInterval(handle));
    /** @type {Map<string, { handle: unknown, interval: number }>} */
    this.active = new Map();
  }

  /**
   * `timer:set`: rerun the fragment every `interval` seconds (kept if already set).
   * @param {string} fragmentId @param {number} interval seconds
   */
  set(fragmentId, interval) {
    if (this.active.has(fragmentId)) return;
    if (!(interval > 0)) return; // run_every=0 or a nonsense value: no timer, as in Streamlit
    const ms = Math.min(interval * 1000, MAX_TIMER_MS);
    const handle = this.setIntervalFn(() => this.onTick(fragmentId), ms);
    this.active.set(fragmentId, { handle, interval });
  }

  /**
   * `timer:clear`: a fragment run of their parent no longer calls these fragments.
   * @param {string[]} fragmentIds
   */
  clear(fragmentIds) {
    for (const id of fragmentIds) {
      const timer = this.active.get(id);
      if (!timer) continue;
      this.clearIntervalFn(timer.handle);
      this.active.delete(id);
    }
  }

  /** A full run started: every timer goes; the run sets those it still wants. */
  clearAll() {
    for (const { handle } of this.active.values()) this.clearIntervalFn(handle);
    this.active.clear();
  }

  /** @param {string} fragmentId */
  has(fragmentId) {
    return this.active.has(fragmentId);
  }

  get size() {
    return this.active.size;
  }
}
