// @ts-check
/**
 * Events of the selection widgets and of forms, delegated on the app root like
 * events.js (which calls `attachSelectionEvents` and lends its `widgetNode` and
 * `commit`; `commit` stores a form widget's value in its form and starts no run).
 *
 * radio, selectbox, multiselect picker and sliders commit on `change` (a slider once
 * per change, never while dragging: `input` only moves the shown value). Multiselect
 * tags, pills, segmented controls, feedback and submit buttons act on `click`. Enter
 * in a text or number input of a form submits it (after events.js committed the input).
 */

import { CHOICE_ACTIONS, SELECT_ALL } from "./render/choice.js";
import { SLIDER_ACTION, showDrag, valueOf } from "./render/slider.js";
import { BUTTON_GROUP_ACTION, toggled } from "./render/buttongroup.js";
import { SUBMIT_ACTION } from "./render/form.js";
import { enterSubmits, formParts, submitForm } from "./forms.js";

/**
 * @typedef {import("./tree.js").ElementNode} ElementNode
 *
 * @typedef {object} SelectionEventDeps
 * @property {import("./tree.js").AppTree} tree
 * @property {import("./widgets.js").WidgetStore} store
 * @property {import("./scheduler.js").Scheduler} scheduler
 * @property {(el: Element) => ElementNode | null} widgetNode the widget node holding a control
 * @property {(node: ElementNode, value: unknown) => boolean} commit store, and run if it changed
 * @property {() => void} render redraw the page
 */

/** @param {HTMLElement} app the `stApp` element @param {SelectionEventDeps} deps */
export function attachSelectionEvents(app, deps) {
  const { tree, store, widgetNode, commit, render } = deps;

  /** @param {ElementNode} node */
  const current = (node) => store.get(/** @type {string} */ (node.element.widget?.id));

  /** Commit and redraw the widget at once (tags, pressed buttons show the change before any run). */
  function commitAndShow(/** @type {ElementNode} */ node, /** @type {unknown} */ value) {
    if (!commit(node, value)) return;
    tree.touchUi(node.uid);
    render();
  }

  app.addEventListener("change", (event) => {
    const control = /** @type {HTMLInputElement | HTMLSelectElement} */ (event.target);
    const action = control.getAttribute?.("data-fragc-action");
    if (!action) return;
    const node = widgetNode(control);
    if (!node) return;
    const props = node.element.props ?? {};
    if (action === CHOICE_ACTIONS.radio) {
      commitAndShow(node, Number(control.value));
    } else if (action === CHOICE_ACTIONS.select) {
      commitAndShow(node, control.value === "" ? null : Number(control.value));
    } else if (action === CHOICE_ACTIONS.pick) {
      if (control.value === "") return;
      const chosen = Array.isArray(current(node)) ? [...(/** @type {number[]} */ (current(node)))] : [];
      const picked =
        control.value === SELECT_ALL
          ? (props.options ?? []).map((/** @type {unknown} */ _, /** @type {number} */ i) => i).filter((/** @type {number} */ i) => !chosen.includes(i))
          : [Number(control.value)];
      control.value = "";
      commitAndShow(node, [...chosen, ...picked]);
    } else if (action === SLIDER_ACTION) {
      const tracks = showDrag(/** @type {HTMLInputElement} */ (control), sliderProps(node));
      commitAndShow(node, valueOf(tracks, sliderProps(node)));
    }
  });

  app.addEventListener("input", (event) => {
    const control = /** @type {HTMLInputElement} */ (event.target);
    if (control.getAttribute?.("data-fragc-action") !== SLIDER_ACTION) return;
    const node = widgetNode(control);
    if (node) showDrag(control, sliderProps(node));
  });

  app.addEventListener("click", (event) => {
    const target = /** @type {Element} */ (event.target);
    const control = /** @type {HTMLElement | null} */ (target.closest?.("[data-fragc-action]"));
    if (!control || control.hasAttribute("disabled")) return;
    const action = control.getAttribute("data-fragc-action");
    if (
      action !== CHOICE_ACTIONS.remove &&
      action !== CHOICE_ACTIONS.clear &&
      action !== BUTTON_GROUP_ACTION &&
      action !== SUBMIT_ACTION
    ) {
      return;
    }
    const node = widgetNode(control);
    if (!node) return;
    const index = Number(control.getAttribute("data-fragc-index"));
    if (action === CHOICE_ACTIONS.remove) {
      const chosen = Array.isArray(current(node)) ? /** @type {number[]} */ (current(node)) : [];
      commitAndShow(node, chosen.filter((i) => i !== index));
    } else if (action === CHOICE_ACTIONS.clear) {
      commitAndShow(node, []);
    } else if (action === BUTTON_GROUP_ACTION) {
      commitAndShow(node, toggled(node.element.props ?? {}, current(node), index));
    } else {
      const formId = node.element.widget?.form_id;
      if (formId) submitForm(deps, formId, node);
    }
  });

  // Enter in a form's text input (Ctrl/Cmd+Enter in a text area) or number input submits
  // the form with its first submit button, when the form allows it. events.js's own
  // keydown listener, registered before this one, has committed the input already.
  app.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || event.isComposing) return;
    const input = /** @type {HTMLElement} */ (event.target);
    const action = input.getAttribute?.("data-fragc-action");
    if (action !== "text" && action !== "number") return;
    if (input.tagName === "TEXTAREA" && !(event.ctrlKey || event.metaKey)) return;
    const formId = widgetNode(input)?.element.widget?.form_id;
    if (!formId) return;
    if (enterSubmits(formParts(tree, formId))) submitForm(deps, formId, null);
  });
}

/** A slider's props, with select_slider's options kept as the track. @param {ElementNode} node */
function sliderProps(node) {
  const props = node.element.props ?? {};
  return node.element.kind === "select_slider" ? { ...props, options: Array.isArray(props.options) ? props.options : [] } : props;
}

