// @ts-check
/**
 * st.dialog (`compiler/fragc/shim/elements/dialog.py`): the "dialog" block of the event
 * root, drawn as a modal (focus
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

import { h, cls } from "../render/dom.js";
import { markdownToHtml } from "../render/markdown.js";
import { vertical } from "./layout.js";
import { ROOT_EVENT } from "../protocol_constants.js";

/**
 * @typedef {import("../protocol_types").DialogProps} DialogProps
 * @typedef {import("../family.js").BlockNode} BlockNode
 * @typedef {import("../family.js").BlockView} BlockView
 * @typedef {import("../family.js").EventContext} EventContext
 * @typedef {import("../family.js").Family} Family
 * @typedef {import("../render/index.js").Renderer} Renderer
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
    /** @type {HTMLElement | null} what had the focus before the last dialog opened */
    this.lastReturn = null;
  }

  /** @param {BlockNode} node @param {DialogProps} props */
  isOpen(node, props) {
    return props.is_open !== false && !this.dismissed.has(node);
  }
}

/**
 * The modal: `stDialog` (backdrop) > `role=dialog` (header with title and close
 * button, then the scrolling body). A closed dialog is an empty hidden element, so
 * nothing of it is visible or focusable, and its node keeps a place in the morph (its
 * children are rendered only when open).
 * @param {DialogProps} p @param {BlockView} view
 */
function dialog(p, { node, attrs, children, ui }) {
  if (!ui.dialogs.isOpen(node, p)) return h("div", { ...attrs, class: "fragc-dialog-closed", hidden: true });
  const width = WIDTHS.has(p.width) ? p.width : "small";
  const position = POSITIONS.has(p.position) ? p.position : "center";
  const pixels = typeof p.pixel_width === "number" && Number.isInteger(p.pixel_width) && p.pixel_width > 0 ? p.pixel_width : null;
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
    // Streamlit's backdrop is a button named "Dismiss" (under the dialog).
    dismissible
      ? h("button", { type: "button", tabindex: -1, "aria-label": "Dismiss", class: "fragc-dialog-dismiss", "data-fragc-action": "dialog-close" })
      : null,
    h(
      "section",
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
        // First in the document, as Streamlit's (drawn after the title: `order`).
        dismissible
          ? h(
              "button",
              { type: "button", class: "fragc-dialog-close", "aria-label": "Close", "data-fragc-action": "dialog-close" },
              h("span", { "aria-hidden": "true" }, "×"),
            )
          : null,
        h(
          "h2",
          { id: titleId, class: "fragc-dialog-title" },
          p.icon ? h("span", { class: "fragc-dialog-icon", "aria-hidden": "true" }, String(p.icon)) : null,
          h("span", { "data-testid": "stMarkdownContainer", html: markdownToHtml(String(p.title ?? ""), { inline: true }) }),
        ),
      ),
      h("div", { class: "fragc-dialog-body" }, vertical({}, undefined, children(), {})),
    ),
  );
}

/**
 * After a render: an open dialog that has not had the focus yet takes it, so the
 * keyboard (Tab, Escape) works inside it at once. Later renders leave the focus alone.
 * @param {Renderer} renderer
 */
function afterRender(renderer) {
  const eventMount = renderer.mounts.roots[ROOT_EVENT];
  const { tree } = renderer;
  const state = renderer.ui.dialogs;
  if (!eventMount) return;
  const open = eventMount.querySelectorAll('[data-testid="stDialog"][data-fragc-uid]');
  // A run closed the dialog (st.rerun in it, or not called again): the focus, lost with
  // it, goes back to where it was before, as when the user dismisses it.
  if (open.length === 0 && state.lastReturn) {
    const active = document.activeElement;
    if ((active === null || active === document.body) && state.lastReturn.isConnected) state.lastReturn.focus();
    state.lastReturn = null;
  }
  for (const backdrop of open) {
    const node = tree.find(Number(backdrop.getAttribute("data-fragc-uid")));
    if (!node || node.type !== "block" || state.focused.has(node)) continue;
    state.focused.add(node);
    const before = document.activeElement;
    if (before instanceof HTMLElement && !backdrop.contains(before)) {
      state.returnFocus.set(node, before);
      state.lastReturn = before;
    }
    /** @type {HTMLElement | null} */ (backdrop.querySelector('[role="dialog"]'))?.focus();
  }
}

/** The close button. @param {HTMLElement} control @param {MouseEvent} _event @param {EventContext} ctx */
function onClose(control, _event, ctx) {
  const backdrop = control.closest('[data-testid="stDialog"]');
  if (backdrop) dismiss(backdrop, ctx);
}

/**
 * A click on the backdrop. It is an ancestor of everything in the dialog: only a click
 * on the backdrop itself means "outside".
 * @param {HTMLElement} backdrop @param {MouseEvent} event @param {EventContext} ctx
 */
function onBackdrop(backdrop, event, ctx) {
  if (event.target === backdrop) dismiss(backdrop, ctx);
}

/** What Tab can reach inside the dialog. */
const FOCUSABLE = 'button, [href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/**
 * Keys while a dialog is open: Escape dismisses it (if it is dismissible); Tab and
 * Shift+Tab cycle inside it, as a modal's focus trap does.
 * @param {KeyboardEvent} event @param {EventContext} ctx
 */
function onKey(event, ctx) {
  if (event.isComposing || (event.key !== "Escape" && event.key !== "Tab")) return;
  const backdrops = ctx.app.querySelectorAll('[data-testid="stDialog"]');
  const backdrop = backdrops[backdrops.length - 1];
  if (!backdrop) return;
  if (event.key === "Tab") {
    trapTab(event, backdrop);
    return;
  }
  event.preventDefault();
  if (backdrop.querySelector('[data-fragc-action="dialog-close"]')) dismiss(backdrop, ctx);
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

/** @param {Element} backdrop @param {EventContext} ctx */
function dismiss(backdrop, ctx) {
  const { tree, scheduler, renderer } = ctx;
  const node = tree.find(Number(backdrop.getAttribute("data-fragc-uid")));
  if (!node || node.type !== "block" || node.block.kind !== "dialog") return;
  renderer.ui.dialogs.dismissed.add(node);
  tree.touchUi(node.uid);
  ctx.render();
  // Back to what had the focus before (the button that opened it, usually).
  const before = renderer.ui.dialogs.returnFocus.get(node);
  if (before?.isConnected) before.focus();
  const trigger = node.block.props.dismiss_widget_id;
  if (typeof trigger === "string" && trigger) scheduler.userEvent(node.fragmentId, { [trigger]: true });
}

export default /** @satisfies {Family} */ ({
  python: "elements/dialog.py",
  blocks: { dialog },
  actions: {
    "dialog-close": { click: onClose },
    "dialog-backdrop": { click: onBackdrop },
  },
  document: { keydown: onKey },
  afterRender,
});
