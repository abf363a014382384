// @ts-check
/**
 * Multipage apps (a `pages/` folder beside the entry script; compiler/fragc/shim/pages.py):
 * the sidebar navigation drawn from `page:nav`, and the page's own URL.
 *
 * Each page has a URL under the site's folder, `SITE/Charts/`, which `fragc build` writes as
 * a copy of the site's page (so a deep link or a reload works on any static host, with no
 * server rule: ARCHITECTURE.md). The address bar is the truth: every full run sends the
 * page it names (`run:request.page`); a click on a navigation link pushes the link's URL and
 * asks for a full run; the browser's back and forward buttons do the same; and when Python
 * ran another page than the address bar names (`st.switch_page`), `page:nav` says so and
 * the address bar follows.
 */

import { h } from "./render/dom.js";

/**
 * @typedef {import("./protocol_types").PageNav} PageNav
 * @typedef {{ url_path: string, label: string, icon: string }} NavPage
 */

/** @type {URL | null} */
let root = null;

/**
 * The site's folder, from this page's `<meta name="fragc-site-root">` ("./" or "../"),
 * resolved against the URL the page was loaded from: once, since `pushState` moves the
 * document's base URL with the address bar.
 */
export function siteRoot() {
  if (!root) {
    const meta = document.querySelector('meta[name="fragc-site-root"]');
    root = new URL(meta?.getAttribute("content") || "./", document.baseURI);
  }
  return root;
}

/** The URL path of the page the address bar names: "" for the entry script, else "Charts". */
export function currentPagePath() {
  const root = siteRoot().pathname;
  const path = decodeURIComponent(location.pathname);
  const decodedRoot = decodeURIComponent(root);
  if (!path.startsWith(decodedRoot)) return "";
  return path.slice(decodedRoot.length).replace(/index\.html$/, "").replace(/\/+$/, "");
}

/** The URL of a page (its folder under the site's). @param {string} urlPath */
export function pageUrl(urlPath) {
  return new URL(urlPath ? `${encodeURIComponent(urlPath)}/` : "./", siteRoot()).href;
}

export class Navigation {
  /**
   * @param {{ before: HTMLElement, onNavigate: () => void }} deps `before`: what the
   *   navigation goes before (the sidebar's user content, as in Streamlit); `onNavigate`:
   *   the address bar names another page now, run it
   */
  constructor(deps) {
    this.deps = deps;
    /** @type {HTMLElement | null} */
    this.nav = null;
    window.addEventListener("popstate", () => deps.onNavigate());
  }

  /** Does the app have pages to navigate between? */
  get shown() {
    return this.nav !== null && !this.nav.hidden;
  }

  /** `page:nav`: draw the links, and follow a page Python switched to. @param {PageNav} message */
  show(message) {
    const current = message.current;
    if (current !== currentPagePath()) {
      // st.switch_page (or a path that names no page, which shows the entry script).
      history.pushState(null, "", pageUrl(current) + location.search);
    }
    const links = message.pages.map((page) => this.#link(page, page.url_path === current));
    const nav = h(
      "nav",
      { "data-testid": "stSidebarNav", class: "fragc-sidebar-nav", "aria-label": "App pages", hidden: message.position === "hidden" },
      h("ul", { "data-testid": "stSidebarNavItems", class: "fragc-sidebar-nav-items" }, ...links),
    );
    if (this.nav) this.nav.replaceWith(nav);
    else this.deps.before.before(nav);
    this.nav = nav;
  }

  /** @param {NavPage} page @param {boolean} isCurrent */
  #link(page, isCurrent) {
    const anchor = h(
      "a",
      {
        "data-testid": "stSidebarNavLink",
        class: isCurrent ? "fragc-nav-link fragc-nav-link-current" : "fragc-nav-link",
        href: pageUrl(page.url_path),
        "aria-current": isCurrent ? "page" : null,
      },
      page.icon ? h("span", { class: "fragc-nav-icon" }, h("span", { "data-testid": "stIconEmoji", "aria-hidden": "true" }, page.icon)) : null,
      h("span", { label: page.label, class: "fragc-nav-label" }, h("div", { "data-testid": "stMarkdownContainer" }, h("p", {}, page.label))),
    );
    anchor.addEventListener("click", (event) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      if (page.url_path === currentPagePath()) return;
      history.pushState(null, "", pageUrl(page.url_path));
      this.deps.onNavigate();
    });
    return h("li", {}, h("div", { "data-testid": "stSidebarNavLinkContainer", class: "fragc-nav-link-container" }, anchor));
  }
}
