// @ts-check
/**
 * A family's stylesheet, added to the page by the family's chunk the first time it draws
 * (so the runtime's own stylesheet, which every visit downloads, holds none of it).
 */

/** @type {Set<string>} */
const added = new Set();

/** @param {string} name @param {string} css */
export function injectStyle(name, css) {
  if (added.has(name)) return;
  added.add(name);
  const style = document.createElement("style");
  style.setAttribute("data-fragc-family", name);
  style.textContent = css;
  document.head.append(style);
}
