// @ts-check
/**
 * st.space (`stSpace`: an empty box of a named size or pixels) and st.skeleton
 * (`stSkeletonElement`: an animated placeholder), from
 * `compiler/fragc/shim/elements/placeholders.py`. A skeleton of `with st.skeleton():`
 * carries `delay_ms`: it shows only once the block has run that long (CSS delays it), as
 * Streamlit's timer does. (Streamlit's app skeleton, shown while an app loads, is
 * `stSkeleton`; the element is `stSkeletonElement`.)
 */

import { h } from "../render/dom.js";

/**
 * @typedef {import("../protocol_types").SpaceProps} SpaceProps
 * @typedef {import("../protocol_types").SkeletonProps} SkeletonProps
 * @typedef {import("../family.js").Family} Family
 */

/** @param {SpaceProps} p */
function space(p) {
  const size =
    typeof p.size === "number" ? `${p.size}px` : typeof p.rem === "number" ? `${p.rem}rem` : p.size === "stretch" ? null : "0.75rem";
  return h("div", {
    "data-testid": "stSpace",
    class: p.size === "stretch" ? "stSpace fragc-space-stretch" : "stSpace",
    style: size ? `height: ${size}; min-height: ${size}; width: ${size}` : null,
  });
}

/** @param {SkeletonProps} p */
function skeleton(p) {
  const styles = [];
  if (typeof p.height === "number") styles.push(`height: ${p.height}px`);
  else if (p.stretch_height) styles.push("height: 100%");
  if (typeof p.width === "number") styles.push(`width: ${p.width}px; max-width: 100%`);
  if (typeof p.delay_ms === "number" && p.delay_ms > 0) styles.push(`animation-delay: 0s, ${p.delay_ms}ms`);
  return h("div", {
    "data-testid": "stSkeletonElement",
    class: typeof p.delay_ms === "number" && p.delay_ms > 0 ? "fragc-skeleton-element fragc-skeleton-delayed" : "fragc-skeleton-element",
    "aria-hidden": "true",
    style: styles.join("; ") || null,
  });
}

export default /** @satisfies {Family} */ ({
  python: "elements/placeholders.py",
  elements: { space, skeleton },
});
