// @ts-check
/**
 * Forms on the page, as Streamlit's WidgetStateManager keeps them.
 *
 * A widget inside `st.form` does not run anything when the user changes it: its new
 * value waits in the form's buffer (`FormBuffers`, held by the widget store) and is
 * what the widget shows, but `run:request`s carry the last *submitted* value. A submit
 * (a click on one of the form's submit buttons, or Enter in one of its text or number
 * inputs when `enter_to_submit` and the first submit button is enabled) moves the
 * buffer into the store and sends ONE run carrying the clicked button's trigger, for
 * the button's fragment (a form inside a fragment submits as a fragment run). With
 * `clear_on_submit` the form's widgets then show their defaults again: the defaults go
 * into the buffer, so Python keeps seeing the submitted values until the next submit,
 * exactly as in Streamlit.
 */

/**
 * @typedef {import("./tree.js").AppTree} AppTree
 * @typedef {import("./tree.js").AppNode} AppNode
 * @typedef {import("./tree.js").BlockNode} BlockNode
 * @typedef {import("./tree.js").ElementNode} ElementNode
 *
 * @typedef {object} FormParts what the tree holds of one form
 * @property {BlockNode | null} block the `form` block
 * @property {ElementNode[]} widgets its value widgets (submit buttons excluded)
 * @property {ElementNode[]} submitButtons in page order; the first one is Enter's
 */

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

/**
 * Find a form's block, widgets and submit buttons in the tree.
 * @param {AppTree} tree @param {string} formId
 * @returns {FormParts}
 */
export function formParts(tree, formId) {
  /** @type {FormParts} */
  const parts = { block: null, widgets: [], submitButtons: [] };
  tree.walk((node) => {
    if (node.type === "block") {
      if (node.block.kind === "form" && node.block.props?.form_id === formId) parts.block = node;
      return;
    }
    const widget = node.element.widget;
    if (!widget || widget.form_id !== formId) return;
    if (node.element.kind === "form_submit_button") parts.submitButtons.push(node);
    else parts.widgets.push(node);
  });
  return parts;
}

/** Does a form block hold no submit button? (Streamlit then warns.) @param {BlockNode} block */
export function lacksSubmitButton(block) {
  /** @param {AppNode} node @returns {boolean} */
  const holds = (node) =>
    node.type === "element" ? node.element.kind === "form_submit_button" : node.children.some(holds);
  return !block.children.some(holds);
}

/**
 * Enter in one of the form's inputs submits it (Streamlit's allowFormEnterToSubmit).
 * @param {FormParts} parts
 */
export function enterSubmits(parts) {
  if (parts.block && parts.block.block.props?.enter_to_submit === false) return false;
  const first = parts.submitButtons[0];
  return Boolean(first) && !first.element.props?.disabled;
}

/**
 * @typedef {object} SubmitDeps
 * @property {AppTree} tree
 * @property {import("./widgets.js").WidgetStore} store
 * @property {import("./scheduler.js").Scheduler} scheduler
 * @property {() => void} render
 */

/**
 * Submit a form: commit its buffer, send one run with the button's trigger, then
 * (clear_on_submit) show the defaults again.
 * @param {SubmitDeps} deps @param {string} formId
 * @param {ElementNode | null} button the clicked submit button; null: the first one (Enter)
 * @returns {boolean} whether a run was requested
 */
export function submitForm(deps, formId, button) {
  const { tree, store, scheduler } = deps;
  const parts = formParts(tree, formId);
  const clicked = button ?? parts.submitButtons[0];
  const triggerId = clicked?.element.widget?.id;
  if (!clicked || triggerId === undefined) return false;
  store.submitForm(formId);
  scheduler.userEvent(clicked.fragmentId, { [triggerId]: true });
  if (parts.block?.block.props?.clear_on_submit) {
    /** @type {[string, unknown][]} */
    const defaults = [];
    for (const node of parts.widgets) {
      const widget = /** @type {NonNullable<ElementNode["element"]["widget"]>} */ (node.element.widget);
      if ("default" in widget) defaults.push([widget.id, widget.default]);
      tree.touchUi(node.uid);
    }
    store.stageForm(formId, defaults);
    deps.render();
  }
  return true;
}
