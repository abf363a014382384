// @ts-check
/**
 * st.date_input and st.time_input (`compiler/fragc/shim/widgets/dates.py`).
 *
 * The date input is Streamlit 1.67's (React Aria's DateField and Calendar): a group of
 * spinbuttons (year, month, day, in the widget's format's order) per date, the hidden
 * native input Streamlit keeps beside them, and a "Choose date" button; a click in the
 * field opens a calendar (`stDateInputCalendar`, a dialog of day buttons named
 * "Tuesday, January 2, 2024") where a click picks the day (a range: two clicks). The
 * time input is the same kind of field (hour, minute and, for a step below a minute,
 * second spinbuttons), with no popup, as Streamlit's.
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

// ---------------------------------------------------------- the segmented date field

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/**
 * The segments of a date format (Streamlit's `format`: YYYY, MM and DD in some order,
 * separated by "/", "-" or "."), as React Aria's DateField draws them.
 * @param {string | null | undefined} format @returns {{ order: ("year" | "month" | "day")[], separator: string }}
 */
export function segmentsOf(format) {
  const text = String(format || "YYYY/MM/DD").toUpperCase();
  const separator = /[/.-]/.exec(text)?.[0] ?? "/";
  /** @type {("year" | "month" | "day")[]} */
  const order = [];
  for (const token of text.split(/[/.-]/)) {
    const kind = token.startsWith("Y") ? "year" : token.startsWith("M") ? "month" : token.startsWith("D") ? "day" : null;
    if (kind && !order.includes(kind)) order.push(kind);
  }
  return order.length === 3 ? { order, separator } : { order: ["year", "month", "day"], separator: "/" };
}

/** Days in a month (month 1..12). @param {number} year @param {number} month */
const daysIn = (year, month) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** @param {number} n @param {number} width */
const pad = (n, width) => String(n).padStart(width, "0");

