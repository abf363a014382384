// @ts-check
/**
 * st.table and st.dataframe (`compiler/fragc/shim/elements/data.py`): columnar JSON
 * from Python (`columns`, row-major `rows`,
 * `dtypes`, `index` or null when hidden, `index_name`) drawn as a real `<table>`.
 *
 * - `stTable`: a static table; text cells (and headers) may hold inline Markdown, as
 *   in Streamlit 1.67. `border` is "all" | "none" | "horizontal"; `hide_header`.
 * - `stDataFrame`: the table in a scroll box with a sticky header (Streamlit draws a
 *   canvas grid; a table reads the same and stays accessible). A header click sorts
 *   the rows in the page (ascending, then descending), without a run.
 *
 * Numbers are right-aligned. Floats show up to 4 decimals (st.table: exactly 4, as
 * Streamlit's table does); missing values read "None", greyed.
 */

import { h, cls } from "../render/dom.js";
import { markdownToHtml } from "../render/markdown.js";

/**
 * @typedef {import("../protocol_types").TableProps} TableProps
 * @typedef {import("../protocol_types").DataframeProps} DataframeProps
 * @typedef {import("../protocol_types").TableData} TableData
 * @typedef {import("../family.js").Family} Family
 */

const NUMERIC = new Set(["int", "float"]);
/** Streamlit's dataframe rows are 35px; "auto" height shows ten of them and the header. */
const ROW_HEIGHT = 35;
const AUTO_ROWS = 10;

/**
 * A cell's text.
 * @param {any} value @param {string} dtype @param {boolean} fixedFloats st.table's 4 decimals
 * @returns {string | null} null for a missing value
 */
function formatCell(value, dtype, fixedFloats = false) {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") {
    if (dtype === "float" || !Number.isInteger(value)) {
      if (fixedFloats) return value.toFixed(4);
      // Up to 4 decimals, without trailing zeros; big and tiny numbers as JavaScript writes them.
      return Math.abs(value) >= 1e16 || (value !== 0 && Math.abs(value) < 1e-4) ? String(value) : String(Number(value.toFixed(4)));
    }
    return String(value);
  }
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "string") {
    if (dtype === "datetime") return value.replace("T", " ");
    return value;
  }
  return JSON.stringify(value);
}

/** @param {TableData & { width: string | number }} p */
function widthStyle(p) {
  if (typeof p.width === "number" && p.width > 0) return `width: ${p.width}px; max-width: 100%`;
  return null;
}

/**
 * The header row: the index's name over the index column, then the column names.
 * @param {TableData} p @param {(text: string) => Node | string} label @param {boolean} sortable
 */
function headerRow(p, label, sortable) {
  const columns = Array.isArray(p.columns) ? p.columns : [];
  const dtypes = Array.isArray(p.dtypes) ? p.dtypes : [];
  // A column's cell position in each row: after the index cell when there is one.
  const offset = Array.isArray(p.index) ? 1 : 0;
  const cells = columns.map((name, i) =>
    h(
      "th",
      {
        scope: "col",
        class: cls("fragc-data-col", NUMERIC.has(dtypes[i]) && "fragc-num"),
        "data-fragc-sort": sortable ? String(i + offset) : null,
        "data-fragc-action": sortable ? "dataframe-sort" : null,
        "aria-sort": sortable ? "none" : null,
        tabindex: sortable ? "0" : null,
      },
      label(String(name)),
    ),
  );
  if (Array.isArray(p.index)) {
    cells.unshift(
      h(
        "th",
        {
          scope: "col",
          class: cls("fragc-data-index", NUMERIC.has(p.index_dtype) && "fragc-num"),
          "data-fragc-sort": sortable ? "0" : null,
          "data-fragc-action": sortable ? "dataframe-sort" : null,
          "aria-sort": sortable ? "none" : null,
          tabindex: sortable ? "0" : null,
        },
        label(p.index_name == null ? "" : String(p.index_name)),
      ),
    );
  }
  return h("tr", {}, cells);
}

/**
 * Every body row.
 * @param {TableData} p @param {(value: any, dtype: string) => HTMLElement} dataCell
 * @param {(value: any) => HTMLElement} indexCell
 */
function bodyRows(p, dataCell, indexCell) {
  const rows = Array.isArray(p.rows) ? p.rows : [];
  const dtypes = Array.isArray(p.dtypes) ? p.dtypes : [];
  const index = Array.isArray(p.index) ? p.index : null;
  return rows.map((row, r) =>
    h(
      "tr",
      { "data-fragc-row": String(r) },
      index ? indexCell(index[r]) : null,
      (Array.isArray(row) ? row : []).map((value, c) => dataCell(value, dtypes[c])),
    ),
  );
}

/** A missing value, as Streamlit shows it. @param {string} [text] */
function missing(text = "None") {
  return h("span", { class: "fragc-data-missing" }, text);
}

/** @param {string} text */
function inlineMarkdown(text) {
  return h("span", { class: "fragc-data-md", html: markdownToHtml(text, { inline: true }) });
}

