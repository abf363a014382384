// @ts-check
/**
 * Custom components (`compiler/fragc/shim/widgets/custom_component.py`): the component's
 * frontend in an `<iframe data-testid="stCustomComponentV1">`, speaking Streamlit's
 * component protocol (v1) as its ComponentInstance does, so frontends built with
 * `streamlit-component-lib` work unchanged:
 *
 * * the frame posts `streamlit:componentReady` (`apiVersion: 1`): the page answers
 *   `streamlit:render` with the render args (the call's keyword arguments, bytes as
 *   `Uint8Array`), `dfs` (data frames: none in fragc), `disabled` and the theme;
 * * `streamlit:setComponentValue` (`value`, `dataType`): the component's widget value,
 *   committed as any widget's (a run of its fragment, or only its form's value); bytes
 *   go to Python as `{"__fragc_bytes__": base64}`;
 * * `streamlit:setFrameHeight` (`height`): the frame's height.
 *
 * The frame loads `index.html` of the component's folder, which `fragc build` copied
 * into the site (the manifest's `components` maps the folder's path in the app to its
 * URL). It stays hidden and 0 pixels high until the component says it is ready; its
 * height is then what the component asks for, kept per node across redraws. When a run
 * changes the render args (`data-fragc-render`), they are sent again to the same frame.
 */

import { h } from "../render/dom.js";
import { base64Bytes } from "../render/media_store.js";
import { ALLOW, SANDBOX } from "../elements/iframe.js";
import { pageError } from "../elements/alerts.js";

/**
 * @typedef {import("../protocol_types").CustomComponentProps} CustomComponentProps
 * @typedef {import("../family.js").ElementView} ElementView
 * @typedef {import("../family.js").EventContext} EventContext
 * @typedef {import("../family.js").Family} Family
 * @typedef {import("../tree.js").ElementNode} ElementNode
 */

/** Height each component frame asked for, by node uid. @type {Map<number, number>} */
const heights = new Map();
/** Nodes whose frame said it is ready (`componentReady`), by uid. @type {Set<number>} */
const ready = new Set();
/** The render args last sent to each node's frame (its `data-fragc-render`), by uid. @type {Map<number, string>} */
const sent = new Map();

/** @type {Record<string, string> | null} */
let bundled = null;

/** The manifest's `components` (folder path in the app → URL in the site). */
function bundledComponents() {
  if (bundled === null) {
    bundled = {};
    const script = typeof document !== "undefined" ? document.getElementById("fragc-manifest") : null;
    try {
      const manifest = script ? JSON.parse(script.textContent ?? "{}") : {};
      if (manifest && typeof manifest.components === "object" && manifest.components) bundled = manifest.components;
    } catch {
      bundled = {};
    }
  }
  return /** @type {Record<string, string>} */ (bundled);
}

// `fragc dev`: a new build may have copied a rebuilt frontend to a new folder (dev.js).
if (typeof document !== "undefined") {
  document.addEventListener("fragc:manifest", (event) => {
    const manifest = /** @type {CustomEvent} */ (event).detail;
    bundled = manifest && typeof manifest.components === "object" && manifest.components ? { ...manifest.components } : {};
  });
}

/** The component's URL with Streamlit's `streamlitUrl` query parameter. @param {string} base */
export function componentUrl(base) {
  const url = new URL(`${base.replace(/\/?$/, "/")}index.html`, document.baseURI);
  url.searchParams.set("streamlitUrl", `${location.origin}${location.pathname}`);
  return url.href;
}

/** A short, stable text for the render args (what `data-fragc-render` compares). @param {{ args?: unknown, bytes_args?: unknown }} p */
export function renderKey(p) {
  const text = JSON.stringify([p.args ?? {}, p.bytes_args ?? {}]);
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return `${text.length}-${(hash >>> 0).toString(36)}`;
}

/** @param {CustomComponentProps} p @param {ElementView} view */
function customComponent(p, view) {
  const name = String(p.component_name ?? "component");
  if (typeof p.url === "string" && p.url) {
    return pageError(
      `The component ${name} is served by a development server (${p.url}), which a static site ` +
        "cannot reach. Build its frontend and declare it with `path=` to the build folder (fragc bundles it).",
    );
  }
  const base = bundledComponents()[String(p.path ?? "")];
  if (!base) {
    return pageError(
      `The frontend of the component ${name} (${String(p.path)}) is not in this site: fragc bundles a ` +
        "component's folder when `declare_component(path=...)` names it with a path it can read at build time.",
    );
  }
  const asked = Number(/** @type {Record<string, unknown>} */ (p.args).height);
  const height = heights.get(view.uid) ?? (Number.isFinite(asked) ? asked : 0);
  return h("iframe", {
    "data-testid": "stCustomComponentV1",
    class: "stCustomComponentV1 fragc-component",
    allow: ALLOW,
    sandbox: SANDBOX,
    src: componentUrl(base),
    title: name,
    scrolling: "no",
    width: "100%",
    height: String(height),
    tabindex: typeof p.tab_index === "number" ? p.tab_index : null,
    "data-fragc-render": renderKey(p),
    "data-ready": ready.has(view.uid) ? "" : null,
  });
}

