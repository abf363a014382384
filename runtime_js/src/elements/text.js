// @ts-check
/**
 * Text elements (`compiler/fragc/shim/elements/text.py`): st.markdown, st.caption and
 * st.latex (`markdown`), st.title / header / subheader (`heading`), st.text, st.code,
 * st.json, st.divider, st.badge, st.html.
 *
 * Python only cleans and checks; everything about looks happens here, as in
 * Streamlit's frontend: markdown (render/markdown.js), KaTeX and highlighting (loaded on
 * first use, render/enhance.js), heading anchors slugged from the rendered text. The
 * `data-testid` names are Streamlit's.
 */

import { h, cls } from "../render/dom.js";
import { markdownToHtml, markdownText, escapeHtml, slugify, headingActions, iconHtml } from "../render/markdown.js";
import { html as renderHtml } from "../render/html.js";
import { helpIcon } from "../render/parts.js";
import { watch } from "../render/enhance.js";
import { alert } from "./alerts.js";
import { ROOT_SIDEBAR } from "../protocol_constants.js";

/**
 * @typedef {import("../protocol_types").MarkdownProps} MarkdownProps
 * @typedef {import("../protocol_types").HeadingProps} HeadingProps
 * @typedef {import("../protocol_types").TextProps} TextProps
 * @typedef {import("../protocol_types").CodeProps} CodeProps
 * @typedef {import("../protocol_types").JsonProps} JsonProps
 * @typedef {import("../protocol_types").BadgeProps} BadgeProps
 * @typedef {import("../protocol_types").HtmlProps} HtmlProps
 * @typedef {import("../family.js").Family} Family
 */

/** st.text's width as CSS. @param {unknown} width */
function textWidthCss(width) {
  if (typeof width === "number" && width > 0) return `width: ${width}px; max-width: 100%`;
  if (width === "content") return "width: fit-content; max-width: 100%";
  return "width: 100%";
}

/** Inline style of Streamlit's `text_alignment` (left is the default: no style). @param {unknown} alignment */
function alignStyle(alignment) {
  return ["center", "right", "justify"].includes(String(alignment)) ? `text-align: ${alignment}` : null;
}

/**
 * st.markdown, st.caption, st.latex (a markdown body "$$\n...\n$$").
 * @param {MarkdownProps} p
 */
function markdown(p) {
  watch();
  const caption = p.variant === "caption";
  const latex = p.variant === "latex";
  const body = String(p.body ?? "");
  const html = markdownToHtml(body, { unsafe: Boolean(p.unsafe_allow_html), anchors: p.anchors !== false });
  return h(
    "div",
    {
      "data-testid": "stMarkdown",
      class: cls("stMarkdown", p.help && "fragc-has-help", latex && "fragc-latex", p.wrap === false && "fragc-nowrap"),
      style: alignStyle(p.text_alignment),
    },
    h("div", {
      "data-testid": caption ? "stCaptionContainer" : "stMarkdownContainer",
      class: caption ? "fragc-caption" : "fragc-markdown",
      html,
    }),
    helpIcon(p.help),
  );
}

/** The colours `divider=True` ("auto") takes, in Streamlit's order. */
const AUTO_DIVIDER = "blue";

/**
 * st.title / header / subheader: `stHeading` > h1..h3 with an id and a `#` link; in the
 * sidebar the bare heading, as Streamlit 1.67 draws it there (no anchor, no actions).
 * @param {HeadingProps} p @param {import("../family.js").ElementView} [view]
 */