/** The ISO date of year, month, day when they make one, else "". @param {number} y @param {number} m @param {number} d */
export function isoOf(y, m, d) {
  if (!(y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m))) return "";
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** "Tuesday, January 2, 2024": a calendar day's name, as React Aria's. @param {string} iso */
export function dayName(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${WEEKDAYS[weekday]}, ${MONTHS[m - 1]} ${d}, ${y}`;
}

/**
 * One spinbutton of a date or time field, as React Aria draws it.
 * @param {keyof typeof SEGMENT} kind @param {number | undefined} value @param {string} name
 * @param {string} part @param {boolean} disabled
 */
function segment(kind, value, name, part, disabled) {
  const spec = SEGMENT[kind];
  const known = typeof value === "number" && Number.isFinite(value);
  const text = known ? pad(value, spec.width) : spec.empty;
  return h(
    "span",
    {
      role: "spinbutton",
      "aria-valuenow": known ? value : null,
      "aria-valuetext": known ? (kind === "month" ? `${text} – ${MONTHS[value - 1]}` : text) : "Empty",
      "aria-valuemin": spec.min,
      "aria-valuemax": spec.max,
      "aria-label": `${kind}, ${name}`,
      "aria-disabled": disabled ? "true" : null,
      contenteditable: disabled ? null : "true",
      spellcheck: "false",
      inputmode: "numeric",
      tabindex: disabled ? null : "0",
      "data-type": kind,
      "data-placeholder": known ? null : "true",
      class: "fragc-date-segment",
      "data-fragc-action": "date-segment",
      "data-fragc-part": part,
    },
    text,
  );
}

/**
 * One date of the field: a group of spinbuttons (year, month, day) named after the
 * widget, and the hidden native input Streamlit keeps beside them.
 * @param {DateInputProps} p @param {string} iso @param {string} name the group's name
 * @param {string} part "single", "start" or "end" @param {boolean} disabled
 */
function dateSegments(p, iso, name, part, disabled) {
  const { order, separator } = segmentsOf(p.format);
  const [y, m, d] = iso ? iso.split("-").map(Number) : [NaN, NaN, NaN];
  const values = { year: y, month: m, day: d };
  const segments = order.flatMap((kind, i) => [
    i > 0 ? h("span", { "aria-hidden": "true", "data-type": "literal", class: "fragc-date-literal" }, separator) : null,
    segment(kind, values[kind], name, part, disabled),
  ]);
  return [
    h("div", { role: "group", "aria-label": name, class: "fragc-date-segments" }, segments),
    h(
      "div",
      { "aria-hidden": "true", "data-testid": "hidden-dateinput-container", class: "fragc-visually-hidden" },
      h("input", { tabindex: "-1", type: "date", value: iso, min: p.min ?? null, max: p.max ?? null, "data-fragc-part": part, props: { value: iso } }),
    ),
  ];
}

/** @param {DateInputProps} p @param {ElementView} view */
function dateInput(p, view) {
  const id = `fragc-date-${view.uid}`;
  const dates = datesOf(view.value);
  const disabled = Boolean(p.disabled);
  const label = String(p.label ?? "");
  const expanded = calendar?.uid === view.uid && calendar.byButton;
  const fields = p.is_range
    ? [
        h("div", { "data-range-field": "start", class: "fragc-date-part" }, dateSegments(p, dates[0] ?? "", `${label} start date`, "start", disabled)),
        h("span", { class: "fragc-range-dash", "aria-hidden": "true" }, "–"),
        h("div", { "data-range-field": "end", class: "fragc-date-part" }, dateSegments(p, dates[1] ?? "", `${label} end date`, "end", disabled)),
      ]
    : dateSegments(p, dates[0] ?? "", label, "single", disabled);
  return h(
    "div",
    { "data-testid": "stDateInput", class: "stDateInput", "data-format": p.format ?? null },
    labelRow(p, id),
    h(
      "div",
      {
        "data-testid": "stDateInputField",
        "aria-keyshortcuts": "Alt+ArrowDown",
        class: cls("fragc-input-root", "fragc-date-root", disabled && "fragc-disabled"),
        "data-fragc-action": !disabled ? "date-field" : null,
      },
      h("div", { "data-testid": "stDateInputFieldsScroller", id, class: "fragc-date-scroller" }, fields),
      h(
        "button",
        {
          type: "button",
          "aria-label": p.is_range ? "Choose date range" : "Choose date",
          "aria-haspopup": "dialog",
          "aria-expanded": String(expanded),
          "data-testid": "stDateInputCalendarButton",
          disabled,
          class: "fragc-date-calendar-button",
          "data-fragc-action": "date-calendar-button",
        },
        h("span", { class: "fragc-combo-chevron", "aria-hidden": "true" }, "calendar_today"),
      ),
    ),
  );
}

/** The ISO dates the field's segments spell now ("" where incomplete). @param {Element} field */
function segmentDates(field) {
  return [...field.querySelectorAll(".fragc-date-segments")].map((group) => {
    /** @type {Record<string, number>} */
    const parts = {};
    for (const seg of group.querySelectorAll('[role="spinbutton"]')) {
      const text = (seg.textContent ?? "").replace(/\D/g, "");
      parts[String(seg.getAttribute("data-type"))] = text === "" ? NaN : Number(text);
    }
    return isoOf(parts.year, parts.month, parts.day);
  });
}

/** The minutes the time field's ArrowUp/Down step: the widget's step, in whole minutes under an hour. @param {Element} seg */
function minuteStep(seg) {
  const step = Number(seg.closest("[data-step]")?.getAttribute("data-step"));
  return step >= 60 && step < 3600 && step % 60 === 0 ? step / 60 : 1;
}

/**
 * The time input's wire value from its segments: "HH:MM" or "HH:MM:SS" when all are
 * typed, null when all are empty, undefined while some are (nothing to commit).
 * @param {Element} display @param {number} step @returns {string | null | undefined}
 */
function segmentTime(display, step) {
  const texts = [...display.querySelectorAll('[role="spinbutton"]')].map((seg) => (seg.textContent ?? "").replace(/\D/g, ""));
  if (texts.every((t) => t === "")) return null;
  if (texts.some((t) => t === "")) return undefined;
  const [hours, minutes, seconds = "0"] = texts.map((t) => pad(Number(t), 2));
  return timeWireValue(`${hours}:${minutes}:${pad(Number(seconds), 2)}`, step);
}

/** Commit what the segments spell, when the widget takes it. @param {HTMLElement} control @param {EventContext} ctx */
function commitSegments(control, ctx) {
  const node = ctx.widgetNode(control);
  if (node?.element.kind === "time_input") {
    const display = control.closest('[data-testid="stTimeInputTimeDisplay"]');
    const props = node.element.props;
    const value = display ? segmentTime(display, typeof props.step === "number" ? props.step : 900) : undefined;
    if (value === undefined || (value === null && !props.clearable)) return;
    ctx.commitAndShow(node, value);
    return;
  }
  const field = control.closest('[data-testid="stDateInput"]');
  if (!node || node.element.kind !== "date_input" || !field) return;
  const value = dateWireValue(segmentDates(field), node.element.props);
  if (value !== null) ctx.commitAndShow(node, value);
}

/**
 * The digits typed so far into a segment (a redraw after each commit keeps the element,
 * not its attributes, so they live here).
 * @type {{ el: Element | null, text: string }}
 */
let typing = { el: null, text: "" };

/**
 * A segment's keys, as React Aria's: ArrowUp/Down step it (wrapping), digits type it,
 * Backspace empties it, ArrowLeft/Right move between segments, Alt+ArrowDown opens the
 * calendar.
 * @param {HTMLElement} seg @param {KeyboardEvent} event @param {EventContext} ctx
 */
function segmentKey(seg, event, ctx) {
  const kind = /** @type {keyof typeof SEGMENT} */ (seg.getAttribute("data-type"));
  const { max, min, width, empty } = SEGMENT[kind];
  const digits = (seg.textContent ?? "").replace(/\D/g, "");
  const known = digits !== "";
  const now = known ? Number(digits) : NaN;
  const all = [...(seg.closest('[data-testid="stDateInputField"], [data-testid="stTimeInputTimeDisplay"]')?.querySelectorAll('[role="spinbutton"]') ?? [])];
  const at = all.indexOf(seg);
  if (event.altKey && event.key === "ArrowDown") {
    event.preventDefault();
    openCalendar(seg, ctx);
    return;
  }
  if (event.key === "ArrowUp" || event.key === "ArrowDown") {
    event.preventDefault();
    const by = kind === "minute" ? minuteStep(seg) : 1;
    const start = known ? now : kind === "year" ? new Date().getFullYear() : min;
    let next = known ? start + (event.key === "ArrowUp" ? by : -by) : start;
    if (next > max) next = min;
    if (next < min) next = max;
    seg.textContent = pad(next, width);
    commitSegments(seg, ctx);
    return;
  }
  if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
    event.preventDefault();
    /** @type {HTMLElement | undefined} */ (all[at + (event.key === "ArrowRight" ? 1 : -1)])?.focus();
    return;
  }
  if (event.key === "Backspace" || event.key === "Delete") {
    event.preventDefault();
    seg.textContent = empty;
    commitSegments(seg, ctx);
    return;
  }
  if (/^\d$/.test(event.key)) {
    event.preventDefault();
    const typed = typing.el === seg ? typing.text : "";
    let text = (typed + event.key).slice(-width);
    if (Number(text) > max) text = event.key;
    typing = { el: seg, text: text.length >= width ? "" : text };
    seg.textContent = pad(Number(text), width);
    commitSegments(seg, ctx);
    // A full segment moves on, as in React Aria.
    if (text.length >= width || Number(text) * 10 > max) {
      typing = { el: null, text: "" };
      /** @type {HTMLElement | undefined} */ (all[at + 1])?.focus();
    }
    return;
  }
  if (event.key.length === 1 && !event.ctrlKey && !event.metaKey) event.preventDefault();
}

/** Text put in a segment another way (Playwright's fill, a paste): read its digits. @param {HTMLElement} seg @param {Event} _event @param {EventContext} ctx */
function segmentInput(seg, _event, ctx) {
  const digits = (seg.textContent ?? "").replace(/\D/g, "");
  if (digits === "") return;
  const kind = /** @type {keyof typeof SEGMENT} */ (seg.getAttribute("data-type"));
  seg.textContent = pad(Math.min(Number(digits), SEGMENT[kind].max), SEGMENT[kind].width);
  commitSegments(seg, ctx);
}

// ------------------------------------------------------------------- the calendar

/**
 * The open calendar (one at a time), a dialog floating at the end of `stApp` as
 * Streamlit's floats in its overlay portal.
 * Opened by its button it is a dialog the button says is expanded; opened by a click in
 * the field it is the same calendar without the dialog role, the button left collapsed
 * (as Streamlit 1.67 draws the two).
 * @type {{ uid: number, month: string, pending: string | null, popup: HTMLElement, ctx: EventContext, byButton: boolean } | null}
 */
let calendar = null;

/** The month ("YYYY-MM") a calendar opens on. @param {string[]} dates */
function monthOf(dates) {
  const first = dates[0];
  if (first) return first.slice(0, 7);
  const today = new Date();
  return `${today.getFullYear()}-${pad(today.getMonth() + 1, 2)}`;
}

/** @param {string} month "YYYY-MM" @param {number} delta */
export function shiftMonth(month, delta) {
  const [y, m] = month.split("-").map(Number);
  const index = y * 12 + (m - 1) + delta;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1, 2)}`;
}

