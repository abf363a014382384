// @ts-check
/**
 * The app chrome: the fixed frame every fragc page has, built once at startup
 * (stApp with its run-state attributes, header, sidebar, main column, bottom bar,
 * toast area) and the mounts where the renderer puts the four roots of the node tree.
 *
 * Also here: what `st.set_page_config` changes (title, favicon, layout, sidebar), the
 * sidebar's collapsing (collapsed at first on a narrow screen, as Streamlit's "auto",
 * and then drawn over the page), where popover panels open, and `clientContext`, what
 * the page tells Python about the browser for `st.context`.
 */

import { h } from "./render/dom.js";
import { installTooltips } from "./render/tooltip.js";

/** At or below this width the sidebar starts collapsed and overlays the page (Streamlit's md breakpoint). */
export const NARROW_SCREEN_PX = 768;

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
 * @property {Record<string, HTMLElement>} menu the main menu's items by name (page.js gives them their actions)
 * @property {{ collapse: HTMLElement, expand: HTMLElement }} toggles the sidebar's two buttons
 * @property {{ sidebarState: string | null }} applied the last page config values acted on
 */

/**
 * @param {HTMLElement} container the page's `#root`
 * @returns {Chrome}
 */
export function buildChrome(container) {
  const mount = () => h("div", { class: "fragc-mount" });
  const roots = [mount(), mount(), mount(), mount()];
  const status = h("div", { "data-testid": "stStatusWidget", class: "fragc-status", "aria-live": "polite" });
  // Streamlit's: the sidebar's section says nothing of its state; the collapse button
  // (a wrapper with the test id around the button) and the expand button (in the
  // toolbar) say it with aria-expanded, and each is there only while it can act.
  const sidebar = h(
    "section",
    // No data-testid until it has something to show (render/index.js), as Streamlit's.
    { class: "stSidebar fragc-sidebar", "aria-label": "Sidebar", hidden: true },
    h(
      "div",
      { "data-testid": "stSidebarContent", class: "fragc-sidebar-content" },
      h(
        "div",
        { "data-testid": "stSidebarHeader", class: "fragc-sidebar-header" },
        h("div", { "data-testid": "stLogoSpacer", class: "fragc-logo-spacer" }),
        h(
          "div",
          { "data-testid": "stSidebarCollapseButton", class: "fragc-collapse-sidebar" },
          h(
            "button",
            {
              type: "button",
              "data-testid": "stBaseButton-headerNoPadding",
              class: "fragc-icon-button",
              "aria-label": "Collapse sidebar",
              "aria-expanded": "true",
              "aria-controls": "stSidebar",
              "data-fragc-chrome": "collapse-sidebar",
            },
            h("span", { "data-testid": "stIconMaterial", class: "fragc-chevron fragc-chevron-left", "aria-hidden": "true" }),
          ),
        ),
      ),
      h("div", { "data-testid": "stSidebarUserContent", class: "fragc-sidebar-user" }, roots[1]),
    ),
  );
  sidebar.id = "stSidebar";
  const expandSidebar = h(
    "button",
    {
      type: "button",
      "data-testid": "stExpandSidebarButton",
      class: "fragc-icon-button fragc-expand-sidebar",
      "aria-label": "Expand sidebar",
      "aria-expanded": "false",
      "aria-controls": "stSidebar",
      "data-fragc-chrome": "expand-sidebar",
    },
    h("span", { "data-testid": "stIconMaterial", class: "fragc-chevron fragc-chevron-right", "aria-hidden": "true" }),
  );
  const mainMenu = buildMainMenu();
  const bootArea = h("div", { class: "fragc-boot" });
  const bottom = h(
    "div",
    { "data-testid": "stBottom", class: "fragc-bottom", hidden: true },
    h("div", { "data-testid": "stBottomBlockContainer", class: "fragc-bottom-container" }, roots[3]),
  );
  const main = h(
    "section",
    // Focusable: the skip link moves the keyboard here.
    { "data-testid": "stMain", class: "stMain fragc-main", id: "stMain", tabindex: -1 },
    h("div", { "data-testid": "stMainBlockContainer", class: "block-container fragc-block-container" }, bootArea, roots[0]),
    bottom,
  );
  // The event root (dialogs) is outside the main column, as Streamlit's stEvent.
  const event = h("div", { "data-testid": "stEvent", class: "fragc-event" }, roots[2]);
  const toastArea = h("div", { "data-testid": "stToastContainer", class: "fragc-toasts", "aria-live": "polite" });
  // A click on the dimmed page beside an overlaying sidebar closes it (narrow screens).
  const scrim = h("div", { class: "fragc-sidebar-scrim", "aria-hidden": "true" });
  const app = h(
    "div",
    {
      "data-testid": "stApp",
      class: "stApp fragc-app fragc-layout-centered",
      "data-test-script-state": "initial",
      "data-test-connection-state": "INITIAL",
    },
    // Streamlit's first stop for Tab: a link past the header and sidebar to the page.
    h("a", { "data-testid": "stSkipToContent", class: "fragc-skip-link", href: "#stMain" }, "Skip to main content"),
    // Outside the header: the line runs above the sidebar too.
    h("div", { "data-testid": "stDecoration", class: "fragc-decoration", "aria-hidden": "true" }),
    h(
      "header",
      { "data-testid": "stHeader", class: "fragc-header" },
      h(
        "div",
        { "data-testid": "stToolbar", class: "fragc-toolbar" },
        expandSidebar,
        h("div", { "data-testid": "stToolbarActions", class: "fragc-toolbar-actions" }),
        status,
        mainMenu.root,
      ),
    ),
    h("div", { "data-testid": "stAppViewContainer", class: "fragc-view", "data-layout": "narrow" }, sidebar, scrim, main, event),
    toastArea,
    mainMenu.list,
  );
  container.append(app);
  /** @type {Chrome} */
  const chrome = {
    app,
    status,
    sidebar,
    main,
    bottom,
    bootArea,
    toastArea,
    roots,
    menu: mainMenu.items,
    toggles: {
      collapse: /** @type {HTMLElement} */ (sidebar.querySelector('[data-testid="stSidebarCollapseButton"]')),
      expand: expandSidebar,
    },
    applied: { sidebarState: null },
  };
  // The skip link: focus the page itself (the browser's own jump would leave the focus).
  app.querySelector('[data-testid="stSkipToContent"]')?.addEventListener("click", (event) => {
    event.preventDefault();
    main.focus();
  });
  // The chrome is never re-rendered, so its own controls can hold their listeners.
  app.querySelector('[data-fragc-chrome="collapse-sidebar"]')?.addEventListener("click", () => setSidebarCollapsed(chrome, true));
  expandSidebar.addEventListener("click", () => setSidebarCollapsed(chrome, false));
  scrim.addEventListener("click", () => setSidebarCollapsed(chrome, true));
  // Streamlit's "auto": a phone starts with the sidebar out of the way.
  setSidebarCollapsed(chrome, isNarrow());
  installTooltips(app);
  watchAutoscroll(app);
  watchBottom(chrome);
  return chrome;
}

