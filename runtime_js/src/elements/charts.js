// @ts-check
/**
 * Charts (`compiler/fragc/shim/elements/charts.py`; the `vega_lite_chart` kind:
 * st.vega_lite_chart, st.altair_chart and the built-in line/area/bar/scatter charts)
 * drawn with vega-embed.
 *
 * vega, vega-lite and vega-embed are bundled (no CDN) as a chunk of their own,
 * `assets/fragc-vega.js` (build.mjs), imported the first time a page shows a chart, so
 * apps without charts never download it.
 *
 * Drawing is asynchronous, so the renderer only leaves a marker: the element carries
 * `data-fragc-chart` = a token under which its props wait here, and a scan after the
 * render (a microtask: morphdom has patched the DOM by then) draws every chart whose
 * token differs from the one it shows (`data-fragc-drawn`). The inner view carries
 * `data-fragc-skip`, which the renderer's morph leaves alone: a chart redrawn with new
 * data keeps its old picture until the new one is ready, so the page does not jump.
 *
 * Props: `spec` (JSON text), `data` / `datasets` (columnar JSON:
 * `columns` + row-major `rows`), `width` ("stretch" | "content" | px), `height`
 * ("content" | "stretch" | px), `theme` ("streamlit" | null), `renderer` ("svg" |
 * "canvas"), `builtin`, `alt`. The "streamlit" theme follows the page's light or dark
 * colour scheme and every chart is redrawn when it changes.
 */

import { h, cls } from "../render/dom.js";
import { assetUrl } from "../assets.js";

/**
 * @typedef {import("../protocol_types").VegaLiteChartProps} Props
 * @typedef {import("../family.js").Family} Family
 */
/** @typedef {{ finalize(): void, view: any }} EmbedResult */
/** @typedef {(el: HTMLElement, spec: any, options: Record<string, any>) => Promise<EmbedResult>} Embed */

/** Streamlit's built-in charts are 350px tall unless told otherwise. */
const DEFAULT_HEIGHT = 350;
const MULTI_VIEW = ["hconcat", "vconcat", "concat", "facet", "repeat"];

/** Props of every chart token still in the page. @type {Map<string, Props>} */
const pending = new Map();
/**
 * What each drawn chart element shows (freed when it goes), and the width it was
 * drawn at (a stretched chart follows its container's width).
 * `key` says what it shows: a run that sends the same chart again changes nothing.
 * @type {Map<Element, { result: EmbedResult, width: number, stretch: boolean, key: string }>}
 */
const drawn = new Map();
let nextToken = 1;
let scanQueued = false;
let watchingScheme = false;
/** @type {ResizeObserver | null} */
let resizes = null;

/** @type {Promise<Embed> | null} */
let loading = null;

/** @returns {Promise<Embed>} */
function loadVega() {
  // A bundle of its own next to this runtime (build.mjs), imported by URL.
  loading ??= assetUrl("fragc-vega.js").then((url) => import(url)).then(
    (module) => /** @type {Embed} */ (module.default ?? module.embed),
  );
  return loading;
}

/** st.vega_lite_chart and friends. @param {Props} p */
function vegaLiteChart(p) {
  const token = String(nextToken++);
  pending.set(token, p);
  queueScan();
  const height = typeof p.height === "number" && p.height > 0 ? p.height : DEFAULT_HEIGHT;
  return h(
    "div",
    {
      "data-testid": "stVegaLiteChart",
      class: cls("stVegaLiteChart", "fragc-chart", p.width === "content" && "fragc-chart-fit"),
      "data-fragc-chart": token,
      style: typeof p.width === "number" && p.width > 0 ? `max-width: 100%; width: ${p.width}px` : null,
    },
    // Reserves the chart's height until the first picture is there.
    h("div", { class: "fragc-chart-view", "data-fragc-skip": true, style: `--fragc-chart-height: ${height}px` }),
  );
}

function queueScan() {
  if (scanQueued) return;
  scanQueued = true;
  queueMicrotask(scan);
}

