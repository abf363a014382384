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
import { markdownToHtml, markdownText, iconHtml } from "./markdown.js";

/** Material's help_outline: an SVG has no text, so the label's name stays the label. */
const HELP_SVG =
  '<svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false"><path fill="currentColor" d="M11 18h2v-2h-2v2zm1-16C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8zm0-14c-2.21 0-4 1.79-4 4h2c0-1.1.9-2 2-2s2 .9 2 2c0 2-3 1.75-3 5h2c0-2.25 3-2.5 3-5 0-2.21-1.79-4-4-4z"/></svg>';

/**
 * @typedef {{ label: string, help: string | null, label_visibility?: string }} Labelled
 * @typedef {{ label: string, icon: string | null, icon_position?: string, shortcut?: string | null }} ButtonLike
 */

/**
 * The help icon that shows a widget's or element's help text on hover or focus
 * (render/tooltip.js). @param {unknown} help @param {unknown} [label] what the help is for
 */
export function helpIcon(help, label = "") {
  if (!help) return null;
  const name = label ? `Help for ${markdownText(String(label)).trim()}` : "Help";
  return h(
    "div",
    { "data-testid": "stTooltipIcon", class: "fragc-help-icon" },
    h(
      "div",
      { "data-testid": "stTooltipHoverTarget", class: "fragc-help-target", "data-fragc-help": String(help) },
      h("button", { type: "button", class: "fragc-help", "aria-label": name, html: HELP_SVG }),
    ),
  );
}

/**
 * A control with `help=` (a button): Streamlit wraps the control itself in the tooltip's
 * target, `stTooltipIcon` > `stTooltipHoverTarget` > the control (render/tooltip.js).
 * @param {unknown} help @param {import("./dom.js").Child} control
 */
export function withHelp(help, control) {
  if (!help) return control;
  return h(
    "div",
    { "data-testid": "stTooltipIcon", class: "fragc-help-wrap" },
    h("div", { "data-testid": "stTooltipHoverTarget", class: "fragc-help-target", "data-fragc-help": String(help) }, control),
  );
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
    // In the label, as Streamlit's (its button has no text: the control's name stays the label).
    helpIcon(p.help, p.label),
  );
}

/** The label (for the control `forId`) with its help icon, on one row. @param {Labelled} p @param {string} forId */
export function labelRow(p, forId) {
  return h("div", { class: "fragc-label-row" }, widgetLabel(p, forId));
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
      helpIcon(p.help, p.label),
    ),
  );
}

/** Streamlit's button kinds; anything else draws as secondary. @param {unknown} type */
export function buttonKind(type) {
  return type === "primary" || type === "tertiary" ? type : "secondary";
}

/**
 * A button's inside: icon (left or right; an emoji, `:material/name:` or "spinner", as
 * Streamlit's DynamicIcon draws them), the markdown label, and the keyboard shortcut's
 * `<kbd>` after them. @param {ButtonLike} p
 */
export function buttonContent(p) {
  const icon = p.icon ? h("span", { class: "fragc-button-icon", html: iconHtml(String(p.icon)) }) : null;
  const label = h("span", { "data-testid": "stMarkdownContainer", class: "fragc-button-label", html: markdownToHtml(String(p.label ?? ""), { inline: true }) });
  const shown = p.shortcut ? shortcutText(p.shortcut) : "";
  const kbd = shown ? h("kbd", { class: "fragc-button-shortcut", "aria-label": `Shortcut ${shown}` }, shown) : null;
  return p.icon_position === "right" ? [label, icon, kbd] : [icon, label, kbd];
}

const IS_MAC = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform || "");
/** @type {Record<string, string>} */
const KEY_NAMES = {
  ctrl: "Ctrl", cmd: IS_MAC ? "⌘" : "Cmd", alt: IS_MAC ? "⌥" : "Alt", shift: IS_MAC ? "⇧" : "Shift",
  enter: "Enter", space: "Space", tab: "Tab", escape: "Esc", backspace: "Backspace", delete: "Delete",
  home: "Home", end: "End", pageup: "PageUp", pagedown: "PageDown", left: "←", right: "→", up: "↑", down: "↓",
};

