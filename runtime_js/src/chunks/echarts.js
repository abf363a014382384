// @ts-check
/**
 * st.echarts_chart, drawn by Apache ECharts (the full `echarts` package, bundled into
 * `assets/fragc-echarts.js` and loaded by render/lazy.js the first time a page shows an
 * ECharts chart). ECharts builds no code from strings, so it runs under the site's CSP.
 *
 * Props (shim/optional/echarts.py): `spec` (the option as JSON text, checked by Python:
 * no callbacks, no custom/geo/GL series), `theme` ("streamlit" | null), `renderer`
 * ("canvas" | "svg"), `width` ("stretch" | px), `height` (px | "stretch"), `selection`
 * (on_select is on), `alt`.
 *
 * With `selection`, the chart is a widget whose value is Streamlit 1.67's selection
 * state: point selections (`selectedMode` on a series: ECharts' `selectchanged`) and
 * brushed data (`brushSelected`, committed at `brushEnd`) grouped by series in
 * `selected`, the brushes' data-space regions in `areas`. A double click clears both.
 * After a rerun that redraws the chart, the committed selection is shown again.
 */

import * as echarts from "echarts";

/** @typedef {Record<string, any>} Props */
/** @typedef {import("../render/lazy.js").Host} Host */
/**
 * @typedef {{ seriesIndex: number, dataType?: string, dataIndex: number[] }} Selected ECharts' own selection entry
 * @typedef {{ brushIndex: number, areas?: any[], selected?: Selected[] }} Brushed one brush of a `brushSelected` batch
 */

const DEFAULT_HEIGHT = 350;
const MIN_WIDTH = 150;
export const EMPTY_SELECTION = { selection: { selected: [], areas: [] } };
const DATA_TYPE_ORDER = /** @type {Record<string, number>} */ ({ main: 0, node: 1, edge: 2 });

/** Streamlit's chart colours and text colours (light / dark), as its theme defines them. */
const COLORS = {
  light: {
    categorical: ["#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d", "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5"],
    text: "#31333f",
    muted: "#808495",
    grid: "#e6eaf1",
    bg: "#ffffff",
  },
  dark: {
    categorical: ["#83c9ff", "#0068c9", "#ffabab", "#ff2b2b", "#7defa1", "#29b09d", "#ffd16a", "#ff8700", "#6d3fc0", "#d5dae5"],
    text: "#fafafa",
    muted: "#a3a8b8",
    grid: "#31333f",
    bg: "#0e1117",
  },
};

/**
 * The "streamlit" theme: Streamlit's palette, fonts and quiet axes (the option's own
 * settings still win, as with any ECharts theme).
 * @param {boolean} dark
 */
export function streamlitTheme(dark) {
  const c = COLORS[dark ? "dark" : "light"];
  const font = '"Source Sans 3", "Source Sans Pro", sans-serif';
  const axis = {
    axisLine: { lineStyle: { color: c.grid } },
    axisTick: { lineStyle: { color: c.grid } },
    axisLabel: { color: c.muted, fontSize: 12, hideOverlap: true },
    splitLine: { lineStyle: { color: c.grid } },
    nameTextStyle: { color: c.muted, fontSize: 14 },
  };
  return {
    color: c.categorical,
    backgroundColor: "transparent",
    textStyle: { fontFamily: font, color: c.muted },
    title: { textStyle: { color: c.text, fontSize: 16, fontWeight: 600 }, subtextStyle: { color: c.muted } },
    legend: { textStyle: { color: c.muted } },
    tooltip: { backgroundColor: c.bg, borderColor: c.grid, textStyle: { color: c.text, fontFamily: font } },
    categoryAxis: { ...axis, splitLine: { show: false, lineStyle: { color: c.grid } } },
    valueAxis: axis,
    logAxis: axis,
    timeAxis: axis,
  };
}

/** @param {unknown} value @returns {value is Record<string, any>} */
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** @param {any} value @returns {any[]} */
function asList(value) {
  return Array.isArray(value) ? value : value == null ? [] : [value];
}

/**
 * The option to draw: parsed, with 1.67's defaults (aria on; `alt` as the accessible
 * description; a display-only chart's series show the default cursor).
 * @param {Props} p
 */
