// @ts-check
/**
 * st.date_input and st.time_input as native `<input type=date>` / `<input type=time>`.
 *
 * The committed value (the page's widget store) is Streamlit's wire value: a list of
 * ISO dates for a date input (one control, or two for a range), "HH:MM" or "HH:MM:SS"
 * (or null) for a time input. The native controls show dates and times in the
 * browser's locale; the widget's `format` is kept as `data-format`.
 * input_events.js commits a control's `change`.
 */

import { h, cls } from "./dom.js";
import { ACTIONS, labelRow } from "./input_parts.js";

/**
 * @typedef {Record<string, any>} Props
 * @typedef {import("./inputs.js").WidgetView} WidgetView
 */

/** The committed dates as a list of ISO strings. @param {unknown} value @returns {string[]} */
export function datesOf(value) {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === "string" && value ? [value] : [];
}

/** @param {Props} p @param {WidgetView} view */
export function dateInput(p, view) {
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
      "data-fragc-action": ACTIONS.date,
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

/** @param {Props} p @param {WidgetView} view */
export function timeInput(p, view) {
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
        "data-fragc-action": ACTIONS.time,
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
