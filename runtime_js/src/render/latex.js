// @ts-check
/**
 * LaTeX with KaTeX, for `st.latex` and `$...$` / `$$...$$` in markdown.
 *
 * KaTeX is bundled (no CDN) as a separate chunk, loaded the first time a page shows
 * math; its stylesheet and fonts are `assets/fragc-katex.css` and `assets/fonts/`,
 * added to the page at the same moment. markdown.js writes placeholders
 * (`.fragc-math[data-tex]`, showing the TeX source until KaTeX is there); enhance.js
 * calls `typesetAll` on new DOM. A TeX error is shown in place, in red, as KaTeX does
 * with `throwOnError: false`.
 */

import { assetUrl } from "../assets.js";

/** @typedef {{ renderToString(tex: string, options: Record<string, unknown>): string }} Katex */

/** @type {Katex | null} */
let katex = null;
/** @type {Promise<Katex> | null} */
let loading = null;

const SELECTOR = ".fragc-math[data-tex]:not([data-rendered])";

/** @returns {Promise<Katex>} */
function load() {
  if (!loading) {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    // Next to this runtime, in assets/ (relative URL: the site works under any sub-path).
    assetUrl("fragc-katex.css").then((url) => {
      link.href = url;
      document.head.append(link);
    });
    // A bundle of its own next to this runtime (build.mjs), imported by URL.
    loading = assetUrl("fragc-katex.js").then((url) => import(url)).then((module) => {
      katex = /** @type {Katex} */ (module.default ?? module);
      return katex;
    });
  }
  return loading;
}

/** @param {Element} el @param {Katex} api */
function typesetOne(el, api) {
  const tex = el.getAttribute("data-tex") ?? "";
  const display = el.getAttribute("data-display") === "true";
  el.innerHTML = api.renderToString(tex, { displayMode: display, throwOnError: false, output: "htmlAndMathml" });
  el.setAttribute("data-rendered", "true");
}

/**
 * Typeset every math placeholder in `root` (now if KaTeX is loaded, else once it is).
 * @param {ParentNode} root
 */
export function typesetAll(root) {
  const found = [...root.querySelectorAll(SELECTOR)];
  if (root instanceof Element && root.matches(SELECTOR)) found.push(root);
  if (!found.length) return;
  if (katex) {
    for (const el of found) typesetOne(el, katex);
    return;
  }
  load().then(
    (api) => document.querySelectorAll(SELECTOR).forEach((el) => typesetOne(el, api)),
    (error) => console.error("fragc: could not load KaTeX", error),
  );
}
