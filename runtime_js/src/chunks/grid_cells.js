// @ts-check
/**
 * What each column type shows in a cell of the data grid (st.column_config), and the
 * type a column gets when it has none (from its data kind). Renderers return DOM; the
 * grid (grid.js) gives them the cell's JSON value.
 */

import { formatNumber, formatTemporal } from "./grid_formats.js";
import { markdownToHtml } from "../render/markdown.js";

/** @typedef {Record<string, any>} TypeConfig */

/** Streamlit's theme colours for chart and progress columns, pills, "auto" colours. */
const NAMED = {
  red: "#ff4b4b",
  orange: "#ffa421",
  yellow: "#faca2b",
  green: "#21c354",
  blue: "#1c83e1",
  violet: "#803df5",
  gray: "#a3a8b8",
  grey: "#a3a8b8",
  primary: "#ff4b4b",
};

/** @param {string | undefined} color */
export function cssColor(color) {
  if (!color) return undefined;
  return /** @type {Record<string, string>} */ (NAMED)[color] ?? color;
}

/**
 * The type a column shows without a configured one (Streamlit's column type by data kind).
 * @param {string} kind the column's ColumnDataKind
 * @returns {TypeConfig}
 */
export function defaultType(kind) {
  switch (kind) {
    case "integer":
    case "float":
    case "decimal":
      return { type: "number" };
    case "boolean":
      return { type: "checkbox" };
    case "date":
    case "time":
    case "datetime":
      return { type: kind };
    case "list":
      return { type: "list" };
    case "dict":
      return { type: "json" };
    default:
      return { type: "text" };
  }
}

/** @param {string} tag @param {string} [className] @param {string} [text] */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The text for a value in a column: what copy, sort and search use too. @param {unknown} value @param {TypeConfig} type @param {string} kind */
export function cellText(value, type, kind) {
  if (value === null || value === undefined) return "";
  switch (type.type) {
    case "number":
    case "progress":
      if (typeof value === "number") return formatNumber(value, type.format, kind === "integer");
      return String(value);
    case "date":
    case "time":
    case "datetime":
      return typeof value === "string" ? formatTemporal(value, type.type, type.format) : String(value);
    case "checkbox":
      return value ? "true" : "false";
    case "selectbox": {
      const option = (type.options ?? []).find((/** @type {any} */ o) => (o && typeof o === "object" ? o.value : o) === value);
      return option && typeof option === "object" ? String(option.label ?? option.value) : String(value);
    }
    case "list":
    case "multiselect":
      return Array.isArray(value) ? value.join(", ") : String(value);
    case "json":
      return typeof value === "string" ? value : JSON.stringify(value);
    default:
      if (typeof value === "number") return formatNumber(value, undefined, kind === "integer");
      return typeof value === "object" ? JSON.stringify(value) : String(value);
  }
}

/**
 * A link's text: `display_text` as given, or its regex's first group applied to the URL.
 * @param {string} url @param {string | undefined} display
 */
export function linkText(url, display) {
  if (!display) return url;
  if (/\(.*\)/.test(display)) {
    try {
      const match = new RegExp(display).exec(url);
      if (match) return match[1] ?? match[0];
    } catch {
      return display;
    }
  }
  return display;
}

/** @param {string} url */
function safeUrl(url) {
  return /^\s*(javascript|vbscript|data:text)/i.test(url) ? "#" : url;
}

/**
 * The sparkline of a chart column, as SVG.
 * @param {number[]} values @param {TypeConfig} type
 */
function sparkline(values, type) {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("class", `fragc-grid-chart fragc-grid-${type.type}`);
  svg.setAttribute("viewBox", "0 0 100 30");
  svg.setAttribute("preserveAspectRatio", "none");
  const numbers = values.filter((v) => typeof v === "number" && Number.isFinite(v));
  if (!numbers.length) return svg;
  const low = typeof type.y_min === "number" ? type.y_min : Math.min(0, ...numbers);
  const high = typeof type.y_max === "number" ? type.y_max : Math.max(...numbers);
  const span = high - low || 1;
  const y = (/** @type {number} */ v) => 28 - ((Math.min(Math.max(v, low), high) - low) / span) * 26;
  let color = cssColor(type.color) ?? "#29b09d";
  if (type.color === "auto" || type.color === undefined || type.color === "auto-inverse") {
    const rising = numbers[numbers.length - 1] >= numbers[0];
    const good = type.color === "auto-inverse" ? !rising : rising;
    color = good ? "#29b09d" : "#ff2b2b";
    if (type.color === undefined) color = "#0068c9";
  }
  const ns = "http://www.w3.org/2000/svg";
  if (type.type === "bar_chart") {
    const width = 100 / numbers.length;
    numbers.forEach((v, i) => {
      const bar = document.createElementNS(ns, "rect");
      bar.setAttribute("x", String(i * width + width * 0.1));
      bar.setAttribute("width", String(width * 0.8));
      bar.setAttribute("y", String(y(v)));
      bar.setAttribute("height", String(Math.max(28 - y(v), 0.5)));
      bar.setAttribute("fill", color);
      svg.append(bar);
    });
    return svg;
  }
  const step = numbers.length > 1 ? 100 / (numbers.length - 1) : 0;
  const points = numbers.map((v, i) => `${(i * step).toFixed(2)},${y(v).toFixed(2)}`).join(" ");
  if (type.type === "area_chart") {
    const area = document.createElementNS(ns, "polygon");
    area.setAttribute("points", `0,28 ${points} ${((numbers.length - 1) * step).toFixed(2)},28`);
    area.setAttribute("fill", color);
    area.setAttribute("fill-opacity", "0.3");
    svg.append(area);
  }
  const line = document.createElementNS(ns, "polyline");
  line.setAttribute("points", points);
  line.setAttribute("fill", "none");
  line.setAttribute("stroke", color);
  line.setAttribute("stroke-width", "1.5");
  line.setAttribute("vector-effect", "non-scaling-stroke");
  svg.append(line);
  return svg;
}

