// @ts-check
/**
 * st.menu_button (`compiler/fragc/shim/widgets/menu_button.py`): Streamlit's
 * `stMenuButton` > `stMenuButtonButton` (`aria-haspopup="menu"`) opening
 * `stMenuButtonBody`, a native popover (`role="menu"`, one `role="menuitem"` button per
 * option): the browser closes it on an outside click or Escape, and it is placed under
 * its button like st.popover's panel (elements/layout.js). Picking an option is a
 * one-run trigger (the option's index), as a button click; the menu closes.
 */

import { h, cls } from "../render/dom.js";
import { markdownToHtml } from "../render/markdown.js";

/**
 * @typedef {import("../protocol_types").MenuButtonProps} MenuButtonProps
 * @typedef {import("../family.js").ElementView} ElementView
 * @typedef {import("../family.js").EventContext} EventContext
 * @typedef {import("../family.js").Family} Family
 */

/** @param {MenuButtonProps} p @param {ElementView} view */
function menuButton(p, view) {
  const panelId = `fragc-menu-${view.uid}`;
  const type = ["primary", "secondary", "tertiary"].includes(p.type) ? p.type : "secondary";
  const options = Array.isArray(p.options) ? p.options.map(String) : [];
  const label = String(p.label ?? "");
  return h(
    "div",
    {
      "data-testid": "stMenuButton",
      class: cls("stMenuButton", p.width === "stretch" && "fragc-stretch"),
      style: typeof p.width === "number" ? `width: ${p.width}px` : null,
    },
    h(
      "button",
      {
        type: "button",
        kind: type,
        "data-testid": "stMenuButtonButton",
        class: cls("fragc-button", `fragc-button-${type}`, "fragc-popover-button"),
        popovertarget: panelId,
        "aria-haspopup": "menu",
        "aria-label": label || "Menu",
        disabled: Boolean(p.disabled),
        title: p.help ? String(p.help) : null,
      },
      p.icon ? h("span", { class: "fragc-button-icon", "aria-hidden": "true" }, String(p.icon)) : null,
      h("span", { "data-testid": "stMarkdownContainer", class: "fragc-button-label", html: markdownToHtml(label, { inline: true }) }),
      h("span", { class: "fragc-popover-chevron", "aria-hidden": "true" }),
    ),
    h(
      "div",
      { id: panelId, popover: "auto", role: "menu", "aria-label": label || "Menu", "data-testid": "stMenuButtonBody", class: "fragc-popover-body fragc-menu" },
      options.map((option, index) =>
        h(
          "button",
          {
            type: "button",
            role: "menuitem",
            class: "fragc-menu-item",
            "data-fragc-action": "menu-pick",
            "data-fragc-index": index,
            html: markdownToHtml(option, { inline: true }),
          },
        ),
      ),
    ),
  );
}

/** A pick: the option's index for one run. @param {HTMLElement} item @param {MouseEvent} _event @param {EventContext} ctx */
function pick(item, _event, ctx) {
  const panel = /** @type {HTMLElement | null} */ (item.closest("[popover]"));
  if (panel?.matches(":popover-open")) panel.hidePopover();
  const node = ctx.widgetNode(item);
  if (node) ctx.trigger(node, Number(item.getAttribute("data-fragc-index")));
}

export default /** @satisfies {Family} */ ({
  python: "widgets/menu_button.py",
  elements: { menu_button: menuButton },
  actions: { "menu-pick": { click: pick } },
});