/** A normalized shortcut ("ctrl+j", widgets/shortcut.py) as Streamlit shows it: "Ctrl + J". @param {string} shortcut */
export function shortcutText(shortcut) {
  return shortcut
    .split("+")
    .map((token) => KEY_NAMES[token] ?? token.toUpperCase())
    .join(" + ");
}

/**
 * A key press in the normalized form of widgets/shortcut.py ("ctrl+shift+k"), or null
 * for a lone modifier. @param {KeyboardEvent} event
 */
export function pressedShortcut(event) {
  const code = event.code || "";
  let key = (event.key || "").toLowerCase();
  if (/^Key[A-Z]$/.test(code)) key = code.slice(3).toLowerCase();
  else if (/^Digit[0-9]$/.test(code)) key = code.slice(5);
  else if (key === " ") key = "space";
  else if (key.startsWith("arrow")) key = key.slice(5);
  else if (key === "esc") key = "escape";
  if (!key || ["control", "meta", "alt", "shift"].includes(key)) return null;
  const modifiers = [event.ctrlKey && "ctrl", event.metaKey && "cmd", event.altKey && "alt", event.shiftKey && "shift"];
  return [...modifiers.filter(Boolean), key].join("+");
}

/** An option widget's labels. @param {{ options?: string[] }} p @returns {string[]} */
export function optionLabels(p) {
  return Array.isArray(p.options) ? p.options.map(String) : [];
}

/** An index the widget can show, else null. @param {unknown} value @param {number} count */
export function validIndex(value, count) {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value < count ? value : null;
}

/**
 * Streamlit's InputInstructions under a text or number input: there (with its test id)
 * while the field has the focus or holds an uncommitted edit; it says how to commit an
 * edit ("Press Enter to apply"), and in a form how to submit it, edit or not.
 * @param {Element} input @param {boolean} dirty @param {boolean} [focused]
 */
export function markDirty(input, dirty, focused = input === document.activeElement) {
  const widget = input.closest(".stTextInput, .stTextArea, .stNumberInput");
  if (!widget) return;
  if (dirty) widget.setAttribute("data-dirty", "");
  else widget.removeAttribute("data-dirty");
  const note = widget.querySelector(":scope > .fragc-instructions");
  if (!note) return;
  if (dirty || focused) {
    note.setAttribute("data-testid", "InputInstructions");
    note.textContent = instructions(widget, dirty);
  } else {
    note.removeAttribute("data-testid");
    note.textContent = "";
  }
}

/**
 * The note as a render draws it: a redraw of the field that has the focus keeps it.
 * @param {string} inputId the field's id
 */
export function instructionsNote(inputId) {
  const live = typeof document === "undefined" ? null : document.getElementById(inputId);
  const widget = live?.closest(".stTextInput, .stTextArea, .stNumberInput");
  const dirty = widget?.hasAttribute("data-dirty") ?? false;
  const shown = widget && (dirty || live === document.activeElement);
  return h(
    "div",
    { class: "fragc-instructions", "aria-hidden": "true", "data-testid": shown ? "InputInstructions" : null },
    shown ? instructions(widget, dirty) : "",
  );
}

/** Streamlit 1.67's words for how to commit an edit. @param {Element} widget @param {boolean} [dirty] */
function instructions(widget, dirty = true) {
  const form = widget.closest(".stForm, [data-testid='stForm']");
  // A form whose Enter submits nothing (enter_to_submit=False, or its first submit
  // button disabled) gives no instructions, as Streamlit's.
  if (form) return form.getAttribute("data-fragc-enter-submits") === "false" ? "" : "Press Enter to submit form";
  if (!dirty) return "";
  if (!widget.classList.contains("stTextArea")) return "Press Enter to apply";
  return /Mac|iPhone|iPad/.test(navigator.platform) ? "Press ⌘+Enter to apply" : "Press Ctrl+Enter to apply";
}