function isNarrow() {
  return typeof window.matchMedia === "function" && window.matchMedia(`(max-width: ${NARROW_SCREEN_PX}px)`).matches;
}

/**
 * `st.container(height=..., autoscroll=...)`: a fixed-height box whose content grew
 * scrolls to its end, if it was at its end before (a reader who scrolled up is left
 * alone). Auto (None) means: when it holds chat messages, as in Streamlit 1.67.
 * The renderer morphs the DOM in place, so a MutationObserver sees every change.
 * @param {HTMLElement} app
 */
function watchAutoscroll(app) {
  /** What each box looked like after the last check. @type {WeakMap<Element, { height: number, atEnd: boolean }>} */
  const seen = new WeakMap();
  let queued = false;
  const check = () => {
    queued = false;
    for (const box of app.querySelectorAll(".fragc-scroll")) {
      const mode = box.getAttribute("data-fragc-autoscroll");
      const on = mode === "true" || (mode === null && box.querySelector('[data-testid="stChatMessage"]') !== null);
      // A box seen for the first time starts at its end, like a chat that opens on its last message.
      const before = seen.get(box) ?? { height: 0, atEnd: true };
      if (on && box.scrollHeight > before.height && before.atEnd) box.scrollTop = box.scrollHeight;
      seen.set(box, { height: box.scrollHeight, atEnd: box.scrollTop + box.clientHeight >= box.scrollHeight - 4 });
    }
  };
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    queueMicrotask(check);
  }).observe(app, { childList: true, subtree: true, characterData: true });
  // A reader's own scrolling decides whether the box follows new content.
  app.addEventListener(
    "scroll",
    (event) => {
      const box = /** @type {Element} */ (event.target);
      if (box.classList?.contains("fragc-scroll")) {
        seen.set(box, { height: box.scrollHeight, atEnd: box.scrollTop + box.clientHeight >= box.scrollHeight - 4 });
      }
    },
    true,
  );
}