function heading(p, view) {
  watch();
  const level = Math.min(Math.max(Number(p.level) || 1, 1), 6);
  const body = String(p.body ?? "");
  const bodyHtml = markdownToHtml(body, { inline: true });
  // anchor: a string is the id; null means "slug the text", false means no link.
  const id = typeof p.anchor === "string" && p.anchor ? p.anchor : slugify(markdownText(body));
  const inSidebar = view?.root === ROOT_SIDEBAR;
  const showLink = p.anchor !== false && id && !inSidebar;
  const title = h(
    `h${level}`,
    { id: id || null, style: alignStyle(p.text_alignment) },
    p.icon ? h("span", { class: "fragc-heading-icon", html: iconHtml(String(p.icon)) }) : null,
    h("span", { "data-heading-text": "", html: bodyHtml }),
    showLink || p.help
      ? h("span", { html: showLink ? headingActions(id) : "" }, helpIcon(p.help))
      : null,
  );
  const color = p.divider === "auto" ? AUTO_DIVIDER : p.divider;
  const divider = color
    ? h("hr", { "data-testid": "stHeadingDivider", class: cls("fragc-heading-divider", `fragc-divider-${color}`) })
    : null;
  return h(
    "div",
    { "data-testid": "stHeading", class: "stHeading" },
    // Streamlit draws a heading as markdown: stHeading > stMarkdownContainer > ...
    h(
      "div",
      { "data-testid": "stMarkdownContainer", class: "fragc-heading-container" },
      inSidebar && !p.help
        ? title
        : h("div", { "data-testid": "stHeadingWithActionElements", class: cls("fragc-heading", p.wrap === false && "fragc-nowrap") }, title),
    ),
    divider,
  );
}

/** @param {TextProps} p */
function text(p) {
  // As Streamlit 1.67: stText > a span that keeps the text's spaces and line breaks (the
  // help icon inside it); wrap=False: one line, the overflow ellipsized.
  const nowrap = p.wrap === false;
  const body = String(p.body ?? "");
  return h(
    "div",
    // st.text's width is its text's by default (width="content"), as Streamlit 1.67's.
    { "data-testid": "stText", class: "stText", style: [alignStyle(p.text_alignment), textWidthCss(p.width ?? "content")].filter(Boolean).join("; ") || null },
    h(
      "span",
      { class: cls("fragc-text-body", nowrap && "fragc-text-truncate") },
      nowrap ? h("span", { class: "fragc-text-ellipsis" }, h("span", { style: "display: contents" }, body.replace(/\r\n|\r|\n/g, " "))) : body,
      p.help ? h("span", { class: "fragc-text-help" }, helpIcon(p.help)) : null,
    ),
  );
}

/**
 * st.code: the code in a `code` element, highlighted by highlight.js (highlight.js,
 * loaded on first use); line numbers in a gutter the copy button and selection skip.
 * @param {CodeProps} p
 */
function code(p) {
  watch();
  const language = String(p.language ?? "plaintext");
  const body = String(p.body ?? "");
  const lines = body.split("\n").length;
  return h(
    "div",
    {
      "data-testid": "stCode",
      class: cls("stCode", p.wrap_lines && "fragc-code-wrap", p.line_numbers && "fragc-code-lines"),
      style: typeof p.height === "number" && p.height > 0 ? `max-height: ${p.height}px; overflow: auto` : null,
    },
    h(
      "pre",
      {},
      p.line_numbers
        ? h("span", { class: "fragc-line-numbers", "aria-hidden": "true" }, Array.from({ length: lines }, (_, i) => h("span", {}, String(i + 1))))
        : null,
      h("code", { class: `language-${language}`, "data-lang": language, "data-fragc-highlight": language }, body),
    ),
    copyButton(),
  );
}

/**
 * st.json: the JSON text (verbatim `json.dumps` spacing when short, indented when long)
 * with its tokens coloured; `expanded=False` folds it to `{...}` until clicked. The text
 * content is the JSON either way, so tests and screen readers read the value.
 * @param {JsonProps} p
 */
function json(p) {
  const raw = String(p.body ?? "");
  let value;
  try {
    value = JSON.parse(raw);
  } catch {
    try {
      // Python writes NaN and Infinity, which JSON has no words for: show them as they are.
      value = JSON.parse(raw.replace(/\bNaN\b|-?\bInfinity\b/g, "null"));
    } catch (error) {
      return h(
        "div",
        { "data-testid": "stJson", class: "stJson" },
        alert({ variant: "error", body: `**${escapeHtml(String(/** @type {Error} */ (error).name))}**: ${escapeHtml(String(/** @type {Error} */ (error).message))}` }),
      );
    }
  }
  const textBody = raw.length > 80 ? JSON.stringify(value, null, 2) : raw;
  const folded = p.expanded === false || p.max_expand_depth === 0;
  // Folded, Streamlit 1.67's viewer shows the brackets around an ellipsis "..." as text
  // (a test reads it): the summary holds it, shown only while folded.
  const preview = Array.isArray(value) ? "[...]" : value !== null && typeof value === "object" ? "{...}" : "";
  const pre = h("pre", { class: "fragc-json-text", html: colorJson(textBody) });
  return h(
    "div",
    { "data-testid": "stJson", class: "stJson" },
    preview
      ? h("details", { open: !folded, class: "fragc-json-fold" }, h("summary", { "aria-label": "Toggle JSON" }, folded ? h("span", { class: "fragc-json-preview" }, preview) : null), pre)
      : pre,
  );
}

