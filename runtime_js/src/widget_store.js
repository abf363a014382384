// @ts-check
/**
 * The page's widget value store: the committed value of every widget on the page.
 *
 * As in Streamlit's WidgetStateManager, the page owns widget values once a widget
 * exists: Python's value is taken when the widget first appears or when Python set it
 * through `st.session_state` (`set_value`); otherwise what the user committed wins,
 * even over a value in a delta from a run that started before the user's change.
 * Every `run:request` carries all committed values. One-shot trigger values (a button
 * click; Python marks such widgets `trigger`) are not stored here; the scheduler
 * carries them with the request they cause.
 *
 * A widget inside a form keeps its edits in its form's buffer (`FormBuffers`) until a
 * submit commits them (widgets/form.js).
 */

/** @typedef {import("./protocol_types").WidgetInfo} WidgetInfo */

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
    /** Values edited inside forms, shown but not sent until the form is submitted (widgets/form.js). */
    this.forms = new FormBuffers();
    /**
     * Values the build-time pre-render brought, not Python of this page: the real first
     * run's values replace them unless the user changed them meanwhile.
     * @type {Set<string>}
     */
    this.provisional = new Set();
  }

  /** Every value held now came from the pre-render. */
  markProvisional() {
    this.provisional = new Set(this.values.keys());
  }

  /** The real first run starts: forget the pre-render's values the user left alone. */
  dropProvisional() {
    for (const id of this.provisional) {
      this.values.delete(id);
      this.forced.delete(id);
    }
    this.provisional.clear();
  }

  /**
   * A delta brought a widget: adopt Python's value when the page has none yet or
   * when Python set it. Returns the value to draw.
   * @param {WidgetInfo} info
   */
  sync(info) {
    if (info.trigger) return info.value;
    if (info.set_value || !this.values.has(info.id)) {
      this.values.set(info.id, info.value);
      if (info.set_value) this.forced.add(info.id);
      if (info.set_value) this.forms.drop(info.id);
    }
    return this.values.get(info.id);
  }

  /** What the widget shows: a form's unsubmitted edit, else the committed value. @param {string} id */
  get(id) {
    return this.forms.has(id) ? this.forms.get(id) : this.values.get(id);
  }

  /** @param {string} id */
  has(id) {
    return this.values.has(id);
  }

  /**
   * The user committed a value. Returns false when it equals the committed one: such
   * an event starts no run (as in Streamlit).
   * A widget inside a form (`formId`) only edits the form's buffer.
   * @param {string} id @param {unknown} value @param {string} [formId]
   */
  commit(id, value, formId) {
    if ((this.values.has(id) || this.forms.has(id)) && sameValue(this.get(id), value)) return false;
    if (formId) this.forms.set(formId, id, value);
    else {
      this.values.set(id, value);
      this.provisional.delete(id);
    }
    return true;
  }

  /** A submit: the form's edits become committed values. @param {string} formId */
  submitForm(formId) {
    for (const [id, value] of this.forms.take(formId)) {
      this.values.set(id, value);
      this.provisional.delete(id);
    }
  }

  /**
   * clear_on_submit: the form's widgets show these values (their defaults) and send
   * them with the next submit. @param {string} formId @param {[string, unknown][]} entries
   */
  stageForm(formId, entries) {
    for (const [id, value] of entries) {
      this.forms.set(formId, id, value);
      this.forced.add(id); // an input that still has the focus must show it too
    }
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
    this.forms.keepOnly(liveIds);
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

/** Values edited inside forms and not submitted yet: form id → (widget id → value). */
export class FormBuffers {
  constructor() {
    /** @type {Map<string, Map<string, unknown>>} */
    this.byForm = new Map();
  }

  /** @param {string} widgetId */
  has(widgetId) {
    for (const values of this.byForm.values()) if (values.has(widgetId)) return true;
    return false;
  }

  /** @param {string} widgetId */
  get(widgetId) {
    for (const values of this.byForm.values()) if (values.has(widgetId)) return values.get(widgetId);
    return undefined;
  }

  /** @param {string} formId @param {string} widgetId @param {unknown} value */
  set(formId, widgetId, value) {
    let values = this.byForm.get(formId);
    if (!values) this.byForm.set(formId, (values = new Map()));
    values.set(widgetId, value);
  }

  /** Empty a form's buffer and return what it held. @param {string} formId */
  take(formId) {
    const values = this.byForm.get(formId) ?? new Map();
    this.byForm.delete(formId);
    return values;
  }

  /** Python set this widget's value: what the user had typed in the form gives way. @param {string} widgetId */
  drop(widgetId) {
    for (const values of this.byForm.values()) values.delete(widgetId);
  }

  /** Forget widgets that left the page. @param {Set<string>} liveIds */
  keepOnly(liveIds) {
    for (const values of this.byForm.values()) {
      for (const id of [...values.keys()]) if (!liveIds.has(id)) values.delete(id);
    }
  }
}