/**
 * A cell's content for a column type. `editable` cells of checkbox type toggle in place
 * (`onToggle`); button cells call `onClick`.
 * @param {unknown} value @param {TypeConfig} type @param {string} kind
 * @param {{ placeholder: string | null, editable: boolean, onToggle?: (next: boolean) => void, onClick?: () => void, label?: string }} options
 * @returns {HTMLElement | string}
 */
export function renderCell(value, type, kind, options) {
  if (value === null || value === undefined) {
    if (type.type === "checkbox" && options.editable) return checkbox(false, options);
    return el("span", "fragc-grid-missing", options.placeholder ?? "");
  }
  switch (type.type) {
    case "checkbox":
      return checkbox(Boolean(value), options);
    case "link": {
      const url = String(value);
      const link = /** @type {HTMLAnchorElement} */ (el("a", "fragc-grid-link", linkText(url, type.display_text)));
      link.href = safeUrl(url);
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      return link;
    }
    case "image": {
      const image = /** @type {HTMLImageElement} */ (el("img", "fragc-grid-image"));
      image.src = safeUrl(String(value));
      image.alt = "";
      image.loading = "lazy";
      return image;
    }
    case "audio":
    case "video": {
      const media = /** @type {HTMLMediaElement} */ (el(type.type, "fragc-grid-media"));
      media.src = safeUrl(String(value));
      media.controls = true;
      media.preload = "none";
      return media;
    }
    case "list":
    case "multiselect": {
      const box = el("span", "fragc-grid-pills");
      const options = Array.isArray(type.options) ? type.options : [];
      for (const item of Array.isArray(value) ? value : [value]) {
        const option = options.find((/** @type {any} */ o) => o?.value === item);
        const pill = el("span", "fragc-grid-pill", String(option?.label ?? item));
        const color = option?.color === "auto" ? undefined : cssColor(option?.color);
        if (color) pill.style.setProperty("--fragc-pill", color);
        box.append(pill);
      }
      return box;
    }
    case "line_chart":
    case "bar_chart":
    case "area_chart": {
      const box = el("span", "fragc-grid-chart-box");
      box.append(sparkline(Array.isArray(value) ? value : [], type));
      return box;
    }
    case "progress": {
      const number = Number(value);
      const low = typeof type.min_value === "number" ? type.min_value : 0;
      const high = typeof type.max_value === "number" ? type.max_value : kind === "integer" ? 100 : 1;
      const ratio = Math.min(Math.max((number - low) / (high - low || 1), 0), 1);
      const box = el("span", "fragc-grid-progress");
      const bar = el("span", "fragc-grid-progress-bar");
      const fill = el("span", "fragc-grid-progress-fill");
      fill.style.width = `${(ratio * 100).toFixed(1)}%`;
      const color = cssColor(type.color === "auto" ? undefined : type.color);
      if (color) fill.style.background = color;
      bar.append(fill);
      const text = type.format ? formatNumber(number, type.format) : `${Math.round(ratio * 100)}%`;
      box.append(bar, el("span", "fragc-grid-progress-text", text));
      return box;
    }
    case "markdown": {
      const box = el("span", "fragc-grid-markdown");
      box.innerHTML = markdownToHtml(String(value), { inline: true });
      return box;
    }
    case "button": {
      const button = /** @type {HTMLButtonElement} */ (el("button", `fragc-grid-button fragc-grid-button-${type.button_type ?? "secondary"}`, String(value)));
      button.type = "button";
      button.disabled = !options.onClick;
      button.addEventListener("click", (event) => {
        event.stopPropagation();
        options.onClick?.();
      });
      return button;
    }
    default:
      return cellText(value, type, kind);
  }
}

/** @param {boolean} checked @param {{ editable: boolean, onToggle?: (next: boolean) => void }} options */
function checkbox(checked, options) {
  const box = /** @type {HTMLInputElement} */ (el("input", "fragc-grid-checkbox"));
  box.type = "checkbox";
  box.checked = checked;
  box.disabled = !options.editable;
  box.setAttribute("aria-label", checked ? "true" : "false");
  if (options.editable && options.onToggle) {
    const toggle = options.onToggle;
    box.addEventListener("change", () => toggle(box.checked));
  }
  return box;
}
