// @ts-check
/**
 * st.date_input and st.time_input (`compiler/fragc/shim/widgets/dates.py`) as native
 * `<input type=date>` / `<input type=time>`.
 *
 * The committed value (the page's widget store) is Streamlit's wire value: a list of
 * ISO dates for a date input (one control, or two for a range), "HH:MM" or "HH:MM:SS"
 * (or null) for a time input. The native controls show dates and times in the
 * browser's locale; the widget's `format` is kept as `data-format`. A control's
 * `change` commits; a value the widget does not take (out of bounds, a range's end
 * before its start, a year being typed) is not committed, and leaving the field puts
 * the committed value back.
 */

import { h, cls } from "../render/dom.js";
import { labelRow } from "../render/parts.js";

/**
 * @typedef {import("../protocol_types").DateInputProps} DateInputProps
 * @typedef {import("../protocol_types").TimeInputProps} TimeInputProps
 * @typedef {import("../family.js").ElementNode} ElementNode
 * @typedef {import("../family.js").ElementView} ElementView
 * @typedef {import("../family.js").EventContext} EventContext
 * @typedef {import("../family.js").Family} Family
 */

/** The committed dates as a list of ISO strings. @param {unknown} value @returns {string[]} */
export function datesOf(value) {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === "string" && value ? [value] : [];
}

/** @param {DateInputProps} p @param {ElementView} view */
function dateInput(p, view) {
  const id = `fragc-date-${view.uid}`;
  const dates = datesOf(view.value);
  const disabled = Boolean(p.disabled);
  /** @param {string} part @param {string} value @param {Record<string, string | null>} extra */
  const control = (part, value, extra) =>
    h("input", {
      type: "date",
      min: p.min ?? null,
      max: p.max ?? null,
      disabled,
      required: p.required ? true : null,
      value,
      "data-fragc-action": "date-input",
      "data-fragc-part": part,
      "data-fragc-force": view.forced,
      props: { value },
      ...extra,
    });
  const fields = p.is_range
    ? [
        control("start", dates[0] ?? "", { id }),
        h("span", { class: "fragc-range-dash", "aria-hidden": "true" }, "–"),
        control("end", dates[1] ?? "", { "aria-label": `${String(p.label ?? "")} (end)` }),
      ]
    : [control("single", dates[0] ?? "", { id })];
  return h(
    "div",
    { "data-testid": "stDateInput", class: "stDateInput", "data-format": p.format ?? null },
    labelRow(p, id),
    h("div", { "data-testid": "stDateInputField", class: cls("fragc-input-root", "fragc-date-root") }, fields),
  );
}

/** @param {TimeInputProps} p @param {ElementView} view */
function timeInput(p, view) {
  const id = `fragc-time-${view.uid}`;
  const value = typeof view.value === "string" ? view.value : "";
  return h(
    "div",
    { "data-testid": "stTimeInput", class: "stTimeInput", "data-format": p.format ?? null },
    labelRow(p, id),
    h(
      "div",
      { class: cls("fragc-input-root", "fragc-time-root") },
      h("input", {
        id,
        type: "time",
        // The native control offers seconds only when the step is not whole minutes.
        step: typeof p.step === "number" ? p.step : 900,
        disabled: Boolean(p.disabled),
        required: p.required ? true : null,
        value,
        "data-testid": "stTimeInputTimeDisplay",
        "data-fragc-action": "time-input",
        "data-fragc-force": view.forced,
        props: { value },
      }),
    ),
  );
}

/**
 * A native time value in the widget's wire format: "HH:MM" for minute steps, else
 * "HH:MM:SS". Returns null for an empty or malformed value.
 * @param {string} raw @param {number} step seconds
 */
export function timeWireValue(raw, step) {
  const match = /^(\d{2}):(\d{2})(?::(\d{2}))?/.exec(raw);
  if (!match) return null;
  const [, hours, minutes, seconds = "00"] = match;
  return step % 60 === 0 ? `${hours}:${minutes}` : `${hours}:${minutes}:${seconds}`;
}

/**
 * The date input's new value from its controls, or null when it is not a value the
 * widget accepts (the page then puts the committed value back).
 * @param {string[]} parts ISO strings of the controls ("" when empty), start first
 * @param {{ is_range?: boolean, clearable?: boolean, min?: string, max?: string }} p
 * @returns {string[] | null}
 */
