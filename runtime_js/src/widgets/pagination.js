// @ts-check
/**
 * st.pagination (`compiler/fragc/shim/widgets/pagination.py`): Streamlit's row of
 * buttons (`stPaginationPrev`, `stPaginationPage`, `stPaginationPageActive`,
 * `stPaginationEllipsis`, `stPaginationNext`), the pages shown chosen by Streamlit's own
 * rule (`visiblePages`). A page button commits the page number (from 1).
 */

import { h, cls } from "../render/dom.js";

/**
 * @typedef {import("../protocol_types").PaginationProps} PaginationProps
 * @typedef {import("../family.js").ElementView} ElementView
 * @typedef {import("../family.js").EventContext} EventContext
 * @typedef {import("../family.js").Family} Family
 * @typedef {{ type: "page", page: number } | { type: "ellipsis", position: "start" | "end" }} PageItem
 */

const page = (/** @type {number} */ n) => /** @type {PageItem} */ ({ type: "page", page: n });
const gap = (/** @type {"start" | "end"} */ position) => /** @type {PageItem} */ ({ type: "ellipsis", position });

/**
 * Streamlit 1.67's choice of the pages to show (Pagination.tsx): the first and last
 * page, a window around the current one, ellipses for what is left out.
 * @param {number} current @param {number} total @param {number} visible how many fit
 * @returns {PageItem[]}
 */
export function visiblePages(current, total, visible) {
  if (visible === 0) return [];
  if (visible === 1) return [page(current)];
  if (total <= visible) return Array.from({ length: total }, (_, i) => page(i + 1));
  if (visible === 2) {
    if (current === 1) return [page(1), gap("end"), page(total)];
    if (current === total) return [page(1), gap("start"), page(total)];
    return [page(current), gap("end"), page(total)];
  }
  if (visible === 3 && total > 4) {
    if (current <= 3) return [page(1), page(2), page(3), gap("end"), page(total)];
    if (current >= total - 2) return [page(1), gap("start"), page(total - 2), page(total - 1), page(total)];
    return [page(1), gap("start"), page(current), gap("end"), page(total)];
  }
  /** @type {PageItem[]} */
  const items = [];
  const startGap = current > 3;
  const endGap = current < total - 2;
  const middle = Math.max(1, visible - 2 - (Number(startGap) + Number(endGap)));
  items.push(page(1));
  if (startGap) items.push(gap("start"));
  let from;
  let to;
  if (!startGap) {
    from = 2;
    to = Math.max(current, Math.min(total - 1, 2 + middle - 1));
    if (to - from + 1 < middle) to = Math.min(total - 1, from + middle - 1);
  } else if (!endGap) {
    to = total - 1;
    from = Math.min(current, Math.max(2, total - middle));
    if (to - from + 1 < middle) from = Math.max(2, to - middle + 1);
  } else {
    const half = Math.floor((middle - 1) / 2);
    from = Math.max(2, current - half);
    to = Math.min(total - 1, from + middle - 1);
    if (to === total - 1) from = Math.max(2, to - middle + 1);
    if (from === 2) to = Math.min(total - 1, from + middle - 1);
  }
  for (let n = from; n <= to; n++) items.push(page(n));
  if (endGap) items.push(gap("end"));
  if (total > 1) items.push(page(total));
  return items;
}

/** @param {PaginationProps} p @param {ElementView} view */
function pagination(p, view) {
  const total = Math.max(1, Number(p.num_pages) || 1);
  const current = Math.min(total, Math.max(1, Number(view.value) || Number(p.default) || 1));
  const visible = Math.min(typeof p.max_visible_pages === "number" ? p.max_visible_pages : total, 50);
  const disabled = Boolean(p.disabled);
  /** @param {string} testId @param {string} label @param {number} target @param {boolean} off @param {string} arrow */
  const arrow = (testId, label, target, off, arrow) =>
    h(
      "button",
      {
        type: "button",
        "data-testid": testId,
        class: "fragc-page-arrow",
        "aria-label": label,
        disabled: disabled || off,
        "data-fragc-action": "pagination-page",
        "data-fragc-page": target,
      },
      h("span", { class: cls("fragc-chevron", arrow), "aria-hidden": "true" }),
    );
  return h(
    "div",
    { "data-testid": "stPagination", class: cls("stPagination", p.width === "stretch" && "fragc-pagination-stretch") },
    h(
      "div",
      { role: "navigation", "aria-label": "Pagination", class: "fragc-pagination" },
      arrow("stPaginationPrev", "Previous page", current - 1, current === 1, "fragc-chevron-left"),
      visiblePages(current, total, visible).map((item) =>
        item.type === "ellipsis"
          ? h("span", { "aria-hidden": "true", "data-testid": "stPaginationEllipsis", class: "fragc-page-gap" }, "…")
          : h(
              "button",
              {
                type: "button",
                "aria-label": `Page ${item.page}`,
                "aria-current": item.page === current ? "page" : null,
                "data-testid": item.page === current ? "stPaginationPageActive" : "stPaginationPage",
                class: cls("fragc-page", item.page === current && "fragc-page-active"),
                disabled,
                "data-fragc-action": "pagination-page",
                "data-fragc-page": item.page,
              },
              String(item.page),
            ),
      ),
      arrow("stPaginationNext", "Next page", current + 1, current === total, "fragc-chevron-right"),
    ),
  );
}

/** @param {HTMLElement} button @param {MouseEvent} _event @param {EventContext} ctx */
function choosePage(button, _event, ctx) {
  const node = ctx.widgetNode(button);
  if (node) ctx.commit(node, Number(button.getAttribute("data-fragc-page")));
}

export default /** @satisfies {Family} */ ({
  python: "widgets/pagination.py",
  elements: { pagination },
  actions: { "pagination-page": { click: choosePage } },
});
