// @ts-check
/**
 * Renderers of display elements (everything that is not a widget or a block).
 *
 * Each takes the element's props (named in protocol.py's comments) and returns the
 * element's own markup; render/index.js wraps it in the `stElementContainer`. The
 * `data-testid` names are Streamlit's, as CONTRACT.md lists them.
 */

import { h, cls } from "./dom.js";
import { markdownToHtml, markdownText, escapeHtml, sanitizeHtml, slugify, headingActions, iconHtml } from "./markdown.js";
import { watch } from "./enhance.js";

// Progress, spinner, balloons and snow live with the other status renderers.
export { progress, spinner, balloons, snow } from "./status.js";

/** @typedef {Record<string, any>} Props */

/** The `?` icon that shows a widget's or element's help text on hover. @param {unknown} help */
export function helpIcon(help) {
  if (!help) return null;
  return h("span", { "data-testid": "stTooltipIcon", class: "fragc-help", title: String(help), tabindex: 0 }, "?");
}

/** Inline style of Streamlit's `text_alignment` (left is the default: no style). @param {unknown} alignment */
function alignStyle(alignment) {
  return ["center", "right", "justify"].includes(String(alignment)) ? `text-align: ${alignment}` : null;
}

/**
 * st.markdown, st.caption, st.latex (a markdown body "$$\n...\n$$", see protocol.py).
 * @param {Props} p
 */
export function markdown(p) {
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

/** st.title / header / subheader: `stHeading` > h1..h3 with an id and a `#` link. @param {Props} p */
export function heading(p) {
  watch();
  const level = Math.min(Math.max(Number(p.level) || 1, 1), 6);
  const body = String(p.body ?? "");
  const bodyHtml = markdownToHtml(body, { inline: true });
  // anchor: a string is the id; null means "slug the text", false means no link.
  const id = typeof p.anchor === "string" && p.anchor ? p.anchor : slugify(markdownText(body));
  const showLink = p.anchor !== false && id;
  const title = h(
    `h${level}`,
    { id: id || null, style: alignStyle(p.text_alignment) },
    p.icon ? h("span", { class: "fragc-heading-icon", html: iconHtml(String(p.icon)) }) : null,
    h("span", { "data-heading-text": "", html: bodyHtml }),
    showLink || p.help
      ? h("span", { html: showLink ? headingActions(id) : "" }, helpIcon(p.help))
      : null,
  );
  const color = p.divider === "auto" || p.divider === true ? AUTO_DIVIDER : p.divider;
  const divider = color
    ? h("hr", { "data-testid": "stHeadingDivider", class: cls("fragc-heading-divider", `fragc-divider-${color}`) })
    : null;
  return h(
    "div",
    { "data-testid": "stHeading", class: "stHeading" },
    h("div", { "data-testid": "stHeadingWithActionElements", class: cls("fragc-heading", p.wrap === false && "fragc-nowrap") }, title),
    divider,
  );
}

/** @param {Props} p */
export function text(p) {
  return h(
    "div",
    { "data-testid": "stText", class: cls("stText", p.wrap === false && "fragc-nowrap"), style: alignStyle(p.text_alignment) },
    String(p.body ?? ""),
    helpIcon(p.help),
  );
}

/**
 * st.code: the code in a `code` element, highlighted by highlight.js (highlight.js,
 * loaded on first use); line numbers in a gutter the copy button and selection skip.
 * @param {Props} p
 */
export function code(p) {
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
  );
}

/**
 * st.json: the JSON text (verbatim `json.dumps` spacing when short, indented when long)
 * with its tokens coloured; `expanded=False` folds it to `{…}` until clicked. The text
 * content is the JSON either way, so tests and screen readers read the value.
 * @param {Props} p
 */
