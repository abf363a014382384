// @ts-check
/**
 * The event dispatcher: one listener per DOM event type on the app root, so a re-render
 * never loses a listener. A control says what it is with `data-fragc-action`; the
 * family that registered the action (families.js) handles the event, with the
 * `EventContext` built here: the node holding the control (its nearest
 * `data-fragc-uid`), the widget store, the scheduler, the renderer.
 *
 * A widget event commits the new value to the widget store and, only if the committed
 * value changed, asks the scheduler for a run of the widget's fragment (none: a full
 * run). Widgets inside a form only commit (their form's submit runs them); a widget with
 * `ignore_rerun` (Streamlit's `on_change="ignore"`) only commits: its new value travels
 * with the next run something else starts. A trigger (a click, a chat message) is never
 * stored: the run it starts carries it.
 */

import { ACTIONS, FAMILIES } from "./families.js";

/**
 * @typedef {import("./tree.js").AppTree} AppTree
 * @typedef {import("./tree.js").ElementNode} ElementNode
 * @typedef {import("./widget_store.js").WidgetStore} WidgetStore
 * @typedef {import("./scheduler.js").Scheduler} Scheduler
 * @typedef {import("./render/index.js").Renderer} Renderer
 * @typedef {import("./family.js").EventContext} EventContext
 * @typedef {import("./family.js").DomEvents} DomEvents
 *
 * @typedef {object} EventDeps
 * @property {AppTree} tree
 * @property {WidgetStore} store
 * @property {Scheduler} scheduler
 * @property {Renderer} renderer
 */

/**
 * The event types families handle, and whether they go to the target's own action only
 * (`toggle` and `beforetoggle` do not bubble: caught in the capture phase, an ancestor's
 * action must not take a child's event). The others go to the nearest action.
 * @type {[keyof DomEvents, boolean][]}
 */
const DOM_EVENTS = [
  ["click", false],
  ["change", false],
  ["input", false],
  ["keydown", false],
  ["focusin", false],
  ["focusout", false],
  ["dragover", false],
  ["dragleave", false],
  ["drop", false],
  ["toggle", true],
  ["beforetoggle", true],
];

/**
 * @param {HTMLElement} app the `stApp` element
 * @param {EventDeps} deps
 */
export function attachEvents(app, deps) {
  const ctx = eventContext(app, deps);
  for (const [type, targetOnly] of DOM_EVENTS) {
    app.addEventListener(type, (event) => dispatch(type, event, targetOnly, ctx), targetOnly);
  }
  // Elements drawn by a chunk (render/lazy.js) commit selections and edits as events of
  // their own: `fragc:commit` {value}, `fragc:trigger` {value, id?: a widget they hold}.
  app.addEventListener("fragc:commit", (event) => {
    const node = ctx.widgetNode(/** @type {Element} */ (event.target));
    if (node) ctx.commit(node, /** @type {CustomEvent} */ (event).detail.value);
  });
  app.addEventListener("fragc:trigger", (event) => {
    const { value, id } = /** @type {CustomEvent} */ (event).detail;
    if (id) {
      // A widget the element holds (a grid's button column): the element itself need not
      // be a widget (st.dataframe without selections).
      const found = ctx.locate(/** @type {Element} */ (event.target));
      if (found) deps.scheduler.userEvent(found.node.fragmentId, { [id]: value });
      return;
    }
    const node = ctx.widgetNode(/** @type {Element} */ (event.target));
    if (node) ctx.trigger(node, value);
  });
  for (const family of FAMILIES) {
    const onKeydown = family.document?.keydown;
    if (onKeydown) document.addEventListener("keydown", (event) => onKeydown(event, ctx));
    const onMessage = family.window?.message;
    if (onMessage) window.addEventListener("message", (event) => onMessage(event, ctx));
  }
  // Streamlit's shortcut: "r" outside any input reruns the whole app.
  document.addEventListener("keydown", (event) => {
    if (event.key !== "r" || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = /** @type {HTMLElement} */ (event.target);
    if (target.closest?.("input, textarea, select, [contenteditable]")) return;
    if (app.getAttribute("data-test-connection-state") !== "CONNECTED") return;
    deps.scheduler.userEvent(null);
  });
}

/**
 * Hand one DOM event to the family of its control's action.
 * @param {keyof DomEvents} type @param {Event} event @param {boolean} targetOnly @param {EventContext} ctx
 */
function dispatch(type, event, targetOnly, ctx) {
  const target = /** @type {Element} */ (event.target);
  const control = /** @type {HTMLElement | null} */ (
    targetOnly ? (target.hasAttribute?.("data-fragc-action") ? target : null) : target.closest?.("[data-fragc-action]")
  );
  if (!control) return;
  const handler = ACTIONS[/** @type {string} */ (control.getAttribute("data-fragc-action"))]?.[type];
  if (!handler) return;
  // A disabled control does nothing (a disabled link button is an `<a>`: its click must
  // not follow the link either).
  if (type === "click" && (control.hasAttribute("disabled") || control.getAttribute("aria-disabled") === "true")) {
    event.preventDefault();
    return;
  }
  /** @type {(control: HTMLElement, event: Event, ctx: EventContext) => void} */ (handler)(control, event, ctx);
}

/** @param {HTMLElement} app @param {EventDeps} deps @returns {EventContext} */
function eventContext(app, deps) {
  const { tree, store, scheduler, renderer } = deps;
  /** @param {ElementNode} node */
  const widgetOf = (node) => /** @type {NonNullable<ElementNode["element"]["widget"]>} */ (node.element.widget);

  /** @type {EventContext} */
  const ctx = {
    app,
    tree,
    store,
    scheduler,
    renderer,
    locate(el) {
      const holder = el.closest("[data-fragc-uid]");
      if (!holder) return null;
      const uid = Number(holder.getAttribute("data-fragc-uid"));
      const node = tree.find(uid);
      return node ? { uid, node } : null;
    },
    widgetNode(el) {
      const found = ctx.locate(el);
      if (!found || found.node.type !== "element" || !found.node.element.widget) return null;
      return found.node;
    },
    value(node) {
      return store.get(widgetOf(node).id);
    },
    commit(node, value) {
      const widget = widgetOf(node);
      // A form widget only edits its form (widgets/form.js); `on_change="ignore"` only stores.
      if (!store.commit(widget.id, value, widget.form_id)) return false;
      const ignoresChanges = "ignore_rerun" in node.element.props && node.element.props.ignore_rerun;
      if (!widget.form_id && !ignoresChanges) scheduler.userEvent(node.fragmentId);
      return true;
    },
    commitAndShow(node, value) {
      if (!ctx.commit(node, value)) return;
      tree.touchUi(node.uid);
      renderer.render();
    },
    trigger(node, value) {
      scheduler.userEvent(node.fragmentId, { [widgetOf(node).id]: value });
    },
    render: () => renderer.render(),
  };
  return ctx;
}