/** JSON text with its strings, keys, numbers and literals in spans. @param {string} text */
function colorJson(text) {
  return escapeHtml(text).replace(
    /(&#34;(?:[^&]|&(?!#34;))*?&#34;)(\s*:)?|\b(true|false|null)\b|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g,
    (match, string, colon, literal, number) => {
      if (string) return `<span class="${colon ? "fragc-json-key" : "fragc-json-string"}">${string}</span>${colon ?? ""}`;
      if (literal) return `<span class="fragc-json-literal">${literal}</span>`;
      if (number) return `<span class="fragc-json-number">${number}</span>`;
      return match;
    },
  );
}

function divider() {
  // Streamlit 1.67 draws st.divider() as the markdown "---".
  return h("div", { "data-testid": "stMarkdown", class: "fragc-divider" }, h("div", { "data-testid": "stMarkdownContainer" }, h("hr")));
}

/** Material "content_copy", the icon of Streamlit's copy button. */
const COPY_ICON =
  '<svg data-testid="stElementToolbarButtonIcon" viewBox="0 0 24 24" width="16" height="16" fill="currentColor" aria-hidden="true">' +
  '<path d="M16 1H4a2 2 0 0 0-2 2v14h2V3h12zm3 4H8a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2m0 16H8V7h11z"/></svg>';

/** st.code's copy button, marked up as Streamlit's element toolbar button. */
function copyButton() {
  return h(
    "div",
    { "data-testid": "stElementToolbarButton", class: "fragc-code-copy" },
    h(
      "span",
      { "data-testid": "stTooltipHoverTarget" },
      h("button", {
        type: "button",
        "data-testid": "stBaseButton-elementToolbar",
        class: "fragc-icon-button",
        "aria-label": "Copy to clipboard",
        title: "Copy to clipboard",
        "data-fragc-action": "copy-code",
        html: COPY_ICON,
      }),
    ),
  );
}

/** A click on the copy button: the code's text (without line numbers) to the clipboard. @param {HTMLElement} button */
function copyCode(button) {
  const code = button.closest('[data-testid="stCode"]')?.querySelector("code");
  if (code && navigator.clipboard) void navigator.clipboard.writeText(code.textContent ?? "").catch(() => {});
}

/**
 * st.html: sanitised as Streamlit 1.67 sanitises it; opted-in scripts run (render/html.js).
 * @param {HtmlProps} p
 */
function html(p) {
  return renderHtml(p);
}

/** st.badge: Streamlit renders `:color-badge[icon label]`. @param {BadgeProps} p */
function badge(p) {
  watch();
  const color = typeof p.color === "string" && p.color ? p.color : "blue";
  return h(
    "div",
    { "data-testid": "stMarkdown", class: "stMarkdown fragc-badge-element" },
    h(
      "div",
      { "data-testid": "stMarkdownContainer", class: "fragc-markdown" },
      h(
        "span",
        { "data-testid": "stBadge", class: cls("stMarkdownBadge", "fragc-badge", `fragc-bg-${color}`, `fragc-fg-${color}`) },
        p.icon ? h("span", { class: "fragc-badge-icon", html: iconHtml(String(p.icon)) }) : null,
        String(p.label ?? ""),
      ),
      helpIcon(p.help),
    ),
  );
}


export default /** @satisfies {Family} */ ({
  python: "elements/text.py",
  elements: { markdown, heading, text, code, json, divider, badge, html },
  actions: { "copy-code": { click: copyCode } },
});
