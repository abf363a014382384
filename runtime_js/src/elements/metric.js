// @ts-check
/**
 * st.metric (`compiler/fragc/shim/elements/metric.py`): label, value, the delta with its
 * arrow and colour (both decided by Python, as Streamlit does), an optional border.
 */

import { h, cls } from "../render/dom.js";
import { markdownToHtml, iconHtml } from "../render/markdown.js";
import { helpIcon, labelClass } from "../render/parts.js";
import { watch } from "../render/enhance.js";

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
  const delta = p.delta === null || p.delta === "" ? null : String(p.delta);
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
    h("div", { "data-testid": "stMetricValue", class: "fragc-metric-value" }, h("div", { "data-testid": "stMarkdownContainer" }, String(p.value ?? ""))),
    delta === null
      ? null
      : h(
          "div",
          { "data-testid": "stMetricDelta", class: cls("fragc-metric-delta", `fragc-delta-${color}`) },
          ARROWS[direction]
            ? h("span", { "data-testid": `stMetricDeltaIcon-${direction === "up" ? "Up" : "Down"}`, class: "fragc-metric-arrow", html: ARROWS[direction] })
            : null,
          h("span", { "data-testid": "stMarkdownContainer", class: "fragc-metric-delta-text" }, delta),
          p.delta_description ? h("span", { class: "fragc-metric-delta-description" }, ` ${p.delta_description}`) : null,
        ),
  );
}

export default /** @satisfies {Family} */ ({
  python: "elements/metric.py",
  elements: { metric },
});