/**
 * The weeks a month's grid shows: ISO dates, Sunday first, the neighbours' days filling
 * the first and last weeks (drawn disabled, as React Aria's).
 * @param {string} month "YYYY-MM" @returns {string[][]}
 */
export function monthGrid(month) {
  const [y, m] = month.split("-").map(Number);
  const first = new Date(Date.UTC(y, m - 1, 1));
  const start = new Date(first.getTime() - first.getUTCDay() * 86_400_000);
  const last = new Date(Date.UTC(y, m, 0));
  const weeks = [];
  for (let day = start; day <= last; ) {
    const week = [];
    for (let i = 0; i < 7; i += 1) {
      week.push(day.toISOString().slice(0, 10));
      day = new Date(day.getTime() + 86_400_000);
    }
    weeks.push(week);
  }
  return weeks;
}

/** Open the calendar of the date input holding `control`. @param {HTMLElement} control @param {EventContext} ctx @param {boolean} [byButton] */
function openCalendar(control, ctx, byButton = false) {
  const node = ctx.widgetNode(control);
  if (!node || node.element.kind !== "date_input" || node.element.props.disabled) return;
  if (calendar?.uid === node.uid) return;
  closeCalendar();
  const popup = h("div", {
    "data-testid": "stDateInputCalendar",
    role: byButton ? "dialog" : null,
    "aria-modal": byButton ? "true" : null,
    "aria-label": node.element.props.is_range ? "Choose date range" : "Choose date",
    "data-fragc-owner": node.uid,
    class: "fragc-calendar-popup",
  });
  ctx.app.append(popup);
  calendar = { uid: node.uid, month: monthOf(datesOf(ctx.value(node))), pending: null, popup, ctx, byButton };
  drawCalendar();
  placeCalendar();
  markCalendar(true);
  /** @type {HTMLElement | null} */ (popup.querySelector('[role="button"][tabindex="0"]'))?.focus();
  document.addEventListener("mousedown", outside, true);
}

