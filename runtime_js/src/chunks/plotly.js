// @ts-check
/**
 * st.plotly_chart, drawn by plotly.js (its minified distribution, bundled into
 * `assets/fragc-plotly.js` and loaded by render/lazy.js the first time a page shows a
 * Plotly chart).
 *
 * Props (shim/optional/plotly.py): `spec` (Plotly's JSON text of the figure), `config`
 * (JSON text), `theme` ("streamlit" | null), `width` ("stretch" | px), `height` (px),
 * `selection_mode` (a subset of "box", "lasso", "points"; empty: no selections), `alt`.
 *
 * The theme works as Streamlit 1.67's: the "streamlit" Plotly template carries
 * placeholder colours (#000001...) that become the page theme's colours, or Plotly's own
 * with `theme=None`; the "streamlit" theme also lays Streamlit's fonts, grid and margins
 * into the figure's template (the figure's own layout still wins).
 *
 * With selections, the chart is a widget: a selection (a click with the "points" mode,
 * a box or a lasso) commits Streamlit's selection object; a double click clears it.
 */

import Plotly from "plotly.js-dist-min";
import { injectStyle } from "./style.js";

/** @typedef {Record<string, any>} Props */
/** @typedef {import("../render/lazy.js").Host} Host */

const DEFAULT_HEIGHT = 450;
const MIN_WIDTH = 150;
export const EMPTY_SELECTION = { selection: { points: [], point_indices: [], box: [], lasso: [] } };

const STYLE = `
.stPlotlyChart .js-plotly-plot .modebar { top: -4px; }
.stPlotlyChart .js-plotly-plot .modebar-group { background: transparent !important; }
`;

/** Streamlit's chart colours (light / dark), as its theme defines them. */
const COLORS = {
  light: {
    categorical: ["#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d", "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5"],
    sequential: ["#e4f5ff", "#c7ebff", "#a6dcff", "#83c9ff", "#60b4ff", "#3d9df3", "#1c83e1", "#0068c9", "#0054a3", "#004280"],
    diverging: ["#7d353b", "#bd4043", "#ff4b4b", "#ff8c8c", "#ffc7c7", "#a6dcff", "#60b4ff", "#1c83e1", "#0054a3", "#004280"],
    increasing: "#29b09d",
    decreasing: "#ff2b2b",
    total: "#0068c9",
    text: "#31333f",
    muted: "#808495",
    grid: "#e6eaf1",
    bg: "#ffffff",
    bgMix: "#f0f2f6",
    border: "rgba(49, 51, 63, 0.2)",
  },
  dark: {
    categorical: ["#83c9ff", "#0068c9", "#ffabab", "#ff2b2b", "#7defa1", "#29b09d", "#ffd16a", "#ff8700", "#6d3fc0", "#d5dae5"],
    sequential: ["#004280", "#0054a3", "#0068c9", "#1c83e1", "#3d9df3", "#60b4ff", "#83c9ff", "#a6dcff", "#c7ebff", "#e4f5ff"],
    diverging: ["#ff2b2b", "#ff8c8c", "#ffabab", "#ffd1d1", "#fff0f0", "#e4f5ff", "#a6dcff", "#60b4ff", "#1c83e1", "#0068c9"],
    increasing: "#7defa1",
    decreasing: "#ff6c6c",
    total: "#83c9ff",
    text: "#fafafa",
    muted: "#a3a8b8",
    grid: "#31333f",
    bg: "#0e1117",
    bgMix: "#1a1c24",
    border: "rgba(250, 250, 250, 0.2)",
  },
};

/** Plotly's own colours for the placeholders, with `theme=None`. */
const PLOTLY_COLORS = {
  categorical: ["#636efa", "#EF553B", "#00cc96", "#ab63fa", "#FFA15A", "#19d3f3", "#FF6692", "#B6E880", "#FF97FF", "#FECB52"],
  sequential: ["#0d0887", "#46039f", "#7201a8", "#9c179e", "#bd3786", "#d8576b", "#ed7953", "#fb9f3a", "#fdca26", "#f0f921"],
  diverging: ["#8e0152", "#c51b7d", "#de77ae", "#f1b6da", "#fde0ef", "#e6f5d0", "#b8e186", "#7fbc41", "#4d9221", "#276419"],
  other: ["#3D9970", "#FF4136", "#4499FF", "#B2B5BE", "#2a3f5f", "#2a3f5f", "#EBF0F8", "white", "#C8D4E3"],
};

