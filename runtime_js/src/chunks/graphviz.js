// @ts-check
/**
 * st.graphviz_chart: Graphviz compiled to WebAssembly (`@hpcc-js/wasm-graphviz`, the
 * library Streamlit's page uses; its wasm is inlined in the package, so the chunk
 * `assets/fragc-graphviz.js` needs no other file and no network) lays the DOT source out
 * as SVG in the page.
 *
 * Props (shim/optional/graphviz.py): `spec` (DOT), `engine` ("dot", "neato", ...),
 * `element_id` (the SVG's box gets Streamlit's id `st-graphviz-chart-<id>`), `width` and
 * `height` ("content" | "stretch" | px), `alt`. As in Streamlit, links in the graph
 * (`URL=`/`href=` attributes) that would run script are made inert; a DOT syntax error
 * shows Graphviz's message where the chart goes.
 */

import { Graphviz } from "@hpcc-js/wasm-graphviz";
import { injectStyle } from "./style.js";

/** @typedef {Record<string, any>} Props */

const STYLE = `
.fragc-graphviz { font-family: var(--fragc-font); }
.fragc-graphviz svg { max-width: 100%; width: auto; height: auto; border-radius: 0.5rem; }
.fragc-graphviz.fragc-stretch-width svg { width: 100%; }
.fragc-graphviz.fragc-stretch-height, .fragc-graphviz.fragc-stretch-height svg { height: 100%; }
.fragc-graphviz-error { color: var(--fragc-error-text); white-space: pre-wrap; font-family: var(--fragc-mono); font-size: 0.875rem; }
`;

/** @type {Promise<Graphviz> | null} */
let loading = null;

/** @param {HTMLElement} view @param {Props} props */
export async function mount(view, props) {
  injectStyle("graphviz", STYLE);
  loading ??= Graphviz.load();
  const graphviz = await loading;
  const drawing = {
    /** @param {Props} next */
    update(next) {
      draw(view, next, graphviz);
    },
    destroy() {
      view.replaceChildren();
    },
  };
  draw(view, props, graphviz);
  return drawing;
}

/** @param {HTMLElement} view @param {Props} p @param {Graphviz} graphviz */
function draw(view, p, graphviz) {
  const box = document.createElement("div");
  box.id = `st-graphviz-chart-${p.element_id ?? ""}`;
  box.className = "fragc-graphviz";
  if (p.width === "stretch") box.classList.add("fragc-stretch-width");
  if (p.height === "stretch") box.classList.add("fragc-stretch-height");
  if (typeof p.height === "number") box.style.height = `${p.height}px`;
  try {
    const svgText = graphviz.layout(String(p.spec ?? ""), "svg", p.engine || "dot");
    const svg = new DOMParser().parseFromString(svgText, "image/svg+xml").documentElement;
    if (svg.nodeName !== "svg") throw new Error("Graphviz returned no picture");
    sanitize(svg);
    if (typeof p.width === "number") svg.setAttribute("width", `${p.width}px`);
    box.append(document.importNode(svg, true));
  } catch (error) {
    box.append(Object.assign(document.createElement("div"), { className: "fragc-graphviz-error", role: "alert", textContent: String(error instanceof Error ? error.message : error) }));
  }
  view.replaceChildren(box);
}

/** URL schemes a link may not run (Streamlit's `isDangerousUri`). */
const DANGEROUS = /^\s*(javascript|vbscript|data):/i;
const XLINK = "http://www.w3.org/1999/xlink";

/**
 * Links that would run script become "#"; nothing else in Graphviz's SVG can (it escapes
 * labels), but scripts and event handlers are dropped all the same.
 * @param {Element} svg
 */
export function sanitize(svg) {
  for (const el of svg.querySelectorAll("script, foreignObject")) el.remove();
  for (const el of svg.querySelectorAll("*")) {
    for (const attr of [...el.attributes]) {
      if (/^on/i.test(attr.name)) el.removeAttribute(attr.name);
    }
  }
  for (const link of svg.querySelectorAll("a")) {
    for (const name of ["href", "xlink:href"]) {
      const value = link.getAttribute(name);
      if (value !== null && DANGEROUS.test(value)) link.setAttribute(name, "#");
    }
    const namespaced = link.getAttributeNS(XLINK, "href");
    if (namespaced !== null && DANGEROUS.test(namespaced)) link.setAttributeNS(XLINK, "xlink:href", "#");
  }
}
