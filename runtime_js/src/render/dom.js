// @ts-check
/**
 * A tiny element builder, so renderers read like the markup they produce.
 *
 * `h("div", { "data-testid": "stText", class: "stText" }, "hello")`. Attributes whose
 * value is null, undefined or false are left out; `true` writes an empty attribute.
 * Properties that are not attributes (an input's live `value`, `checked`) are set
 * with the `props` key. `html` sets innerHTML (only ever with sanitised markdown).
 */

/**
 * @typedef {{ [name: string]: any, props?: Record<string, unknown>, html?: string }} Attrs
 *   attribute values: string, number, boolean, null or undefined
 * @typedef {Node | string | number | null | undefined | false | any[]} Child
 *   arrays (of children) are flattened
 */

/**
 * @param {string} tag
 * @param {Attrs} [attrs]
 * @param {...Child} children
 * @returns {HTMLElement}
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === "props" || name === "html") continue;
    if (value === null || value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? "" : String(value));
  }
  if (attrs.html !== undefined) el.innerHTML = attrs.html;
  append(el, children);
  if (attrs.props) Object.assign(el, attrs.props);
  return el;
}

/** @param {HTMLElement} el @param {Child[]} children */
function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(typeof child === "number" ? String(child) : child);
  }
}

/** Streamlit's class for a keyed element: chars outside [A-Za-z0-9_-] become "-". @param {string} key */
export function keyClass(key) {
  return `st-key-${key.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

/** Join class names, dropping empty ones. @param {...(string | false | null | undefined)} names */
export function cls(...names) {
  return names.filter(Boolean).join(" ");
}
