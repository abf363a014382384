// @ts-check
/**
 * st.slider and st.select_slider (`compiler/fragc/shim/widgets/slider.py`): native
 * `<input type=range>` controls (two for a
 * range, the second labelled "LABEL (end)"), one run per `change` event, and the
 * formatted value of each thumb in `stSliderThumbValue`.
 *
 * The range inputs work in "track numbers": the value itself for numbers, wall-clock
 * microseconds since 1970 for dates and times (what Python's props give as min, max
 * and step), the option index for select_slider. The widget value on the wire is the
 * number, the ISO text of the date/time, or the index (a two-item list for a range);
 * this module converts both ways and formats values as Streamlit's frontend does
 * (printf or a named number format; moment.js tokens for dates and times).
 */

import { h, cls } from "../render/dom.js";
import { labelRow } from "../render/parts.js";
import { sprintf, roundToStep } from "../render/format.js";

/**
 * @typedef {import("../protocol_types").SliderProps} SliderProps
 * @typedef {import("../protocol_types").SelectSliderProps} SelectSliderProps
 * @typedef {import("../family.js").ElementNode} ElementNode
 * @typedef {import("../family.js").ElementView} ElementView
 * @typedef {import("../family.js").EventContext} EventContext
 * @typedef {import("../family.js").Family} Family
 *
 * @typedef {object} Props what the track helpers read of either kind's props (select_slider:
 *   `options`; slider: the rest)
 * @property {string[]} [options]
 * @property {string} [data_type] absent for select_slider
 * @property {number} [min]
 * @property {number} [max]
 * @property {number} [step]
 * @property {string} [format]
 * @property {boolean} [is_range]
 */

const DAY_MICROS = 86_400_000_000;
const TIME_BASE_MS = Date.UTC(2000, 0, 1); // Python puts times on 2000-01-01, as Streamlit
const TIMELIKE = new Set(["date", "time", "datetime"]);

// ------------------------------------------------------------------ value <-> track

/**
 * ISO text from Python (2024-01-31, 10:30:00, 2024-01-31T10:30:00.250000) → microseconds.
 * @param {string} iso @param {string} dataType
 * @returns {number | null}
 */
export function isoToMicros(iso, dataType) {
  const text = dataType === "time" ? `2000-01-01T${iso}` : dataType === "date" ? `${iso.slice(0, 10)}T00:00:00` : iso;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?/.exec(text);
  if (!m) return null;
  const [, y, mo, d, hh, mm, ss = "0", frac = ""] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(hh), Number(mm), Number(ss));
  return ms * 1000 + Number(frac.padEnd(6, "0"));
}

/**
 * Microseconds → the ISO text Python's `fromisoformat` reads back.
 * @param {number} micros @param {string} dataType
 */