export function dateWireValue(parts, p) {
  const inRange = (/** @type {string} */ d) => (!p.min || d >= p.min) && (!p.max || d <= p.max);
  if (!p.is_range) {
    const [d = ""] = parts;
    if (d === "") return p.clearable ? [] : null;
    return inRange(d) ? [d] : null;
  }
  const [start = "", end = ""] = parts;
  if (start === "" && end === "") return p.clearable ? [] : null;
  if (start === "") return null; // a range needs its start first, as Streamlit's picker does
  if (!inRange(start) || (end !== "" && !inRange(end))) return null;
  if (end === "") return [start];
  return end < start ? null : [start, end];
}

/** @param {HTMLElement} control @param {Event} _event @param {EventContext} ctx */
function changeDate(control, _event, ctx) {
  const node = ctx.widgetNode(control);
  if (!node || node.element.kind !== "date_input") return;
  const props = node.element.props;
  const input = /** @type {HTMLInputElement} */ (control);
  const field = input.closest('[data-testid="stDateInput"]');
  const controls = /** @type {HTMLInputElement[]} */ ([...(field?.querySelectorAll("input[type=date]") ?? [])]);
  const value = dateWireValue(
    controls.map((c) => c.value),
    props,
  );
  // Not a value the widget takes (out of bounds, end before start): nothing to commit.
  // While the user is still typing in the field (a year "2" is 0002 on the way to
  // 2024) the field keeps it; leaving the field puts the committed value back.
  if (value === null) {
    if (!controls.includes(/** @type {HTMLInputElement} */ (document.activeElement))) revertDate(node, controls, ctx);
    return;
  }
  ctx.commit(node, value);
}

/** @param {ElementNode} node @param {HTMLInputElement[]} controls @param {EventContext} ctx */
function revertDate(node, controls, ctx) {
  const committed = datesOf(ctx.value(node));
  controls.forEach((c, i) => (c.value = committed[i] ?? ""));
}

/** @param {HTMLElement} control @param {Event} _event @param {EventContext} ctx */
function changeTime(control, _event, ctx) {
  const node = ctx.widgetNode(control);
  if (!node || node.element.kind !== "time_input") return;
  const props = node.element.props;
  const input = /** @type {HTMLInputElement} */ (control);
  const step = typeof props.step === "number" ? props.step : 900;
  const value = input.value === "" ? null : timeWireValue(input.value, step);
  if (value === null && !props.clearable) {
    if (document.activeElement !== input) revertTime(node, input, ctx);
    return;
  }
  ctx.commit(node, value);
}

/** @param {ElementNode} node @param {HTMLInputElement} input @param {EventContext} ctx */
function revertTime(node, input, ctx) {
  const committed = ctx.value(node);
  input.value = typeof committed === "string" ? committed : "";
}

/**
 * Leaving a date or time field with a value it does not take shows the committed one.
 * @param {HTMLElement} control @param {FocusEvent} event @param {EventContext} ctx
 */
function leave(control, event, ctx) {
  const input = /** @type {HTMLInputElement} */ (control);
  const field = input.closest('[data-testid="stDateInput"], [data-testid="stTimeInput"]');
  const next = /** @type {Node | null} */ (event.relatedTarget);
  if (next && field?.contains(next)) return; // from the start of a range to its end
  const node = ctx.widgetNode(input);
  if (!node) return;
  if (node.element.kind === "time_input") {
    const props = node.element.props;
    const step = typeof props.step === "number" ? props.step : 900;
    const value = input.value === "" ? null : timeWireValue(input.value, step);
    if (value === null && !props.clearable) revertTime(node, input, ctx);
    return;
  }
  if (node.element.kind !== "date_input") return;
  const controls = /** @type {HTMLInputElement[]} */ ([...(field?.querySelectorAll("input[type=date]") ?? [])]);
  if (dateWireValue(controls.map((c) => c.value), node.element.props) === null) revertDate(node, controls, ctx);
}

export default /** @satisfies {Family} */ ({
  python: "widgets/dates.py",
  elements: { date_input: dateInput, time_input: timeInput },
  actions: {
    "date-input": { change: changeDate, focusout: leave },
    "time-input": { change: changeTime, focusout: leave },
  },
});