export function chartOption(p) {
  const option = JSON.parse(String(p.spec ?? "{}"));
  if (!isObject(option)) return {};
  if (p.alt) {
    const aria = isObject(option.aria) ? option.aria : {};
    option.aria = { ...aria, enabled: true, label: { ...(isObject(aria.label) ? aria.label : {}), description: p.alt } };
  } else if (!("aria" in option)) {
    option.aria = { enabled: true };
  }
  for (const series of asList(option.series)) {
    if (!isObject(series)) continue;
    if (!p.selection && !("cursor" in series)) series.cursor = "default";
    dropValueFormatter(series.tooltip);
  }
  dropValueFormatter(option.tooltip);
  return option;
}

/**
 * ECharts calls a tooltip's `valueFormatter`, so a JSON option's string there (1.67 reads
 * it as a number format) would break every tooltip: it is dropped, as 1.67 drops one it
 * cannot read, and the tooltip keeps ECharts' formatting.
 * @param {unknown} tooltip
 */
function dropValueFormatter(tooltip) {
  for (const entry of asList(tooltip)) if (isObject(entry)) delete entry.valueFormatter;
}

/** 1.67's id/name of a series: a number or non-empty text, else null. @param {unknown} v */
function identity(v) {
  return typeof v === "number" || (typeof v === "string" && v.length > 0 && !v.includes("\0")) ? v : null;
}

/**
 * Streamlit's selection state from the point selections and the brushes.
 * @param {Record<string, any>} option @param {Selected[]} points @param {Brushed[]} brushes
 */
export function selectionState(option, points, brushes) {
  /** @type {Map<string, { seriesIndex: number, dataType: string, indices: Set<number> }>} */
  const groups = new Map();
  for (const entry of [...points, ...brushes.flatMap((b) => b.selected ?? [])]) {
    if (typeof entry?.seriesIndex !== "number") continue;
    const dataType = entry.dataType ?? "main";
    const key = JSON.stringify([entry.seriesIndex, dataType]);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { seriesIndex: entry.seriesIndex, dataType, indices: new Set() }));
    for (const i of asList(entry.dataIndex)) if (typeof i === "number") group.indices.add(i);
  }
  const seriesList = asList(option.series);
  const selected = [...groups.values()]
    .filter((g) => g.indices.size > 0)
    .sort((a, b) => a.seriesIndex - b.seriesIndex || (DATA_TYPE_ORDER[a.dataType] ?? 3) - (DATA_TYPE_ORDER[b.dataType] ?? 3))
    .map((g) => {
      const series = isObject(seriesList[g.seriesIndex]) ? seriesList[g.seriesIndex] : {};
      return {
        series_index: g.seriesIndex,
        series_id: identity(series.id),
        series_name: identity(series.name),
        data_type: g.dataType,
        data_indices: [...g.indices].sort((a, b) => a - b),
      };
    });
  const areas = [...brushes]
    .sort((a, b) => a.brushIndex - b.brushIndex)
    .flatMap((b) =>
      (b.areas ?? [])
        .filter((a) => typeof a.brushType === "string" && Array.isArray(a.coordRange))
        .map((a) => ({ brush_index: b.brushIndex, brush_type: a.brushType, coord_range: a.coordRange })),
    );
  return { selection: { selected, areas } };
}

/** @param {HTMLElement} view @param {Props} props @param {Host} host */
export async function mount(view, props, host) {
  const chart = new EChartsChart(view);
  chart.update(props, host);
  return chart;
}

class EChartsChart {
  /** @param {HTMLElement} view */
  constructor(view) {
    this.view = view;
    this.box = document.createElement("div");
    this.box.className = "fragc-echarts";
    this.view.replaceChildren(this.box);
    /** @type {Props} */
    this.props = {};
    /** @type {Host | null} */
    this.host = null;
    /** @type {echarts.ECharts | null} */
    this.chart = null;
    this.initKey = "";
    this.drawnKey = "";
    /** @type {Record<string, any>} */
    this.option = {};
    /** @type {Selected[]} */
    this.points = [];
    /** @type {Brushed[]} */
    this.brushes = [];
    // Set while the chart shows a committed selection again: its events are not the user's.
    this.restoring = false;
  }

