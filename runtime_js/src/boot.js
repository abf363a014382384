// @ts-check
/**
 * What the user sees before the app's first run: the skeleton (`stSkeleton`), the
 * boot progress line, and, when something goes wrong, a readable error box.
 *
 * The page template may already hold a skeleton (shown before any JS runs); it is
 * moved into the main column. Without one, the runtime draws its own.
 */

import { h } from "./render/dom.js";
import { formatBytes } from "./download_progress.js";

/** @typedef {import("./chrome.js").Chrome} Chrome */

/**
 * Put the skeleton and an empty progress line in the boot area.
 * @param {Chrome} chrome
 */
export function showSkeleton(chrome) {
  let skeleton = document.querySelector('[data-testid="stSkeleton"]');
  if (!skeleton) {
    skeleton = h(
      "div",
      { "data-testid": "stSkeleton", class: "fragc-skeleton", "aria-hidden": "true" },
      h("div", { class: "fragc-skeleton-bar fragc-skeleton-title" }),
      h("div", { class: "fragc-skeleton-bar" }),
      h("div", { class: "fragc-skeleton-bar fragc-skeleton-short" }),
    );
  }
  chrome.bootArea.append(
    skeleton,
    h("div", { "data-testid": "stBootProgress", class: "fragc-boot-progress", role: "status", "aria-live": "polite" }),
  );
}

/**
 * The boot stage, and how much of the boot downloads has arrived when the worker says.
 * @param {Chrome} chrome @param {string} message @param {number} [loaded] @param {number} [total]
 */
export function showProgress(chrome, message, loaded, total) {
  const line = chrome.app.querySelector('[data-testid="stBootProgress"]');
  if (!line) return;
  const bytes = typeof loaded === "number" && typeof total === "number" && total > 0 ? ` ${formatBytes(loaded, total)}` : "";
  line.textContent = `${message}${bytes}`;
}

/**
 * The pre-rendered app is on screen: the skeleton goes, the progress line moves to the
 * header, where it says Python is still on its way without covering the content.
 * @param {Chrome} chrome
 */
export function showPrerendered(chrome) {
  const line = chrome.bootArea.querySelector('[data-testid="stBootProgress"]');
  for (const el of chrome.bootArea.querySelectorAll('[data-testid="stSkeleton"]')) el.remove();
  chrome.bootArea.hidden = true;
  if (line) {
    line.classList.add("fragc-boot-progress-header");
    chrome.status.before(line);
  }
}

/** The first run finished: the app's own content replaces the boot display. @param {Chrome} chrome */
export function clearBoot(chrome) {
  for (const el of document.querySelectorAll('[data-testid="stSkeleton"], [data-testid="stBootProgress"]')) el.remove();
  chrome.bootArea.hidden = !chrome.bootArea.querySelector('[data-testid="stBootError"]');
}

/**
 * Show why the app cannot run: a short message, the technical detail folded away, and
 * (once the app has run) a button that starts Python again without reloading the page.
 * @param {Chrome} chrome
 * @param {{ title?: string, message: string, detail?: string, restart?: boolean }} error
 */
export function showBootError(chrome, { title = "This app could not start", message, detail = "", restart = false }) {
  for (const el of document.querySelectorAll('[data-testid="stSkeleton"], [data-testid="stBootProgress"]')) el.remove();
  chrome.bootArea.hidden = false;
  chrome.bootArea.append(
    h(
      "div",
      { "data-testid": "stBootError", class: "fragc-boot-error", role: "alert" },
      h("strong", { class: "fragc-boot-error-title" }, title),
      h("p", { class: "fragc-boot-error-message" }, message),
      detail ? h("details", {}, h("summary", {}, "Details"), h("pre", {}, detail)) : null,
      restart ? restartButton() : null,
    ),
  );
}

/** "Restart app": page.js starts a new Python on a click of anything `data-fragc-restart`. */
export function restartButton() {
  return h(
    "button",
    { type: "button", "data-testid": "stRestartApp", class: "fragc-button fragc-button-secondary fragc-restart", "data-fragc-restart": "" },
    "Restart app",
  );
}

/** A restart is under way: the box that offered it goes. @param {Chrome} chrome */
export function clearBootError(chrome) {
  for (const el of chrome.bootArea.querySelectorAll('[data-testid="stBootError"]')) el.remove();
  chrome.bootArea.hidden = true;
}

/**
 * A problem the page met while the app runs (not fatal): a box above the app, as the
 * boot errors are, that stays until the page is reloaded.
 * @param {Chrome} chrome @param {string} message
 */
export function showPageError(chrome, message) {
  chrome.bootArea.hidden = false;
  chrome.bootArea.append(h("div", { "data-testid": "stPageError", class: "fragc-boot-error", role: "alert" }, message));
}
