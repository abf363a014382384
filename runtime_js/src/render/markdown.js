// @ts-check
/**
 * Markdown to HTML, as `st.markdown` shows it: GitHub-flavoured (marked) plus
 * Streamlit's own syntax, sanitised by DOMPurify unless the app passed
 * `unsafe_allow_html=True`.
 *
 * Streamlit's extras, as its docs list them (1.67):
 * - `:red[text]`, `:blue-background[text]`, `:green-badge[text]`, `:small[text]`,
 *   `:shimmer[text]`, `:color[text]{foreground="#d50000" background="..."}`;
 * - emoji shortcodes (`:smile:`, `:+1:`): GitHub's names, from markdown-it-emoji's table;
 * - `:material/icon_name:` Material Symbols: fragc vendors no icon font, so an icon is a
 *   `stIconMaterial` element holding the icon's name, drawn as a glyph for the common
 *   ones (styles/text.css) and as the name in small caps otherwise;
 * - `:streamlit:`, the logo; typographic symbols `<- -> <-> -- >= <= ~=`;
 * - LaTeX in `$...$` and `$$...$$`: the expression becomes a `fragc-math` placeholder
 *   that latex.js typesets with KaTeX (loaded on first use, see enhance.js);
 * - headings get an id slugged from their text and a `#` link (Streamlit's
 *   `stHeaderActionElements`), unless the element hides anchors.
 *
 * Without `unsafe_allow_html`, Streamlit shows raw HTML in markdown as text rather
 * than rendering it; fragc escapes it the same way. Either way the HTML is sanitised
 * (sanitize.js): a `javascript:` link is markdown, not HTML, and opted-in HTML keeps
 * no script, event handler or unsafe URL.
 */

import { Marked } from "marked";
import { sanitizeMarkdownHtml } from "./sanitize.js";
import { lazyHtml } from "./lazy.js";
// @ts-expect-error the package ships no types: the module is one { name: "emoji" } object
import EMOJI from "markdown-it-emoji/lib/data/full.mjs";

