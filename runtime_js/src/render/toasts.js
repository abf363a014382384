// @ts-check
/**
 * st.toast: a message that floats in the corner and leaves by itself.
 *
 * A toast's delta still takes its slot in the event root (so later paths there stay
 * right), but what the user sees is independent of the tree: the toast shows when its
 * delta arrives and disappears after its duration (4 s unless the app said otherwise),
 * whatever later runs prune.
 */

import { h } from "./dom.js";
import { markdownToHtml, iconHtml } from "./markdown.js";

const DEFAULT_SECONDS = 4;

/**
 * @param {HTMLElement} area the fixed toast area (chrome.js)
 * @param {Record<string, any>} props body, icon, duration (seconds, null = until closed)
 */
export function showToast(area, props) {
  const seconds = props.duration === undefined ? DEFAULT_SECONDS : props.duration;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  const close = () => {
    clearTimeout(timer);
    toast.remove();
  };
  // The cross is drawn by CSS: the toast's text is its message alone.
  const closeButton = h("button", { type: "button", class: "fragc-toast-close", "aria-label": "Close" });
  closeButton.addEventListener("click", close);
  const toast = h(
    "div",
    { "data-testid": "stToast", class: "stToast", role: "status" },
    props.icon ? h("span", { class: "fragc-toast-icon", "aria-hidden": "true", html: iconHtml(String(props.icon)) }) : null,
    h("div", { class: "fragc-toast-body", html: markdownToHtml(String(props.body ?? "")) }),
    closeButton,
  );
  area.append(toast);
  if (typeof seconds === "number" && seconds > 0) timer = setTimeout(close, seconds * 1000);
  return toast;
}
