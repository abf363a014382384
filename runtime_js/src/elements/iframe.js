// @ts-check
/**
 * st.iframe, components.v1.html and components.v1.iframe
 * (`compiler/fragc/shim/elements/iframe.py`): one `<iframe data-testid="stIFrame">`, with
 * Streamlit's `sandbox` and `allow` lists (scripts run, as under `streamlit run`; the HTML
 * is the app author's own).
 *
 * `height: "content"` (st.iframe's default for HTML): the page appends Streamlit's
 * measuring script to the document, which posts `streamlit:iframe:setSize`; the size is
 * kept per node, so a redraw does not shrink the frame back. A message is believed only
 * from one of the page's own measured frames (`event.source`), as Streamlit checks.
 *
 * HTML is not put in `srcdoc` as Streamlit does: a srcdoc document inherits the page's
 * Content-Security-Policy (compiler/fragc/site/csp.py), which refuses inline scripts, so
 * the app's component code would not run. The frame loads `fragc-frame.html` (a document
 * of its own, without that policy) which writes the HTML held in `data-fragc-html`; the
 * URL carries a hash of the HTML so that new HTML loads the frame again. A single-file
 * site has no such file to load (its files are `blob:` URLs, which inherit the policy):
 * there the HTML goes in `srcdoc` and its scripts do not run (docs/differences.md).
 */

import { h } from "../render/dom.js";
import { refUrl } from "../render/media_store.js";
import { SINGLE_FILE } from "../assets.js";

/**
 * @typedef {import("../protocol_types").IframeProps} IframeProps
 * @typedef {import("../family.js").ElementView} ElementView
 * @typedef {import("../family.js").Family} Family
 */

export const SANDBOX =
  "allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox allow-same-origin allow-scripts allow-downloads";
export const ALLOW =
  "accelerometer; ambient-light-sensor; autoplay; battery; camera; clipboard-write; document-domain; " +
  "encrypted-media; fullscreen; geolocation; gyroscope; layout-animations; legacy-image-formats; " +
  "magnetometer; microphone; midi; oversized-images; payment; picture-in-picture; " +
  "publickey-credentials-get; sync-xhr; usb; vr ; wake-lock; xr-spatial-tracking";

/** The measured size of each measured frame, by node uid. @type {Map<number, { width: number, height: number }>} */
const measured = new Map();

/** Streamlit's measuring script (the same message and checks), appended to measured HTML. */
const MEASURE = `<script>
(function() {
  var lastW = 0, lastH = 0;
  function sendSize() {
    if (!document.body) return;
    var rect = document.body.getBoundingClientRect();
    var w = Math.ceil(Math.max(rect.width, document.body.scrollWidth, document.body.offsetWidth,
      document.documentElement.scrollWidth, document.documentElement.offsetWidth));
    var h = Math.ceil(Math.max(rect.height, document.body.scrollHeight, document.body.offsetHeight,
      document.documentElement.scrollHeight, document.documentElement.offsetHeight));
    if (w !== lastW || h !== lastH) {
      lastW = w; lastH = h;
      window.parent.postMessage({type: 'streamlit:iframe:setSize', width: w, height: h}, '*');
    }
  }
  if (document.readyState === 'complete') { sendSize(); } else { window.addEventListener('load', sendSize); }
  if (typeof MutationObserver !== 'undefined') {
    new MutationObserver(sendSize).observe(document.body, {childList: true, subtree: true, attributes: true, characterData: true});
  }
  window.addEventListener('resize', sendSize);
  document.addEventListener('load', sendSize, true);
})();
</script>`;

/** Beside this bundle; not computed in a single-file site, whose bundle has no URL to resolve against. */
const FRAME_HOST = SINGLE_FILE ? "" : new URL("fragc-frame.html", import.meta.url).href;

/** FNV-1a of the HTML, base 36: enough to tell one frame's HTML from its next. @param {string} text */
function digest(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** @param {IframeProps} p @param {ElementView} view */
function iframe(p, view) {
  const srcdoc = typeof p.srcdoc === "string" ? p.srcdoc : null;
  const measure = srcdoc !== null && (p.height === "content" || p.width === "content");
  const src = srcdoc === null ? (typeof p.src === "string" && p.src ? p.src : refUrl(p.media)) : null;
  const html = srcdoc === null ? null : measure ? srcdoc + MEASURE : srcdoc;
  const hosted = html !== null && !SINGLE_FILE;
  const size = measured.get(view.uid);
  /** @type {number | null} */
  let height = null;
  let style = "";
  if (typeof p.height === "number") height = p.height;
  else if (p.height === "stretch") style += "height: 100%;";
  else if (measure) height = size ? size.height : 150;
  if (height !== null) style += `height: ${height}px;`;
  if (typeof p.width === "number") style += `width: ${p.width}px; max-width: 100%;`;
  else if (p.width === "content" && measure && size) style += `width: ${size.width}px; max-width: 100%;`;
  else style += "width: 100%;";
  return h("iframe", {
    "data-testid": "stIFrame",
    class: "stIFrame fragc-iframe",
    allow: ALLOW,
    sandbox: SANDBOX,
    title: typeof p.alt === "string" && p.alt ? p.alt : "st.iframe",
    srcdoc: hosted ? null : html,
    "data-fragc-html": hosted ? html : null,
    src: hosted ? `${FRAME_HOST}?h=${digest(/** @type {string} */ (html))}` : src,
    scrolling: p.scrolling ? "auto" : "no",
    tabindex: typeof p.tab_index === "number" ? p.tab_index : null,
    height,
    style,
    "data-fragc-measure": measure ? String(view.uid) : null,
  });
}

/** `streamlit:iframe:setSize` from a measured frame: the frame takes the size. @param {MessageEvent} event */
function onMessage(event) {
  const data = event.data;
  if (!data || typeof data !== "object" || data.type !== "streamlit:iframe:setSize") return;
  for (const frame of document.querySelectorAll("iframe[data-fragc-measure]")) {
    if (/** @type {HTMLIFrameElement} */ (frame).contentWindow !== event.source) continue;
    const size = { width: Number(data.width) || 0, height: Number(data.height) || 0 };
    measured.set(Number(frame.getAttribute("data-fragc-measure")), size);
    /** @type {HTMLElement} */ (frame).style.height = `${size.height}px`;
  }
}

export default /** @satisfies {Family} */ ({
  python: "elements/iframe.py",
  elements: { iframe },
  window: { message: onMessage },
});