/** @param {number} n */
const placeholder = (n) => `#0000${String(n).padStart(2, "0")}`;

/**
 * The figure's JSON text with the template's placeholder colours replaced.
 * @param {string} text @param {string | null} theme @param {boolean} dark
 */
export function replaceColors(text, theme, dark) {
  const c = COLORS[dark ? "dark" : "light"];
  const streamlit = theme === "streamlit";
  const lists = streamlit
    ? [c.categorical, c.sequential, c.diverging]
    : [PLOTLY_COLORS.categorical, PLOTLY_COLORS.sequential, PLOTLY_COLORS.diverging];
  const other = streamlit
    ? [c.increasing, c.decreasing, c.total, c.muted, c.muted, c.text, c.bg, c.border, c.bgMix]
    : PLOTLY_COLORS.other;
  let out = text;
  lists.forEach((colors, group) => {
    colors.forEach((color, i) => {
      out = out.replaceAll(placeholder(group * 10 + i + 1), color);
    });
  });
  other.forEach((color, i) => {
    out = out.replaceAll(placeholder(32 + i), color);
  });
  return out;
}

/** @param {unknown} value @returns {value is Record<string, any>} */
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Deep merge of `source` into `target` (source wins), as lodash's merge. @param {Record<string, any>} target @param {Record<string, any>} source */
function merge(target, source) {
  for (const [key, value] of Object.entries(source)) {
    if (isObject(value) && isObject(target[key])) merge(target[key], value);
    else target[key] = isObject(value) ? merge({}, value) : value;
  }
  return target;
}

/**
 * Streamlit's layout for the "streamlit" theme, laid into the figure's template.
 * @param {boolean} dark
 */
export function streamlitLayout(dark) {
  const c = COLORS[dark ? "dark" : "light"];
  const font = '"Source Sans 3", "Source Sans Pro", sans-serif';
  const axisTitle = { font: { color: c.muted, size: 14 } };
  return {
    font: { color: c.muted, family: font, size: 12 },
    title: { font: { family: font, size: 16, color: c.text }, pad: { l: 4 }, xanchor: "left", x: 0 },
    legend: { title: { font: { size: 12, color: c.muted }, side: "top" }, valign: "top", bordercolor: "rgba(0,0,0,0)", borderwidth: 0, font: { size: 12, color: c.muted } },
    paper_bgcolor: c.bg,
    plot_bgcolor: c.bg,
    yaxis: { ticklabelposition: "outside", zerolinecolor: c.grid, title: { ...axisTitle, standoff: 24 }, tickcolor: c.grid, tickfont: { color: c.muted, size: 12 }, gridcolor: c.grid, minor: { gridcolor: c.grid }, automargin: true },
    xaxis: { zerolinecolor: c.grid, gridcolor: c.grid, showgrid: false, tickfont: { color: c.muted, size: 12 }, tickcolor: c.grid, title: { ...axisTitle, standoff: 20 }, minor: { gridcolor: c.grid }, zeroline: false, automargin: true, rangeselector: { bgcolor: c.bg, bordercolor: c.grid, borderwidth: 1, x: 0 } },
    margin: { pad: 8, r: 0, l: 0 },
    hoverlabel: { bgcolor: c.bg, bordercolor: c.border, font: { color: c.muted, family: font, size: 12 } },
    coloraxis: { colorbar: { thickness: 16, xpad: 24, ticklabelposition: "outside", outlinecolor: "rgba(0,0,0,0)", outlinewidth: 8, len: 0.75, y: 0.5745, title: { font: { color: c.muted, size: 14 } }, tickfont: { color: c.muted, size: 12 } } },
  };
}

/**
 * The figure to draw: parsed, coloured, themed.
 * @param {Props} p @param {boolean} dark
 * @returns {{ data: any[], layout: Record<string, any>, frames: any[] | undefined }}
 */
export function themedFigure(p, dark) {
  const figure = JSON.parse(replaceColors(String(p.spec ?? "{}"), p.theme ?? null, dark));
  const layout = isObject(figure.layout) ? figure.layout : {};
  if (p.theme === "streamlit") {
    layout.template = isObject(layout.template) ? layout.template : {};
    layout.template.layout = merge(isObject(layout.template.layout) ? layout.template.layout : {}, streamlitLayout(dark));
    if (typeof layout.title === "string") layout.title = { text: layout.title };
    if (isObject(layout.title) && typeof layout.title.text === "string" && layout.title.text) {
      layout.title = { ...layout.title, text: `<b>${layout.title.text}</b>` };
    }
  }
  return { data: Array.isArray(figure.data) ? figure.data : [], layout, frames: Array.isArray(figure.frames) ? figure.frames : undefined };
}

