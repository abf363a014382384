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
import { iconHtml, markdownToHtml } from "./render/markdown.js";
import { safeUrl } from "./render/sanitize.js";

/**
 * @typedef {import("./protocol_types").PageNav} PageNav
 * @typedef {import("./protocol_types").NavPage} NavPage
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

/**
 * A page's URL as Streamlit shows it, `SITE/Charts` (no trailing slash), so a test or a link
 * that names the page's address matches. The host serves the page's folder, `SITE/Charts/`:
 * opening `SITE/Charts` gets its redirect there (every static host and `fragc serve` send it),
 * and `showStreamlitPath` puts the address bar back. A page opened from disk (file:) keeps the
 * folder's URL: there is no redirect, and the folder's address is the only one that opens.
 * @param {string} urlPath
 */
export function pageUrl(urlPath) {
  const slash = location.protocol === "file:" ? "/" : "";
  return new URL(urlPath ? `${encodeURIComponent(urlPath)}${slash}` : "./", siteRoot()).href;
}

/**
 * The query a page switch keeps: Streamlit keeps only its embedding parameters (`embed`,
 * written in lower case, and each `embed_options`) when a navigation link is followed.
 */
export function embedSearch() {
  const kept = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(location.search)) {
    if (key === "embed") kept.append(key, value.toLowerCase());
    else if (key === "embed_options") kept.append(key, value);
  }
  const search = kept.toString();
  return search ? `?${search}` : "";
}

/**
 * The page was opened at its folder (`SITE/Charts/`, after the host's redirect): show
 * Streamlit's address, `SITE/Charts`, keeping the query and the hash. Called once the site's
 * folder is fixed (`siteRoot`), since this moves the document's base URL.
 */
export function showStreamlitPath() {
  const path = currentPagePath();
  if (!path || location.protocol === "file:" || !location.pathname.endsWith("/")) return;
  history.replaceState(history.state, "", pageUrl(path) + location.search + location.hash);
}

/** At most this many links before "View more", unless `expanded` (Streamlit's default). */
const COLLAPSED_LINKS = 10;
/** ...and only when at least this many more would be hidden. */
const COLLAPSE_MARGIN = 3;

