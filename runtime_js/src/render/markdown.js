// @ts-check
/**
 * Markdown to HTML, as `st.markdown` shows it: GitHub-flavoured (marked), sanitised by
 * DOMPurify unless the app passed `unsafe_allow_html=True`.
 *
 * Without `unsafe_allow_html`, Streamlit shows raw HTML in markdown as text rather
 * than rendering it; fragc escapes it the same way, then sanitises the result anyway
 * (a `javascript:` link is markdown, not HTML).
 */

import { Marked } from "marked";
import DOMPurify from "dompurify";

/** @param {string} text */
export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// Streamlit's coloured text: :red[text], :blue-background[text], :rainbow[text].
const COLORS = "red|orange|yellow|green|blue|violet|gray|grey|rainbow|primary";
const COLOR_RULE = new RegExp(`^:(${COLORS})(-background)?\\[([^\\]\\n]+)\\]`);

/** @type {import("marked").TokenizerAndRendererExtension} */
const coloredText = {
  name: "fragcColor",
  level: "inline",
  start: (src) => src.match(new RegExp(`:(?:${COLORS})(?:-background)?\\[`))?.index,
  tokenizer(src) {
    const match = COLOR_RULE.exec(src);
    if (!match) return undefined;
    return {
      type: "fragcColor",
      raw: match[0],
      color: match[1] === "grey" ? "gray" : match[1],
      background: Boolean(match[2]),
      tokens: this.lexer.inlineTokens(match[3]),
    };
  },
  renderer(token) {
    const kind = token.background ? "bg" : "fg";
    return `<span class="fragc-${kind}-${token.color}">${this.parser.parseInline(token.tokens ?? [])}</span>`;
  },
};

const safe = new Marked({ gfm: true, breaks: false, async: false });
safe.use({
  extensions: [coloredText],
  renderer: {
    html: ({ text }) => escapeHtml(text),
  },
});

const unsafe = new Marked({ gfm: true, breaks: false, async: false });
unsafe.use({ extensions: [coloredText] });

let hooked = false;
function purifier() {
  if (!hooked) {
    // Links leave the app in a new tab, as in Streamlit.
    DOMPurify.addHook("afterSanitizeAttributes", (node) => {
      if (node.tagName === "A" && node.getAttribute("href") && !node.getAttribute("href")?.startsWith("#")) {
        node.setAttribute("target", "_blank");
        node.setAttribute("rel", "noopener noreferrer");
      }
    });
    hooked = true;
  }
  return DOMPurify;
}

/**
 * @param {string} body markdown
 * @param {{ unsafe?: boolean, inline?: boolean }} [options]
 *   inline: no paragraph wrapper (widget labels, headings)
 * @returns {string} HTML
 */
export function markdownToHtml(body, options = {}) {
  const engine = options.unsafe ? unsafe : safe;
  const html = /** @type {string} */ (options.inline ? engine.parseInline(body) : engine.parse(body));
  if (options.unsafe) return html;
  return purifier().sanitize(html, { ADD_ATTR: ["target"] });
}

/** Sanitise HTML that is not markdown (st.html). @param {string} html */
export function sanitizeHtml(html) {
  return purifier().sanitize(html, { ADD_ATTR: ["target"] });
}