/** A press outside the open calendar (and its field) closes it. @param {MouseEvent} event */
function outside(event) {
  if (!calendar) return;
  const target = /** @type {Node} */ (event.target);
  const field = calendar.ctx.app.querySelector(`[data-fragc-uid="${calendar.uid}"] [data-testid="stDateInputField"]`);
  if (calendar.popup.contains(target) || field?.contains(target)) return;
  closeCalendar();
}

function closeCalendar() {
  if (!calendar) return;
  markCalendar(false);
  calendar.popup.remove();
  calendar = null;
  document.removeEventListener("mousedown", outside, true);
}

/** @param {boolean} open */
function markCalendar(open) {
  if (!calendar?.byButton) return;
  const button = calendar.ctx.app.querySelector(`[data-fragc-uid="${calendar.uid}"] [data-testid="stDateInputCalendarButton"]`);
  button?.setAttribute("aria-expanded", String(open));
}

function placeCalendar() {
  if (!calendar) return;
  const field = calendar.ctx.app.querySelector(`[data-fragc-uid="${calendar.uid}"] [data-testid="stDateInputField"]`);
  if (!field) return;
  const box = field.getBoundingClientRect();
  Object.assign(calendar.popup.style, { top: `${box.bottom + window.scrollY + 4}px`, left: `${box.left + window.scrollX}px` });
}