/** @param {Props} p */
function modes(p) {
  const list = Array.isArray(p.selection_mode) ? p.selection_mode : [];
  return { any: list.length > 0, points: list.includes("points"), box: list.includes("box"), lasso: list.includes("lasso") };
}

/**
 * Plotly's config as Streamlit sets it: no logo, no cloud button, selection tools only
 * for the selection modes the chart has.
 * @param {Props} p
 */
export function chartConfig(p) {
  /** @type {Record<string, any>} */
  const config = { ...(typeof p.config === "string" && p.config ? JSON.parse(p.config) : {}) };
  delete config.mapboxAccessToken;
  config.displaylogo ??= false;
  config.showSendToCloud ??= false;
  const remove = Array.isArray(config.modeBarButtonsToRemove) ? [...config.modeBarButtonsToRemove] : [];
  const add = (/** @type {string} */ name) => remove.includes(name) || remove.push(name);
  const m = modes(p);
  if (!m.lasso) add("lasso2d");
  if (!m.box) add("select2d");
  if (config.showSendToCloud !== true) add("sendChartToCloud");
  config.modeBarButtonsToRemove = remove;
  return config;
}

/** Streamlit's `keysToSnakeCase`: curveNumber → curve_number, "marker.size" → marker_size. @param {Record<string, any>} obj @returns {Record<string, any>} */
export function snakeKeys(obj) {
  /** @type {Record<string, any>} */
  const out = {};
  for (const key of Object.keys(obj)) {
    let value = obj[key];
    if (value && typeof value === "object" && !Array.isArray(value)) value = snakeKeys(value);
    if (Array.isArray(value)) value = value.map((v) => (typeof v === "object" && v ? snakeKeys(v) : v));
    out[snakeCase(key).replace(".", "_")] = value;
  }
  return out;
}

/** @param {string} key */
function snakeCase(key) {
  if (key.length < 2) return key;
  return key
    .replaceAll(/([\p{Ll}\d])(\p{Lu})/gu, "$1_$2")
    .replaceAll(/((?<![\p{Lu}\d])[\p{Lu}\d](?![\p{Lu}\d]))/gu, (m) => m.toLowerCase())
    .replaceAll(/(?<!\p{Lu})(\p{Lu}+)(\p{Lu}\p{Ll}+)/gu, (_m, a, b) => `${a}_${b.toLowerCase()}`);
}

/** @param {string} path a lasso's SVG path "Mx,yLx,y...Z" */
function pathPoints(path) {
  /** @type {number[]} */
  const x = [];
  /** @type {number[]} */
  const y = [];
  for (const part of path.replace("M", "").replace("Z", "").split("L")) {
    const [px, py] = part.split(",").map(Number);
    x.push(px);
    y.push(py);
  }
  return { x, y };
}

/**
 * Streamlit's selection object for a `plotly_selected` event (null: ignore the event).
 * @param {any} event @param {Props} p
 */
export function selectionOf(event, p) {
  if (!event) return null;
  const m = modes(p);
  const indices = new Set();
  /** @type {any[]} */
  const points = [];
  /** @type {any[]} */
  const box = [];
  /** @type {any[]} */
  const lasso = [];
  for (const point of event.points ?? []) {
    const legendgroup = point.data && typeof point.data === "object" && point.data.legendgroup ? point.data.legendgroup : undefined;
    /** @type {Record<string, any>} */
    const plain = {};
    for (const key of Object.keys(point)) {
      if (key === "data" || key === "fullData" || key === "xaxis" || key === "yaxis" || key.startsWith("_")) continue;
      plain[key] = point[key];
    }
    if (legendgroup !== undefined) plain.legendgroup = legendgroup;
    points.push(snakeKeys(plain));
    if (typeof point.pointIndex === "number") indices.add(point.pointIndex);
    if (Array.isArray(point.pointIndices)) for (const i of point.pointIndices) indices.add(i);
  }
  for (const shape of event.selections ?? []) {
    if (shape.type === "rect") {
      const has = ["x0", "x1", "y0", "y1"].every((k) => k in shape);
      box.push({ xref: shape.xref, yref: shape.yref, x: has ? [shape.x0, shape.x1] : [], y: has ? [shape.y0, shape.y1] : [] });
    } else if (shape.type === "path" && shape.path) {
      lasso.push({ xref: shape.xref, yref: shape.yref, ...pathPoints(shape.path) });
    }
  }
  if ((box.length && !m.box) || (lasso.length && !m.lasso)) return null;
  return { selection: { points, point_indices: [...indices], box, lasso } };
}

