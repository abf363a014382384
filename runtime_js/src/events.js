// @ts-check
/**
 * Delegated DOM events: one listener per event type on the app root, so a re-render
 * never loses a listener. A control says what it is with `data-fragc-action`; its node
 * is found through the nearest `data-fragc-uid`.
 *
 * A widget event commits the new value to the widget store and, only if the committed
 * value changed, asks the scheduler for a run of the widget's fragment (none: a full
 * run). Widgets inside a form only commit; the form's submit button runs them.
 * Text and number inputs commit on Enter or when they lose focus, as in Streamlit.
 */

import { formatNumberInput, roundToStep } from "./render/format.js";
import { onDialogClick, onDialogKey } from "./render/dialog.js";
import { attachInputWidgetEvents } from "./input_events.js";
import { attachSelectionEvents } from "./selection_events.js";

/**
 * @typedef {import("./tree.js").AppTree} AppTree
 * @typedef {import("./tree.js").ElementNode} ElementNode
 * @typedef {import("./widgets.js").WidgetStore} WidgetStore
 * @typedef {import("./scheduler.js").Scheduler} Scheduler
 * @typedef {import("./render/index.js").Renderer} Renderer
 *
 * @typedef {object} EventDeps
 * @property {AppTree} tree
 * @property {WidgetStore} store
 * @property {Scheduler} scheduler
 * @property {Renderer} renderer
 */

/**
 * @param {HTMLElement} app the `stApp` element
 * @param {EventDeps} deps
 */