/** Draw the open calendar's month. */
function drawCalendar() {
  if (!calendar) return;
  const { uid, month, pending, popup, ctx } = calendar;
  const node = ctx.tree.find(uid);
  if (!node || node.type !== "element" || node.element.kind !== "date_input") return;
  const p = node.element.props;
  const chosen = pending ? [pending] : datesOf(ctx.value(node));
  const [y, m] = month.split("-").map(Number);
  const title = `${MONTHS[m - 1]} ${y}`;
  const inMonth = (/** @type {string} */ iso) => iso.slice(0, 7) === month;
  const allowed = (/** @type {string} */ iso) => (!p.min || iso >= p.min) && (!p.max || iso <= p.max);
  const isChosen = (/** @type {string} */ iso) =>
    chosen.length === 2 ? iso >= chosen[0] && iso <= chosen[1] : chosen.includes(iso);
  const focusDay = chosen.find(inMonth) ?? `${month}-01`;
  popup.replaceChildren(
    h("div", { role: "application", "aria-label": `${popup.getAttribute("aria-label")}, ${title}`, class: "fragc-calendar" },
      h(
        "header",
        { class: "fragc-calendar-header" },
        h("button", { type: "button", "aria-label": "Previous month", "data-fragc-action": "calendar-nav", "data-fragc-delta": "-1", class: "fragc-calendar-nav" }, h("span", { "aria-hidden": "true" }, "‹")),
        h("h2", { "aria-hidden": "true", class: "fragc-calendar-title" }, title),
        h("button", { type: "button", "aria-label": "Next month", "data-fragc-action": "calendar-nav", "data-fragc-delta": "1", class: "fragc-calendar-nav" }, h("span", { "aria-hidden": "true" }, "›")),
      ),
      h(
        "table",
        { role: "grid", "aria-label": `${popup.getAttribute("aria-label")}, ${title}`, class: "fragc-calendar-grid" },
        h("thead", { "aria-hidden": "true" }, h("tr", {}, ["S", "M", "T", "W", "T", "F", "S"].map((d) => h("th", {}, d)))),
        h(
          "tbody",
          {},
          monthGrid(month).map((week) =>
            h(
              "tr",
              {},
              week.map((iso) => {
                const off = !inMonth(iso) || !allowed(iso);
                const selected = isChosen(iso);
                return h(
                  "td",
                  { role: "gridcell", "aria-selected": selected ? "true" : null, "aria-disabled": off ? "true" : null },
                  h(
                    "div",
                    {
                      role: "button",
                      tabindex: off ? null : iso === focusDay ? "0" : "-1",
                      "aria-label": `${dayName(iso)}${selected ? " selected" : ""}`,
                      "aria-disabled": off ? "true" : null,
                      "data-selected": selected ? "true" : null,
                      "data-outside-month": inMonth(iso) ? null : "true",
                      "data-fragc-action": !off ? "calendar-day" : null,
                      "data-fragc-date": iso,
                      class: "fragc-calendar-day",
                    },
                    String(Number(iso.slice(8))),
                  ),
                );
              }),
            ),
          ),
        ),
      ),
    ),
  );
}

/** A day picked: a single date commits and closes; a range's first pick waits for its end. @param {HTMLElement} day @param {EventContext} ctx */
function pickDay(day, ctx) {
  if (!calendar) return;
  const iso = String(day.getAttribute("data-fragc-date"));
  const node = ctx.tree.find(calendar.uid);
  if (!node || node.type !== "element" || node.element.kind !== "date_input") return;
  if (node.element.props.is_range && calendar.pending === null) {
    calendar.pending = iso;
    drawCalendar();
    /** @type {HTMLElement | null} */ (calendar.popup.querySelector(`[data-fragc-date="${iso}"]`))?.focus();
    return;
  }
  const value = node.element.props.is_range ? [calendar.pending ?? iso, iso].sort() : [iso];
  closeCalendar();
  ctx.commitAndShow(node, value);
}

/** The calendar's keys: arrows move a day or a week, Enter or Space picks, Escape closes. @param {HTMLElement} day @param {KeyboardEvent} event @param {EventContext} ctx */
function dayKey(day, event, ctx) {
  if (!calendar) return;
  const moves = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
  if (event.key === "Enter" || event.key === " ") {
    event.preventDefault();
    pickDay(day, ctx);
    return;
  }
  if (event.key === "Escape") {
    event.preventDefault();
    const uid = calendar.uid;
    closeCalendar();
    /** @type {HTMLElement | null} */ (ctx.app.querySelector(`[data-fragc-uid="${uid}"] [data-testid="stDateInputCalendarButton"]`))?.focus();
    return;
  }
  const delta = moves[/** @type {keyof typeof moves} */ (event.key)];
  if (!delta) return;
  event.preventDefault();
  const from = new Date(`${day.getAttribute("data-fragc-date")}T00:00:00Z`);
  const to = new Date(from.getTime() + delta * 86_400_000).toISOString().slice(0, 10);
  if (to.slice(0, 7) !== calendar.month) {
    calendar.month = to.slice(0, 7);
    drawCalendar();
  }
  /** @type {HTMLElement | null} */ (calendar.popup.querySelector(`[data-fragc-date="${to}"][data-fragc-action]`))?.focus();
}

/** @param {HTMLElement} button */
function navigate(button) {
  if (!calendar) return;
  calendar.month = shiftMonth(calendar.month, Number(button.getAttribute("data-fragc-delta")));
  drawCalendar();
}

