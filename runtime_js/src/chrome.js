// @ts-check
/**
 * The app chrome: the fixed frame every fragc page has, built once at startup
 * (stApp with its run-state attributes, sidebar, main column, bottom bar, toast area)
 * and the mounts where the renderer puts the four roots of the node tree.
 */

import { h } from "./render/dom.js";

/**
 * @typedef {object} Chrome
 * @property {HTMLElement} app `[data-testid=stApp]`, carrier of the run-state attributes
 * @property {HTMLElement} status the "Running..." indicator
 * @property {HTMLElement} sidebar
 * @property {HTMLElement} main
 * @property {HTMLElement} bottom
 * @property {HTMLElement} bootArea skeleton, boot progress and boot errors
 * @property {HTMLElement} toastArea
 * @property {HTMLElement[]} roots mounts for roots 0 main, 1 sidebar, 2 event, 3 bottom
 */

/**
 * @param {HTMLElement} container the page's `#root`
 * @returns {Chrome}
 */
export function buildChrome(container) {
  const mount = () => h("div", { class: "fragc-mount" });
  const roots = [mount(), mount(), mount(), mount()];
  const status = h("div", { "data-testid": "stStatusWidget", class: "fragc-status", "aria-live": "polite" });
  const sidebar = h(
    "section",
    { "data-testid": "stSidebar", class: "stSidebar fragc-sidebar", "aria-label": "Sidebar", "aria-expanded": "true", hidden: true },
    h(
      "div",
      { "data-testid": "stSidebarContent", class: "fragc-sidebar-content" },
      h(
        "div",
        { "data-testid": "stSidebarHeader", class: "fragc-sidebar-header" },
        h("button", { type: "button", "data-testid": "stSidebarCollapseButton", class: "fragc-icon-button", "aria-label": "Collapse sidebar", "data-fragc-chrome": "collapse-sidebar" }, "«"),
      ),
      h("div", { "data-testid": "stSidebarUserContent", class: "fragc-sidebar-user" }, roots[1]),
    ),
  );
  const expandSidebar = h(
    "button",
    { type: "button", "data-testid": "stExpandSidebarButton", class: "fragc-icon-button fragc-expand-sidebar", "aria-label": "Expand sidebar", "data-fragc-chrome": "expand-sidebar" },
    "»",
  );
  const bootArea = h("div", { class: "fragc-boot" });
  const bottom = h(
    "div",
    { "data-testid": "stBottom", class: "fragc-bottom", hidden: true },
    h("div", { "data-testid": "stBottomBlockContainer", class: "fragc-bottom-container" }, roots[3]),
  );
  const main = h(
    "section",
    { "data-testid": "stMain", class: "stMain fragc-main" },
    h("div", { "data-testid": "stMainBlockContainer", class: "block-container fragc-block-container" }, bootArea, roots[0], roots[2]),
    bottom,
  );
  const toastArea = h("div", { "data-testid": "stToastContainer", class: "fragc-toasts", "aria-live": "polite" });
  const app = h(
    "div",
    {
      "data-testid": "stApp",
      class: "stApp fragc-app fragc-layout-centered",
      "data-test-script-state": "initial",
      "data-test-connection-state": "INITIAL",
    },
    h("header", { "data-testid": "stHeader", class: "fragc-header" }, expandSidebar, status),
    h("div", { "data-testid": "stAppViewContainer", class: "fragc-view" }, sidebar, main),
    toastArea,
  );
  container.append(app);
  const chrome = { app, status, sidebar, main, bottom, bootArea, toastArea, roots };
  // The chrome is never re-rendered, so its own controls can hold their listeners.
  app.querySelector('[data-fragc-chrome="collapse-sidebar"]')?.addEventListener("click", () => setSidebarCollapsed(chrome, true));
  expandSidebar.addEventListener("click", () => setSidebarCollapsed(chrome, false));
  return chrome;
}

/**
 * The run state tests wait on, plus the status indicator a user sees.
 * @param {Chrome} chrome @param {string} state
 */
export function setScriptState(chrome, state) {
  chrome.app.setAttribute("data-test-script-state", state);
  const busy = state === "running" || state === "rerunRequested";
  chrome.status.textContent = busy ? "Running..." : "";
  chrome.status.classList.toggle("fragc-status-busy", busy);
}

/** @param {Chrome} chrome @param {string} state e.g. CONNECTED */
export function setConnectionState(chrome, state) {
  chrome.app.setAttribute("data-test-connection-state", state);
}

/**
 * `page:config` (st.set_page_config).
 * @param {Chrome} chrome
 * @param {{ title?: string, icon?: string, layout?: string, initial_sidebar_state?: string }} config
 */
export function applyPageConfig(chrome, config) {
  if (typeof config.title === "string" && config.title) document.title = config.title;
  if (config.layout === "wide" || config.layout === "centered") {
    chrome.app.classList.toggle("fragc-layout-wide", config.layout === "wide");
    chrome.app.classList.toggle("fragc-layout-centered", config.layout === "centered");
  }
  if (config.initial_sidebar_state === "collapsed" || config.initial_sidebar_state === "expanded") {
    setSidebarCollapsed(chrome, config.initial_sidebar_state === "collapsed");
  }
  if (typeof config.icon === "string" && config.icon) setFavicon(config.icon);
}

/** @param {Chrome} chrome @param {boolean} collapsed */
export function setSidebarCollapsed(chrome, collapsed) {
  chrome.app.classList.toggle("fragc-sidebar-collapsed", collapsed);
  chrome.sidebar.setAttribute("aria-expanded", String(!collapsed));
}

/** An emoji becomes an SVG favicon; anything else is taken as a URL. @param {string} icon */
function setFavicon(icon) {
  const isUrl = /^(data:|https?:|\.{0,2}\/)|\.(png|ico|svg|jpe?g|gif)$/i.test(icon);
  const href = isUrl
    ? icon
    : `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">${icon.replace(/[<&]/g, "")}</text></svg>`)}`;
  let link = /** @type {HTMLLinkElement | null} */ (document.querySelector('link[rel="icon"]'));
  if (!link) {
    link = document.createElement("link");
    link.rel = "icon";
    document.head.append(link);
  }
  link.href = href;
}
