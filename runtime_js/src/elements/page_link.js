// @ts-check
/**
 * st.page_link: a link to a page of the app, which a click follows in place (as the
 * navigation's links do: the address bar moves, the app runs that page), or to another
 * site, which opens in a new tab. Drawn as Streamlit 1.67 draws it (`stPageLink` >
 * `stPageLink-NavLink`), so a test that clicks it by role and name works on both.
 */

import { h, cls } from "../render/dom.js";
import { iconHtml, markdownToHtml } from "../render/markdown.js";
import { safeUrl } from "../render/sanitize.js";
import { currentPagePath, pageUrl } from "../pages.js";

/**
 * @typedef {import("../protocol_types").PageLinkProps} PageLinkProps
 * @typedef {import("../family.js").EventContext} EventContext
 * @typedef {import("../family.js").Family} Family
 */

/** @param {PageLinkProps} p */
function pageLink(p) {
  const disabled = Boolean(p.disabled);
  const href = p.external ? safeUrl(p.url) ?? "#" : pageUrl(p.url_path) + (p.query_string ? `?${p.query_string}` : "");
  const current = !p.external && p.url_path === currentPagePath();
  const icon = p.icon ? h("span", { class: "fragc-page-link-icon", html: iconHtml(String(p.icon)) }) : null;
  const label = h("span", { class: "fragc-page-link-label" }, h("div", { "data-testid": "stMarkdownContainer", html: markdownToHtml(p.label, { inline: true }) }));
  return h(
    "div",
    { "data-testid": "stPageLink", class: cls("stPageLink", p.use_container_width && "fragc-stretch") },
    h(
      "div",
      { class: "fragc-page-link-box", title: p.help ? String(p.help) : null },
      h(
        "a",
        {
          "data-testid": "stPageLink-NavLink",
          class: cls("fragc-page-link", current && "fragc-page-link-current", disabled && "fragc-link-disabled"),
          // A disabled link has no href: nothing to follow, and it leaves the tab order.
          href: disabled ? null : href,
          target: p.external ? "_blank" : "",
          rel: "noreferrer",
          "aria-disabled": disabled ? "true" : null,
          "aria-current": current ? "page" : null,
          "data-fragc-action": !p.external ? "page-link" : null,
        },
        ...(p.icon_position === "right" ? [label, icon] : [icon, label]),
      ),
    ),
  );
}

/** Follow a link to a page of the app in place. @param {HTMLElement} link @param {MouseEvent} event @param {EventContext} ctx */
function onClick(link, event, ctx) {
  const href = link.getAttribute("href");
  if (!href || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const target = new URL(href, document.baseURI);
  if (target.href === location.href) return;
  history.pushState(null, "", target.href);
  ctx.scheduler.userEvent(null);
}

export default /** @satisfies {Family} */ ({
  python: "elements/page_link.py",
  elements: { page_link: pageLink },
  actions: { "page-link": { click: onClick } },
});