  /** @param {Props} props @param {Host} host */
  update(props, host) {
    this.props = props;
    this.host = host;
    const initKey = JSON.stringify([props.theme, props.renderer, host.dark]);
    const drawnKey = JSON.stringify([props.spec, props.alt, props.selection, props.width, props.height, initKey]);
    // A rerun that only brought the selection the user made: the picture already shows it.
    if (drawnKey === this.drawnKey) return;
    this.drawnKey = drawnKey;
    this.box.style.height = `${this.height()}px`;
    this.box.style.width = typeof props.width === "number" ? `${props.width}px` : "100%";
    if (initKey !== this.initKey || !this.chart) {
      // Theme and renderer are fixed when ECharts starts: a change starts it again.
      this.chart?.dispose();
      this.initKey = initKey;
      const theme = props.theme === "streamlit" ? streamlitTheme(host.dark) : host.dark ? "dark" : undefined;
      this.chart = echarts.init(this.box, theme, { renderer: props.renderer === "svg" ? "svg" : "canvas" });
      this.listen(this.chart);
    }
    this.option = chartOption(props);
    this.chart.setOption(this.option, { notMerge: true });
    this.chart.resize({ width: this.width(), height: this.height() });
    this.restore(host.value);
  }

  height() {
    return typeof this.props.height === "number" && this.props.height > 0 ? this.props.height : DEFAULT_HEIGHT;
  }

  width() {
    if (typeof this.props.width === "number") return this.props.width;
    return Math.max(this.view.clientWidth, MIN_WIDTH);
  }

  /** The committed selection shown again after a redraw (1.67 re-applies it). @param {unknown} value */
  restore(value) {
    this.points = [];
    this.brushes = [];
    const state = /** @type {any} */ (value)?.selection;
    if (!this.chart || !this.props.selection || !state) return;
    this.restoring = true;
    try {
      for (const group of asList(state.selected)) {
        if (group?.data_type && group.data_type !== "main") continue;
        this.chart.dispatchAction({ type: "select", seriesIndex: group.series_index, dataIndex: group.data_indices });
      }
      /** @type {Map<number, any[]>} */
      const areas = new Map();
      for (const area of asList(state.areas)) {
        const list = areas.get(area.brush_index) ?? [];
        list.push({ brushType: area.brush_type, coordRange: area.coord_range, xAxisIndex: 0 });
        areas.set(area.brush_index, list);
      }
      for (const [brushIndex, list] of areas) this.chart.dispatchAction({ type: "brush", brushIndex, areas: list });
    } catch (error) {
      console.warn("fragc: could not show the ECharts selection again", error);
    } finally {
      this.restoring = false;
    }
  }

  /** @param {echarts.ECharts} chart */
  listen(chart) {
    chart.on("selectchanged", (/** @type {any} */ event) => {
      if (this.restoring || !this.props.selection) return;
      this.points = asList(event.selected);
      this.commit();
    });
    chart.on("brushSelected", (/** @type {any} */ event) => {
      if (this.restoring || !this.props.selection) return;
      this.brushes = asList(event.batch);
    });
    chart.on("brushEnd", () => {
      if (this.restoring || !this.props.selection) return;
      this.commit();
    });
    chart.getZr().on("dblclick", () => {
      if (!this.props.selection) return;
      this.clear();
    });
  }

  commit() {
    this.host?.commit(selectionState(this.option, this.points, this.brushes));
  }

  clear() {
    const chart = this.chart;
    if (!chart) return;
    this.restoring = true;
    try {
      for (const entry of this.points) chart.dispatchAction({ type: "unselect", seriesIndex: entry.seriesIndex, dataIndex: entry.dataIndex });
      for (const brush of this.brushes) chart.dispatchAction({ type: "brush", brushIndex: brush.brushIndex, areas: [] });
    } finally {
      this.restoring = false;
    }
    this.points = [];
    this.brushes = [];
    this.host?.commit(EMPTY_SELECTION);
  }

  /** @param {number} width */
  resize(width) {
    if (typeof this.props.width === "number" || !this.chart) return;
    this.chart.resize({ width: Math.max(width, MIN_WIDTH), height: this.height() });
  }

  destroy() {
    this.chart?.dispose();
    this.chart = null;
  }
}
