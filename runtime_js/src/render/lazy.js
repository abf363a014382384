// @ts-check
/**
 * Elements drawn by a library loaded the first time a page needs it: Vega charts,
 * Plotly, ECharts, Graphviz, deck.gl maps, the data grid (st.data_editor, typed or selectable
 * st.dataframe) and Mermaid. Each family is a chunk of its own
 * (`src/chunks/<name>.js`, built as `assets/fragc-<name>.js` by build.mjs), imported
 * by URL next to this runtime, so a page without such elements downloads none of it and
 * this runtime holds only the table below and the glue in this module.
 *
 * Drawing is asynchronous, so the renderer only leaves a placeholder: the element
 * (with the family's data-testid) carries `data-fragc-lazy` = a token under which its
 * props wait here, and a scan after the render (a microtask: morphdom has patched the
 * DOM by then) draws every element whose token differs from the one it shows
 * (`data-fragc-drawn`). The inner view carries `data-fragc-skip`, which the morph leaves
 * alone: an element redrawn with new props keeps its old picture until the new one is
 * ready. When the element leaves the page, its drawing is destroyed.
 *
 * A chunk exports `mount(view, props, host)`, returning a drawing with
 * `update(props, host)`, `destroy()` and optionally `resize(width)`; both may return a
 * promise. `host` says what the page knows: the widget's committed value (selections,
 * edits), `dark`, and `commit(value)` / `trigger(value)`, which dispatch `fragc:commit` /
 * `fragc:trigger` events that events.js turns into widget commits and runs.
 */

import { h, cls } from "./dom.js";
import { assetUrl } from "../assets.js";

/**
 * @typedef {Record<string, any>} Props
 * @typedef {object} Host
 * @property {unknown} value the widget's committed value (undefined: not a widget)
 * @property {boolean} dark the page shows the dark theme
 * @property {(value: unknown) => void} commit the widget's new value (a run follows if it changed)
 * @property {(value: unknown, id?: string) => void} trigger a one-shot value, for this widget or another it holds
 * @typedef {{ update(props: Props, host: Host): unknown, destroy(): void, resize?(width: number): void }} Drawing
 * @typedef {{ mount(view: HTMLElement, props: Props, host: Host): Drawing | Promise<Drawing> }} Family
 * @typedef {{ testid: string, chunk: string, height: number }} FamilyInfo
 */

/**
 * Element kind → its data-testid, its chunk and the height it reserves until drawn
 * (Streamlit's defaults).
 * @type {Record<string, FamilyInfo>}
 */
export const LAZY_KINDS = {
  vega_lite_chart: { testid: "stVegaLiteChart", chunk: "vega", height: 350 },
  plotly_chart: { testid: "stPlotlyChart", chunk: "plotly", height: 450 },
  echarts_chart: { testid: "stEChartsChart", chunk: "echarts", height: 350 },
  graphviz_chart: { testid: "stGraphVizChart", chunk: "graphviz", height: 0 },
  deck_gl_json_chart: { testid: "stDeckGlJsonChart", chunk: "deck", height: 500 },
  data_grid: { testid: "stDataFrame", chunk: "grid", height: 0 },
  mermaid: { testid: "stMermaidChart", chunk: "mermaid", height: 0 },
};

/** @type {Map<string, { kind: string, props: Props, value: unknown }>} */
const pending = new Map();
/** @type {Map<Element, { drawing: Drawing, key: string, kind: string, props: Props, value: unknown }>} */
const drawn = new Map();
/** @type {Map<string, Promise<Family>>} */
const chunks = new Map();
let nextToken = 1;
let scanQueued = false;
let watchingScheme = false;
/** @type {ResizeObserver | null} */
let resizes = null;

/** @param {string} chunk */
function load(chunk) {
  let loading = chunks.get(chunk);
  if (!loading) {
    // A file of its own next to this runtime (build.mjs), imported by URL (a blob: URL
    // in a single-file site: assets.js).
    loading = assetUrl(`fragc-${chunk}.js`).then((url) => import(url));
    chunks.set(chunk, loading);
  }
  return loading;
}

/**
 * The renderer's function for a lazily drawn kind: a placeholder holding the props.
 * @param {string} kind
 * @returns {(props: Props, view?: { value?: unknown }) => HTMLElement}
 */
export function lazyElement(kind) {
  const info = LAZY_KINDS[kind];
  return (props, view) => placeholder(kind, info, props, view?.value);
}

/**
 * A placeholder for a lazily drawn element (also used inside other elements: a Mermaid
 * diagram in Markdown).
 * @param {string} kind @param {FamilyInfo} info @param {Props} props @param {unknown} [value]
 */
export function placeholder(kind, info, props, value) {
  const token = String(nextToken++);
  pending.set(token, { kind, props, value });
  queueScan();
  const height = typeof props.height === "number" && props.height > 0 ? props.height : info.height;
  return h(
    "div",
    {
      "data-testid": info.testid,
      class: cls(info.testid, "fragc-lazy", props.width === "content" && "fragc-lazy-fit"),
      "data-fragc-lazy": token,
      style: typeof props.width === "number" && props.width > 0 ? `max-width: 100%; width: ${props.width}px` : null,
      role: props.alt ? "figure" : null,
      "aria-label": props.alt || null,
    },
    // Reserves the element's height until the first picture is there.
    h("div", { class: "fragc-lazy-view", "data-fragc-skip": true, style: height ? `--fragc-lazy-height: ${height}px` : null }),
  );
}