/** After a render: an open calendar whose widget is gone closes; else it redraws. */
function afterRender() {
  if (!calendar) return;
  if (!calendar.ctx.app.querySelector(`[data-fragc-uid="${calendar.uid}"] [data-testid="stDateInputField"]`)) closeCalendar();
  else markCalendar(true);
}

/** The kinds of a segment: their width, bounds and empty text. */
const SEGMENT = {
  year: { width: 4, min: 1, max: 9999, empty: "yyyy" },
  month: { width: 2, min: 1, max: 12, empty: "mm" },
  day: { width: 2, min: 1, max: 31, empty: "dd" },
  hour: { width: 2, min: 0, max: 23, empty: "––" },
  minute: { width: 2, min: 0, max: 59, empty: "––" },
  second: { width: 2, min: 0, max: 59, empty: "––" },
};

/**
 * st.time_input as Streamlit 1.67's (React Aria's TimeField): `stTimeInputTimeDisplay` > a
 * group named by the label of hour and minute spinbuttons (and seconds for a step below a
 * minute), and a hidden input with the time.
 * @param {TimeInputProps} p @param {ElementView} view
 */
function timeInput(p, view) {
  const id = `fragc-time-${view.uid}`;
  const value = typeof view.value === "string" ? view.value : "";
  const step = typeof p.step === "number" ? p.step : 900;
  const kinds = /** @type {("hour" | "minute" | "second")[]} */ (step % 60 === 0 ? ["hour", "minute"] : ["hour", "minute", "second"]);
  const parts = value ? value.split(":").map(Number) : [];
  const label = String(p.label ?? "");
  const disabled = Boolean(p.disabled);
  return h(
    "div",
    { "data-testid": "stTimeInput", class: "stTimeInput", "data-format": p.format ?? null },
    labelRow(p, id),
    h(
      "div",
      { class: cls("fragc-input-root", "fragc-time-root", disabled && "fragc-disabled") },
      h(
        "div",
        { "data-testid": "stTimeInputTimeDisplay", id, class: "fragc-date-scroller", "data-step": step },
        h(
          "div",
          { role: "group", "aria-label": label, class: "fragc-date-segments" },
          kinds.map((kind, i) => [
            i > 0 ? h("span", { "aria-hidden": "true", "data-type": "literal", class: "fragc-date-literal" }, ":") : null,
            segment(kind, parts[i], label, "time", disabled),
          ]),
        ),
        h("input", { type: "hidden", value: value ? (value.length === 5 ? `${value}:00` : value) : "" }),
      ),
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

/**
 * Leaving the date field with segments that spell no date the widget takes shows the
 * committed date again.
 * @param {HTMLElement} control @param {FocusEvent} event @param {EventContext} ctx
 */
function leaveSegments(control, event, ctx) {
  const field = control.closest('[data-testid="stDateInputField"], [data-testid="stTimeInputTimeDisplay"]');
  const next = /** @type {Node | null} */ (event.relatedTarget);
  if (next && (field?.contains(next) || calendar?.popup.contains(next))) return;
  const node = ctx.widgetNode(control);
  if (node?.element.kind === "time_input" && field) {
    const props = node.element.props;
    const value = segmentTime(field, typeof props.step === "number" ? props.step : 900);
    if (value === undefined || (value === null && !props.clearable)) {
      ctx.tree.touchUi(node.uid);
      ctx.render();
    }
    return;
  }
  if (!node || node.element.kind !== "date_input" || !field) return;
  if (dateWireValue(segmentDates(field), node.element.props) === null) {
    ctx.tree.touchUi(node.uid);
    ctx.render();
  }
}

export default /** @satisfies {Family} */ ({
  python: "widgets/dates.py",
  elements: { date_input: dateInput, time_input: timeInput },
  afterRender: () => afterRender(),
  actions: {
    "date-segment": { keydown: segmentKey, input: segmentInput, focusout: leaveSegments },
    "date-field": { click: (field, event, ctx) => {
      // A click in the field opens the calendar, as Streamlit's (the button toggles it).
      if (/** @type {Element} */ (event.target).closest('[data-testid="stDateInputCalendarButton"]')) return;
      openCalendar(field, ctx);
    } },
    "date-calendar-button": { click: (button, _event, ctx) => (calendar?.uid === ctx.widgetNode(button)?.uid ? closeCalendar() : openCalendar(button, ctx, true)) },
    "calendar-day": { click: (day, _event, ctx) => pickDay(day, ctx), keydown: dayKey },
    "calendar-nav": { click: navigate },
  },
});
