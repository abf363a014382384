// @ts-check
/**
 * Syntax highlighting of `st.code` and of fenced code in markdown: highlight.js with
 * its 36 common languages, loaded as a separate chunk the first time a page shows
 * code, so apps without code do not pay for it.
 *
 * Renderers mark a `<code>` with `data-fragc-highlight="LANGUAGE"`; enhance.js calls
 * `highlightAll` on new DOM. Highlighted code keeps the same text (tokens are spans),
 * and gets `data-highlighted="LANGUAGE"` (or "plaintext" for a language hljs does
 * not know, which Streamlit shows plain too).
 */

import { assetUrl } from "../assets.js";

/** @typedef {import("highlight.js").HLJSApi} HLJSApi */

/** @type {HLJSApi | null} */
let hljs = null;
/** @type {Promise<HLJSApi> | null} */
let loading = null;

const SELECTOR = "code[data-fragc-highlight]:not([data-highlighted])";

/** @returns {Promise<HLJSApi>} */
function load() {
  // A bundle of its own next to this runtime (build.mjs), imported by URL.
  loading ??= assetUrl("fragc-highlight.js").then((url) => import(url)).then((module) => {
    hljs = /** @type {HLJSApi} */ (module.default ?? module);
    return hljs;
  });
  return loading;
}

/** @param {Element} code @param {HLJSApi} api */
function highlightOne(code, api) {
  const language = (code.getAttribute("data-fragc-highlight") ?? "").toLowerCase();
  const known = language && api.getLanguage(language) ? language : "";
  if (known && known !== "plaintext" && known !== "text") {
    const text = code.textContent ?? "";
    code.innerHTML = api.highlight(text, { language: known, ignoreIllegals: true }).value;
    code.classList.add("hljs");
  }
  code.setAttribute("data-highlighted", known || "plaintext");
}

/**
 * Highlight every marked `<code>` in `root` (now if highlight.js is loaded, else once
 * it is, in the whole document, which then holds the same elements or their successors).
 * @param {ParentNode} root
 */
export function highlightAll(root) {
  const found = [...root.querySelectorAll(SELECTOR)];
  if (root instanceof Element && root.matches(SELECTOR)) found.push(root);
  if (!found.length) return;
  if (hljs) {
    for (const code of found) highlightOne(code, hljs);
    return;
  }
  load().then(
    (api) => document.querySelectorAll(SELECTOR).forEach((code) => highlightOne(code, api)),
    (error) => console.error("fragc: could not load the code highlighter", error),
  );
}