/**
 * The same placeholder as HTML, for renderers that write HTML (a Mermaid fence in Markdown).
 * @param {string} kind @param {Props} props
 */
export function lazyHtml(kind, props) {
  return placeholder(kind, LAZY_KINDS[kind], props).outerHTML;
}

function queueScan() {
  if (scanQueued) return;
  scanQueued = true;
  queueMicrotask(scan);
}

function isDark() {
  return typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
}

/** Draw every element whose token is not the one it shows; destroy drawings that left. */
function scan() {
  scanQueued = false;
  watchScheme();
  for (const [el, shown] of drawn) {
    if (!el.isConnected) {
      drawn.delete(el);
      const view = el.querySelector(":scope > .fragc-lazy-view");
      if (view) resizes?.unobserve(view);
      try {
        shown.drawing.destroy();
      } catch (error) {
        console.error("fragc: removing", shown.kind, "failed", error);
      }
    }
  }
  /** @type {Set<string>} */
  const live = new Set();
  for (const el of document.querySelectorAll("[data-fragc-lazy]")) {
    const token = /** @type {string} */ (el.getAttribute("data-fragc-lazy"));
    live.add(token);
    if (el.getAttribute("data-fragc-drawn") === token) continue;
    const entry = pending.get(token);
    const view = /** @type {HTMLElement | null} */ (el.querySelector(":scope > .fragc-lazy-view"));
    if (!entry || !view) continue;
    observe(view);
    // One in a hidden tab or a closed expander waits until it is shown (the resize
    // observer calls the scan again): most libraries measure their box when they draw.
    if (el.getClientRects().length === 0 && !drawn.has(el)) continue;
    draw(/** @type {HTMLElement} */ (el), view, token, entry);
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
      const width = /** @type {HTMLElement} */ (entry.target).clientWidth;
      if (el.getAttribute("data-fragc-drawn") !== el.getAttribute("data-fragc-lazy")) {
        if (el.getClientRects().length > 0) queueScan(); // waiting to be shown
      } else if (width > 0) {
        drawn.get(el)?.drawing.resize?.(width);
      }
    }
  });
  resizes.observe(view);
}

/**
 * What the page tells a drawing, and how it answers.
 * @param {HTMLElement} el @param {unknown} value
 * @returns {Host}
 */
function hostFor(el, value) {
  /** @param {string} type @param {object} detail */
  const send = (type, detail) => el.dispatchEvent(new CustomEvent(type, { bubbles: true, detail }));
  return {
    value,
    dark: isDark(),
    commit: (next) => send("fragc:commit", { value: next }),
    trigger: (next, id) => send("fragc:trigger", { value: next, id }),
  };
}

/**
 * @param {HTMLElement} el the element @param {HTMLElement} view its picture's box
 * @param {string} token @param {{ kind: string, props: Props, value: unknown }} entry
 */
async function draw(el, view, token, entry) {
  el.setAttribute("data-fragc-drawn", token);
  const superseded = () => el.getAttribute("data-fragc-lazy") !== token || !el.isConnected;
  const key = JSON.stringify([entry.props, entry.value]);
  const shown = drawn.get(el);
  try {
    if (shown && shown.kind === entry.kind) {
      if (shown.key !== key) {
        Object.assign(shown, { key, props: entry.props, value: entry.value });
        await shown.drawing.update(entry.props, hostFor(el, entry.value));
      }
    } else {
      if (shown) {
        drawn.delete(el);
        shown.drawing.destroy();
      }
      const family = await load(LAZY_KINDS[entry.kind].chunk);
      if (superseded()) return;
      const drawing = await family.mount(view, entry.props, hostFor(el, entry.value));
      if (superseded()) {
        drawing.destroy();
        return;
      }
      drawn.set(el, { drawing, key, kind: entry.kind, props: entry.props, value: entry.value });
    }
    if (!superseded()) el.setAttribute("data-fragc-rendered", token);
  } catch (error) {
    console.error(`fragc: drawing ${entry.kind} failed`, error);
    if (superseded()) return;
    drawn.delete(el);
    view.replaceChildren(
      h("div", { class: "fragc-alert fragc-alert-error", role: "alert" }, `fragc could not draw this element: ${String(error)}`),
    );
  }
}

/** Redraw everything when the light/dark scheme changes (the themes' colours follow). */
function watchScheme() {
  if (watchingScheme || typeof window.matchMedia !== "function") return;
  watchingScheme = true;
  window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => {
    for (const [el, shown] of drawn) {
      shown.key = "";
      Promise.resolve(shown.drawing.update(shown.props, hostFor(/** @type {HTMLElement} */ (el), shown.value))).catch((error) =>
        console.error(`fragc: redrawing ${shown.kind} failed`, error),
      );
    }
  });
}
