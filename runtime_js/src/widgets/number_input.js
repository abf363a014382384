// @ts-check
/**
 * st.number_input (`compiler/fragc/shim/widgets/number_input.py`): a number field with
 * − and + steppers. Committed on Enter or when the field loses the focus, as in
 * Streamlit; a value outside [min, max] is not committed (Enter says why, leaving the
 * field puts the committed value back). Enter in a form's input also submits the form.
 */

import { h } from "../render/dom.js";
import { formatNumberInput, roundToStep } from "../render/format.js";
import { labelRow, markDirty } from "../render/parts.js";
import { submitOnEnter } from "./form.js";

/**
 * @typedef {import("../protocol_types").NumberInputProps} NumberInputProps
 * @typedef {import("../family.js").ElementNode} ElementNode
 * @typedef {import("../family.js").ElementView} ElementView
 * @typedef {import("../family.js").EventContext} EventContext
 * @typedef {import("../family.js").Family} Family
 */

/** @param {NumberInputProps} p @param {ElementView} view */
function numberInput(p, view) {
  const id = `fragc-input-${view.uid}`;
  const value = typeof view.value === "number" ? view.value : null;
  const shown = formatNumberInput(value, p.format);
  const disabled = Boolean(p.disabled);
  const atMin = value !== null && typeof p.min === "number" && value - Number(p.step ?? 1) < p.min;
  const atMax = value !== null && typeof p.max === "number" && value + Number(p.step ?? 1) > p.max;
  return h(
    "div",
    { "data-testid": "stNumberInput", class: "stNumberInput" },
    labelRow(p, id),
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
          h("span", { "aria-hidden": "true" }, "−"),
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
          h("span", { "aria-hidden": "true" }, "+"),
        ),
      ),
    ),
    h("div", { class: "fragc-instructions", "aria-hidden": "true" }),
  );
}

/** The widget's props (a control of this family is always a number_input's). @param {ElementNode} node @returns {NumberInputProps} */
function propsOf(node) {
  return /** @type {NumberInputProps} */ (node.element.props);
}

/** @param {HTMLInputElement} input @param {boolean} fromEnter @param {EventContext} ctx */
function commitNumber(input, fromEnter, ctx) {
  const node = ctx.widgetNode(input);
  if (!node) return;
  const props = propsOf(node);
  const current = /** @type {number | null | undefined} */ (ctx.value(node));
  const revert = () => {
    input.value = formatNumberInput(current ?? null, props.format);
    markDirty(input, false);
  };
  if (input.value.trim() === "") {
    // Only a widget that already holds None may be emptied.
    if (current === null || current === undefined) ctx.commit(node, null);
    else revert();
    return;
  }
  let value = Number(input.value);
  if (!Number.isFinite(value)) return revert();
  if (props.is_int) value = Math.trunc(value);
  const below = typeof props.min === "number" && value < props.min;
  const above = typeof props.max === "number" && value > props.max;
  if (below || above) {
    // As Streamlit: an out-of-range value is not committed; say why on Enter.
    if (fromEnter) input.reportValidity();
    else revert();
    return;
  }
  ctx.commit(node, value);
  input.value = formatNumberInput(value, props.format);
  markDirty(input, false);
}

/** A click on − or +. @param {HTMLElement} button @param {1 | -1} direction @param {EventContext} ctx */
function step(button, direction, ctx) {
  const node = ctx.widgetNode(button);
  if (!node) return;
  const props = propsOf(node);
  const container = button.closest('[data-testid="stNumberInput"]');
  const input = /** @type {HTMLInputElement | null} */ (container?.querySelector("input"));
  const stepSize = Number(props.step) || 1;
  const typed = input && input.value.trim() !== "" ? Number(input.value) : NaN;
  const stored = ctx.value(node);
  const base = Number.isFinite(typed) ? typed : typeof stored === "number" ? stored : (props.min ?? 0);
  let value = roundToStep(base + direction * stepSize, stepSize, base);
  if (typeof props.min === "number") value = Math.max(value, props.min);
  if (typeof props.max === "number") value = Math.min(value, props.max);
  if (props.is_int) value = Math.trunc(value);
  if (input) {
    input.value = formatNumberInput(value, props.format);
    markDirty(input, false);
  }
  ctx.commit(node, value);
}

/** @param {HTMLElement} input */
function onInput(input) {
  markDirty(input, true);
}

/** @param {HTMLElement} input @param {KeyboardEvent} event @param {EventContext} ctx */
function onKey(input, event, ctx) {
  if (event.key !== "Enter" || event.isComposing) return;
  event.preventDefault();
  commitNumber(/** @type {HTMLInputElement} */ (input), true, ctx);
  submitOnEnter(input, ctx);
}

/** @param {HTMLElement} input @param {FocusEvent} _event @param {EventContext} ctx */
function onLeave(input, _event, ctx) {
  commitNumber(/** @type {HTMLInputElement} */ (input), false, ctx);
}

export default /** @satisfies {Family} */ ({
  python: "widgets/number_input.py",
  elements: { number_input: numberInput },
  actions: {
    number: { input: onInput, keydown: onKey, focusout: onLeave },
    "step-up": { click: (button, _event, ctx) => step(button, 1, ctx) },
    "step-down": { click: (button, _event, ctx) => step(button, -1, ctx) },
  },
});
