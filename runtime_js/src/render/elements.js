// @ts-check
/**
 * Renderers of display elements (everything that is not a widget or a block).
 *
 * Each takes the element's props (named in protocol.py's comments) and returns the
 * element's own markup; render/index.js wraps it in the `stElementContainer`. The
 * `data-testid` names are Streamlit's, as CONTRACT.md lists them.
 */

import { h, cls } from "./dom.js";
import { markdownToHtml, escapeHtml, sanitizeHtml } from "./markdown.js";

/** @typedef {Record<string, any>} Props */

/** The `?` icon that shows a widget's or element's help text on hover. @param {unknown} help */
export function helpIcon(help) {
  if (!help) return null;
  return h("span", { "data-testid": "stTooltipIcon", class: "fragc-help", title: String(help), tabindex: 0 }, "?");
}

/** @param {Props} p */
export function markdown(p) {
  const caption = p.variant === "caption";
  const body = String(p.body ?? "");
  const html =
    p.variant === "latex"
      ? `<span class="fragc-latex">${escapeHtml(body)}</span>`
      : markdownToHtml(body, { unsafe: Boolean(p.unsafe_allow_html) });
  return h(
    "div",
    { "data-testid": "stMarkdown", class: cls("stMarkdown", p.help && "fragc-has-help") },
    h("div", {
      "data-testid": caption ? "stCaptionContainer" : "stMarkdownContainer",
      class: caption ? "fragc-caption" : "fragc-markdown",
      html,
    }),
    helpIcon(p.help),
  );
}

/** @param {Props} p */
export function heading(p) {
  const level = Math.min(Math.max(Number(p.level) || 1, 1), 6);
  const anchor = typeof p.anchor === "string" && p.anchor ? p.anchor : null;
  const title = h(`h${level}`, { id: anchor, html: markdownToHtml(String(p.body ?? ""), { inline: true }) });
  if (p.help) title.append(helpIcon(p.help) ?? "");
  const divider = p.divider ? h("hr", { class: cls("fragc-heading-divider", `fragc-divider-${dividerColor(p.divider)}`) }) : null;
  return h("div", { "data-testid": "stHeading", class: "stHeading" }, title, divider);
}

/** @param {unknown} divider true or a colour name */
function dividerColor(divider) {
  return typeof divider === "string" ? divider : "rainbow";
}

/** @param {Props} p */
export function text(p) {
  return h("div", { "data-testid": "stText", class: "stText" }, String(p.body ?? ""), helpIcon(p.help));
}

/** @param {Props} p */
export function code(p) {
  const language = String(p.language ?? "plaintext");
  return h(
    "div",
    { "data-testid": "stCode", class: cls("stCode", p.wrap_lines && "fragc-code-wrap", p.line_numbers && "fragc-code-lines") },
    h("pre", {}, h("code", { class: `language-${language}`, "data-lang": language }, String(p.body ?? ""))),
  );
}

/**
 * The JSON as text, verbatim (`json.dumps` spacing) when short, indented when long.
 * @param {Props} p
 */
export function json(p) {
  let textBody = String(p.body ?? "");
  if (textBody.length > 80) {
    try {
      textBody = JSON.stringify(JSON.parse(textBody), null, 2);
    } catch {
      // not JSON after all: show what Python sent
    }
  }
  return h("div", { "data-testid": "stJson", class: "stJson" }, h("pre", {}, textBody));
}

const ALERT_TESTIDS = /** @type {Record<string, string>} */ ({
  info: "stAlertContentInfo",
  success: "stAlertContentSuccess",
  warning: "stAlertContentWarning",
  error: "stAlertContentError",
});

/** @param {Props} p */
export function alert(p) {
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
        p.icon ? h("span", { class: "fragc-alert-icon", "aria-hidden": "true" }, String(p.icon)) : null,
        h("div", { class: "fragc-alert-body", html: markdownToHtml(String(p.body ?? "")) }),
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

/** @param {Props} p */
export function metric(p) {
  const delta = p.delta === null || p.delta === undefined || p.delta === "" ? null : String(p.delta);
  const down = delta !== null && delta.trim().startsWith("-");
  let tone = "off";
  if (delta !== null && p.delta_color !== "off") {
    const good = p.delta_color === "inverse" ? down : !down;
    tone = good ? "good" : "bad";
  }
  return h(
    "div",
    { "data-testid": "stMetric", class: cls("stMetric", p.border && "fragc-bordered") },
    h(
      "div",
      { "data-testid": "stMetricLabel", class: cls("fragc-metric-label", labelClass(p.label_visibility)) },
      h("span", { html: markdownToHtml(String(p.label ?? ""), { inline: true }) }),
      helpIcon(p.help),
    ),
    h("div", { "data-testid": "stMetricValue", class: "fragc-metric-value" }, String(p.value ?? "")),
    delta === null
      ? null
      : h(
          "div",
          { "data-testid": "stMetricDelta", class: cls("fragc-metric-delta", `fragc-tone-${tone}`) },
          h("span", { "aria-hidden": "true", class: "fragc-metric-arrow" }, down ? "↓" : "↑"),
          delta,
        ),
  );
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

/** st.html: sanitised HTML unless the app said it is safe. @param {Props} p */
export function html(p) {
  const body = String(p.body ?? "");
  return h("div", { "data-testid": "stHtml", class: "stHtml", html: p.unsafe ? body : sanitizeHtml(body) });
}

/** @param {Props} p */
export function progress(p) {
  const value = Math.min(Math.max(Number(p.value) || 0, 0), 100);
  return h(
    "div",
    { "data-testid": "stProgress", class: "stProgress" },
    p.text ? h("div", { class: "fragc-progress-text", html: markdownToHtml(String(p.text), { inline: true }) }) : null,
    h(
      "div",
      { role: "progressbar", "aria-valuemin": 0, "aria-valuemax": 100, "aria-valuenow": value, class: "fragc-progress-track" },
      h("div", { class: "fragc-progress-bar", style: `width: ${value}%` }),
    ),
  );
}

/** @param {Props} p */
export function spinner(p) {
  return h(
    "div",
    { "data-testid": "stSpinner", class: "stSpinner" },
    h("span", { class: "fragc-spinner-icon", "aria-hidden": "true" }),
    h("span", { html: markdownToHtml(String(p.text ?? ""), { inline: true }) }),
  );
}

/** @param {Props} p */
export function badge(p) {
  const color = typeof p.color === "string" ? p.color : "blue";
  return h(
    "span",
    { "data-testid": "stBadge", class: cls("fragc-badge", `fragc-bg-${color}`, `fragc-fg-${color}`) },
    p.icon ? `${p.icon} ` : "",
    String(p.label ?? ""),
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
