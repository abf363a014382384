// @ts-check
/**
 * Pieces the families' renderers share: labels, help icons, button insides, option
 * lists, the "Press Enter to apply" mark (as the shim's widgets share
 * `widgets/registry.py` and `widgets/options.py`).
 *
 * Labels are real `<label for>` elements, so Playwright's `get_by_label(label,
 * exact=True)` finds every control; `label_visibility` hides a label visually but keeps
 * it for assistive technology.
 */

import { h, cls } from "./dom.js";
import { markdownToHtml } from "./markdown.js";

/**
 * @typedef {{ label: string, help: string | null, label_visibility?: string }} Labelled
 * @typedef {{ label: string, icon: string | null, icon_position?: string }} ButtonLike
 */

/** The `?` icon that shows a widget's or element's help text on hover. @param {unknown} help */
export function helpIcon(help) {
  if (!help) return null;
  return h("span", { "data-testid": "stTooltipIcon", class: "fragc-help", title: String(help), tabindex: 0 }, "?");
}

/** CSS class of a label for Streamlit's label_visibility. @param {unknown} visibility */
export function labelClass(visibility) {
  if (visibility === "hidden") return "fragc-label-hidden";
  if (visibility === "collapsed") return "fragc-label-collapsed";
  return "";
}

/** A widget's `<label>` for the control `forId`. @param {Labelled} p @param {string | null} forId */
function widgetLabel(p, forId) {
  return h(
    "label",
    { "data-testid": "stWidgetLabel", for: forId, class: cls("fragc-widget-label", labelClass(p.label_visibility)) },
    h("span", { "data-testid": "stMarkdownContainer", html: markdownToHtml(String(p.label ?? ""), { inline: true }) }),
  );
}

/** The label (for the control `forId`) and the help icon, on one row. @param {Labelled} p @param {string} forId */
export function labelRow(p, forId) {
  return h("div", { class: "fragc-label-row" }, widgetLabel(p, forId), helpIcon(p.help));
}

/**
 * The label of a group of controls (radio buttons, pills): text only, since the group
 * itself is named by `aria-label`; a `<label>` would name nothing.
 * @param {Labelled} p
 */
export function groupLabel(p) {
  return h(
    "div",
    { class: "fragc-label-row" },
    h(
      "div",
      { "data-testid": "stWidgetLabel", class: cls("fragc-widget-label", labelClass(p.label_visibility)) },
      h("span", { "data-testid": "stMarkdownContainer", html: markdownToHtml(String(p.label ?? ""), { inline: true }) }),
    ),
    helpIcon(p.help),
  );
}

/** Streamlit's button kinds; anything else draws as secondary. @param {unknown} type */
export function buttonKind(type) {
  return type === "primary" || type === "tertiary" ? type : "secondary";
}

/** A button's inside: icon (left or right) and markdown label. @param {ButtonLike} p */
export function buttonContent(p) {
  const icon = p.icon ? h("span", { class: "fragc-button-icon", "aria-hidden": "true" }, String(p.icon)) : null;
  const label = h("span", { "data-testid": "stMarkdownContainer", class: "fragc-button-label", html: markdownToHtml(String(p.label ?? ""), { inline: true }) });
  return p.icon_position === "right" ? [label, icon] : [icon, label];
}

/** An option widget's labels. @param {{ options?: string[] }} p @returns {string[]} */
export function optionLabels(p) {
  return Array.isArray(p.options) ? p.options.map(String) : [];
}

/** An index the widget can show, else null. @param {unknown} value @param {number} count */
export function validIndex(value, count) {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value < count ? value : null;
}

/** Show "Press Enter to apply" while a text or number input holds an uncommitted edit. @param {Element} input @param {boolean} dirty */
export function markDirty(input, dirty) {
  const widget = input.closest(".stTextInput, .stTextArea, .stNumberInput");
  if (!widget) return;
  if (dirty) widget.setAttribute("data-dirty", "");
  else widget.removeAttribute("data-dirty");
  // As Streamlit's InputInstructions: there (with its test id) only while there is an edit.
  const note = widget.querySelector(":scope > .fragc-instructions");
  if (!note) return;
  if (dirty) {
    note.setAttribute("data-testid", "InputInstructions");
    note.textContent = instructions(widget);
  } else {
    note.removeAttribute("data-testid");
    note.textContent = "";
  }
}

/** Streamlit 1.67's words for how to commit an edit. @param {Element} widget */
function instructions(widget) {
  if (widget.closest(".stForm, [data-testid='stForm']")) return "Press Enter to submit form";
  if (!widget.classList.contains("stTextArea")) return "Press Enter to apply";
  return /Mac|iPhone|iPad/.test(navigator.platform) ? "Press ⌘+Enter to apply" : "Press Ctrl+Enter to apply";
}