/** st.table. @param {TableProps} p */
function table(p) {
  const border = ["all", "none", "horizontal"].includes(p.border) ? p.border : "all";
  const cellFor = (/** @type {any} */ value, /** @type {string} */ dtype, tag = "td", /** @type {Record<string, any>} */ attrs = {}) => {
    const text = formatCell(value, dtype, true);
    const content = text === null ? missing() : typeof value === "string" ? inlineMarkdown(text) : text;
    return h(tag, { ...attrs, class: cls(attrs.class, NUMERIC.has(dtype) && "fragc-num") }, content);
  };
  const index = (/** @type {any} */ value) => cellFor(value, p.index_dtype, "th", { scope: "row", class: "fragc-data-index" });
  return h(
    "div",
    {
      "data-testid": "stTable",
      class: cls("stTable", "fragc-data-table", p.width === "content" && "fragc-data-fit"),
      // A fixed height scrolls the table (Streamlit's height="content" shows it all).
      style: [widthStyle(p), typeof p.height === "number" && p.height > 0 ? `max-height: ${p.height}px; overflow-y: auto` : null]
        .filter(Boolean)
        .join("; ") || null,
    },
    h(
      "table",
      { class: cls("fragc-table", `fragc-border-${border}`), "aria-label": p.alt || null },
      p.hide_header ? null : h("thead", {}, headerRow(p, inlineMarkdown, false)),
      h("tbody", {}, bodyRows(p, (value, dtype) => cellFor(value, dtype), index)),
    ),
  );
}

/** st.dataframe. @param {DataframeProps} p */
function dataframe(p) {
  const placeholder = typeof p.placeholder === "string" ? p.placeholder : "None";
  const cellFor = (/** @type {any} */ value, /** @type {string} */ dtype, tag = "td", /** @type {Record<string, any>} */ attrs = {}) => {
    const text = formatCell(value, dtype);
    return h(
      tag,
      {
        ...attrs,
        class: cls(attrs.class, NUMERIC.has(dtype) && "fragc-num"),
        // The raw value sorts numbers as numbers and dates as their ISO text.
        "data-fragc-key": typeof value === "number" ? String(value) : null,
      },
      text === null ? missing(placeholder) : text,
    );
  };
  const index = (/** @type {any} */ value) => cellFor(value, p.index_dtype, "th", { scope: "row", class: "fragc-data-index" });
  const rowHeight = typeof p.row_height === "number" && p.row_height > 0 ? p.row_height : ROW_HEIGHT;
  /** @type {string[]} */
  const box = [`--fragc-row-height: ${rowHeight}px`];
  if (typeof p.height === "number" && p.height > 0) box.push(`height: ${p.height}px`);
  else if (p.height === "auto") box.push(`max-height: ${rowHeight * (AUTO_ROWS + 1) + 2}px`);
  else if (p.height === "stretch") box.push("height: 100%");
  return h(
    "div",
    {
      "data-testid": "stDataFrame",
      class: cls("stDataFrame", "fragc-data-frame", p.width === "content" && "fragc-data-fit"),
      style: widthStyle(p),
    },
    h(
      "div",
      { class: "fragc-data-scroll", style: box.join("; "), tabindex: "0", role: "region", "aria-label": p.alt || "Data table" },
      h(
        "table",
        { class: "fragc-grid" },
        h("thead", {}, headerRow(p, (text) => text, true)),
        h("tbody", {}, bodyRows(p, (value, dtype) => cellFor(value, dtype), index)),
      ),
    ),
  );
}

// ------------------------------------------------------------------ sorting

/** A click on a header sorts by its column. @param {HTMLElement} th */
function onSortClick(th) {
  sortBy(th);
}

/** So do Enter and Space on a focused header. @param {HTMLElement} th @param {KeyboardEvent} event */
function onSortKey(th, event) {
  if (event.key !== "Enter" && event.key !== " ") return;
  event.preventDefault();
  sortBy(th);
}

/**
 * Reorder the body rows by one column: ascending first, then flipping. The DOM is the
 * state: a new run draws the rows in Python's order again.
 * @param {Element} th
 */
function sortBy(th) {
  const table = th.closest("table");
  const body = table?.tBodies[0];
  if (!table || !body) return;
  const column = Number(th.getAttribute("data-fragc-sort"));
  const descending = th.getAttribute("aria-sort") === "ascending";
  for (const other of table.querySelectorAll("th[data-fragc-sort]")) other.setAttribute("aria-sort", "none");
  th.setAttribute("aria-sort", descending ? "descending" : "ascending");
  const rows = [...body.rows];
  const keyed = rows.map((row) => ({ row, key: sortKey(row.cells[column]) }));
  keyed.sort((a, b) => {
    const order = compareKeys(a.key, b.key);
    // Missing values last in both directions; ties keep the original order.
    if (a.key === null || b.key === null) return order;
    return (descending ? -order : order) || Number(a.row.dataset.fragcRow) - Number(b.row.dataset.fragcRow);
  });
  body.append(...keyed.map((k) => k.row));
}

/** @param {HTMLTableCellElement | undefined} cell @returns {number | string | null} */
function sortKey(cell) {
  if (!cell || cell.querySelector(".fragc-data-missing")) return null;
  const raw = cell.getAttribute("data-fragc-key");
  return raw !== null ? Number(raw) : cell.textContent ?? "";
}

/** @param {number | string | null} a @param {number | string | null} b */
function compareKeys(a, b) {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return a.localeCompare(b, undefined, { numeric: true });
}

export default /** @satisfies {Family} */ ({
  python: "elements/data.py",
  elements: { table, dataframe },
  actions: { "dataframe-sort": { click: onSortClick, keydown: onSortKey } },
});
