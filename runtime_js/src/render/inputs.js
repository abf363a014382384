// @ts-check
/**
 * Renderers of widgets. Each draws the widget's committed value (from the page's
 * widget store) and marks its controls with `data-fragc-action`, which events.js
 * dispatches on; no listener is attached here, so re-rendering never loses one.
 *
 * Labels are real `<label>`s (or wrap the control), so Playwright's
 * `get_by_label(label, exact=True)` finds every control; `label_visibility` hides a
 * label visually but keeps it for assistive technology.
 */

import { h, cls } from "./dom.js";
import { markdownToHtml } from "./markdown.js";
import { helpIcon, labelClass } from "./elements.js";
import { formatNumberInput } from "./format.js";

/**
 * @typedef {Record<string, any>} Props
 * @typedef {object} WidgetView what a widget renderer needs besides its props
 * @property {number} uid the node's uid, for stable element ids
 * @property {unknown} value the committed value
 * @property {boolean} forced Python set the value: an input being edited adopts it
 */

/** @param {Props} p @param {string | null} forId */
function widgetLabel(p, forId) {
  return h(
    "label",
    { "data-testid": "stWidgetLabel", for: forId, class: cls("fragc-widget-label", labelClass(p.label_visibility)) },
    h("span", { html: markdownToHtml(String(p.label ?? ""), { inline: true }) }),
  );
}

/** @param {Props} p @param {WidgetView} _view */
export function button(p, _view) {
  const type = ["primary", "secondary", "tertiary"].includes(p.type) ? p.type : "secondary";
  return h(
    "div",
    { "data-testid": "stButton", class: cls("stButton", p.use_container_width && "fragc-stretch") },
    h(
      "button",
      {
        type: "button",
        "data-testid": `stBaseButton-${type}`,
        kind: type,
        class: cls("fragc-button", `fragc-button-${type}`),
        disabled: Boolean(p.disabled),
        title: p.help ? String(p.help) : null,
        "data-fragc-action": "trigger",
      },
      p.icon ? h("span", { class: "fragc-button-icon", "aria-hidden": "true" }, String(p.icon)) : null,
      h("span", { class: "fragc-button-label", html: markdownToHtml(String(p.label ?? ""), { inline: true }) }),
    ),
  );
}

/** A checkbox, or a switch when `toggle` is set. @param {Props} p @param {WidgetView} view */
export function checkbox(p, view) {
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
        "data-fragc-action": "checkbox",
        props: { checked },
      }),
      h("span", { class: "fragc-check-mark", "aria-hidden": "true" }),
      h("span", {
        class: cls("fragc-check-text", labelClass(p.label_visibility)),
        html: markdownToHtml(String(p.label ?? ""), { inline: true }),
      }),
    ),
    helpIcon(p.help),
  );
}

/** @param {Props} p @param {WidgetView} view */
export function textInput(p, view) {
  const id = `fragc-input-${view.uid}`;
  const value = view.value === null || view.value === undefined ? "" : String(view.value);
  return h(
    "div",
    { "data-testid": "stTextInput", class: "stTextInput" },
    h("div", { class: "fragc-label-row" }, widgetLabel(p, id), helpIcon(p.help)),
    h(
      "div",
      { "data-testid": "stTextInputRootElement", class: "fragc-input-root" },
      h("input", {
        id,
        type: p.type === "password" ? "password" : "text",
        maxlength: typeof p.max_chars === "number" ? p.max_chars : null,
        placeholder: p.placeholder ?? null,
        autocomplete: p.autocomplete || null,
        disabled: Boolean(p.disabled),
        value,
        "data-fragc-action": "text",
        "data-fragc-force": view.forced,
        props: { value },
      }),
    ),
    h("div", { "data-testid": "stInputInstructions", class: "fragc-instructions", "aria-hidden": "true" }),
  );
}

/** @param {Props} p @param {WidgetView} view */
export function textArea(p, view) {
  const id = `fragc-input-${view.uid}`;
  const value = view.value === null || view.value === undefined ? "" : String(view.value);
  return h(
    "div",
    { "data-testid": "stTextArea", class: "stTextArea" },
    h("div", { class: "fragc-label-row" }, widgetLabel(p, id), helpIcon(p.help)),
    h(
      "div",
      { class: "fragc-input-root" },
      h("textarea", {
        id,
        maxlength: typeof p.max_chars === "number" ? p.max_chars : null,
        placeholder: p.placeholder ?? null,
        disabled: Boolean(p.disabled),
        style: typeof p.height === "number" ? `height: ${p.height}px` : null,
        "data-fragc-action": "text",
        "data-fragc-force": view.forced,
        props: { value },
      }),
    ),
    h("div", { "data-testid": "stInputInstructions", class: "fragc-instructions", "aria-hidden": "true" }),
  );
}

/** @param {Props} p @param {WidgetView} view */
export function numberInput(p, view) {
  const id = `fragc-input-${view.uid}`;
  const value = typeof view.value === "number" ? view.value : null;
  const shown = formatNumberInput(value, p.format);
  const disabled = Boolean(p.disabled);
  const atMin = value !== null && typeof p.min === "number" && value - Number(p.step ?? 1) < p.min;
  const atMax = value !== null && typeof p.max === "number" && value + Number(p.step ?? 1) > p.max;
  return h(
    "div",
    { "data-testid": "stNumberInput", class: "stNumberInput" },
    h("div", { class: "fragc-label-row" }, widgetLabel(p, id), helpIcon(p.help)),
    h(
      "div",
      { "data-testid": "stNumberInputContainer", class: "fragc-input-root fragc-number-root" },
      h("input", {
        id,
        type: "number",
        "data-testid": "stNumberInputField",
        inputmode: p.is_int ? "numeric" : "decimal",
        min: typeof p.min === "number" ? p.min : null,
        max: typeof p.max === "number" ? p.max : null,
        // "any": the browser must not reject a value that is off the step grid
        // (min=0.5, step=1); Streamlit only uses the step for the +/- buttons.
        step: "any",
        placeholder: p.placeholder ?? null,
        disabled,
        value: shown,
        "data-fragc-action": "number",
        "data-fragc-force": view.forced,
        props: { value: shown },
      }),
      h(
        "div",
        { class: "fragc-steppers" },
        h(
          "button",
          {
            type: "button",
            "data-testid": "stNumberInputStepDown",
            class: "fragc-stepper",
            "aria-label": "Decrement",
            tabindex: -1,
            disabled: disabled || atMin,
            "data-fragc-action": "step-down",
          },
          "−",
        ),
        h(
          "button",
          {
            type: "button",
            "data-testid": "stNumberInputStepUp",
            class: "fragc-stepper",
            "aria-label": "Increment",
            tabindex: -1,
            disabled: disabled || atMax,
            "data-fragc-action": "step-up",
          },
          "+",
        ),
      ),
    ),
    h("div", { "data-testid": "stInputInstructions", class: "fragc-instructions", "aria-hidden": "true" }),
  );
}
