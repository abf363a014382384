// @ts-check
/**
 * st.dialog in the page: the "dialog" block of the event root, drawn as a modal (focus
 * moves in when it opens, Tab cycles inside it, and goes back out when it is dismissed).
 *
 * Whether a dialog is open is page state, as in Streamlit's Dialog.tsx: the user
 * dismisses it (close button, Escape, a click on the backdrop) without telling Python,
 * unless the app passed `on_dismiss`, in which case the block carries
 * `dismiss_widget_id` and dismissing sends it as a trigger, a run of the block's
 * fragment (none: a full run).
 *
 * A dismissed dialog reopens only when a run sends its block again. The tree makes a
 * new node object exactly when a delta writes the slot (reruns of the dialog's own
 * fragment, or of unrelated fragments, only touch the existing node), so "dismissed"
 * and "focused" are kept per node object, in WeakSets: a new delta is a new object.
 */

import { h, cls } from "./dom.js";
import { markdownToHtml } from "./markdown.js";
import { vertical } from "./blocks.js";

/**
 * @typedef {import("../tree.js").AppTree} AppTree
 * @typedef {import("../tree.js").BlockNode} BlockNode
 * @typedef {import("../scheduler.js").Scheduler} Scheduler
 * @typedef {Record<string, string | number>} NodeAttrs
 * @typedef {import("./dom.js").Child} Child
 *
 * @typedef {object} DialogDeps what dismissing needs
 * @property {AppTree} tree
 * @property {Scheduler} scheduler
 * @property {{ dialogs: DialogState, render: () => void }} renderer
 */

const WIDTHS = new Set(["small", "medium", "large"]);
const POSITIONS = new Set(["left", "center", "right"]);

/** The page-only state of every dialog block. */
export class DialogState {
  constructor() {
    /** @type {WeakSet<BlockNode>} dialog nodes the user dismissed */
    this.dismissed = new WeakSet();
    /** @type {WeakSet<BlockNode>} dialog nodes whose opening already took the focus */
    this.focused = new WeakSet();
    /** @type {WeakMap<BlockNode, HTMLElement>} what had the focus before each dialog took it */
    this.returnFocus = new WeakMap();
  }

  /** @param {BlockNode} node */
  isOpen(node) {
    return node.block.props?.is_open !== false && !this.dismissed.has(node);
  }
}

/**
 * The modal: `stDialog` (backdrop) > `role=dialog` (header with title and close
 * button, then the scrolling body). A closed dialog is an empty hidden element, so
 * nothing of it is visible or focusable, and its node keeps a place in the morph.
 * @param {BlockNode} node
 * @param {boolean} open
 * @param {() => Child[]} children rendered only when open
 * @param {NodeAttrs} attrs
 */
export function dialog(node, open, children, attrs) {
  if (!open) return h("div", { ...attrs, class: "fragc-dialog-closed", hidden: true });
  const p = node.block.props ?? {};
  const width = WIDTHS.has(p.width) ? p.width : "small";
  const position = POSITIONS.has(p.position) ? p.position : "center";
  const pixels = Number.isInteger(p.pixel_width) && p.pixel_width > 0 ? p.pixel_width : null;
  const dismissible = p.dismissible !== false;
  const titleId = `fragc-dialog-title-${node.uid}`;
  return h(
    "div",
    {
      ...attrs,
      "data-testid": "stDialog",
      class: cls("stDialog", "fragc-dialog-backdrop", `fragc-dialog-at-${position}`),
      // A click on the backdrop itself (not inside the dialog) dismisses it.
      "data-fragc-action": dismissible ? "dialog-backdrop" : null,
    },
    h(
      "div",
      {
        role: "dialog",
        "aria-modal": "true",
        "aria-labelledby": titleId,
        tabindex: -1,
        class: cls("fragc-dialog", `fragc-dialog-${width}`),
        "data-width": pixels ?? width,
        style: pixels !== null ? `--fragc-dialog-width: ${pixels}px` : null,
      },
      h(
        "div",
        { class: "fragc-dialog-header" },
        h(
          "h2",
          { id: titleId, class: "fragc-dialog-title" },
          p.icon ? h("span", { class: "fragc-dialog-icon", "aria-hidden": "true" }, String(p.icon)) : null,
          h("span", { html: markdownToHtml(String(p.title ?? ""), { inline: true }) }),
        ),
        dismissible
          ? h(
              "button",
              { type: "button", class: "fragc-dialog-close", "aria-label": "Close", "data-fragc-action": "dialog-close" },
              h("span", { "aria-hidden": "true" }, "×"),
            )
          : null,
      ),
      h("div", { class: "fragc-dialog-body" }, vertical({}, undefined, children(), {})),
    ),
  );
}