export function microsToIso(micros, dataType) {
  const ms = Math.floor(micros / 1000);
  const rest = micros - ms * 1000;
  const date = new Date(ms);
  const pad = (/** @type {number} */ n, width = 2) => String(n).padStart(width, "0");
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  if (dataType === "date") return day;
  const fraction = date.getUTCMilliseconds() * 1000 + rest;
  const clock = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}${fraction ? `.${pad(fraction, 6)}` : ""}`;
  return dataType === "time" ? clock : `${day}T${clock}`;
}

/** One wire item → its track number (null when it is not one). @param {unknown} item @param {Props} p */
function toTrack(item, p) {
  if (TIMELIKE.has(p.data_type ?? "")) return typeof item === "string" ? isoToMicros(item, p.data_type ?? "") : null;
  return typeof item === "number" && Number.isFinite(item) ? item : null;
}

/** One track number → its wire item. @param {number} track @param {Props} p */
function fromTrack(track, p) {
  if (TIMELIKE.has(p.data_type ?? "")) return microsToIso(Math.round(track), p.data_type ?? "");
  if (p.data_type === "int" || p.options) return Math.round(track);
  return roundToStep(track, Number(p.step) || 0.01, Number(p.min) || 0);
}

/**
 * The thumbs' track numbers for a widget value (a range always gets two).
 * @param {unknown} value @param {Props} p @param {number} low @param {number} high
 * @returns {number[]}
 */
export function thumbsOf(value, p, low, high) {
  const items = Array.isArray(value) ? value : [value];
  const tracks = items.map((item) => toTrack(item, p)).map((t) => (t === null ? low : Math.min(Math.max(t, low), high)));
  if (!p.is_range) return [tracks[0] ?? low];
  const [a = low, b = tracks[0] ?? high] = tracks;
  return a <= b ? [a, b] : [b, a];
}

/** The widget value for thumb positions. @param {number[]} tracks @param {Props} p */
export function valueOf(tracks, p) {
  const items = tracks.map((t) => fromTrack(t, p));
  return p.is_range ? items : items[0];
}

// ------------------------------------------------------------------ formatting

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MOMENT_TOKENS = /\[([^\]]*)]|YYYY|YY|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|d|HH|H|hh|h|mm|m|ss|s|SSS|A|a/g;

/**
 * moment.js-style formatting of a wall-clock time (Streamlit's date/time sliders).
 * @param {number} micros @param {string} format e.g. "YYYY-MM-DD", "HH:mm", "MMM D, YYYY h:mm a"
 */
export function formatMoment(micros, format) {
  const d = new Date(Math.floor(micros / 1000));
  const pad = (/** @type {number} */ n, width = 2) => String(n).padStart(width, "0");
  const hours = d.getUTCHours();
  const day = d.getUTCDate();
  const ordinal = day % 10 === 1 && day !== 11 ? "st" : day % 10 === 2 && day !== 12 ? "nd" : day % 10 === 3 && day !== 13 ? "rd" : "th";
  /** @type {Record<string, string>} */
  const tokens = {
    YYYY: pad(d.getUTCFullYear(), 4),
    YY: pad(d.getUTCFullYear() % 100),
    MMMM: MONTHS[d.getUTCMonth()],
    MMM: MONTHS[d.getUTCMonth()].slice(0, 3),
    MM: pad(d.getUTCMonth() + 1),
    M: String(d.getUTCMonth() + 1),
    Do: `${day}${ordinal}`,
    DD: pad(day),
    D: String(day),
    dddd: DAYS[d.getUTCDay()],
    ddd: DAYS[d.getUTCDay()].slice(0, 3),
    d: String(d.getUTCDay()),
    HH: pad(hours),
    H: String(hours),
    hh: pad(hours % 12 || 12),
    h: String(hours % 12 || 12),
    mm: pad(d.getUTCMinutes()),
    m: String(d.getUTCMinutes()),
    ss: pad(d.getUTCSeconds()),
    s: String(d.getUTCSeconds()),
    SSS: pad(d.getUTCMilliseconds(), 3),
    A: hours < 12 ? "AM" : "PM",
    a: hours < 12 ? "am" : "pm",
  };
  return format.replace(MOMENT_TOKENS, (match, literal) => (literal !== undefined ? literal : tokens[match]));
}

/**
 * A number as a slider shows it: Streamlit's named formats, else printf.
 * @param {number} value @param {string | undefined} format
 */
export function formatNumber(value, format) {
  switch (format) {
    case undefined:
    case null:
    case "":
    case "plain":
      return String(value);
    case "localized":
      return value.toLocaleString();
    case "percent":
      return new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 2 }).format(value);
    case "dollar":
      return new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(value);
    case "euro":
      return new Intl.NumberFormat(undefined, { style: "currency", currency: "EUR" }).format(value);
    case "yen":
      return new Intl.NumberFormat(undefined, { style: "currency", currency: "JPY" }).format(value);
    case "compact":
      return new Intl.NumberFormat(undefined, { notation: "compact" }).format(value);
    case "scientific":
      return new Intl.NumberFormat(undefined, { notation: "scientific", maximumFractionDigits: 3 }).format(value);
    case "engineering":
      return new Intl.NumberFormat(undefined, { notation: "engineering", maximumFractionDigits: 3 }).format(value);
    case "accounting":
      return new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", currencySign: "accounting" }).format(value);
    case "bytes":
      return formatBytes(value);
    default:
      return sprintf(format, value);
  }
}

/** @param {number} value */
function formatBytes(value) {
  const units = ["B", "KB", "MB", "GB", "TB", "PB"];
  let n = value;
  let unit = 0;
  while (Math.abs(n) >= 1000 && unit < units.length - 1) {
    n /= 1000;
    unit += 1;
  }
  return `${Number(n.toFixed(1))}${units[unit]}`;
}

/** What a thumb at `track` shows. @param {number} track @param {Props} p */
export function formatTrack(track, p) {
  if (Array.isArray(p.options)) return String(p.options[Math.round(track)] ?? "");
  if (TIMELIKE.has(p.data_type ?? "")) return formatMoment(track, String(p.format ?? "YYYY-MM-DD"));
  return formatNumber(track, p.format);
}

// ------------------------------------------------------------------ rendering

/**
 * The track of a slider call: [low, high, step] in track numbers.
 * @param {Props} p @returns {[number, number, number]}
 */
function trackOf(p) {
  if (Array.isArray(p.options)) return [0, Math.max(p.options.length - 1, 0), 1];
  const low = Number(p.min ?? 0);
  const high = Number(p.max ?? 100);
  const step = Number(p.step) > 0 ? Number(p.step) : TIMELIKE.has(p.data_type ?? "") ? DAY_MICROS : 1;
  return [low, high, step];
}

/** st.slider. @param {SliderProps} p @param {ElementView} view */
function slider(p, view) {
  return drawSlider(p, view);
}

/** st.select_slider: a slider over option indexes. @param {SelectSliderProps} p @param {ElementView} view */
function selectSlider(p, view) {
  return drawSlider({ ...p, options: Array.isArray(p.options) ? p.options.map(String) : [] }, view);
}

/** @param {Props & { label: string, help: string | null, label_visibility: string, disabled: boolean }} p @param {ElementView} view */
function drawSlider(p, view) {
  const [low, high, step] = trackOf(p);
  const thumbs = thumbsOf(view.value, p, low, high);
  const id = `fragc-slider-${view.uid}`;
  const disabled = Boolean(p.disabled);
  const pct = (/** @type {number} */ t) => (high > low ? ((t - low) / (high - low)) * 100 : 0);
  const label = String(p.label ?? "");
  const groupId = `${id}-group`;
  return h(
    "div",
    {
      "data-testid": "stSlider",
      class: cls("stSlider", p.is_range && "fragc-slider-range", disabled && "fragc-disabled"),
    },
    labelRow(p, id),
    // As Streamlit 1.67 (React Aria): a group named by the label holds each thumb (its
    // range input, named "<label>" or "<label> — start" / "— end", and its value) and the
    // tick bar. The inputs are native so the keyboard (arrows, Home, End, PageUp/Down)
    // and a mouse drag work as the browser's own.
    h(
      "div",
      { role: "group", id: groupId, "aria-label": label, "data-orientation": "horizontal", class: "fragc-slider-group" },
      h(
        "div",
        {
          class: "fragc-slider-track",
          style: `--fragc-lo: ${p.is_range ? pct(thumbs[0]) : 0}%; --fragc-hi: ${pct(thumbs[thumbs.length - 1])}%`,
        },
        thumbs.map((track, i) => {
          const inputId = i === 0 ? id : `${id}-${i}`;
          return h(
            "div",
            { class: "fragc-slider-thumb" },
            h("input", {
              type: "range",
              id: inputId,
              class: "fragc-slider-input",
              min: low,
              max: high,
              step,
              value: track,
              disabled,
              "aria-label": thumbs.length === 2 ? `${label} — ${i === 0 ? "start" : "end"}` : label,
              "aria-labelledby": `${inputId} ${groupId}`,
              "aria-orientation": "horizontal",
              "aria-valuetext": formatTrack(track, p),
              "data-fragc-action": "slider",
              "data-fragc-thumb": i,
              "data-fragc-force": view.forced,
              props: { value: String(track) },
            }),
            h(
              "div",
              {
                "data-testid": "stSliderThumbValue",
                class: "fragc-slider-thumb-value",
                "data-fragc-thumb": i,
                style: `left: ${pct(track)}%`,
              },
              h("span", { "data-testid": "stMarkdownContainer" }, formatTrack(track, p)),
            ),
          );
        }),
      ),
      h(
        "div",
        { "data-testid": "stSliderTickBar", class: "fragc-slider-ticks" },
        // As Streamlit 1.67: the ends as two stMarkdownContainer (no test id of their own).
        h("div", { "data-testid": "stMarkdownContainer", class: "fragc-slider-tick-min" }, formatTrack(low, p)),
        h("div", { "data-testid": "stMarkdownContainer", class: "fragc-slider-tick-max" }, formatTrack(high, p)),
      ),
    ),
  );
}

/**
 * The inputs of one slider and what they say now (while dragging, before a commit).
 * @param {HTMLInputElement} input one of its range inputs
 * @returns {{ inputs: HTMLInputElement[], tracks: number[] }}
 */
function readThumbs(input) {
  const container = input.closest('[data-testid="stSlider"]');
  const inputs = /** @type {HTMLInputElement[]} */ ([...(container?.querySelectorAll("input[type=range]") ?? [input])]);
  return { inputs, tracks: inputs.map((el) => Number(el.value)) };
}

/**
 * Keep a range's thumbs in order while one moves (the moved one stops at the other),
 * and show the values being dragged to.
 * @param {HTMLInputElement} moved @param {Props} p
 */
function showDrag(moved, p) {
  const { inputs, tracks } = readThumbs(moved);
  const index = inputs.indexOf(moved);
  if (inputs.length === 2) {
    if (index === 0 && tracks[0] > tracks[1]) moved.value = String((tracks[0] = tracks[1]));
    if (index === 1 && tracks[1] < tracks[0]) moved.value = String((tracks[1] = tracks[0]));
  }
  const container = moved.closest('[data-testid="stSlider"]');
  const labels = container?.querySelectorAll('[data-testid="stSliderThumbValue"]') ?? [];
  const [low, high] = trackOf(p);
  labels.forEach((el, i) => {
    if (tracks[i] === undefined) return;
    (el.firstElementChild ?? el).textContent = formatTrack(tracks[i], p);
    /** @type {HTMLElement} */ (el).style.left = `${high > low ? ((tracks[i] - low) / (high - low)) * 100 : 0}%`;
  });
  return tracks;
}

/** A slider's props, with select_slider's options kept as the track. @param {ElementNode} node @returns {Props} */
function trackProps(node) {
  const { element } = node;
  if (element.kind === "select_slider") return { ...element.props, options: Array.isArray(element.props.options) ? element.props.options : [] };
  return element.kind === "slider" ? element.props : {};
}

/** A thumb let go: commit (once per change, never while dragging). @param {HTMLElement} control @param {Event} _event @param {EventContext} ctx */
function onChange(control, _event, ctx) {
  const node = ctx.widgetNode(control);
  if (!node) return;
  const tracks = showDrag(/** @type {HTMLInputElement} */ (control), trackProps(node));
  ctx.commitAndShow(node, valueOf(tracks, trackProps(node)));
}

/** A thumb dragged: only move the value shown. @param {HTMLElement} control @param {Event} _event @param {EventContext} ctx */
function onDrag(control, _event, ctx) {
  const node = ctx.widgetNode(control);
  if (node) showDrag(/** @type {HTMLInputElement} */ (control), trackProps(node));
}

export default /** @satisfies {Family} */ ({
  python: "widgets/slider.py",
  elements: { slider, select_slider: selectSlider },
  actions: { slider: { change: onChange, input: onDrag } },
});