export class Navigation {
  /**
   * @param {{ sidebar: HTMLElement, before: HTMLElement, toolbar: HTMLElement, onNavigate: () => void }} deps
   *   `before`: what the sidebar navigation goes before (the sidebar's user content, as in
   *   Streamlit); `toolbar`: where the top navigation goes; `onNavigate`: the address bar
   *   names another page now, run it
   */
  constructor(deps) {
    this.deps = deps;
    /** @type {HTMLElement | null} the sidebar navigation */
    this.nav = null;
    /** @type {HTMLElement | null} the top navigation */
    this.top = null;
    /** @type {HTMLElement | null} "Page not found" */
    this.notFound = null;
    /** The user asked for every link ("View more"). */
    this.showAll = false;
    /** Sections the user folded, by header. @type {Set<string>} */
    this.folded = new Set();
    /** @type {PageNav | null} */
    this.last = null;
    /** @type {string | null} the URL path of the page the last message showed */
    this.shownPage = null;
    this.sidebarHadContent = false;
    window.addEventListener("popstate", () => deps.onNavigate());
    document.addEventListener("click", (event) => this.#closeMenus(/** @type {Node} */ (event.target)));
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape") this.#closeMenus(null);
    });
  }

  /** Does the app have pages to navigate between in the sidebar? */
  get shown() {
    return this.nav !== null && !this.nav.hidden;
  }

  /**
   * `page:nav`: draw the links, follow a page Python switched to, title the tab.
   * @param {PageNav} message @param {{ titleSet?: boolean }} [run] whether this run's
   *   st.set_page_config named a title (it wins over the page's name)
   */
  show(message, run = {}) {
    const current = message.current;
    if (current !== currentPagePath()) {
      // st.switch_page (or a path that names no page, which shows the default page).
      history.pushState(null, "", pageUrl(current) + location.search);
    }
    const page = message.pages.find((p) => p.url_path === current);
    if (page && current !== this.shownPage && !run.titleSet) document.title = page.label;
    this.shownPage = current;
    this.last = message;
    this.#draw();
    if (message.not_found) this.#showNotFound();
  }

  /** (Re)draw from the last message: the sidebar's content decides "View more". */
  #draw() {
    const message = this.last;
    if (!message) return;
    const visible = message.pages.filter((p) => !p.hidden);
    // One page has nothing to navigate to: Streamlit hides the menu, wherever it is.
    const position = visible.length > 1 ? message.position : "hidden";
    const sidebar = this.#sidebarNav(message, visible, position !== "sidebar");
    if (this.nav) this.nav.replaceWith(sidebar);
    else this.deps.before.before(sidebar);
    this.nav = sidebar;
    const top = position === "top" ? this.#topNav(message, visible) : null;
    if (this.top && top) this.top.replaceWith(top);
    else if (top) this.deps.toolbar.prepend(top);
    else this.top?.remove();
    this.top = top;
  }

  /** @param {PageNav} message @param {NavPage[]} visible @param {boolean} hidden */
  #sidebarNav(message, visible, hidden) {
    // Not in the sidebar (position "hidden" or "top", or one page): Streamlit draws no
    // stSidebarNav at all; an empty, hidden placeholder keeps this one's place.
    if (hidden) return h("nav", { class: "fragc-sidebar-nav", hidden: true });
    const sidebarHasContent = hasElements(this.deps.before);
    const limit = this.#linkLimit(message, visible.length, sidebarHasContent);
    /** @type {Map<string, NavPage[]>} */
    const sections = new Map();
    for (const page of visible) {
      const section = page.section ?? "";
      sections.set(section, [...(sections.get(section) ?? []), page]);
    }
    /** @type {HTMLElement[]} */
    const items = [];
    let drawn = 0;
    for (const [section, pages] of sections) {
      const folded = this.folded.has(section);
      const links = [];
      for (const page of pages) {
        if (drawn >= limit) break;
        drawn += 1;
        if (!folded) links.push(this.#link(page, page.url_path === message.current, "side"));
      }
      if (!section) items.push(...links);
      else if (links.length || folded) items.push(h("div", { class: "fragc-nav-section" }, this.#sectionHeader(section, folded), ...links));
    }
    const more = visible.length - limit;
    const viewButton =
      more > 0 || this.showAll
        ? h(
            "button",
            { type: "button", "data-testid": "stSidebarNavViewButton", class: "fragc-nav-view-button", "data-fragc-nav": "view" },
            this.showAll ? "View less" : `View ${more} more`,
          )
        : null;
    viewButton?.addEventListener("click", () => {
      this.showAll = !this.showAll;
      this.#draw();
    });
    return h(
      "nav",
      { "data-testid": "stSidebarNav", class: "fragc-sidebar-nav", "aria-label": "App pages", hidden },
      h("ul", { "data-testid": "stSidebarNavItems", class: "fragc-sidebar-nav-items" }, ...items),
      viewButton,
      sidebarHasContent ? h("div", { "data-testid": "stSidebarNavSeparator", class: "fragc-sidebar-nav-separator" }) : null,
    );
  }

  /** How many links the sidebar lists before "View N more". @param {PageNav} message @param {number} count @param {boolean} sidebarHasContent */
  #linkLimit(message, count, sidebarHasContent) {
    // A sidebar that holds only the navigation always lists every page.
    if (message.expanded || this.showAll || !sidebarHasContent) return count;
    const limit = message.visible_items ?? COLLAPSED_LINKS;
    return count >= limit + COLLAPSE_MARGIN ? limit : count;
  }

  /** A section's header: a click folds or unfolds its links. @param {string} section @param {boolean} folded */
  #sectionHeader(section, folded) {
    const header = h(
      "header",
      { "data-testid": "stNavSectionHeader", class: "fragc-nav-section-header", role: "button", tabindex: "0", "aria-expanded": String(!folded) },
      h("span", {}, h("div", { "data-testid": "stMarkdownContainer", html: markdownToHtml(section) })),
      h("div", {}, h("span", { html: iconHtml(folded ? ":material/expand_less:" : ":material/expand_more:") })),
    );
    const toggle = () => {
      if (this.folded.has(section)) this.folded.delete(section);
      else this.folded.add(section);
      this.#draw();
    };
    header.addEventListener("click", toggle);
    header.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        toggle();
      }
    });
    return header;
  }

  /** The navigation in the app's top bar: pages, then sections as menus. @param {PageNav} message @param {NavPage[]} visible */
  #topNav(message, visible) {
    /** @type {Map<string, NavPage[]>} */
    const sections = new Map();
    for (const page of visible) {
      const section = page.section ?? "";
      sections.set(section, [...(sections.get(section) ?? []), page]);
    }
    /** @type {HTMLElement[]} */
    const parts = [];
    for (const [section, pages] of sections) {
      if (!section) {
        for (const page of pages) parts.push(h("div", {}, this.#link(page, page.url_path === message.current, "top")));
        continue;
      }
      parts.push(this.#topSection(section, pages, message.current));
    }
    return h("nav", { "data-testid": "stTopNav", class: "fragc-top-nav", "aria-label": "App pages" }, ...parts);
  }

  /** A section of the top navigation: a button opening a menu of its pages. @param {string} section @param {NavPage[]} pages @param {string} current */
  #topSection(section, pages, current) {
    const id = `fragc-top-nav-${++menuIds}`;
    const button = h(
      "button",
      { type: "button", id: `${id}-button`, "aria-expanded": "false", "aria-haspopup": "menu", "data-testid": "stTopNavSection", class: "fragc-top-nav-section" },
      h("span", {}, h("div", { "data-testid": "stMarkdownContainer", html: markdownToHtml(section) })),
      h("div", { "aria-hidden": "true", class: "fragc-top-nav-chevron", html: iconHtml(":material/expand_more:") }),
    );
    const items = pages.map((page, index) => {
      const link = this.#link(page, page.url_path === current, "menu");
      link.setAttribute("tabindex", index === 0 ? "0" : "-1");
      return h("div", { role: "none" }, link);
    });
    const menu = h(
      "div",
      { "data-testid": "stTopNavPopoverBody", class: "fragc-top-nav-popover", hidden: true },
      h("div", { id, "data-testid": "stTopNavPopover", role: "menu", "aria-labelledby": `${id}-button` }, ...items),
    );
    button.addEventListener("click", (event) => {
      event.stopPropagation();
      const open = menu.hidden;
      this.#closeMenus(null);
      menu.hidden = !open;
      button.setAttribute("aria-expanded", String(open));
      if (open) /** @type {HTMLElement | null} */ (menu.querySelector('[role="menuitem"]'))?.focus();
    });
    menu.addEventListener("keydown", (event) => {
      const links = /** @type {HTMLElement[]} */ ([...menu.querySelectorAll('[role="menuitem"]')]);
      const at = links.indexOf(/** @type {HTMLElement} */ (document.activeElement));
      const step = event.key === "ArrowDown" ? 1 : event.key === "ArrowUp" ? -1 : 0;
      if (!step || !links.length) return;
      event.preventDefault();
      links[(at + step + links.length) % links.length].focus();
    });
    return h("div", { class: "fragc-top-nav-menu" }, button, menu);
  }

  /** Close the open top-navigation menus (not the one holding `inside`). @param {Node | null} inside */
  #closeMenus(inside) {
    if (!this.top) return;
    for (const menu of this.top.querySelectorAll(".fragc-top-nav-menu")) {
      if (inside && menu.contains(inside)) continue;
      const popover = /** @type {HTMLElement} */ (menu.querySelector('[data-testid="stTopNavPopoverBody"]'));
      if (popover.hidden) continue;
      popover.hidden = true;
      menu.querySelector('[data-testid="stTopNavSection"]')?.setAttribute("aria-expanded", "false");
    }
  }

  /**
   * A page's link. `side`: the sidebar's; `top`: the top bar's; `menu`: in a top section.
   * @param {NavPage} page @param {boolean} isCurrent @param {"side" | "top" | "menu"} where
   */
  #link(page, isCurrent, where) {
    const external = typeof page.external_url === "string";
    const testId = where === "side" ? "stSidebarNavLink" : where === "top" ? "stTopNavLink" : "stTopNavDropdownLink";
    const anchor = h(
      "a",
      {
        "data-testid": testId,
        class: isCurrent ? "fragc-nav-link fragc-nav-link-current" : "fragc-nav-link",
        href: external ? safeUrl(String(page.external_url)) ?? "#" : pageUrl(page.url_path),
        target: external ? "_blank" : null,
        rel: external ? "noreferrer" : null,
        role: where === "menu" ? "menuitem" : null,
        title: page.help || null,
        "aria-current": isCurrent ? "page" : null,
      },
      page.icon ? h("span", { class: "fragc-nav-icon", html: iconHtml(page.icon) }) : null,
      h("span", { label: page.label, class: "fragc-nav-label" }, h("div", { "data-testid": "stMarkdownContainer" }, h("p", {}, page.label))),
    );
    if (!external) {
      anchor.addEventListener("click", (event) => {
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        this.#closeMenus(null);
        if (page.url_path === currentPagePath()) return;
        history.pushState(null, "", pageUrl(page.url_path) + embedSearch());
        this.deps.onNavigate();
      });
    }
    const container = where === "side" ? "stSidebarNavLinkContainer" : "stTopNavLinkContainer";
    const box = h("div", { "data-testid": container, class: "fragc-nav-link-container", role: where === "menu" ? "none" : null }, anchor);
    return where === "side" ? h("li", {}, box) : where === "menu" ? box : box;
  }

  /** Streamlit's "Page not found" dialog: the address named no page; the default one ran. */
  #showNotFound() {
    this.notFound?.remove();
    const close = h("button", { type: "button", class: "fragc-icon-button fragc-dialog-close", "aria-label": "Close" }, "×");
    const dialog = h(
      "div",
      { class: "fragc-page-not-found", role: "dialog", "aria-modal": "true", "aria-labelledby": "fragc-page-not-found-title" },
      h(
        "div",
        { class: "fragc-page-not-found-box" },
        h("div", { id: "fragc-page-not-found-title", class: "fragc-page-not-found-title" }, "Page not found"),
        h("p", {}, "The page that you have requested does not seem to exist. Running the app's main page."),
        close,
      ),
    );
    const dismiss = () => {
      dialog.remove();
      document.removeEventListener("keydown", onKey);
      if (this.notFound === dialog) this.notFound = null;
    };
    /** @param {KeyboardEvent} event */
    const onKey = (event) => {
      if (event.key === "Escape") dismiss();
    };
    close.addEventListener("click", dismiss);
    dialog.addEventListener("click", (event) => {
      if (event.target === dialog) dismiss();
    });
    document.addEventListener("keydown", onKey);
    document.body.append(dialog);
    this.notFound = dialog;
    close.focus();
  }

  /** After a render: "View more" and the separator depend on whether the sidebar has content. */
  sidebarChanged() {
    const hasContent = hasElements(this.deps.before);
    if (hasContent === this.sidebarHadContent) return;
    this.sidebarHadContent = hasContent;
    if (this.last && this.nav) this.#draw();
  }
}

/**
 * Whether the sidebar shows anything of the app's: an element other than st.empty's
 * placeholder, at any depth (Streamlit's `hasElements`: a block of empties is empty).
 * @param {HTMLElement} root
 */
function hasElements(root) {
  return root.querySelector('[data-testid="stElementContainer"]:not(.fragc-kind-empty)') !== null;
}

let menuIds = 0;