export function json(p) {
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
  const preview = Array.isArray(value) ? "[…]" : value !== null && typeof value === "object" ? "{…}" : "";
  const pre = h("pre", { class: "fragc-json-text", html: colorJson(textBody) });
  return h(
    "div",
    { "data-testid": "stJson", class: "stJson" },
    preview
      ? h("details", { open: !folded, class: "fragc-json-fold" }, h("summary", { "aria-label": "Toggle JSON", "data-preview": preview }), pre)
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

const ALERT_TESTIDS = /** @type {Record<string, string>} */ ({
  info: "stAlertContentInfo",
  success: "stAlertContentSuccess",
  warning: "stAlertContentWarning",
  error: "stAlertContentError",
});

/** @param {Props} p */
export function alert(p) {
  watch();
  const variant = p.variant in ALERT_TESTIDS ? p.variant : "info";
  return h(
    "div",
    { "data-testid": "stAlert", class: "stAlert", role: "alert" },
    h(
      "div",
      { "data-testid": "stAlertContainer", class: cls("fragc-alert", `fragc-alert-${variant}`) },
      h(
        "div",
        { "data-testid": ALERT_TESTIDS[variant], class: "fragc-alert-content" },
        p.icon ? h("span", { class: "fragc-alert-icon", html: iconHtml(String(p.icon)) }) : null,
        h(
          "div",
          { class: "fragc-alert-text" },
          p.title ? h("div", { "data-testid": "stAlertTitle", class: "fragc-alert-title", html: markdownToHtml(String(p.title), { inline: true }) }) : null,
          h("div", { class: "fragc-alert-body", html: markdownToHtml(String(p.body ?? "")) }),
        ),
      ),
    ),
  );
}

/** The page's own error for something it cannot show. @param {string} message */
export function pageError(message) {
  return alert({ variant: "error", body: escapeHtml(message) });
}

/** @param {Props} p */
export function exception(p) {
  const message = p.message ? `${p.type}: ${p.message}` : String(p.type ?? "Exception");
  const rows = Array.isArray(p.traceback) ? p.traceback : [];
  return h(
    "div",
    { "data-testid": "stException", class: "stException", role: "alert" },
    h(
      "div",
      { class: "fragc-alert fragc-alert-error fragc-exception" },
      h("div", { "data-testid": "stExceptionMessage", class: "fragc-exception-message" }, message),
      rows.length
        ? h(
            "div",
            { class: "fragc-traceback" },
            h("div", { class: "fragc-traceback-title" }, "Traceback:"),
            rows.map((row) => h("div", { "data-testid": "stExceptionTraceRow", class: "fragc-trace-row" }, String(row))),
          )
        : null,
    ),
  );
}

const ARROWS = /** @type {Record<string, string>} */ ({
  up: '<svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false"><path fill="currentColor" d="M4 12l1.41 1.41L11 7.83V20h2V7.83l5.58 5.59L20 12l-8-8-8 8z"/></svg>',
  down: '<svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false"><path fill="currentColor" d="M20 12l-1.41-1.41L13 16.17V4h-2v12.17l-5.58-5.59L4 12l8 8 8-8z"/></svg>',
});

/**
 * st.metric. Python decided the delta's colour and arrow (protocol.py): the delta
 * element gets `fragc-delta-<colour>` and Streamlit's `stMetricDeltaIcon-Up|Down`.
 * @param {Props} p
 */
export function metric(p) {
  watch();
  const delta = p.delta === null || p.delta === undefined || p.delta === "" ? null : String(p.delta);
  const direction = typeof p.direction === "string" ? p.direction : delta?.trim().startsWith("-") ? "down" : "up";
  const color = typeof p.color === "string" ? p.color : legacyColor(p.delta_color, direction);
  return h(
    "div",
    { "data-testid": "stMetric", class: cls("stMetric", p.border && "fragc-bordered") },
    h(
      "div",
      { "data-testid": "stMetricLabel", class: cls("fragc-metric-label", labelClass(p.label_visibility)) },
      p.icon ? h("span", { class: "fragc-metric-icon", html: iconHtml(String(p.icon)) }) : null,
      h("span", { html: markdownToHtml(String(p.label ?? ""), { inline: true }) }),
      helpIcon(p.help),
    ),
    h("div", { "data-testid": "stMetricValue", class: "fragc-metric-value" }, String(p.value ?? "")),
    delta === null
      ? null
      : h(
          "div",
          { "data-testid": "stMetricDelta", class: cls("fragc-metric-delta", `fragc-delta-${color}`) },
          ARROWS[direction]
            ? h("span", { "data-testid": `stMetricDeltaIcon-${direction === "up" ? "Up" : "Down"}`, class: "fragc-metric-arrow", html: ARROWS[direction] })
            : null,
          h("span", { class: "fragc-metric-delta-text" }, delta),
          p.delta_description ? h("span", { class: "fragc-metric-delta-description" }, ` ${p.delta_description}`) : null,
        ),
  );
}

/** Props from an older worker, without `color`. @param {unknown} deltaColor @param {string} direction */
function legacyColor(deltaColor, direction) {
  if (deltaColor === "off" || direction === "none") return "gray";
  const down = direction === "down";
  return (deltaColor === "inverse" ? down : !down) ? "green" : "red";
}

/** CSS class of a label for Streamlit's label_visibility. @param {unknown} visibility */
export function labelClass(visibility) {
  if (visibility === "hidden") return "fragc-label-hidden";
  if (visibility === "collapsed") return "fragc-label-collapsed";
  return "";
}

export function empty() {
  return h("div", { "data-testid": "stEmpty", class: "stEmpty" });
}

export function divider() {
  return h("div", { "data-testid": "stDivider", class: "fragc-divider" }, h("hr"));
}

/**
 * st.html: sanitised by DOMPurify (scripts and event handlers stripped, styles kept),
 * as Streamlit does unless the app passed `unsafe_allow_javascript=True`. Even then,
 * scripts set through innerHTML do not run; fragc does not re-create them.
 * @param {Props} p
 */
export function html(p) {
  const body = String(p.body ?? "");
  const unsafe = Boolean(p.unsafe_allow_javascript ?? p.unsafe);
  return h("div", { "data-testid": "stHtml", class: "stHtml", html: unsafe ? body : sanitizeHtml(body) });
}

/** st.badge: Streamlit renders `:color-badge[icon label]`. @param {Props} p */
export function badge(p) {
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

/** @param {Props} p */
export function image(p) {
  return h(
    "div",
    { "data-testid": "stImage", class: "stImage" },
    h("img", { src: String(p.src ?? ""), alt: p.caption ? String(p.caption) : "", style: p.width ? `max-width: ${Number(p.width)}px` : null }),
    p.caption ? h("div", { "data-testid": "stImageCaption", class: "fragc-caption" }, String(p.caption)) : null,
  );
}

/** @param {Props} p */
export function table(p) {
  const columns = Array.isArray(p.columns) ? p.columns : [];
  const rows = Array.isArray(p.rows) ? p.rows : [];
  return h(
    "div",
    { "data-testid": "stTable", class: "stTable" },
    h(
      "table",
      {},
      h("thead", {}, h("tr", {}, columns.map((c) => h("th", { scope: "col" }, String(c))))),
      h("tbody", {}, rows.map((row) => h("tr", {}, (Array.isArray(row) ? row : []).map((cell) => h("td", {}, String(cell ?? "")))))),
    ),
  );
}