/** @param {string} text */
export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Streamlit's palette names for `:color[...]` and friends. */
export const PALETTE = ["red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "rainbow", "primary"];

/**
 * The id of a heading, from its text: lower case words of letters and digits joined by
 * "-" (camelCase split into words), as Streamlit's frontend slugs them; a text with no
 * such word gets a short hash so it still has an anchor.
 * @param {string} text
 */
export function slugify(text) {
  const words = text.match(/\p{Lu}{2,}(?=\p{Lu}\p{Ll}|[^\p{L}\p{N}]|$)|\p{Lu}?[\p{Ll}\p{Lo}\p{M}]+|\p{Lu}+|\p{N}+|\p{Lo}+/gu) ?? [];
  const slug = words.map((w) => w.toLowerCase()).join("-");
  if (slug) return slug;
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return text ? hash.toString(16) : "";
}

/** The `#` link after a heading (no text of its own: the heading's text stays its text). @param {string} id */
export function headingActions(id) {
  return (
    `<span data-testid="stHeaderActionElements" class="fragc-heading-actions">` +
    `<a href="#${escapeHtml(id)}" class="fragc-heading-anchor" aria-label="Link to heading"></a></span>`
  );
}

/** An icon given as an emoji or `:material/name:`, as HTML. @param {string} icon */
export function iconHtml(icon) {
  const material = /^:material\/([a-z0-9_]+):$/.exec(icon.trim());
  if (material) return materialIconHtml(material[1]);
  if (icon === "spinner") return `<span data-testid="stSpinnerIcon" class="fragc-spinner-icon" aria-hidden="true"></span>`;
  return `<span data-testid="stIconEmoji" class="fragc-icon-emoji" aria-hidden="true">${escapeHtml(icon)}</span>`;
}

/** @param {string} name snake-case Material Symbols name */
function materialIconHtml(name) {
  // The name is the element's text (as with the Material Symbols font, where the name
  // is a ligature); CSS draws a glyph over it for the icons it knows.
  return `<span data-testid="stIconMaterial" class="fragc-material-icon" data-icon="${name}" translate="no" aria-hidden="true">${name}</span>`;
}

// A bracketed directive body may hold brackets of its own ([links](...)): scan for the
// matching "]" instead of stopping at the first one.
/** @param {string} src @param {number} open index of "[" @returns {number} index of the matching "]", or -1 */
function matchingBracket(src, open) {
  let depth = 0;
  for (let i = open; i < src.length; i += 1) {
    const c = src[i];
    if (c === "\\") {
      i += 1;
    } else if (c === "[") {
      depth += 1;
    } else if (c === "]") {
      depth -= 1;
      if (depth === 0) return i;
    } else if (c === "\n" && src[i + 1] === "\n") {
      return -1; // a directive never spans paragraphs
    }
  }
  return -1;
}

const DIRECTIVE_START = /^:([a-z]+(?:-(?:background|badge))?)\[/;

/** @type {import("marked").TokenizerAndRendererExtension} */
const directive = {
  name: "fragcDirective",
  level: "inline",
  start: (src) => src.match(/:[a-z]+(?:-(?:background|badge))?\[/)?.index,
  tokenizer(src) {
    const head = DIRECTIVE_START.exec(src);
    if (!head) return undefined;
    const [name, suffix] = head[1].split("-");
    const known = name === "small" || name === "shimmer" || (name === "color" && !suffix) || PALETTE.includes(name);
    if (!known || (suffix && (name === "small" || name === "shimmer" || name === "color"))) return undefined;
    if (suffix === "badge" && name === "rainbow") return undefined;
    const close = matchingBracket(src, head[0].length - 1);
    if (close < 0) return undefined;
    let raw = src.slice(0, close + 1);
    /** @type {Record<string, string>} */
    const attributes = {};
    const attrs = /^\{([^}\n]*)\}/.exec(src.slice(close + 1));
    if (attrs) {
      raw += attrs[0];
      for (const m of attrs[1].matchAll(/(\w+)\s*=\s*"([^"]*)"/g)) attributes[m[1]] = m[2];
    }
    if (name === "color" && !attrs) return undefined; // `:color[...]` needs its colours
    return {
      type: "fragcDirective",
      raw,
      name: name === "grey" ? "gray" : name,
      suffix: suffix ?? "",
      attributes,
      tokens: this.lexer.inlineTokens(src.slice(head[0].length, close)),
    };
  },
  renderer(token) {
    const inner = this.parser.parseInline(token.tokens ?? []);
    const { name, suffix } = token;
    if (name === "small") return `<span class="fragc-small">${inner}</span>`;
    if (name === "shimmer") return `<span class="fragc-shimmer">${inner}</span>`;
    if (name === "color") return `<span class="stMarkdownColoredText" style="${customColors(token.attributes)}">${inner}</span>`;
    if (suffix === "badge") return `<span class="stMarkdownBadge fragc-badge fragc-bg-${name} fragc-fg-${name}">${inner}</span>`;
    if (suffix === "background") return `<span class="stMarkdownColoredBackground fragc-bg-${name}">${inner}</span>`;
    return `<span class="stMarkdownColoredText fragc-fg-${name}">${inner}</span>`;
  },
};

/**
 * CSS of `{foreground="..." background="..."}`: only colour values (hex, rgb[a], hsl[a],
 * CSS names) pass, so the attribute can never carry other CSS.
 * @param {Record<string, string>} attributes
 */
function customColors(attributes) {
  const valid = (/** @type {string | undefined} */ v) =>
    v !== undefined && /^(#[0-9a-fA-F]{3,8}|(rgb|rgba|hsl|hsla)\([0-9.,%\s]+\)|[a-zA-Z]+)$/.test(v.trim());
  const css = [];
  if (valid(attributes.foreground)) css.push(`color: ${attributes.foreground.trim()}`);
  if (valid(attributes.background)) css.push(`background-color: ${attributes.background.trim()}`);
  return css.join("; ");
}

/** @type {import("marked").TokenizerAndRendererExtension} */
const shortcode = {
  name: "fragcShortcode",
  level: "inline",
  start: (src) => src.match(/:[a-z0-9_+-]+(?:\/[a-z0-9_]+)?:/)?.index,
  tokenizer(src) {
    const match = /^:(?:(material)\/([a-z0-9_]+)|([a-z0-9_+-]+)):/.exec(src);
    if (!match) return undefined;
    if (match[1]) return { type: "fragcShortcode", raw: match[0], icon: match[2] };
    const name = match[3];
    if (name === "streamlit") return { type: "fragcShortcode", raw: match[0], logo: true };
    const emoji = /** @type {Record<string, string>} */ (EMOJI)[name];
    return emoji ? { type: "fragcShortcode", raw: match[0], emoji } : undefined;
  },
  renderer(token) {
    if (token.icon) return materialIconHtml(token.icon);
    if (token.logo) return `<span class="fragc-streamlit-logo" role="img" aria-label="Streamlit logo"></span>`;
    return escapeHtml(token.emoji);
  },
};

const SYMBOLS = /** @type {Record<string, string>} */ ({
  "<->": "↔",
  "<-": "←",
  "->": "→",
  "--": "—",
  ">=": "≥",
  "<=": "≤",
  "~=": "≈",
});

/** @type {import("marked").TokenizerAndRendererExtension} */
const symbols = {
  name: "fragcSymbol",
  level: "inline",
  start: (src) => src.match(/<->|<-|->|--|>=|<=|~=/)?.index,
  tokenizer(src) {
    const match = /^(?:<->|<-|->|--|>=|<=|~=)/.exec(src);
    return match ? { type: "fragcSymbol", raw: match[0], symbol: SYMBOLS[match[0]] } : undefined;
  },
  renderer: (token) => token.symbol,
};

/**
 * Math in `$...$` (no space just inside the dollars, no digit right after the closing
 * one, so "$5 and $10" stays text) and `$$...$$`. KaTeX typesets the placeholders later.
 * @param {string} tex @param {boolean} display
 */
function mathPlaceholder(tex, display) {
  const tag = display ? "div" : "span";
  return `<${tag} class="fragc-math" data-display="${display}" data-tex="${escapeHtml(tex)}">${escapeHtml(tex)}</${tag}>`;
}

/** @type {import("marked").TokenizerAndRendererExtension} */
const blockMath = {
  name: "fragcBlockMath",
  level: "block",
  start: (src) => src.match(/^\$\$/m)?.index,
  tokenizer(src) {
    const match = /^\$\$([\s\S]+?)\$\$[ \t]*(?:\n|$)/.exec(src);
    return match ? { type: "fragcBlockMath", raw: match[0], tex: match[1].trim() } : undefined;
  },
  renderer: (token) => mathPlaceholder(token.tex, true),
};

/** @type {import("marked").TokenizerAndRendererExtension} */
const inlineMath = {
  name: "fragcInlineMath",
  level: "inline",
  start: (src) => src.indexOf("$") >= 0 ? src.indexOf("$") : undefined,
  tokenizer(src) {
    const display = /^\$\$(?!\s)([^$]+?)\$\$/.exec(src);
    if (display) return { type: "fragcInlineMath", raw: display[0], tex: display[1].trim(), display: true };
    const match = /^\$(?![\s$])((?:\\.|[^\\$\n])+?)(?<!\s)\$(?!\d)/.exec(src);
    return match ? { type: "fragcInlineMath", raw: match[0], tex: match[1], display: false } : undefined;
  },
  renderer: (token) => mathPlaceholder(token.tex, token.display),
};

/**
 * @param {{ unsafe: boolean, anchors: boolean }} options
 * @returns {Marked}
 */
function engine({ unsafe, anchors }) {
  const marked = new Marked({ gfm: true, breaks: false, async: false });
  marked.use({
    extensions: [blockMath, inlineMath, directive, shortcode, symbols],
    renderer: {
      ...(unsafe ? {} : { html: ({ text }) => escapeHtml(text) }),
      heading({ tokens, depth }) {
        const inner = this.parser.parseInline(tokens);
        const id = slugify(this.parser.parseInline(tokens, this.parser.textRenderer));
        const actions = anchors && id ? headingActions(id) : "";
        return `<h${depth} id="${escapeHtml(id)}"><span data-heading-text="">${inner}</span>${actions}</h${depth}>\n`;
      },
      code({ text, lang }) {
        const language = (lang ?? "").match(/^\S*/)?.[0] ?? "";
        const attrs = language ? ` class="language-${escapeHtml(language)}" data-fragc-highlight="${escapeHtml(language)}"` : "";
        return `<pre data-testid="stMarkdownPre"><code${attrs}>${escapeHtml(text)}</code></pre>\n`;
      },
    },
  });
  return marked;
}

const ENGINES = new Map();

/** @param {boolean} unsafe @param {boolean} anchors */
function engineFor(unsafe, anchors) {
  const key = `${unsafe}:${anchors}`;
  if (!ENGINES.has(key)) ENGINES.set(key, engine({ unsafe, anchors }));
  return ENGINES.get(key);
}

/**
 * Markdown to HTML before sanitising (what marked and fragc's extensions write).
 * @param {string} body markdown
 * @param {{ unsafe?: boolean, inline?: boolean, anchors?: boolean }} [options] as markdownToHtml
 * @returns {string} HTML
 */
export function markdownHtml(body, options = {}) {
  const marked = engineFor(Boolean(options.unsafe), options.anchors !== false);
  return /** @type {string} */ (options.inline ? marked.parseInline(body) : marked.parse(body));
}

/**
 * @param {string} body markdown
 * @param {{ unsafe?: boolean, inline?: boolean, anchors?: boolean }} [options]
 *   unsafe: the app passed `unsafe_allow_html=True` (raw HTML is kept, then sanitised;
 *   without it, raw HTML shows as text); inline: no paragraph wrapper (widget labels,
 *   headings); anchors: `#` links on headings (default true)
 * @returns {string} HTML, always sanitised (sanitize.js)
 */
export function markdownToHtml(body, options = {}) {
  // No newline after the last block: Streamlit 1.67's markdown (react-markdown) ends at
  // its last tag, and a test reads the text of neighbouring elements run together.
  return withDiagrams(sanitizeMarkdownHtml(markdownHtml(body, options))).replace(/\n+$/, "");
}

/** A ```mermaid fence as the code renderer writes it and the sanitiser keeps it. */
const MERMAID_FENCE = /<pre data-testid="stMarkdownPre"><code class="language-mermaid" data-fragc-highlight="mermaid">([^<]*)<\/code><\/pre>/g;

/**
 * Mermaid fences become diagrams (lazy.js's placeholder, drawn by the fragc-mermaid
 * chunk). After sanitising: the placeholder's `data-fragc-*` markers are fragc's own,
 * which the sanitiser takes from any HTML, and the diagram's source is text by then.
 * @param {string} html sanitised HTML
 */
function withDiagrams(html) {
  if (!html.includes('data-fragc-highlight="mermaid"')) return html;
  const text = document.createElement("textarea");
  return html.replace(MERMAID_FENCE, (_, escaped) => {
    text.innerHTML = escaped; // entities back to the diagram's characters
    return lazyHtml("mermaid", { source: text.value });
  });
}

/** The text a user reads in some inline markdown (for heading anchors). @param {string} body */
export function markdownText(body) {
  const holder = document.createElement("div");
  holder.innerHTML = sanitizeMarkdownHtml(markdownHtml(body, { inline: true, anchors: false }));
  return holder.textContent ?? "";
}
