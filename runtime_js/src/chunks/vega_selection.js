// @ts-check
/**
 * Selections on Vega-Lite charts (on_select): a listener on each selection parameter's
 * signal commits Streamlit's `{selection: {name: value}}` — a point selection as its
 * list of selected data (Vega-Lite's `vlPoint.or`), an interval as its ranges by field,
 * nothing selected as `{}`. A drag sends many signal updates: they are committed once the
 * pointer is released (or after a short pause), as Streamlit does, so one gesture is one
 * run.
 */

/** @typedef {import("../render/lazy.js").Host} Host */

const SETTLE_MS = 150;

export class VegaSelection {
  /** @param {any} view @param {string[]} names @param {Host} host */
  constructor(view, names, host) {
    this.view = view;
    this.names = names;
    this.host = host;
    const current = /** @type {any} */ (host.value)?.selection;
    /** @type {Record<string, unknown>} */
    this.state = Object.fromEntries(names.map((name) => [name, current?.[name] ?? {}]));
    this.pointerDown = false;
    /** @type {ReturnType<typeof setTimeout> | null} */
    this.timer = null;
    /** @type {Array<[string, (name: string, value: unknown) => void]>} */
    this.listeners = [];
    for (const name of names) {
      const listener = (/** @type {string} */ _signal, /** @type {unknown} */ value) => this.changed(name, value);
      try {
        view.addSignalListener(name, listener);
        this.listeners.push([name, listener]);
      } catch (error) {
        console.warn(`fragc: the chart has no selection signal "${name}"`, error);
      }
    }
    const container = view.container();
    this.down = () => {
      this.pointerDown = true;
    };
    this.up = () => {
      if (!this.pointerDown) return;
      this.pointerDown = false;
      this.flush();
    };
    container?.addEventListener("pointerdown", this.down, { capture: true, passive: true });
    window.addEventListener("pointerup", this.up);
  }

  /** @param {string} name @param {unknown} value */
  changed(name, value) {
    let next = value;
    if (value && typeof value === "object" && "vlPoint" in value) {
      const point = /** @type {any} */ (value).vlPoint;
      if (point && typeof point === "object" && "or" in point) next = point.or;
    }
    this.state = { ...this.state, [name]: next || {} };
    if (this.timer) clearTimeout(this.timer);
    // While dragging, wait for the release; otherwise commit once the signals settle.
    if (!this.pointerDown) this.timer = setTimeout(() => this.flush(), SETTLE_MS);
  }

  flush() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const state = { selection: JSON.parse(JSON.stringify(this.state)) };
    this.host.commit(state);
  }

  /** The host of a newer run (its value is what Python holds now). @param {Host} host */
  rehost(host) {
    this.host = host;
  }

  detach() {
    if (this.timer) clearTimeout(this.timer);
    for (const [name, listener] of this.listeners) {
      try {
        this.view.removeSignalListener(name, listener);
      } catch {
        // the view is gone already
      }
    }
    this.view.container()?.removeEventListener("pointerdown", this.down, true);
    window.removeEventListener("pointerup", this.up);
  }
}