export function attachEvents(app, deps) {
  const { tree, store, scheduler, renderer } = deps;

  /** @param {Element} el @returns {{ uid: number, node: import("./tree.js").AppNode } | null} */
  function locate(el) {
    const holder = el.closest("[data-fragc-uid]");
    if (!holder) return null;
    const uid = Number(holder.getAttribute("data-fragc-uid"));
    const node = tree.find(uid);
    return node ? { uid, node } : null;
  }

  /** @param {Element} el @returns {ElementNode | null} */
  function widgetNode(el) {
    const found = locate(el);
    if (!found || found.node.type !== "element" || !found.node.element.widget) return null;
    return found.node;
  }

  /**
   * Commit a widget's value; run if it changed.
   * @param {ElementNode} node @param {unknown} value
   */
  function commit(node, value) {
    const widget = /** @type {NonNullable<ElementNode["element"]["widget"]>} */ (node.element.widget);
    // A form widget only edits its form (forms.js); `on_change="ignore"` only stores.
    if (!store.commit(widget.id, value, widget.form_id)) return false;
    if (!widget.form_id && !node.element.props?.ignore_rerun) scheduler.userEvent(node.fragmentId);
    return true;
  }

  /** @param {HTMLInputElement | HTMLTextAreaElement} input */
  function commitText(input) {
    const node = widgetNode(input);
    if (!node) return;
    const current = store.get(/** @type {string} */ (node.element.widget?.id));
    // An untouched empty input of a `value=None` widget stays None.
    const value = (current === null || current === undefined) && input.value === "" ? current ?? null : input.value;
    commit(node, value);
    markDirty(input, false);
  }

  /** @param {HTMLInputElement} input @param {boolean} fromEnter */
  function commitNumber(input, fromEnter) {
    const node = widgetNode(input);
    if (!node) return;
    const props = node.element.props ?? {};
    const id = /** @type {string} */ (node.element.widget?.id);
    const current = /** @type {number | null | undefined} */ (store.get(id));
    const revert = () => {
      input.value = formatNumberInput(current ?? null, props.format);
      markDirty(input, false);
    };
    if (input.value.trim() === "") {
      // Only a widget that already holds None may be emptied.
      if (current === null || current === undefined) commit(node, null);
      else revert();
      return;
    }
    let value = Number(input.value);
    if (!Number.isFinite(value)) return revert();
    if (props.is_int) value = Math.trunc(value);
    const below = typeof props.min === "number" && value < props.min;
    const above = typeof props.max === "number" && value > props.max;
    if (below || above) {
      // As Streamlit: an out-of-range value is not committed; say why on Enter.
      if (fromEnter) input.reportValidity();
      else revert();
      return;
    }
    commit(node, value);
    input.value = formatNumberInput(value, props.format);
    markDirty(input, false);
  }

  /** @param {HTMLElement} button @param {1 | -1} direction */
  function step(button, direction) {
    const node = widgetNode(button);
    if (!node) return;
    const props = node.element.props ?? {};
    const container = button.closest('[data-testid="stNumberInput"]');
    const input = /** @type {HTMLInputElement | null} */ (container?.querySelector("input"));
    const stepSize = Number(props.step) || 1;
    const typed = input && input.value.trim() !== "" ? Number(input.value) : NaN;
    const stored = store.get(/** @type {string} */ (node.element.widget?.id));
    const base = Number.isFinite(typed) ? typed : typeof stored === "number" ? stored : (props.min ?? 0);
    let value = roundToStep(base + direction * stepSize, stepSize, base);
    if (typeof props.min === "number") value = Math.max(value, props.min);
    if (typeof props.max === "number") value = Math.min(value, props.max);
    if (props.is_int) value = Math.trunc(value);
    if (input) {
      input.value = formatNumberInput(value, props.format);
      markDirty(input, false);
    }
    commit(node, value);
  }

  app.addEventListener("click", (event) => {
    const target = /** @type {Element} */ (event.target);
    const control = /** @type {HTMLElement | null} */ (target.closest?.("[data-fragc-action]"));
    if (!control || control.hasAttribute("disabled")) return;
    const action = control.getAttribute("data-fragc-action");
    if (action === "trigger") {
      const node = widgetNode(control);
      if (!node || !node.element.widget) return;
      scheduler.userEvent(node.fragmentId, { [node.element.widget.id]: true });
    } else if (action === "step-up" || action === "step-down") {
      step(control, action === "step-up" ? 1 : -1);
    } else if (action === "tab") {
      const found = locate(control);
      if (!found) return;
      renderer.ui.tabs.set(found.uid, Number(control.getAttribute("data-fragc-tab-index")));
      tree.touchUi(found.uid);
      renderer.render();
    } else if (action === "dialog-close" || action === "dialog-backdrop") {
      onDialogClick(control, target, { tree, scheduler, renderer });
    }
  });

  app.addEventListener("change", (event) => {
    const input = /** @type {HTMLInputElement} */ (event.target);
    if (input.getAttribute?.("data-fragc-action") !== "checkbox") return;
    const node = widgetNode(input);
    if (node) commit(node, input.checked);
  });

  app.addEventListener("input", (event) => {
    const input = /** @type {HTMLInputElement} */ (event.target);
    const action = input.getAttribute?.("data-fragc-action");
    if (action === "text" || action === "number") markDirty(input, true);
  });

  app.addEventListener("keydown", (event) => {
    const input = /** @type {HTMLInputElement} */ (event.target);
    const action = input.getAttribute?.("data-fragc-action");
    if (event.key !== "Enter" || event.isComposing) return;
    if (action === "number") {
      event.preventDefault();
      commitNumber(input, true);
    } else if (action === "text") {
      // A text area commits on Ctrl/Cmd+Enter (Enter is a new line); a text input on Enter.
      if (input.tagName === "TEXTAREA" && !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      commitText(input);
    }
  });

  app.addEventListener("focusout", (event) => {
    const input = /** @type {HTMLInputElement} */ (event.target);
    const action = input.getAttribute?.("data-fragc-action");
    if (action === "text") commitText(input);
    else if (action === "number") commitNumber(input, false);
  });

  // `toggle` does not bubble: listen in the capture phase.
  app.addEventListener(
    "toggle",
    (event) => {
      const details = /** @type {HTMLDetailsElement} */ (event.target);
      if (details.getAttribute?.("data-fragc-action") !== "expander") return;
      const found = locate(details);
      if (found) renderer.ui.expanders.set(found.uid, details.open);
    },
    true,
  );

  // Escape dismisses the open dialog, wherever the focus is.
  document.addEventListener("keydown", (event) => onDialogKey(event, app, { tree, scheduler, renderer }));

  // Date, time, colour, files, download/link buttons, chat input (input_events.js).
  attachInputWidgetEvents(app, { tree, store, scheduler, widgetNode, commit, render: () => renderer.render() });

  // Radio, selectbox, multiselect, sliders, button groups, form submits (selection_events.js).
  attachSelectionEvents(app, { tree, store, scheduler, widgetNode, commit, render: () => renderer.render() });

  // Streamlit's shortcut: "r" outside any input reruns the whole app.
  document.addEventListener("keydown", (event) => {
    if (event.key !== "r" || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = /** @type {HTMLElement} */ (event.target);
    if (target.closest?.("input, textarea, select, [contenteditable]")) return;
    if (app.getAttribute("data-test-connection-state") !== "CONNECTED") return;
    scheduler.userEvent(null);
  });
}

/** Show "Press Enter to apply" while an input holds an uncommitted edit. @param {Element} input @param {boolean} dirty */
function markDirty(input, dirty) {
  const widget = input.closest(".stTextInput, .stTextArea, .stNumberInput");
  if (!widget) return;
  if (dirty) widget.setAttribute("data-dirty", "");
  else widget.removeAttribute("data-dirty");
}