/** Draw every chart whose token is not the one it shows; forget charts that went. */
function scan() {
  scanQueued = false;
  watchScheme();
  for (const [el, shown] of drawn) {
    if (!el.isConnected) {
      shown.result.finalize();
      drawn.delete(el);
      const view = el.querySelector(".fragc-chart-view");
      if (view) resizes?.unobserve(view);
    }
  }
  /** @type {Set<string>} */
  const live = new Set();
  for (const el of document.querySelectorAll('[data-testid="stVegaLiteChart"][data-fragc-chart]')) {
    const token = /** @type {string} */ (el.getAttribute("data-fragc-chart"));
    live.add(token);
    if (el.getAttribute("data-fragc-drawn") === token) continue;
    const props = pending.get(token);
    const view = /** @type {HTMLElement | null} */ (el.querySelector(".fragc-chart-view"));
    if (!props || !view) continue;
    const shown = drawn.get(el);
    if (shown && shown.key === keyOf(props)) {
      // The same chart again (a rerun that did not change it): keep the picture.
      el.setAttribute("data-fragc-drawn", token);
      el.setAttribute("data-fragc-rendered", token);
      continue;
    }
    observe(view);
    // A stretched chart is as wide as its container: one in a hidden tab or a closed
    // expander waits until it is shown (the resize observer calls the scan again).
    if (stretches(props) && view.clientWidth === 0) continue;
    draw(/** @type {HTMLElement} */ (el), view, token, props);
  }
  for (const token of pending.keys()) if (!live.has(token)) pending.delete(token);
}

/** @param {Element} view */
function observe(view) {
  if (typeof ResizeObserver === "undefined") return;
  resizes ??= new ResizeObserver((entries) => {
    for (const entry of entries) {
      const el = entry.target.parentElement;
      if (!el) continue;
      const shown = drawn.get(el);
      const width = /** @type {HTMLElement} */ (entry.target).clientWidth;
      if (el.getAttribute("data-fragc-drawn") !== el.getAttribute("data-fragc-chart")) {
        if (width > 0) queueScan(); // waiting to be shown
      } else if (shown && shown.stretch && width > 0 && width !== shown.width) {
        shown.width = width;
        shown.result.view.width(width).runAsync();
      }
    }
  });
  resizes.observe(view);
}

/** What a chart shows, as text to compare. @param {Props} p */
function keyOf(p) {
  return JSON.stringify([p.spec, p.data, p.datasets, p.width, p.height, p.theme, p.renderer, p.use_container_width, p.alt]);
}

/** @param {Props} p */
function stretches(p) {
  return p.width === "stretch" || p.use_container_width === true;
}

/**
 * @param {HTMLElement} el the stVegaLiteChart element @param {HTMLElement} view its picture's box
 * @param {string} token @param {Props} props
 */
async function draw(el, view, token, props) {
  el.setAttribute("data-fragc-drawn", token);
  const superseded = () => el.getAttribute("data-fragc-chart") !== token || !el.isConnected;
  // The new picture is drawn beside the old one, hidden, then takes its place.
  const target = h("div", { class: "fragc-chart-next" });
  try {
    const embed = await loadVega();
    if (superseded()) return;
    view.append(target);
    const width = view.clientWidth;
    const spec = chartSpec(props, width);
    const result = await embed(target, spec, embedOptions(props));
    if (superseded()) {
      result.finalize();
      target.remove();
      return;
    }
    drawn.get(el)?.result.finalize();
    drawn.set(el, { result, width, stretch: spec.width === width && stretches(props), key: keyOf(props) });
    target.classList.remove("fragc-chart-next");
    for (const child of [...view.children]) if (child !== target) child.remove();
    el.setAttribute("data-fragc-rendered", token);
  } catch (error) {
    console.error("fragc: drawing a chart failed", error);
    target.remove();
    if (superseded()) return;
    view.replaceChildren(
      h("div", { class: "fragc-alert fragc-alert-error", role: "alert" }, `fragc could not draw this chart: ${String(error)}`),
    );
  }
}

/** Columnar JSON → the row objects Vega reads. @param {any} table */
function records(table) {
  if (!table || !Array.isArray(table.columns) || !Array.isArray(table.rows)) return table;
  /** @type {string[]} */
  const columns = table.columns.map(String);
  return table.rows.map((/** @type {any[]} */ row) => {
    /** @type {Record<string, any>} */
    const record = {};
    columns.forEach((name, i) => {
      record[name] = row[i];
    });
    return record;
  });
}

/**
 * The spec vega-embed gets: the data put back, the size from the element's props.
 * @param {Props} p @param {number} containerWidth the width a stretched chart takes (px)
 */
