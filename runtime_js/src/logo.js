// @ts-check
/**
 * st.logo: the app's logo at the top of the sidebar (`stSidebarHeader` > `stLogoLink` >
 * `stSidebarLogo`) and in the top bar when the sidebar is closed or absent
 * (`stHeaderLogo`, the `icon_image` if the app gave one), as Streamlit 1.67 draws it.
 * Each full run that calls st.logo sends it (`page:logo`); a full run that does not
 * takes it away.
 */

import { h } from "./render/dom.js";
import { safeUrl } from "./render/sanitize.js";

/**
 * @typedef {import("./protocol_types").PageLogo} PageLogo
 * @typedef {import("./chrome.js").Chrome} Chrome
 */

/**
 * Draw the logo, or remove it (`null`).
 * @param {Chrome} chrome @param {PageLogo | null} logo
 */
export function showLogo(chrome, logo) {
  for (const old of chrome.app.querySelectorAll(".fragc-logo")) old.remove();
  if (!logo) return;
  const sidebarHeader = chrome.sidebar.querySelector('[data-testid="stSidebarHeader"]');
  sidebarHeader?.prepend(linked(logo, image(logo.image, "stSidebarLogo", logo.size)));
  const header = chrome.app.querySelector('[data-testid="stHeader"]');
  header?.prepend(linked(logo, image(logo.icon_image ?? logo.image, "stHeaderLogo", logo.size), "fragc-header-logo"));
}

/** @param {string} src @param {string} testId @param {string} size */
function image(src, testId, size) {
  // The image is the app's (a data: URL) or an address it gave; never a script.
  return h("img", { src: safeUrl(src, "media") ?? "", alt: "Logo", "data-testid": testId, class: `fragc-logo-image fragc-logo-${size}` });
}

/** @param {PageLogo} logo @param {HTMLElement} img @param {string} [extra] */
function linked(logo, img, extra = "") {
  const href = logo.link ? safeUrl(logo.link) : null;
  const className = `fragc-logo ${extra}`.trim();
  if (!href) return h("div", { class: className }, img);
  return h("a", { href, target: "_blank", rel: "noreferrer", "data-testid": "stLogoLink", class: className }, img);
}
