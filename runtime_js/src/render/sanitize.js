// @ts-check
/**
 * Everything an app prints that becomes HTML goes through here (DOMPurify), and every URL
 * the page puts in an `href` or `src` from an app's value goes through `safeUrl`.
 *
 * Three kinds of HTML, each with its own DOMPurify instance (hooks are per instance):
 *
 * - **Markdown** (`st.markdown`, `st.caption`, labels, alerts, every other markdown text):
 *   without `unsafe_allow_html` the markdown's raw HTML was escaped already (markdown.js),
 *   so only what marked writes reaches here, and links with an unsafe URL lose it. With
 *   `unsafe_allow_html=True`, Streamlit 1.67 renders the raw HTML through React
 *   (rehype-raw): event handler attributes are dropped and `javascript:`/`vbscript:` URLs
 *   become "#", but `<svg><script>` and `<iframe srcdoc>` run. fragc is stricter:
 *   DOMPurify's defaults (HTML, SVG and MathML; no script, no event handler, no `srcdoc`,
 *   URLs only of DOMPurify's safe schemes, `data:` only for media), plus iframes (with
 *   their sizing and permission attributes, a safe `src` only), as Streamlit keeps them.
 * - **st.html**: exactly Streamlit 1.67's DOMPurify configuration (its `Html` element):
 *   the HTML profile only (no SVG or MathML), `FORCE_BODY`; with
 *   `unsafe_allow_javascript=True` also `<script>` and `<style>` with their loading
 *   attributes (html.js then runs the scripts, as Streamlit does).
 *
 * Both keep a link's `target="_blank"` with `rel="noopener noreferrer"`; markdown links
 * (not `#anchors`) open in a new tab, as Streamlit's do. No sanitised HTML may carry
 * fragc's own `data-fragc-*` attributes, which the page's event handling reads.
 */

import DOMPurify from "dompurify";

/** URL schemes an app's link may use (others, `javascript:` first, are dropped). */
const SAFE_LINK = /^(?:https?|mailto|tel|sms):/i;
/** Media may also come inline (an image in an `<img>` cannot run script, SVG included). */
const SAFE_MEDIA = /^(?:https?:|blob:|data:(?:image|audio|video)\/)/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// The browser ignores these around and inside a scheme ("java\tscript:", " javascript:").
const IGNORED = /[\u0000-\u0020\u007f-\u009f]/g;

/**
 * An app's URL for an `href` (link buttons, page links, image links) or a `src`, or null
 * when its scheme is not a safe one (the caller then draws no link). A URL with no scheme
 * is relative to the page (`x.png`, `/a`, `?q`, `#h`, `//host/a`): kept.
 * @param {unknown} url @param {"link" | "media"} [kind] media: for an image's `src`
 * @returns {string | null}
 */
export function safeUrl(url, kind = "link") {
  if (typeof url !== "string") return null;
  const compact = url.replace(IGNORED, "");
  if (!SCHEME.test(compact)) return url;
  return (kind === "media" ? SAFE_MEDIA : SAFE_LINK).test(compact) ? url : null;
}

/** @typedef {ReturnType<typeof DOMPurify>} Purifier */

/** The one `data-fragc-*` attribute sanitised HTML may keep: markdown.js marks code blocks with it. */
const KEPT_OWN_ATTRIBUTE = "data-fragc-highlight";

/**
 * A DOMPurify instance with fragc's hooks.
 * @param {{ linksInNewTab: boolean }} options linksInNewTab: every link that leaves the
 *   page opens a new tab (markdown); otherwise only links the author marked `_blank` do
 */
function makePurifier({ linksInNewTab }) {
  const purifier = DOMPurify(window);
  /** Elements whose author asked for a new tab (DOMPurify drops `target` by default). */
  const blank = new WeakSet();
  purifier.addHook("uponSanitizeAttribute", (_node, data) => {
    // fragc's own markers (widget uids, actions, "Restart app") are never the app's to set.
    if (data.attrName.startsWith("data-fragc") && data.attrName !== KEPT_OWN_ATTRIBUTE) data.keepAttr = false;
  });
  purifier.addHook("beforeSanitizeAttributes", (node) => {
    if (node instanceof Element && node.getAttribute("target") === "_blank") blank.add(node);
  });
  purifier.addHook("afterSanitizeAttributes", (node) => {
    if (!(node instanceof Element)) return;
    const href = node.tagName === "A" ? node.getAttribute("href") : null;
    if (blank.has(node) || (linksInNewTab && href && !href.startsWith("#"))) {
      node.setAttribute("target", "_blank");
      node.setAttribute("rel", "noopener noreferrer");
    }
  });
  return purifier;
}

/** @type {Purifier | null} */
let markdownPurifier = null;
/** @type {Purifier | null} */
let htmlPurifier = null;

/** What markdown keeps beyond DOMPurify's defaults: iframes as Streamlit's markdown keeps them. */
const MARKDOWN_CONFIG = {
  FORCE_BODY: true,
  ADD_TAGS: ["iframe"],
  ADD_ATTR: ["target", "allow", "allowfullscreen", "frameborder", "loading", "referrerpolicy", "sandbox"],
};

/** Streamlit 1.67's `SANITIZE_HTML_BASE_OPTIONS` (frontend `Html/dompurifyHooks.ts`). */
const HTML_CONFIG = { USE_PROFILES: { html: true }, FORCE_BODY: true };
/** Streamlit 1.67's `SANITIZE_HTML_ALLOW_SCRIPTS_OPTIONS` (`Html/HtmlWithJs.tsx`). */
const HTML_WITH_SCRIPTS_CONFIG = {
  ...HTML_CONFIG,
  ADD_TAGS: ["script", "style"],
  ADD_ATTR: ["src", "type", "async", "defer", "nonce", "crossorigin", "referrerpolicy", "integrity"],
};

/** Markdown's HTML (marked's output), default or opted in. @param {string} html */
export function sanitizeMarkdownHtml(html) {
  markdownPurifier ??= makePurifier({ linksInNewTab: true });
  return /** @type {string} */ (/** @type {unknown} */ (markdownPurifier.sanitize(html, MARKDOWN_CONFIG)));
}

/**
 * st.html's body, as Streamlit 1.67 sanitises it.
 * @param {string} html @param {{ allowJavascript?: boolean }} [options]
 */
export function sanitizeHtmlElement(html, { allowJavascript = false } = {}) {
  htmlPurifier ??= makePurifier({ linksInNewTab: false });
  const config = allowJavascript ? HTML_WITH_SCRIPTS_CONFIG : HTML_CONFIG;
  return /** @type {string} */ (/** @type {unknown} */ (htmlPurifier.sanitize(html, config)));
}
