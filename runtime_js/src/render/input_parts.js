// @ts-check
/**
 * Pieces the input and media widgets share (dates, color, files, links, chat): the
 * label row, the `data-fragc-action` names their events use, and button classes.
 *
 * Labels are real `<label for>` elements, so `get_by_label(label, exact=True)` finds
 * each control; `label_visibility` hides a label visually but keeps it for assistive
 * technology (the same classes as render/inputs.js).
 */

import { h, cls } from "./dom.js";
import { markdownToHtml } from "./markdown.js";
import { helpIcon, labelClass } from "./elements.js";

/** @typedef {Record<string, any>} Props */

/** The `data-fragc-action` of each control input_events.js listens to. */
export const ACTIONS = Object.freeze({
  date: "date-input",
  time: "time-input",
  color: "color-picker",
  upload: "file-upload",
  removeFile: "file-remove",
  download: "download",
  link: "link-button",
  chat: "chat-input",
  chatSubmit: "chat-submit",
  chatAttach: "chat-attach",
  chatRemoveFile: "chat-file-remove",
});

/** The label (for the control `forId`) and the help icon, on one row. @param {Props} p @param {string} forId */
export function labelRow(p, forId) {
  return h(
    "div",
    { class: "fragc-label-row" },
    h(
      "label",
      { "data-testid": "stWidgetLabel", for: forId, class: cls("fragc-widget-label", labelClass(p.label_visibility)) },
      h("span", { html: markdownToHtml(String(p.label ?? ""), { inline: true }) }),
    ),
    helpIcon(p.help),
  );
}

/** Streamlit's button kinds; anything else draws as secondary. @param {unknown} type */
export function buttonKind(type) {
  return type === "primary" || type === "tertiary" ? type : "secondary";
}

/**
 * A button's inside: icon (left or right) and markdown label.
 * @param {Props} p
 */
export function buttonContent(p) {
  const icon = p.icon ? h("span", { class: "fragc-button-icon", "aria-hidden": "true" }, String(p.icon)) : null;
  const label = h("span", { class: "fragc-button-label", html: markdownToHtml(String(p.label ?? ""), { inline: true }) });
  return p.icon_position === "right" ? [label, icon] : [icon, label];
}

/** Human-readable size, as Streamlit's file chips show it (1.2KB, 3.0MB). @param {number} bytes */
export function formatBytes(bytes) {
  const units = ["B", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)}${units[unit]}`;
}