function chartSpec(p, containerWidth) {
  const spec = JSON.parse(p.spec);
  if (p.data) spec.data = { values: records(p.data) };
  if (p.datasets && Object.keys(p.datasets).length) {
    spec.datasets = { ...(spec.datasets ?? {}) };
    for (const [name, table] of Object.entries(p.datasets)) spec.datasets[name] = records(table);
  }
  const multiView = MULTI_VIEW.some((key) => key in spec);
  if (!multiView) {
    // A number, not Vega-Lite's "container" (that reads the size once and then only on
    // window resizes): the resize observer above keeps it up to date.
    if (stretches(p) && containerWidth > 0) spec.width = containerWidth;
    else if (typeof p.width === "number" && p.width > 0) spec.width = p.width;
    else if (spec.width === 0) delete spec.width;
    if (typeof p.height === "number" && p.height > 0) spec.height = p.height;
    else if (spec.height === 0 || (p.builtin && spec.height === undefined)) spec.height = DEFAULT_HEIGHT;
  }
  if (p.alt) spec.description = String(p.alt);
  return spec;
}

function isDark() {
  return typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
}

/** @param {Props} p */
function embedOptions(p) {
  const dark = isDark();
  return {
    mode: "vega-lite",
    // Vega's expression interpreter instead of code built with `new Function`: the page's
    // Content-Security-Policy allows no eval (site/csp.py).
    ast: true,
    actions: false,
    renderer: p.renderer === "canvas" ? "canvas" : "svg",
    config: p.theme === "streamlit" ? streamlitTheme(dark) : {},
    tooltip: { theme: dark ? "dark" : "light" },
    // Errors only: Vega-Lite warns about things Streamlit's own specs do on purpose
    // (an empty hover layer's "infinite extent", zoom bindings on a discrete axis).
    logLevel: 1,
  };
}

/**
 * Streamlit's chart theme, in the page's colours (light or dark).
 * @param {boolean} dark
 */
function streamlitTheme(dark) {
  const text = dark ? "#fafafa" : "#31333f";
  const muted = dark ? "#a3a8b8" : "#808495";
  const grid = dark ? "#31333f" : "#e6eaf1";
  const font = '"Source Sans 3", "Source Sans Pro", sans-serif';
  const axis = {
    labelColor: muted,
    titleColor: text,
    gridColor: grid,
    domainColor: grid,
    tickColor: grid,
    labelFont: font,
    titleFont: font,
    labelFontSize: 12,
    titleFontSize: 12,
    titleFontWeight: 400,
    titlePadding: 16,
    labelPadding: 8,
    ticks: false,
  };
  return {
    background: "transparent",
    font,
    padding: { top: 8, right: 8, bottom: 8, left: 8 },
    view: { stroke: null, continuousHeight: DEFAULT_HEIGHT, continuousWidth: 400 },
    axis,
    axisX: { domain: true, grid: false },
    axisY: { domain: false },
    legend: { labelColor: muted, titleColor: text, labelFont: font, titleFont: font, labelFontSize: 12, titleFontSize: 12, titleFontWeight: 400 },
    title: { color: text, font, fontSize: 16, fontWeight: 600, anchor: "start" },
    header: { labelColor: text, titleColor: text, labelFont: font, titleFont: font },
    mark: { color: dark ? "#83c9ff" : "#0068c9", tooltip: true },
    bar: { binSpacing: 4, discreteBandSize: { band: 0.85 } },
    axisDiscrete: { grid: false },
    range: {
      category: dark
        ? ["#83c9ff", "#0068c9", "#ffabab", "#ff2b2b", "#7defa1", "#29b09d", "#ffd16a", "#ff8700", "#6d3fc0", "#d5dae5"]
        : ["#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d", "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5"],
      ramp: dark ? ["#004280", "#83c9ff"] : ["#e4f5ff", "#0054a3"],
    },
  };
}

/** Redraw every chart when the light/dark scheme changes (the theme's colours follow). */
function watchScheme() {
  if (watchingScheme || typeof window.matchMedia !== "function") return;
  watchingScheme = true;
  window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => {
    for (const el of document.querySelectorAll('[data-testid="stVegaLiteChart"][data-fragc-drawn]')) {
      el.removeAttribute("data-fragc-drawn");
      const shown = drawn.get(el);
      if (shown) shown.key = ""; // the same chart, in new colours
    }
    queueScan();
  });
}

export default /** @satisfies {Family} */ ({
  python: "elements/charts.py",
  elements: { vega_lite_chart: vegaLiteChart },
});