/** A click on a treemap/sunburst/icicle segment (they do not fire plotly_selected). @param {any} event */
export function hierarchySelection(event) {
  const point = event?.points?.[0];
  if (!point || point.id === undefined || point.parent === undefined) return null;
  const keys = ["label", "id", "parent", "value", "currentPath", "percentRoot", "percentEntry", "percentParent", "pointNumber", "curveNumber"];
  /** @type {Record<string, any>} */
  const plain = {};
  for (const key of keys) if (point[key] !== undefined) plain[key] = point[key];
  return {
    selection: { points: [snakeKeys(plain)], point_indices: typeof point.pointNumber === "number" ? [point.pointNumber] : [], box: [], lasso: [] },
  };
}

/** @param {HTMLElement} view @param {Props} props @param {Host} host */
export async function mount(view, props, host) {
  injectStyle("plotly", STYLE);
  const chart = new PlotlyChart(view);
  await chart.update(props, host);
  return chart;
}

class PlotlyChart {
  /** @param {HTMLElement} view */
  constructor(view) {
    this.view = view;
    this.plot = /** @type {any} */ (document.createElement("div"));
    this.plot.className = "fragc-plotly";
    this.view.replaceChildren(this.plot);
    /** @type {Props} */
    this.props = {};
    /** @type {Host | null} */
    this.host = null;
    this.drawnKey = "";
    this.listening = false;
  }

  /** @param {Props} props @param {Host} host */
  async update(props, host) {
    this.props = props;
    this.host = host;
    // A rerun that only brought the selection the user made: the picture already shows it.
    const key = JSON.stringify([props.spec, props.config, props.theme, props.width, props.height, props.selection_mode, host.dark]);
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    const figure = themedFigure(props, host.dark);
    const layout = figure.layout;
    layout.width = this.width();
    layout.height = typeof props.height === "number" && props.height > 0 ? props.height : layout.height ?? DEFAULT_HEIGHT;
    const m = modes(props);
    if (m.any) {
      layout.clickmode ??= m.points ? "event+select" : "none";
      layout.hovermode ??= "closest";
      layout.dragmode ??= m.points ? "pan" : m.box ? "select" : m.lasso ? "lasso" : "pan";
    }
    await Plotly.react(this.plot, figure.data, layout, chartConfig(props));
    if (figure.frames) await Plotly.addFrames(this.plot, figure.frames);
    this.listen();
  }

  width() {
    if (typeof this.props.width === "number") return this.props.width;
    return Math.max(this.view.clientWidth, MIN_WIDTH);
  }

  listen() {
    if (this.listening) return;
    this.listening = true;
    this.plot.on("plotly_selected", (/** @type {any} */ event) => {
      if (!modes(this.props).any) return;
      const state = selectionOf(event, this.props);
      if (state) this.host?.commit(state);
    });
    this.plot.on("plotly_click", (/** @type {any} */ event) => {
      if (!modes(this.props).points) return;
      const state = hierarchySelection(event);
      if (state) this.host?.commit(state);
    });
    this.plot.on("plotly_doubleclick", () => {
      if (!modes(this.props).any) return;
      this.host?.commit(EMPTY_SELECTION);
      // Streamlit clears the highlighted points too, once Plotly has handled the click.
      setTimeout(() => {
        if (!this.plot.data) return;
        Plotly.restyle(this.plot, { selectedpoints: [null] });
        Plotly.relayout(this.plot, { selections: [] });
      }, 50);
    });
    this.plot.on("plotly_deselect", () => {
      if (modes(this.props).any) this.host?.commit(EMPTY_SELECTION);
    });
  }

  /** @param {number} width */
  resize(width) {
    if (typeof this.props.width === "number" || !this.plot.layout) return;
    const next = Math.max(width, MIN_WIDTH);
    if (this.plot.layout.width !== next) Plotly.relayout(this.plot, { width: next });
  }

  destroy() {
    Plotly.purge(this.plot);
  }
}
