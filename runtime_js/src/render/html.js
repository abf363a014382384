// @ts-check
/**
 * st.html, as Streamlit 1.67 draws it: the body sanitised by DOMPurify with Streamlit's
 * configuration (sanitize.js), in `stHtml`. With `unsafe_allow_javascript=True` the
 * sanitiser keeps `<script>` elements and, once the element is in the page, each is
 * replaced by a fresh copy so the browser runs it, in order, as Streamlit's
 * `HtmlWithJs` does. A rerun that sends the same body runs nothing again (Streamlit
 * memoises the body the same way).
 *
 * One difference, for the page's Content-Security-Policy (site/csp.py), which allows no
 * inline script: an inline script runs from a `blob:` URL holding its text (the policy
 * allows `blob:` scripts, which no sanitised markup can create), and an external one only
 * from the site itself, not from another host.
 */

import { h } from "./dom.js";
import { sanitizeHtmlElement } from "./sanitize.js";

/** @typedef {Record<string, any>} Props */

/** The sanitised body each drawn `data-fragc-html` token stands for. @type {Map<string, string>} */
const pending = new Map();
/** What each live holder shows now. @type {WeakMap<Element, string>} */
const shown = new WeakMap();
let nextToken = 1;
let scanQueued = false;

/** @param {Props} p */
export function html(p) {
  const body = String(p.body ?? "");
  if (!(p.unsafe_allow_javascript ?? p.unsafe)) {
    return h("div", { "data-testid": "stHtml", class: "stHtml", html: sanitizeHtmlElement(body) });
  }
  // Drawn after the morph (scan): the renderer's morph leaves the live content alone
  // (`data-fragc-skip`), so scripts that ran are not re-inserted on every render.
  const token = String(nextToken++);
  pending.set(token, sanitizeHtmlElement(body, { allowJavascript: true }));
  queueScan();
  return h(
    "div",
    { class: "fragc-html-js", "data-fragc-html": token },
    h("div", { "data-testid": "stHtml", class: "stHtml", "data-fragc-skip": true }),
  );
}

function queueScan() {
  if (scanQueued) return;
  scanQueued = true;
  queueMicrotask(scan);
}

/** Put each JS-enabled body whose content changed into the page and run its scripts. */
function scan() {
  scanQueued = false;
  /** @type {Set<string>} */
  const live = new Set();
  for (const holder of document.querySelectorAll("[data-fragc-html]")) {
    const token = /** @type {string} */ (holder.getAttribute("data-fragc-html"));
    live.add(token);
    const body = pending.get(token);
    const target = holder.querySelector('[data-testid="stHtml"]');
    if (body === undefined || !target) continue;
    if (shown.get(holder) === body) continue; // the same body: nothing runs again
    shown.set(holder, body);
    target.innerHTML = body;
    runScripts(target);
  }
  for (const token of pending.keys()) if (!live.has(token)) pending.delete(token);
}

/**
 * Replace each script by a copy the browser runs (a script set through innerHTML never
 * runs). Inline code goes through a `blob:` URL; `async = false` keeps them in order.
 * @param {Element} container
 */
function runScripts(container) {
  for (const old of container.querySelectorAll("script")) {
    const script = document.createElement("script");
    for (const { name, value } of old.attributes) {
      try {
        script.setAttribute(name, value);
      } catch {
        // an attribute the DOM refuses: the script runs without it, as in Streamlit
      }
    }
    if (!old.src) {
      const url = URL.createObjectURL(new Blob([old.textContent ?? ""], { type: "text/javascript" }));
      const free = () => URL.revokeObjectURL(url);
      script.addEventListener("load", free, { once: true });
      script.addEventListener("error", free, { once: true });
      script.src = url;
    }
    script.async = false;
    old.replaceWith(script);
  }
}
