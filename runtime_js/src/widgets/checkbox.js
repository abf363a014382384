// @ts-check
/**
 * st.checkbox and st.toggle (`compiler/fragc/shim/widgets/checkbox.py`): one boolean,
 * drawn as a box or a switch, committed on `change`.
 */

import { h, cls } from "../render/dom.js";
import { markdownText, markdownToHtml } from "../render/markdown.js";
import { helpIcon, labelClass } from "../render/parts.js";

/**
 * @typedef {import("../protocol_types").CheckboxProps} CheckboxProps
 * @typedef {import("../family.js").ElementView} ElementView
 * @typedef {import("../family.js").EventContext} EventContext
 * @typedef {import("../family.js").Family} Family
 */

/** A checkbox, or a switch when `toggle` is set. @param {CheckboxProps} p @param {ElementView} view */
function checkbox(p, view) {
  const checked = Boolean(view.value);
  return h(
    "div",
    { "data-testid": "stCheckbox", class: cls("stCheckbox", p.toggle && "fragc-toggle") },
    h(
      "label",
      { class: cls("fragc-check", p.disabled && "fragc-disabled") },
      h("input", {
        type: "checkbox",
        role: p.toggle ? "switch" : null,
        checked,
        disabled: Boolean(p.disabled),
        "aria-label": markdownText(String(p.label ?? "")).trim() || null,
        "data-fragc-action": "checkbox",
        props: { checked },
      }),
      h("span", { class: "fragc-check-mark", "aria-hidden": "true" }),
      h(
        "span",
        { "data-testid": "stWidgetLabel", class: cls("fragc-check-text", labelClass(p.label_visibility)) },
        h("span", { "data-testid": "stMarkdownContainer", html: markdownToHtml(String(p.label ?? ""), { inline: true }) }),
        helpIcon(p.help, p.label),
      ),
    ),
  );
}

/** @param {HTMLElement} input @param {Event} _event @param {EventContext} ctx */
function onChange(input, _event, ctx) {
  const node = ctx.widgetNode(input);
  if (node) ctx.commit(node, /** @type {HTMLInputElement} */ (input).checked);
}

export default /** @satisfies {Family} */ ({
  python: "widgets/checkbox.py",
  elements: { checkbox },
  actions: { checkbox: { change: onChange } },
});
