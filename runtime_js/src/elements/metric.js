// @ts-check
/**
 * st.metric (`compiler/fragc/shim/elements/metric.py`): label, value, the delta with its
 * arrow and colour (both decided by Python, as Streamlit does), an optional border.
 */

import { h, cls } from "../render/dom.js";
import { markdownToHtml, iconHtml } from "../render/markdown.js";
import { helpIcon, labelClass } from "../render/parts.js";
import { watch } from "../render/enhance.js";
import { formatNumber } from "../chunks/grid_formats.js";

/**
 * @typedef {import("../protocol_types").MetricProps} MetricProps
 * @typedef {import("../family.js").Family} Family
 */

/** @type {Record<string, string>} */
const ARROWS = {
  up: '<svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false"><path fill="currentColor" d="M4 12l1.41 1.41L11 7.83V20h2V7.83l5.58 5.59L20 12l-8-8-8 8z"/></svg>',
  down: '<svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false"><path fill="currentColor" d="M20 12l-1.41-1.41L13 16.17V4h-2v12.17l-5.58-5.59L4 12l8 8 8-8z"/></svg>',
};

/**
 * st.metric. Python decided the delta's colour and arrow: the delta element gets
 * `fragc-delta-<colour>` and Streamlit's `stMetricDeltaIcon-Up|Down`.
 * @param {MetricProps} p
 */
function metric(p) {
  watch();
  const delta = p.delta === null || p.delta === "" ? null : formatted(p.delta, p.delta_is_number, p.format);
  const value = formatted(p.value ?? "", p.value_is_number, p.format);
  const { direction, color } = p;
  return h(
    "div",
    { "data-testid": "stMetric", class: cls("stMetric", p.border && "fragc-bordered") },
    h(
      "div",
      { "data-testid": "stMetricLabel", class: cls("fragc-metric-label", labelClass(p.label_visibility)) },
      p.icon ? h("span", { class: "fragc-metric-icon", html: iconHtml(String(p.icon)) }) : null,
      h("span", { "data-testid": "stMarkdownContainer", html: markdownToHtml(String(p.label ?? ""), { inline: true }) }),
      helpIcon(p.help, p.label),
    ),
    // Streamlit's parts hold their text in a stMarkdownContainer (plain text here).
    h("div", { "data-testid": "stMetricValue", class: "fragc-metric-value" }, h("div", { "data-testid": "stMarkdownContainer" }, value)),
    delta === null && !p.delta_description
      ? null
      : h(
          "div",
          { class: "fragc-metric-delta-row" },
          delta === null
            ? null
            : h(
                "div",
                { "data-testid": "stMetricDelta", class: cls("fragc-metric-delta", `fragc-delta-${color}`) },
                ARROWS[direction]
                  ? h("span", { "data-testid": `stMetricDeltaIcon-${direction === "up" ? "Up" : "Down"}`, class: "fragc-metric-arrow", html: ARROWS[direction] })
                  : null,
                h("span", { "data-testid": "stMarkdownContainer", class: "fragc-metric-delta-text" }, delta),
              ),
          // As Streamlit 1.67: the description is the delta's neighbour (a caption), not part of it.
          p.delta_description
            ? h(
                "div",
                { "data-testid": "stMetricDeltaDescription", class: "fragc-metric-delta-description", title: String(p.delta_description) },
                h("span", { "data-testid": "stMarkdownContainer", html: markdownToHtml(String(p.delta_description), { inline: true }) }),
              )
            : null,
        ),
    sparkline(p.chart_data, p.chart_type, color),
  );
}

/**
 * A value or delta as shown: with the metric's `format` (Streamlit's number formats or
 * printf) when the app gave a number, else as Python wrote it.
 * @param {unknown} text @param {boolean | undefined} isNumber @param {string | null | undefined} format
 */
function formatted(text, isNumber, format) {
  const shown = String(text);
  if (!format || !isNumber) return shown;
  const number = Number(shown.replace(/,/g, ""));
  return Number.isFinite(number) ? formatNumber(number, format) : shown;
}

/**
 * `chart_data`: Streamlit 1.67's sparkline under the metric (`stMetricChart` > svg), a
 * line, an area or bars, in the delta's colour.
 * @param {unknown} data @param {unknown} type @param {string} color
 */
function sparkline(data, type, color) {
  if (!Array.isArray(data) || data.length === 0) return null;
  const points = data.map(Number).filter(Number.isFinite);
  if (points.length === 0) return null;
  const width = 200;
  const height = 40;
  const min = Math.min(...points);
  const max = Math.max(...points);
  const span = max - min || 1;
  const x = (/** @type {number} */ i) => (points.length === 1 ? width / 2 : (i / (points.length - 1)) * width);
  const y = (/** @type {number} */ v) => height - ((v - min) / span) * (height - 2) - 1;
  let shapes;
  if (type === "bar") {
    const w = Math.max(width / points.length - 1, 1);
    shapes = points
      .map((v, i) => `<rect x="${((i * width) / points.length).toFixed(2)}" y="${y(v).toFixed(2)}" width="${w.toFixed(2)}" height="${(height - y(v)).toFixed(2)}" fill="currentColor" opacity="0.5"></rect>`)
      .join("");
  } else {
    const line = points.map((v, i) => `${i ? "L" : "M"}${x(i).toFixed(2)},${y(v).toFixed(2)}`).join("");
    const area = type === "area" ? `<path d="${line}L${width},${height}L0,${height}Z" fill="currentColor" opacity="0.15"></path>` : "";
    shapes = `${area}<path d="${line}" fill="none" stroke="currentColor" stroke-width="1.5" vector-effect="non-scaling-stroke"></path>`;
  }
  return h("div", {
    "data-testid": "stMetricChart",
    class: cls("fragc-metric-chart", `fragc-delta-${color}`),
    html: `<svg viewBox="0 0 ${width} ${height}" preserveAspectRatio="none" width="100%" height="${height}" role="img" aria-label="Metric chart">${shapes}</svg>`,
  });
}

export default /** @satisfies {Family} */ ({
  python: "elements/metric.py",
  elements: { metric },
});
