// @ts-check
/**
 * st.grid (`compiler/fragc/shim/elements/grid.py`): Streamlit's `stGrid`, a CSS grid whose direct children are cells
 * (`stGridCell` > `stGridCellBody` > `stGridCellContent`). An element written into the
 * grid gets a cell of its own; `grid.cell(column_span, row_span)` is a `grid_cell`
 * block: one cell holding its elements, spanning tracks.
 *
 * Columns: an integer N is the most columns, and the grid drops one whenever a column
 * would fall below `min_column_width` (auto-fit over `minmax(max(min, 1/N), 1fr)`); with
 * `wrap=False` it keeps N and scrolls sideways; `"auto"` fits as many as the width
 * allows. Borders and the vertical alignment of the cells come from the grid.
 */

import { h, cls, keyClass } from "../render/dom.js";
import { gapCss } from "./layout.js";

/**
 * @typedef {import("../protocol_types").GridProps} GridProps
 * @typedef {import("../protocol_types").GridCellProps} GridCellProps
 * @typedef {import("../render/dom.js").Child} Child
 * @typedef {import("../family.js").BlockView} BlockView
 * @typedef {import("../family.js").Family} Family
 */

/** Streamlit's automatic minimum column width (about 200 pixels). */
const AUTO_MIN_WIDTH = "12.5rem";

/** @param {GridProps} p */
export function gridTemplate(p) {
  const min = typeof p.min_column_width === "number" ? `${p.min_column_width}px` : AUTO_MIN_WIDTH;
  const columns = typeof p.columns === "number" ? p.columns : null;
  if (columns === null) return `repeat(auto-fill, minmax(min(${min}, 100%), 1fr))`;
  if (p.wrap === false) return `repeat(${columns}, minmax(${min}, 1fr))`;
  const gap = gapCss(p.column_gap) ?? "1rem";
  const share = `calc((100% - ${columns - 1} * ${gap}) / ${columns})`;
  return `repeat(auto-fit, minmax(min(max(${min}, ${share}), 100%), 1fr))`;
}

/** A cell around one element (a `grid_cell` block draws its own). @param {Child} content */
function cellAround(content) {
  return h(
    "div",
    { "data-testid": "stGridCell", class: "stGridCell fragc-grid-cell" },
    h("div", { "data-testid": "stGridCellBody", class: "fragc-grid-cell-body" },
      h("div", { "data-testid": "stGridCellContent", class: "fragc-grid-cell-content" }, content)),
  );
}

/**
 * @param {GridProps} p @param {BlockView} view
 */
function grid(p, view) {
  const { node, attrs, key } = view;
  // Each child is a cell: a grid_cell block draws its own, an element gets one.
  const drawn = view.children();
  const kids = node.children.filter((c) => !(c.type === "element" && c.element.kind === "toast"));
  const children = kids.map((c, i) => ({ isCell: c.type === "block" && c.block.kind === "grid_cell", el: drawn[i] }));
  const styles = [
    `grid-template-columns: ${gridTemplate(p)}`,
    `row-gap: ${gapCss(p.row_gap) ?? "0"}`,
    `column-gap: ${gapCss(p.column_gap) ?? "0"}`,
  ];
  if (typeof p.row_height === "number") styles.push(`grid-auto-rows: ${p.row_height}px`);
  if (p.dense) styles.push("grid-auto-flow: row dense");
  if (typeof p.width === "number") styles.push(`width: ${p.width}px; max-width: 100%`);
  if (typeof p.height === "number") styles.push(`height: ${p.height}px; overflow: auto`);
  const align = { top: "flex-start", center: "center", bottom: "flex-end" }[String(p.vertical_alignment)] ?? "flex-start";
  styles.push(`--fragc-grid-align: ${align}`);
  return h(
    "div",
    {
      ...attrs,
      "data-testid": "stGrid",
      class: cls("stGrid", "fragc-grid", p.border && "fragc-grid-border", p.wrap === false && "fragc-grid-scroll",
        typeof p.row_height === "number" && "fragc-grid-fixed-rows", key && keyClass(key)),
      style: styles.join("; "),
    },
    children.map(({ isCell, el }) => (isCell ? el : cellAround(el))),
  );
}

/** @param {GridCellProps} p @param {BlockView} view */
function gridCell(p, { attrs, children: drawn }) {
  const children = drawn();
  const styles = [];
  if (p.column_span === "all") styles.push("grid-column: 1 / -1");
  else if (typeof p.column_span === "number" && p.column_span > 1) styles.push(`grid-column: span ${p.column_span}`);
  if (typeof p.row_span === "number" && p.row_span > 1) styles.push(`grid-row: span ${p.row_span}`);
  return h(
    "div",
    { ...attrs, "data-testid": "stGridCell", class: "stGridCell fragc-grid-cell", style: styles.join("; ") || null },
    h("div", { "data-testid": "stGridCellBody", class: "fragc-grid-cell-body" },
      h("div", { "data-testid": "stGridCellContent", class: "fragc-grid-cell-content" },
        h("div", { "data-testid": "stVerticalBlock", class: "stVerticalBlock" }, children))),
  );
}

export default /** @satisfies {Family} */ ({
  python: "elements/grid.py",
  blocks: { grid, grid_cell: gridCell },
});