/**
 * While `st.bottom` holds something (the pinned chat input, most often), the app follows
 * its newest content as Streamlit's main area does then (`stAppScrollToBottomContainer`,
 * the test id it takes instead of `stMain`): when the page grows and the reader was at
 * its end, it scrolls to the new end; a reader who scrolled up is left alone. The bottom
 * bar itself is sticky at the foot of the viewport (chrome.css), content scrolls above it.
 * @param {Chrome} chrome
 */
function watchBottom(chrome) {
  const scroller = /** @type {Element} */ (document.scrollingElement ?? document.documentElement);
  const pinned = () => !chrome.bottom.hidden;
  let atEnd = true; // a chat opens on its last message
  let lastHeight = 0;
  const follow = () => {
    if (!pinned()) return;
    const height = scroller.scrollHeight;
    if (height !== lastHeight && atEnd) window.scrollTo(0, height);
    lastHeight = height;
  };
  new MutationObserver(() => {
    const testId = pinned() ? "stAppScrollToBottomContainer" : "stMain";
    if (chrome.main.getAttribute("data-testid") !== testId) chrome.main.setAttribute("data-testid", testId);
    if (pinned()) queueMicrotask(follow);
  }).observe(chrome.app, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ["hidden"] });
  // Content that grows later (images, frames, fonts) moves the end too.
  if (typeof ResizeObserver !== "undefined") new ResizeObserver(follow).observe(chrome.main);
  window.addEventListener(
    "scroll",
    () => {
      atEnd = window.scrollY + window.innerHeight >= scroller.scrollHeight - 8;
    },
    { passive: true },
  );
}

/**
 * The run state tests wait on (what a user sees of it: status_widget.js).
 * @param {Chrome} chrome @param {string} state
 */
export function setScriptState(chrome, state) {
  chrome.app.setAttribute("data-test-script-state", state);
}

/** @param {Chrome} chrome @param {string} state e.g. CONNECTED */
export function setConnectionState(chrome, state) {
  chrome.app.setAttribute("data-test-connection-state", state);
}

/**
 * `page:config` (st.set_page_config). Each call changes only what it names. The sidebar
 * state is acted on when it changes, so a user who collapsed the sidebar keeps it
 * collapsed across reruns that send the same config (as in Streamlit).
 * @param {Chrome} chrome
 * @param {{ title?: string, icon?: string, layout?: string, initial_sidebar_state?: string, sidebar_width?: number }} config
 */
export function applyPageConfig(chrome, config) {
  if (typeof config.title === "string" && config.title) document.title = config.title;
  if (config.layout === "wide" || config.layout === "centered") {
    chrome.app.classList.toggle("fragc-layout-wide", config.layout === "wide");
    chrome.app.classList.toggle("fragc-layout-centered", config.layout === "centered");
    setLayoutAttribute(chrome.app, config.layout);
  }
  if (typeof config.sidebar_width === "number" && config.sidebar_width > 0) {
    chrome.app.style.setProperty("--fragc-sidebar-width", `${config.sidebar_width}px`);
  }
  const state = config.initial_sidebar_state;
  if (state && state !== chrome.applied.sidebarState) {
    chrome.applied.sidebarState = state;
    chrome.app.classList.toggle("fragc-sidebar-locked", state === "locked");
    setSidebarCollapsed(chrome, state === "collapsed" || (state === "auto" && isNarrow()));
  }
  if (typeof config.icon === "string" && config.icon) setFavicon(config.icon);
}

/**
 * Streamlit's `data-layout` on stAppViewContainer: "wide", else "narrow".
 * @param {HTMLElement} app @param {string} layout
 */
function setLayoutAttribute(app, layout) {
  app.querySelector('[data-testid="stAppViewContainer"]')?.setAttribute("data-layout", layout === "wide" ? "wide" : "narrow");
}

/**
 * Collapsed, the sidebar slides out of the page but stays in it, as Streamlit's (a test
 * sees its content, out of view); `inert` keeps Tab out of it.
 * @param {Chrome} chrome @param {boolean} collapsed
 */
export function setSidebarCollapsed(chrome, collapsed) {
  chrome.app.classList.toggle("fragc-sidebar-collapsed", collapsed);
  chrome.sidebar.toggleAttribute("inert", collapsed);
  // Each button is in the page only while it can act, as Streamlit's.
  const { collapse, expand } = chrome.toggles;
  const header = chrome.sidebar.querySelector('[data-testid="stSidebarHeader"]');
  const toolbar = chrome.app.querySelector('[data-testid="stToolbar"]');
  if (collapsed) {
    collapse.remove();
    if (!expand.isConnected) toolbar?.prepend(expand);
  } else {
    expand.remove();
    if (!collapse.isConnected) header?.append(collapse);
  }
}

