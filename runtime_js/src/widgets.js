// @ts-check
/**
 * The page's widget value store: the committed value of every widget on the page.
 *
 * As in Streamlit's WidgetStateManager, the page owns widget values once a widget
 * exists: Python's value is taken when the widget first appears or when Python set it
 * through `st.session_state` (`set_value`); otherwise what the user committed wins,
 * even over a value in a delta from a run that started before the user's change.
 * Every `run:request` carries all committed values. One-shot trigger values (a button
 * click) are not stored here; the scheduler carries them with the request they cause.
 */

/** Element kinds whose value is a one-shot trigger, never a committed value. */
export const TRIGGER_KINDS = new Set(["button", "form_submit_button", "download_button", "chat_input"]);

export class WidgetStore {
  constructor() {
    /** @type {Map<string, unknown>} */
    this.values = new Map();
    /**
     * Widgets whose value Python just set: an input being edited must adopt it, and
     * the renderer takes it from here once.
     * @type {Set<string>}
     */
    this.forced = new Set();
  }

  /**
   * A delta brought a widget: adopt Python's value when the page has none yet or
   * when Python set it. Returns the value to draw.
   * @param {string} kind @param {{ id: string, value: unknown, set_value?: boolean }} info
   */
  sync(kind, info) {
    if (TRIGGER_KINDS.has(kind)) return info.value;
    if (info.set_value || !this.values.has(info.id)) {
      this.values.set(info.id, info.value);
      if (info.set_value) this.forced.add(info.id);
    }
    return this.values.get(info.id);
  }

  /** @param {string} id */
  get(id) {
    return this.values.get(id);
  }

  /** @param {string} id */
  has(id) {
    return this.values.has(id);
  }

  /**
   * The user committed a value. Returns false when it equals the committed one: such
   * an event starts no run (as in Streamlit).
   * @param {string} id @param {unknown} value
   */
  commit(id, value) {
    if (this.values.has(id) && sameValue(this.values.get(id), value)) return false;
    this.values.set(id, value);
    return true;
  }

  /** Did Python set this widget's value since it was last drawn? Clears the mark. @param {string} id */
  takeForced(id) {
    return this.forced.delete(id);
  }

  /** Forget widgets that left the page (Streamlit's removeInactive). @param {Set<string>} liveIds */
  removeInactive(liveIds) {
    for (const id of [...this.values.keys()]) {
      if (!liveIds.has(id)) {
        this.values.delete(id);
        this.forced.delete(id);
      }
    }
  }

  /** Every committed value, as `run:request.widget_states`. */
  snapshot() {
    return Object.fromEntries(this.values);
  }
}

/** @param {unknown} a @param {unknown} b */
function sameValue(a, b) {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
