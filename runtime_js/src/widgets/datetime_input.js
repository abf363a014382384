// @ts-check
/**
 * st.datetime_input (`compiler/fragc/shim/widgets/datetime_input.py`): `stDateTimeInput`
 * with a labelled `<input type="datetime-local">` (the browser's own date and time
 * picker, as fragc's date and time inputs use), its `min`, `max` and `step` from Python.
 * The committed value is Streamlit's wire value, a list of one ISO text
 * `"YYYY-MM-DDTHH:MM"` or `[]`: committed on `change` when the widget takes it; leaving
 * the field with a value it does not take puts the committed one back.
 */

import { h, cls } from "../render/dom.js";
import { labelRow } from "../render/parts.js";

/**
 * @typedef {import("../protocol_types").DatetimeInputProps} DatetimeInputProps
 * @typedef {import("../family.js").ElementView} ElementView
 * @typedef {import("../family.js").EventContext} EventContext
 * @typedef {import("../family.js").Family} Family
 */

/** The ISO text the widget holds ("" for None). @param {unknown} value */
export function datetimeOf(value) {
  return Array.isArray(value) && typeof value[0] === "string" ? value[0] : "";
}

/** The wire value for what the field holds, or null when the widget does not take it. @param {string} text @param {{ min?: string, max?: string, clearable?: boolean }} p */
export function datetimeWireValue(text, p) {
  if (text === "") return p.clearable ? [] : null;
  const value = text.slice(0, 16);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  if (typeof p.min === "string" && value < p.min) return null;
  if (typeof p.max === "string" && value > p.max) return null;
  return [value];
}

/** @param {DatetimeInputProps} p @param {ElementView} view */
function datetimeInput(p, view) {
  const id = `fragc-datetime-${view.uid}`;
  const value = datetimeOf(view.value);
  return h(
    "div",
    {
      "data-testid": "stDateTimeInput",
      class: "stDateTimeInput",
      "data-format": p.format ?? null,
      style: typeof p.width === "number" ? `width: ${p.width}px; max-width: 100%` : null,
    },
    labelRow(p, id),
    h(
      "div",
      { "data-testid": "stDateTimeInputField", class: cls("fragc-input-root", "fragc-datetime-root") },
      h("input", {
        id,
        type: "datetime-local",
        min: p.min ?? null,
        max: p.max ?? null,
        step: typeof p.step === "number" ? p.step : 900,
        required: p.required ? true : null,
        disabled: Boolean(p.disabled),
        value,
        "data-fragc-action": "datetime-input",
        "data-fragc-force": view.forced,
        props: { value },
      }),
    ),
  );
}

/** @param {HTMLElement} control @param {Event} _event @param {EventContext} ctx */
function onChange(control, _event, ctx) {
  const input = /** @type {HTMLInputElement} */ (control);
  const node = ctx.widgetNode(input);
  if (!node) return;
  const value = datetimeWireValue(input.value, /** @type {DatetimeInputProps} */ (node.element.props));
  if (value !== null) ctx.commit(node, value);
}

/** @param {HTMLElement} control @param {FocusEvent} _event @param {EventContext} ctx */
function onLeave(control, _event, ctx) {
  const input = /** @type {HTMLInputElement} */ (control);
  const node = ctx.widgetNode(input);
  if (node && datetimeWireValue(input.value, /** @type {DatetimeInputProps} */ (node.element.props)) === null) {
    input.value = datetimeOf(ctx.value(node));
  }
}

export default /** @satisfies {Family} */ ({
  python: "widgets/datetime_input.py",
  elements: { datetime_input: datetimeInput },
  actions: { "datetime-input": { change: onChange, focusout: onLeave } },
});
