// @ts-check
/**
 * Messages to the user (`compiler/fragc/shim/elements/alerts.py`): st.info, st.success,
 * st.warning and st.error (`alert`), st.exception and uncaught errors (`exception`),
 * st.toast (`toast`); and the page's own error for what it cannot show.
 *
 * A toast's delta still takes its slot (so later paths stay right), but what the user
 * sees is independent of the tree: page.js calls `showToast` when the delta arrives and
 * the toast leaves after its duration (4 s unless the app said otherwise), whatever
 * later runs prune.
 */

import { h, cls } from "../render/dom.js";
import { restartButton } from "../boot.js";
import { markdownToHtml, escapeHtml, iconHtml } from "../render/markdown.js";
import { watch } from "../render/enhance.js";

/**
 * @typedef {import("../protocol_types").AlertProps} AlertProps
 * @typedef {import("../protocol_types").ExceptionProps} ExceptionProps
 * @typedef {import("../protocol_types").ToastProps} ToastProps
 * @typedef {import("../family.js").Family} Family
 */

const ALERT_TESTIDS = {
  info: "stAlertContentInfo",
  success: "stAlertContentSuccess",
  warning: "stAlertContentWarning",
  error: "stAlertContentError",
};

/** @param {{ variant: AlertProps["variant"], body: string, icon?: string | null, title?: string | null }} p */
export function alert(p) {
  watch();
  const variant = p.variant in ALERT_TESTIDS ? p.variant : "info";
  return h(
    "div",
    { "data-testid": "stAlert", class: "stAlert" },
    h(
      "div",
      // As Streamlit 1.67: info and success are a status, warning and error an alert.
      { "data-testid": "stAlertContainer", class: cls("fragc-alert", `fragc-alert-${variant}`), role: variant === "info" || variant === "success" ? "status" : "alert" },
      h(
        "div",
        { "data-testid": ALERT_TESTIDS[variant], class: "fragc-alert-content" },
        p.icon ? h("span", { class: "fragc-alert-icon", html: iconHtml(String(p.icon)) }) : null,
        h(
          "div",
          { class: "fragc-alert-text" },
          p.title ? h("div", { "data-testid": "stAlertTitle", class: "fragc-alert-title", html: markdownToHtml(String(p.title), { inline: true }) }) : null,
          h("div", { "data-testid": "stMarkdownContainer", class: "fragc-alert-body", html: markdownToHtml(String(p.body ?? "")) }),
        ),
      ),
    ),
  );
}

/** The page's own error for something it cannot show. @param {string} message */
export function pageError(message) {
  return alert({ variant: "error", body: escapeHtml(message) });
}

/** @param {ExceptionProps} p */
function exception(p) {
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
      // Python ran out of memory: a fresh one (page.js restart) keeps the session state.
      p.type === "MemoryError" ? restartButton() : null,
    ),
  );
}

const DEFAULT_TOAST_SECONDS = 4;

/**
 * Show a toast in the fixed toast area (chrome.js); it closes by itself after its
 * duration (null: when the user closes it).
 * @param {HTMLElement} area @param {ToastProps} props
 * @param {string | null} [toastId] its delta path, when it came in a delta
 */
export function showToast(area, props, toastId = null) {
  const seconds = props.duration === undefined ? DEFAULT_TOAST_SECONDS : props.duration;
  // As Streamlit 1.67: a toast is known by its delta path. A rerun that sends the same
  // toast (same text, icon and duration) at the same place leaves the one on screen (and
  // its timer) alone; a different one there replaces it.
  const shown = toastId === null ? undefined : VISIBLE_TOASTS.get(toastId);
  if (shown && shown.element.isConnected) {
    if (shown.body === props.body && shown.icon === props.icon && shown.seconds === seconds) return shown.element;
    shown.close();
  }
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  const close = () => {
    clearTimeout(timer);
    toast.remove();
    if (toastId !== null && VISIBLE_TOASTS.get(toastId)?.element === toast) VISIBLE_TOASTS.delete(toastId);
  };
  // The cross is drawn by CSS: the toast's text is its message alone.
  const closeButton = h("button", { type: "button", class: "fragc-toast-close", "aria-label": "Close" });
  closeButton.addEventListener("click", close);
  const toast = h(
    "div",
    // Streamlit 1.67's toast is a baseweb alertdialog (that never takes the focus).
    { "data-testid": "stToast", class: "stToast", role: "alertdialog" },
    // Streamlit 1.67 gives the icon itself the test id stToastDynamicIcon.
    props.icon
      ? h("span", { class: "fragc-toast-icon", "aria-hidden": "true", html: iconHtml(String(props.icon)).replace(/data-testid="[^"]*"/, 'data-testid="stToastDynamicIcon"') })
      : null,
    h(
      "div",
      { class: "fragc-toast-content" },
      h(
        "div",
        { "data-testid": "stToastText", class: "fragc-toast-text" },
        h("div", { "data-testid": "stMarkdownContainer", class: "fragc-toast-body", html: markdownToHtml(String(props.body ?? "")) }),
      ),
    ),
    closeButton,
  );
  area.append(toast);
  clampLongToast(toast);
  if (typeof seconds === "number" && seconds > 0) timer = setTimeout(close, seconds * 1000);
  if (toastId !== null) VISIBLE_TOASTS.set(toastId, { element: toast, body: props.body, icon: props.icon, seconds, close });
  return toast;
}

/**
 * A toast longer than three lines shows three and a "view more" button that toggles the
 * rest ("view less"), as Streamlit 1.67's. Measured once it is on the page.
 * @param {HTMLElement} toast
 */
function clampLongToast(toast) {
  const text = /** @type {HTMLElement | null} */ (toast.querySelector('[data-testid="stToastText"]'));
  if (!text) return;
  const limit = (Number.parseFloat(getComputedStyle(text).lineHeight) || 20) * 3 + 1;
  if (text.scrollHeight <= limit) return;
  let expanded = false;
  const button = h("button", { type: "button", "data-testid": "stToastViewButton", class: "fragc-toast-view" }, "view more");
  const apply = () => {
    text.classList.toggle("fragc-toast-clamped", !expanded);
    button.textContent = expanded ? "view less" : "view more";
  };
  button.addEventListener("click", () => {
    expanded = !expanded;
    apply();
  });
  text.after(button);
  apply();
}

/**
 * The toasts on screen by their delta path (`showToast`'s id).
 * @type {Map<string, { element: HTMLElement, body: unknown, icon: unknown, seconds: unknown, close: () => void }>}
 */
const VISIBLE_TOASTS = new Map();

export default /** @satisfies {Family} */ ({
  python: "elements/alerts.py",
  elements: { alert, exception, toast: null },
});
