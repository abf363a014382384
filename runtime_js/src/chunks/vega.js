// @ts-check
/**
 * Vega-Lite charts (`vega_lite_chart`: st.vega_lite_chart, st.altair_chart and the
 * built-in line/area/bar/scatter charts) drawn with vega-embed; built with vega and
 * vega-lite into `assets/fragc-vega.js`, loaded by render/lazy.js the first time a page
 * shows a chart.
 *
 * Props (protocol.py): `spec` (JSON text), `data` / `datasets` (columnar JSON:
 * `columns` + row-major `rows`), `width` ("stretch" | "content" | px), `height`
 * ("content" | "stretch" | px), `theme` ("streamlit" | null), `renderer` ("svg" |
 * "canvas"), `builtin`, `alt`, `selection` (the selection parameters' names when the
 * chart has `on_select`). The "streamlit" theme follows the page's light or dark colour
 * scheme. A redrawn chart keeps its old picture until the new one is ready.
 */

import embed from "vega-embed";
import { h } from "../render/dom.js";
import { injectStyle } from "./style.js";
import { VegaSelection } from "./vega_selection.js";

/** @typedef {Record<string, any>} Props */
/** @typedef {import("../render/lazy.js").Host} Host */
/** @typedef {{ finalize(): void, view: any }} EmbedResult */

/** Streamlit's built-in charts are 350px tall unless told otherwise. */
export const DEFAULT_HEIGHT = 350;
const MULTI_VIEW = ["hconcat", "vconcat", "concat", "facet", "repeat"];

const STYLE = `
.fragc-lazy-view .vega-embed { display: block; width: 100%; }
.fragc-chart-next { position: absolute; inset: 0 0 auto 0; visibility: hidden; }
`;

/** @param {HTMLElement} view @param {Props} props @param {Host} host */
export async function mount(view, props, host) {
  injectStyle("vega", STYLE);
  const chart = new VegaChart(view);
  await chart.draw(props, host);
  return chart;
}

class VegaChart {
  /** @param {HTMLElement} view */
  constructor(view) {
    this.view = view;
    /** @type {EmbedResult | null} */
    this.result = null;
    this.width = 0;
    this.stretch = false;
    this.drawing = 0;
    /** @type {VegaSelection | null} */
    this.selection = null;
    this.key = "";
  }

  /** @param {Props} props @param {Host} host */
  update(props, host) {
    // A rerun that brought only the selection the user made: the picture shows it already.
    if (JSON.stringify([props, host.dark]) === this.key) {
      this.selection?.rehost(host);
      return undefined;
    }
    return this.draw(props, host);
  }

  /** @param {Props} props @param {Host} host */
  async draw(props, host) {
    this.key = JSON.stringify([props, host.dark]);
    const run = ++this.drawing;
    // The new picture is drawn beside the old one, hidden, then takes its place.
    const target = h("div", { class: "fragc-chart-next" });
    this.view.append(target);
    const width = this.view.clientWidth;
    const spec = chartSpec(props, width);
    const result = await embed(target, spec, embedOptions(props, host.dark));
    if (run !== this.drawing) {
      result.finalize();
      target.remove();
      return;
    }
    this.result?.finalize();
    this.selection?.detach();
    this.result = result;
    this.width = width;
    this.stretch = spec.width === width && stretches(props);
    target.classList.remove("fragc-chart-next");
    for (const child of [...this.view.children]) if (child !== target) child.remove();
    if (Array.isArray(props.selection) && props.selection.length) {
      this.selection = new VegaSelection(result.view, props.selection, host);
    }
  }

  /** @param {number} width */
  resize(width) {
    if (!this.result || !this.stretch || width === this.width) return;
    this.width = width;
    this.result.view.width(width).runAsync();
  }

  destroy() {
    this.drawing++;
    this.selection?.detach();
    this.result?.finalize();
    this.result = null;
  }
}

/** @param {Props} p */
function stretches(p) {
  return p.width === "stretch" || p.use_container_width === true;
}

/** Columnar JSON → the row objects Vega reads. @param {any} table */
export function records(table) {
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
export function chartSpec(p, containerWidth) {
  const spec = typeof p.spec === "string" ? JSON.parse(p.spec) : { ...(p.spec ?? {}) };
  if (p.data) spec.data = { values: records(p.data) };
  if (p.datasets && Object.keys(p.datasets).length) {
    spec.datasets = { ...(spec.datasets ?? {}) };
    for (const [name, table] of Object.entries(p.datasets)) spec.datasets[name] = records(table);
  }
  const multiView = MULTI_VIEW.some((key) => key in spec);
  if (!multiView) {
    // A number, not Vega-Lite's "container" (that reads the size once and then only on
    // window resizes): render/lazy.js's resize observer keeps it up to date.
    if (stretches(p) && containerWidth > 0) spec.width = containerWidth;
    else if (typeof p.width === "number" && p.width > 0) spec.width = p.width;
    else if (spec.width === 0) delete spec.width;
    if (typeof p.height === "number" && p.height > 0) spec.height = p.height;
    else if (spec.height === 0 || (p.builtin && spec.height === undefined)) spec.height = DEFAULT_HEIGHT;
  }
  if (p.alt) spec.description = String(p.alt);
  return spec;
}

/** @param {Props} p @param {boolean} dark */
function embedOptions(p, dark) {
  return {
    mode: /** @type {const} */ ("vega-lite"),
    // Vega's expression interpreter instead of code built with `new Function`: the page's
    // Content-Security-Policy allows no eval (site/csp.py).
    ast: true,
    actions: false,
    renderer: /** @type {"svg" | "canvas"} */ (p.renderer === "canvas" ? "canvas" : "svg"),
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
export function streamlitTheme(dark) {
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
