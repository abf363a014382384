// @ts-check
/**
 * `help=` tooltips, as Streamlit 1.67 draws them: the icon is `stTooltipIcon` >
 * `stTooltipHoverTarget` > a button named "Help for LABEL" (a help on a button wraps
 * the button itself), and hovering or focusing the target shows a layer at the end of
 * `<body>`: `role=tooltip` > `stTooltipContent` > the help as Markdown. One tooltip at a
 * time; it is removed (not hidden) when the pointer or the focus leaves, or on Escape.
 */

import { h } from "./dom.js";
import { markdownToHtml } from "./markdown.js";

/** The tooltip shown now, and the target it belongs to. */
let shown = /** @type {{ tip: HTMLElement, target: Element } | null} */ (null);

/** @param {Element} target a `[data-fragc-help]` element */
function show(target) {
  if (shown?.target === target) return;
  hide();
  const tip = h(
    "div",
    { role: "tooltip", class: "fragc-tooltip" },
    h(
      "div",
      { "data-testid": "stTooltipContent", class: "fragc-tooltip-content" },
      h("div", { "data-testid": "stMarkdownContainer", html: markdownToHtml(target.getAttribute("data-fragc-help") ?? "") }),
    ),
  );
  document.body.append(tip);
  shown = { tip, target };
  // Above the target, or below it when there is no room; inside the viewport.
  const anchor = target.getBoundingClientRect();
  const box = tip.getBoundingClientRect();
  const margin = 8;
  const width = document.documentElement.clientWidth;
  const left = Math.max(margin, Math.min(anchor.left + anchor.width / 2 - box.width / 2, width - box.width - margin));
  const top = anchor.top - box.height - 6 >= margin ? anchor.top - box.height - 6 : anchor.bottom + 6;
  tip.style.left = `${Math.round(left)}px`;
  tip.style.top = `${Math.round(top)}px`;
}

function hide() {
  shown?.tip.remove();
  shown = null;
}

/** @param {Event} event */
function targetOf(event) {
  return event.target instanceof Element ? event.target.closest("[data-fragc-help]") : null;
}

/**
 * Listen on the app for the pointer and the focus entering and leaving help targets.
 * @param {HTMLElement} app
 */
export function installTooltips(app) {
  app.addEventListener("mouseover", (event) => {
    const target = targetOf(event);
    if (target) show(target);
  });
  app.addEventListener("mouseout", (event) => {
    const target = targetOf(event);
    const to = /** @type {MouseEvent} */ (event).relatedTarget;
    if (target && !(to instanceof Node && target.contains(to))) hide();
  });
  app.addEventListener("focusin", (event) => {
    const target = targetOf(event);
    if (target) show(target);
  });
  app.addEventListener("focusout", (event) => {
    if (targetOf(event)) hide();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && shown) hide();
  });
  // A redraw that took the target away takes its tooltip too.
  new MutationObserver(() => {
    if (shown && !shown.target.isConnected) hide();
  }).observe(app, { childList: true, subtree: true });
}