/**
 * After a render: an open dialog that has not had the focus yet takes it, so the
 * keyboard (Tab, Escape) works inside it at once. Later renders leave the focus alone.
 * @param {HTMLElement} eventMount the event root's mount
 * @param {AppTree} tree
 * @param {DialogState} state
 */
export function afterRender(eventMount, tree, state) {
  for (const backdrop of eventMount.querySelectorAll('[data-testid="stDialog"][data-fragc-uid]')) {
    const node = tree.find(Number(backdrop.getAttribute("data-fragc-uid")));
    if (!node || node.type !== "block" || state.focused.has(node)) continue;
    state.focused.add(node);
    const before = document.activeElement;
    if (before instanceof HTMLElement && !backdrop.contains(before)) state.returnFocus.set(node, before);
    /** @type {HTMLElement | null} */ (backdrop.querySelector('[role="dialog"]'))?.focus();
  }
}

/**
 * A click on a `dialog-*` action (events.js delegates here).
 * @param {HTMLElement} control the element carrying the action
 * @param {Element} target what was clicked
 * @param {DialogDeps} deps
 */
export function onDialogClick(control, target, deps) {
  const action = control.getAttribute("data-fragc-action");
  // The backdrop is an ancestor of everything in the dialog: only a click on the
  // backdrop itself means "outside".
  if (action === "dialog-backdrop" && target !== control) return;
  const backdrop = control.closest('[data-testid="stDialog"]');
  if (backdrop) dismiss(backdrop, deps);
}

/** What Tab can reach inside the dialog. */
const FOCUSABLE = 'button, [href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/**
 * Keys while a dialog is open: Escape dismisses it (if it is dismissible); Tab and
 * Shift+Tab cycle inside it, as a modal's focus trap does.
 * @param {KeyboardEvent} event @param {HTMLElement} app @param {DialogDeps} deps
 */
export function onDialogKey(event, app, deps) {
  if (event.isComposing || (event.key !== "Escape" && event.key !== "Tab")) return;
  const backdrops = app.querySelectorAll('[data-testid="stDialog"]');
  const backdrop = backdrops[backdrops.length - 1];
  if (!backdrop) return;
  if (event.key === "Tab") {
    trapTab(event, backdrop);
    return;
  }
  event.preventDefault();
  if (backdrop.querySelector('[data-fragc-action="dialog-close"]')) dismiss(backdrop, deps);
}

/** @param {KeyboardEvent} event @param {Element} backdrop */
function trapTab(event, backdrop) {
  const box = backdrop.querySelector('[role="dialog"]');
  if (!(box instanceof HTMLElement)) return;
  const reachable = [...box.querySelectorAll(FOCUSABLE)].filter(
    (el) => el instanceof HTMLElement && !el.hasAttribute("disabled") && el.getClientRects().length > 0,
  );
  const first = /** @type {HTMLElement | undefined} */ (reachable[0]);
  const last = /** @type {HTMLElement | undefined} */ (reachable[reachable.length - 1]);
  const active = document.activeElement;
  const inside = active instanceof Node && box.contains(active);
  let next = null;
  if (!inside || active === box) next = event.shiftKey ? last : first;
  else if (!event.shiftKey && active === last) next = first;
  else if (event.shiftKey && active === first) next = last;
  if (next === null) return; // the browser's own Tab stays inside
  event.preventDefault();
  (next ?? box).focus();
}

/** @param {Element} backdrop @param {DialogDeps} deps */
function dismiss(backdrop, deps) {
  const { tree, scheduler, renderer } = deps;
  const node = tree.find(Number(backdrop.getAttribute("data-fragc-uid")));
  if (!node || node.type !== "block" || node.block.kind !== "dialog") return;
  renderer.dialogs.dismissed.add(node);
  tree.touchUi(node.uid);
  renderer.render();
  // Back to what had the focus before (the button that opened it, usually).
  const before = renderer.dialogs.returnFocus.get(node);
  if (before?.isConnected) before.focus();
  const trigger = node.block.props?.dismiss_widget_id;
  if (typeof trigger === "string" && trigger) scheduler.userEvent(node.fragmentId, { [trigger]: true });
}