/** The theme a component's `Streamlit` object reads (light or dark, as the page shows). */
function theme() {
  const dark = typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
  const font = getComputedStyle(document.documentElement).getPropertyValue("--fragc-font").trim() || '"Source Sans Pro", sans-serif';
  return dark
    ? { base: "dark", primaryColor: "#ff4b4b", backgroundColor: "#0e1117", secondaryBackgroundColor: "#262730", textColor: "#fafafa", font }
    : { base: "light", primaryColor: "#ff4b4b", backgroundColor: "#ffffff", secondaryBackgroundColor: "#f0f2f6", textColor: "#31333F", font };
}

/** @param {HTMLIFrameElement} frame @param {ElementNode} node */
function sendRender(frame, node) {
  const props = /** @type {CustomComponentProps} */ (node.element.props);
  /** @type {Record<string, unknown>} */
  const args = { ...props.args };
  for (const [key, value] of Object.entries(props.bytes_args ?? {})) args[key] = base64Bytes(String(value));
  frame.contentWindow?.postMessage({ type: "streamlit:render", args, dfs: [], disabled: false, theme: theme() }, "*");
  sent.set(node.uid, frame.getAttribute("data-fragc-render") ?? "");
}

/** A value as it travels to Python (bytes as base64). @param {unknown} value @param {unknown} dataType */
function wireValue(value, dataType) {
  if (dataType === "bytes" && value instanceof Uint8Array) {
    let binary = "";
    for (const byte of value) binary += String.fromCharCode(byte);
    return { __fragc_bytes__: btoa(binary) };
  }
  return value;
}

/** A message of the component protocol from one of the page's component frames. @param {MessageEvent} event @param {EventContext} ctx */
function onMessage(event, ctx) {
  const data = event.data;
  if (!data || typeof data !== "object" || data.isStreamlitMessage !== true) return;
  const frames = /** @type {HTMLIFrameElement[]} */ ([...document.querySelectorAll('iframe[data-testid="stCustomComponentV1"]')]);
  const frame = frames.find((f) => f.contentWindow === event.source);
  const node = frame ? ctx.widgetNode(frame) : null;
  if (!frame || !node) return;
  const uid = node.uid;
  if (data.type === "streamlit:componentReady") {
    if (data.apiVersion !== 1) {
      console.error(`fragc: component ${frame.title}: unrecognized component API version: '${data.apiVersion}'`);
      return;
    }
    ready.add(uid);
    frame.setAttribute("data-ready", "");
    sendRender(frame, node);
  } else if (!ready.has(uid)) {
    console.warn(`fragc: ${data.type} before streamlit:componentReady`);
  } else if (data.type === "streamlit:setComponentValue") {
    if (data.dataType === "dataframe") {
      console.error(`fragc: component ${frame.title} set a data frame value, which fragc cannot pass to Python yet`);
    } else if ("value" in data) {
      ctx.commit(node, wireValue(data.value, data.dataType));
    }
  } else if (data.type === "streamlit:setFrameHeight") {
    const height = Number(data.height);
    if (!Number.isFinite(height)) return;
    heights.set(uid, height);
    frame.height = String(height);
  } else {
    console.warn("fragc: unrecognized component message", data.type);
  }
}

/**
 * After a render: new render args for a frame that is ready go to it (the frame is not reloaded).
 * @param {import("../render/index.js").Renderer} renderer @param {Element[]} drawn
 */
function sendNewArgs(renderer, drawn) {
  const frames = drawn.flatMap((el) => [...el.querySelectorAll('iframe[data-testid="stCustomComponentV1"][data-ready]')]);
  for (const frame of frames) {
    const holder = frame.closest("[data-fragc-uid]");
    const node = holder ? renderer.tree.find(Number(holder.getAttribute("data-fragc-uid"))) : undefined;
    if (!node || node.type !== "element" || !ready.has(node.uid)) continue;
    if (sent.get(node.uid) !== frame.getAttribute("data-fragc-render")) sendRender(/** @type {HTMLIFrameElement} */ (frame), node);
  }
}

export default /** @satisfies {Family} */ ({
  python: "widgets/custom_component.py",
  elements: { custom_component: customComponent },
  window: { message: onMessage },
  afterRender: sendNewArgs,
});