/**
 * Streamlit's main menu (`stMainMenu` > `stMainMenuButton`), with what a static site can
 * offer: rerun the app and print the page. The list is a native popover (Escape and an
 * outside click close it); the button's aria-expanded follows it.
 */
function buildMainMenu() {
  const item = (/** @type {string} */ label, /** @type {string} */ shortcut) =>
    h(
      "li",
      { role: "menuitem", tabindex: -1, "data-testid": "stMainMenuItem", class: "fragc-menu-item" },
      h("span", {}, label),
      shortcut ? h("kbd", { class: "fragc-menu-shortcut", "aria-hidden": "true" }, shortcut) : null,
    );
  const items = { rerun: item("Rerun", "R"), print: item("Print", "Ctrl+P") };
  const list = h(
    "ul",
    { id: "fragc-main-menu", popover: "auto", role: "menu", "aria-label": "Main menu", "data-testid": "stMainMenuPopover", class: "fragc-menu" },
    ...Object.values(items),
  );
  const button = h(
    "button",
    {
      type: "button",
      "data-testid": "stMainMenuButton",
      class: "fragc-icon-button",
      "aria-label": "Main menu",
      "aria-haspopup": "menu",
      "aria-expanded": "false",
      popovertarget: "fragc-main-menu",
    },
    h("span", { class: "fragc-menu-dots", "aria-hidden": "true" }),
  );
  list.addEventListener("toggle", (event) => {
    const open = /** @type {Event & { newState?: string }} */ (event).newState === "open";
    button.setAttribute("aria-expanded", String(open));
    if (open) {
      const box = button.getBoundingClientRect();
      list.style.top = `${Math.round(box.bottom + 4)}px`;
      list.style.right = `${Math.round(document.documentElement.clientWidth - box.right)}px`;
      /** @type {HTMLElement} */ (items.rerun).focus();
    }
  });
  // Arrow keys move between the items, as a menu's do.
  list.addEventListener("keydown", (event) => {
    const all = Object.values(items);
    const at = all.indexOf(/** @type {HTMLElement} */ (document.activeElement));
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      all[(at + (event.key === "ArrowDown" ? 1 : all.length - 1)) % all.length].focus();
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      /** @type {HTMLElement} */ (document.activeElement)?.click();
    }
  });
  list.addEventListener("click", (event) => {
    if (event.target instanceof Element && event.target.closest('[role="menuitem"]')) list.hidePopover();
  });
  const root = h("span", { "data-testid": "stMainMenu", class: "fragc-main-menu" }, button);
  // The list is not in the header: Streamlit draws its menu in a layer only while open.
  return { root, list, items };
}

/**
 * An emoji becomes an SVG favicon; a data: or http(s) URL or an image path is used as
 * is. Streamlit's ":material/name:" icons have no font here: the default icon stays.
 * @param {string} icon
 */
export function setFavicon(icon) {
  if (/^:material\/[a-z0-9_]+:$/.test(icon)) return;
  const isUrl = /^(data:|https?:|\.{0,2}\/)|\.(png|ico|svg|jpe?g|gif|webp)$/i.test(icon);
  const emoji = icon.replace(/^emoji:/, "").replace(/[<&]/g, "");
  const href = isUrl
    ? icon
    : `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">${emoji}</text></svg>`)}`;
  // rel="shortcut icon", as Streamlit's page has it (a test finds the favicon by it).
  let link = /** @type {HTMLLinkElement | null} */ (document.querySelector('link[rel="shortcut icon"]'));
  if (!link) {
    link = document.createElement("link");
    link.rel = "shortcut icon";
    document.head.append(link);
  }
  link.href = href;
}

/**
 * What `st.context` reads, sent with every `run:request` (protocol.py `ClientContext`).
 * A static page has no request headers; cookies are the ones the page can see.
 * @returns {Record<string, unknown>}
 */
export function clientContext() {
  /** @type {Record<string, string>} */
  const cookies = {};
  for (const part of document.cookie ? document.cookie.split(";") : []) {
    const at = part.indexOf("=");
    const name = (at < 0 ? part : part.slice(0, at)).trim();
    if (!name) continue;
    const raw = at < 0 ? "" : part.slice(at + 1).trim();
    try {
      cookies[name] = decodeURIComponent(raw);
    } catch {
      cookies[name] = raw;
    }
  }
  const dark = typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
  return {
    cookies,
    timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    timezone_offset: new Date().getTimezoneOffset(),
    locale: navigator.language,
    url: `${location.origin}${location.pathname}`,
    color_scheme: dark ? "dark" : "light",
    is_embedded: new URLSearchParams(location.search).get("embed") === "true",
  };
}
