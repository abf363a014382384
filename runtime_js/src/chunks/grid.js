// @ts-check
/**
 * The data grid: st.data_editor, and st.dataframe with column types or selections,
 * drawn with AG Grid Community (its modules for editing, selection, sorting, resizing
 * and tooltips only), bundled into `assets/fragc-grid.js`.
 *
 * Why AG Grid: Streamlit draws its grid with Glide Data Grid, a React canvas grid; fragc's
 * page has no React, and a canvas grid is invisible to assistive technology and to tests
 * that read the page. AG Grid is framework-free, actively maintained (MIT community
 * edition), renders real DOM with ARIA grid roles, virtualises rows (large frames stay
 * fast) and has the spreadsheet behaviours an editor needs: type to edit, Enter/Tab/
 * arrows, cell editors for text, numbers, dates, choices, pinned columns.
 *
 * Props (shim/optional/grid): the columnar data (`columns`, row-major `rows`, `dtypes`,
 * `index`, `index_name`), `data_kinds` (each column's and "_index"'s data kind),
 * `column_config` (by column name), `column_order`, `editing` ("read_only" | "fixed" |
 * "dynamic" | "add" | "delete"), `disabled`, `selection_mode`, `button_widgets` (column →
 * the widget id its clicks trigger), `width`, `height`, `row_height`, `placeholder`,
 * `alt`, `ignore_rerun`.
 *
 * Widget values: an editor commits Streamlit's editing state after every edit,
 * addition or deletion (`edited_rows` by row position, `added_rows`, `deleted_rows`);
 * a selectable dataframe commits `{selection: {rows, columns, cells}}`. Both come back
 * with the next run and are drawn over the original data, so the grid shows what
 * Python has.
 */

import {
  createGrid,
  ModuleRegistry,
  ClientSideRowModelModule,
  TextEditorModule,
  NumberEditorModule,
  DateEditorModule,
  SelectEditorModule,
  LargeTextEditorModule,
  CustomEditorModule,
  RowSelectionModule,
  CellStyleModule,
  ColumnAutoSizeModule,
  TooltipModule,
  RenderApiModule,
  RowApiModule,
  EventApiModule,
  themeQuartz,
  colorSchemeDark,
} from "ag-grid-community";
import { injectStyle } from "./style.js";
import { cellText, defaultType, renderCell } from "./grid_cells.js";
import { ListEditor, TemporalEditor } from "./grid_editors.js";

/** @typedef {Record<string, any>} Props */
/** @typedef {import("../render/lazy.js").Host} Host */
/** @typedef {{ edited_rows: Record<string, Record<string, any>>, added_rows: Record<string, any>[], deleted_rows: number[] }} EditingState */
/** @typedef {{ rows: number[], columns: string[], cells: [number, string][] }} Selection */

ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  TextEditorModule,
  NumberEditorModule,
  DateEditorModule,
  SelectEditorModule,
  LargeTextEditorModule,
  CustomEditorModule,
  RowSelectionModule,
  CellStyleModule,
  ColumnAutoSizeModule,
  TooltipModule,
  RenderApiModule,
  RowApiModule,
  EventApiModule,
]);

const INDEX = "_index";
const ROW_HEIGHT = 35;
const AUTO_ROWS = 10;
const WIDTHS = { small: 75, medium: 200, large: 400 };
const EDITABLE_TYPES = new Set(["text", "number", "checkbox", "selectbox", "date", "time", "datetime", "link", "list", "multiselect", "markdown"]);

const STYLE = `
.fragc-grid { position: relative; max-width: 100%; }
.fragc-grid-box { width: 100%; }
.fragc-grid .ag-header-cell-label { font-weight: 400; color: var(--fragc-text-muted); }
.fragc-grid .ag-cell.fragc-grid-right { text-align: right; justify-content: flex-end; }
.fragc-grid .ag-cell.fragc-grid-center { text-align: center; justify-content: center; }
.fragc-grid-missing { color: var(--fragc-text-muted); }
.fragc-grid-link { color: var(--fragc-link); }
.fragc-grid-image { max-height: calc(var(--ag-row-height, 35px) - 6px); vertical-align: middle; }
.fragc-grid-media { height: calc(var(--ag-row-height, 35px) - 6px); max-width: 100%; vertical-align: middle; }
.fragc-grid-pills { display: inline-flex; gap: 4px; overflow: hidden; }
.fragc-grid-pill { --fragc-pill: rgba(128, 132, 149, 0.25); padding: 0 8px; border-radius: 999px; line-height: 20px; font-size: 0.8125rem;
  background: color-mix(in srgb, var(--fragc-pill) 25%, transparent); }
.fragc-grid-chart-box { display: flex; align-items: center; height: 100%; }
.fragc-grid-chart { width: 100%; height: 70%; }
.fragc-grid-progress { display: flex; align-items: center; gap: 8px; height: 100%; }
.fragc-grid-progress-bar { flex: 1; height: 6px; border-radius: 3px; background: var(--fragc-bg-secondary); overflow: hidden; }
.fragc-grid-progress-fill { display: block; height: 100%; background: var(--fragc-primary); }
.fragc-grid-progress-text { font-size: 0.8125rem; min-width: 3em; text-align: right; }
.fragc-grid-checkbox { accent-color: var(--fragc-primary); margin: 0; vertical-align: middle; }
.fragc-grid-button { font: inherit; font-size: 0.8125rem; padding: 0 10px; line-height: 22px; border-radius: 0.4rem; cursor: pointer;
  border: 1px solid var(--fragc-border); background: var(--fragc-bg); color: var(--fragc-text); }
.fragc-grid-button-primary { background: var(--fragc-primary); border-color: var(--fragc-primary); color: #fff; }
.fragc-grid-button-tertiary { border-color: transparent; background: transparent; }
.fragc-grid .ag-cell.fragc-grid-selected-cell, .fragc-grid .ag-cell.fragc-grid-selected-column { background: color-mix(in srgb, var(--fragc-primary) 12%, transparent); }
.fragc-grid .ag-header-cell.fragc-grid-selected-column { background: color-mix(in srgb, var(--fragc-primary) 18%, transparent); }
.fragc-grid .ag-layout-auto-height .ag-center-cols-viewport, .fragc-grid .ag-layout-auto-height .ag-center-cols-container { min-height: 0 !important; }
.fragc-grid-toolbar { display: flex; justify-content: flex-end; gap: 4px; margin-bottom: 4px; }
.fragc-grid-toolbar button { font: inherit; font-size: 0.8125rem; cursor: pointer; border: 1px solid var(--fragc-border); border-radius: 0.4rem;
  background: var(--fragc-bg); color: var(--fragc-text); padding: 1px 10px; }
.fragc-grid-toolbar button[hidden] { display: none; }
.fragc-grid .ag-cell.fragc-grid-invalid { box-shadow: inset 0 0 0 1px var(--fragc-bad); }
`;

/** @param {boolean} dark */
function theme(dark) {
  const base = themeQuartz.withParams({
    accentColor: "#ff4b4b",
    fontFamily: "inherit",
    fontSize: 14,
    headerFontSize: 14,
    spacing: 6,
    wrapperBorderRadius: 8,
    borderColor: dark ? "rgba(250, 250, 250, 0.2)" : "rgba(49, 51, 63, 0.12)",
    headerBackgroundColor: dark ? "#1a1c24" : "#f8f9fb",
    backgroundColor: dark ? "#0e1117" : "#ffffff",
    foregroundColor: dark ? "#fafafa" : "#31333f",
    rowHoverColor: dark ? "rgba(250, 250, 250, 0.04)" : "rgba(49, 51, 63, 0.04)",
    selectedRowBackgroundColor: "rgba(255, 75, 75, 0.08)",
  });
  return dark ? base.withPart(colorSchemeDark) : base;
}

/** @param {HTMLElement} view @param {Props} props @param {Host} host */
export async function mount(view, props, host) {
  injectStyle("grid", STYLE);
  const grid = new DataGrid(view);
  grid.update(props, host);
  return grid;
}

/**
 * @param {unknown} a @param {unknown} b
 */
function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

class DataGrid {
  /** @param {HTMLElement} view */
  constructor(view) {
    this.view = view;
    this.root = document.createElement("div");
    this.root.className = "fragc-grid";
    this.toolbar = document.createElement("div");
    this.toolbar.className = "fragc-grid-toolbar";
    this.toolbar.setAttribute("data-testid", "stElementToolbar");
    this.addButton = this.toolButton("Add row", () => this.addRow());
    this.deleteButton = this.toolButton("Delete row(s)", () => this.deleteSelected());
    this.toolbar.append(this.addButton, this.deleteButton);
    this.box = document.createElement("div");
    this.box.className = "fragc-grid-box";
    this.box.setAttribute("data-testid", "stDataFrameResizable");
    this.root.append(this.toolbar, this.box);
    view.replaceChildren(this.root);
    /** @type {any} */
    this.api = null;
    /** @type {Props} */
    this.props = {};
    /** @type {Host | null} */
    this.host = null;
    /** @type {EditingState} */
    this.edits = { edited_rows: {}, added_rows: [], deleted_rows: [] };
    /** @type {Selection} */
    this.selection = { rows: [], columns: [], cells: [] };
    this.dataKey = "";
    this.dark = false;
    this.quiet = false;
    this.box.addEventListener("keydown", (event) => {
      if ((event.key === "Delete" || event.key === "Backspace") && this.canDelete() && !this.api?.getEditingCells().length) {
        if (this.api?.getSelectedNodes().length) {
          event.preventDefault();
          this.deleteSelected();
        }
      }
    });
  }

  /** @param {string} label @param {() => void} action */
  toolButton(label, action) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = label;
    button.setAttribute("aria-label", label);
    button.setAttribute("data-testid", "stElementToolbarButton");
    button.addEventListener("click", action);
    return button;
  }

  get editable() {
    return this.props.editing !== "read_only" && !this.props.disabled;
  }

  canAdd() {
    return this.editable && (this.props.editing === "dynamic" || this.props.editing === "add");
  }

  canDelete() {
    return this.editable && (this.props.editing === "dynamic" || this.props.editing === "delete");
  }

  /** @param {Props} props @param {Host} host */
  update(props, host) {
    const dataKey = JSON.stringify([props.columns, props.rows, props.index, props.column_config, props.column_order, props.editing, props.disabled, props.selection_mode, props.row_height, props.height, props.width, props.placeholder, props.button_widgets]);
    // A copy: the grid changes its state in place, the page's store must not see that.
    const value = /** @type {any} */ (host.value === undefined ? undefined : JSON.parse(JSON.stringify(host.value)));
    this.props = props;
    this.host = host;
    const selecting = (props.selection_mode ?? []).length > 0;
    /** @type {EditingState} */
    const edits = !selecting && value && typeof value === "object" ? {
      edited_rows: value.edited_rows ?? {},
      added_rows: value.added_rows ?? [],
      deleted_rows: value.deleted_rows ?? [],
    } : { edited_rows: {}, added_rows: [], deleted_rows: [] };
    const chosen = selecting && value?.selection ? {
      rows: value.selection.rows ?? [],
      columns: value.selection.columns ?? [],
      cells: value.selection.cells ?? [],
    } : { rows: [], columns: [], cells: [] };
    const themeChanged = host.dark !== this.dark;
    this.dark = host.dark;
    this.addButton.hidden = !this.canAdd();
    this.deleteButton.hidden = true;
    this.toolbar.hidden = !this.canAdd() && !this.canDelete();
    if (!this.api || dataKey !== this.dataKey || themeChanged) {
      this.dataKey = dataKey;
      this.edits = edits;
      this.selection = chosen;
      this.build();
      return;
    }
    // The same data: a run brought back what the user did (nothing to redraw), or Python
    // changed the value (session state, a reset): show it.
    if (!same(edits, this.edits)) {
      this.edits = edits;
      this.api.setGridOption("rowData", this.rowData());
    }
    if (!same(chosen, this.selection)) {
      this.selection = chosen;
      this.showSelection();
    }
  }

  /** Column name → its position in the data. */
  positions() {
    /** @type {Map<string, number>} */
    const map = new Map();
    (this.props.columns ?? []).forEach((/** @type {string} */ name, /** @type {number} */ i) => map.set(String(name), i));
    return map;
  }

  /** @param {string} name */
  config(name) {
    return /** @type {Record<string, any>} */ ((this.props.column_config ?? {})[name] ?? {});
  }

  /** @param {string} name */
  kind(name) {
    return String((this.props.data_kinds ?? {})[name] ?? "unknown");
  }

  /** @param {string} name */
  typeOf(name) {
    const configured = this.config(name).type_config;
    return configured && configured.type ? configured : defaultType(this.kind(name));
  }

  /** The rows to show: the data with the editing state applied, then the added rows. */
  rowData() {
    const p = this.props;
    /** @type {string[]} */
    const names = (p.columns ?? []).map(String);
    const deleted = new Set(this.edits.deleted_rows);
    /** @type {Record<string, any>[]} */
    const out = [];
    (p.rows ?? []).forEach((/** @type {any[]} */ row, /** @type {number} */ position) => {
      if (deleted.has(position)) return;
      /** @type {Record<string, any>} */
      const data = { __id: `o${position}`, __row: position, [INDEX]: p.index ? p.index[position] : position };
      names.forEach((name, i) => {
        data[`c${i}`] = row[i];
      });
      const edits = this.edits.edited_rows[String(position)];
      if (edits) {
        for (const [name, value] of Object.entries(edits)) {
          if (name === INDEX) data[INDEX] = value;
          else if (names.includes(name)) data[`c${names.indexOf(name)}`] = value;
        }
      }
      out.push(data);
    });
    this.edits.added_rows.forEach((added, k) => {
      /** @type {Record<string, any>} */
      const data = { __id: `a${k}`, __row: -1, __added: k, [INDEX]: added[INDEX] ?? null };
      names.forEach((name, i) => {
        data[`c${i}`] = added[name] ?? null;
      });
      out.push(data);
    });
    return out;
  }

  /** Column definitions: the index (unless hidden), then the data's columns. */
  columnDefs() {
    const p = this.props;
    const names = (p.columns ?? []).map(String);
    const order = Array.isArray(p.column_order) ? p.column_order.map(String).filter((/** @type {string} */ n) => names.includes(n)) : names;
    /** @type {any[]} */
    const defs = [];
    const indexConfig = this.config(INDEX);
    if (p.index && !indexConfig.hidden) {
      defs.push(this.columnDef(INDEX, INDEX, p.index_name ?? "", true));
    }
    for (const name of order) {
      if (this.config(name).hidden) continue;
      defs.push(this.columnDef(name, `c${names.indexOf(name)}`, name, false));
    }
    return defs;
  }

  /**
   * @param {string} name the column's name ("_index" for the index)
   * @param {string} field where rowData keeps its values @param {string} fallbackLabel
   * @param {boolean} isIndex
   */
  columnDef(name, field, fallbackLabel, isIndex) {
    const p = this.props;
    const config = this.config(name);
    const type = this.typeOf(name);
    const kind = this.kind(name);
    const columnsSelectable = (p.selection_mode ?? []).some((/** @type {string} */ m) => m.endsWith("-column"));
    const editable = this.editable && !config.disabled && EDITABLE_TYPES.has(type.type) && (!isIndex || kind !== "integer" || !p.index);
    const numeric = type.type === "number" || type.type === "progress" || (type.type === "text" && (kind === "integer" || kind === "float"));
    const align = config.alignment ?? (numeric ? "right" : type.type === "checkbox" ? "center" : "left");
    /** @type {Record<string, any>} */
    const def = {
      colId: name,
      field,
      headerName: config.label ?? fallbackLabel,
      headerTooltip: config.help ?? undefined,
      pinned: config.pinned || isIndex ? "left" : undefined,
      sortable: !columnsSelectable,
      resizable: true,
      editable: (/** @type {any} */ params) => editable && (!isIndex || params.data.__added !== undefined || kind !== "integer"),
      cellClass: (/** @type {any} */ params) => [
        align === "right" ? "fragc-grid-right" : align === "center" ? "fragc-grid-center" : "",
        this.selection.columns.includes(name) ? "fragc-grid-selected-column" : "",
        this.selection.cells.some(([row, column]) => column === name && row === params.data?.__row) ? "fragc-grid-selected-cell" : "",
      ].filter(Boolean),
      headerClass: () => (this.selection.columns.includes(name) ? "fragc-grid-selected-column" : ""),
      valueFormatter: (/** @type {any} */ params) => cellText(params.value, type, kind),
      // Streamlit refuses an edit that breaks the column's rules: the cell keeps its value.
      valueSetter: (/** @type {any} */ params) => {
        const value = normalize(params.newValue, type);
        if (!this.valid(name, value, config) || same(value, params.oldValue)) return false;
        params.data[field] = value;
        return true;
      },
      cellRenderer: (/** @type {any} */ params) =>
        renderCell(params.value, type, kind, {
          placeholder: p.placeholder ?? null,
          editable: editable && type.type === "checkbox",
          onToggle: (next) => params.node.setDataValue(params.column.getColId(), next),
          onClick: p.button_widgets?.[name] && params.data.__row >= 0 ? () => this.host?.trigger({ row: params.data.__row, label: String(params.value ?? "") }, p.button_widgets[name]) : undefined,
        }),
      comparator: numeric ? undefined : (/** @type {any} */ a, /** @type {any} */ b) => String(cellText(a, type, kind)).localeCompare(String(cellText(b, type, kind))),
      ...this.editorFor(type, config),
    };
    const width = config.width;
    if (typeof width === "number") def.width = width;
    else if (width && width in WIDTHS) def.width = /** @type {Record<string, number>} */ (WIDTHS)[width];
    if (type.type === "checkbox") def.editable = false; // toggled in place by its renderer
    return def;
  }

  /** The cell editor for a column type. @param {Record<string, any>} type @param {Record<string, any>} config */
  editorFor(type, config) {
    switch (type.type) {
      case "number":
        return {
          cellEditor: "agNumberCellEditor",
          cellEditorParams: { min: type.min_value ?? undefined, max: type.max_value ?? undefined, step: type.step ?? undefined, precision: this.precision(type) },
          valueParser: (/** @type {any} */ params) => (params.newValue === "" || params.newValue === null ? null : Number(params.newValue)),
        };
      case "selectbox": {
        const options = (type.options ?? []).map((/** @type {any} */ o) => (o && typeof o === "object" ? o.value : o));
        return {
          cellEditor: "agSelectCellEditor",
          cellEditorParams: { values: config.required ? options : [null, ...options], formatValue: (/** @type {any} */ v) => cellText(v, type, "string") || "" },
        };
      }
      case "date":
        return { cellEditor: TemporalEditor, cellEditorParams: { kind: "date", type } };
      case "time":
        return { cellEditor: TemporalEditor, cellEditorParams: { kind: "time", type } };
      case "datetime":
        return { cellEditor: TemporalEditor, cellEditorParams: { kind: "datetime", type } };
      case "list":
      case "multiselect":
        return { cellEditor: ListEditor, cellEditorParams: { type }, cellEditorPopup: type.type === "multiselect" };
      case "markdown":
        return { cellEditor: "agLargeTextCellEditor", cellEditorPopup: true };
      default:
        return { cellEditor: "agTextCellEditor", cellEditorParams: { maxLength: type.max_chars ?? undefined } };
    }
  }

  /** Decimals the number editor keeps: from `step` (integers: none). @param {Record<string, any>} type */
  precision(type) {
    if (typeof type.step === "number") return Math.max(0, -Math.floor(Math.log10(type.step)));
    return undefined;
  }

  build() {
    this.api?.destroy();
    const p = this.props;
    const rows = this.rowData();
    const rowHeight = typeof p.row_height === "number" && p.row_height > 0 ? p.row_height : ROW_HEIGHT;
    const height = p.height;
    const auto = height === "auto" ? rows.length <= AUTO_ROWS : height === "content";
    this.box.style.height = auto ? "" : typeof height === "number" ? `${height}px` : height === "stretch" ? "100%" : `${rowHeight * AUTO_ROWS + ROW_HEIGHT + 2}px`;
    this.root.style.width = typeof p.width === "number" ? `${p.width}px` : p.width === "content" ? "fit-content" : "100%";
    const modes = /** @type {string[]} */ (p.selection_mode ?? []);
    const rowMode = modes.find((m) => m.endsWith("-row") || m === "single-row-required");
    /** @type {Record<string, any>} */
    const options = {
      theme: theme(this.dark),
      columnDefs: this.columnDefs(),
      rowData: rows,
      getRowId: (/** @type {any} */ params) => String(params.data.__id),
      rowHeight,
      headerHeight: ROW_HEIGHT,
      domLayout: auto ? "autoHeight" : "normal",
      suppressFieldDotNotation: true,
      // fragc gives every column its type (grid_cells.js): no inference by AG Grid.
      defaultColDef: { cellDataType: false },
      stopEditingWhenCellsLoseFocus: true,
      singleClickEdit: false,
      enterNavigatesVerticallyAfterEdit: true,
      tooltipShowDelay: 300,
      autoSizeStrategy: { type: "fitCellContents" },
      onCellValueChanged: (/** @type {any} */ event) => this.cellChanged(event),
      onSelectionChanged: (/** @type {any} */ event) => this.rowsSelected(event),
      onCellClicked: (/** @type {any} */ event) => this.cellClicked(event),
      onColumnHeaderClicked: (/** @type {any} */ event) => this.headerClicked(event),
    };
    if (rowMode || this.canDelete()) {
      const multi = rowMode ? rowMode === "multi-row" : true;
      options.rowSelection = { mode: multi ? "multiRow" : "singleRow", checkboxes: true, headerCheckbox: multi, enableClickSelection: false };
    }
    if (p.alt) this.box.setAttribute("aria-label", String(p.alt));
    this.box.replaceChildren();
    this.api = createGrid(this.box, options);
    this.showSelection();
  }

  showSelection() {
    if (!this.api) return;
    const rows = new Set(this.selection.rows);
    /** @type {any[]} */
    const select = [];
    /** @type {any[]} */
    const unselect = [];
    this.api.forEachNode((/** @type {any} */ node) => {
      if (node.data.__row < 0) return;
      (rows.has(node.data.__row) ? select : unselect).push(node);
    });
    this.quiet = true;
    if (this.hasMode("-row") || this.hasMode("-row-required")) {
      for (const node of unselect) if (node.isSelected()) node.setSelected(false, false, "api");
      for (const node of select) if (!node.isSelected()) node.setSelected(true, false, "api");
    }
    this.quiet = false;
    this.api.refreshCells({ force: true });
    this.api.refreshHeader();
  }

  // ------------------------------------------------------------ editing

  /** A cell edited (by an editor, or a checkbox toggled in place). @param {any} event */
  cellChanged(event) {
    const data = event.data;
    const name = event.column.getColId();
    const value = data[event.colDef.field];
    if (data.__added !== undefined) {
      const row = { ...this.edits.added_rows[data.__added] };
      if (value === null || value === undefined) delete row[name];
      else row[name] = value;
      this.edits.added_rows[data.__added] = row;
    } else {
      const key = String(data.__row);
      this.edits.edited_rows[key] = { ...(this.edits.edited_rows[key] ?? {}), [name]: value };
    }
    this.commitEdits();
  }

  /**
   * Streamlit refuses an edit that breaks `required`, `max_chars` or `validate`.
   * @param {string} name @param {unknown} value @param {Record<string, any>} config
   */
  valid(name, value, config) {
    const type = this.typeOf(name);
    if (config.required && (value === null || value === undefined || value === "")) return false;
    if (typeof value === "string" && typeof type.max_chars === "number" && value.length > type.max_chars) return false;
    if (typeof value === "string" && typeof type.validate === "string") {
      try {
        if (!new RegExp(type.validate).test(value)) return false;
      } catch {
        return true;
      }
    }
    return true;
  }

  addRow() {
    /** @type {Record<string, any>} */
    const row = {};
    for (const name of [...(this.props.columns ?? []).map(String), INDEX]) {
      const fallback = this.config(name).default;
      if (fallback !== undefined && fallback !== null) row[name] = fallback;
    }
    this.edits.added_rows = [...this.edits.added_rows, row];
    this.api.setGridOption("rowData", this.rowData());
    this.commitEdits();
    // Start typing in the new row's first editable cell, as Streamlit does.
    const rowIndex = this.api.getDisplayedRowCount() - 1;
    const column = this.api.getColumns()?.find((/** @type {any} */ c) => c.isCellEditable(this.api.getDisplayedRowAtIndex(rowIndex)));
    if (column) {
      this.api.ensureIndexVisible(rowIndex);
      this.api.setFocusedCell(rowIndex, column.getColId());
    }
  }

  deleteSelected() {
    const nodes = this.api.getSelectedNodes();
    if (!nodes.length) return;
    const removeAdded = new Set(nodes.filter((/** @type {any} */ n) => n.data.__added !== undefined).map((/** @type {any} */ n) => n.data.__added));
    const deleted = new Set(this.edits.deleted_rows);
    for (const node of nodes) if (node.data.__row >= 0) deleted.add(node.data.__row);
    this.edits.deleted_rows = [...deleted].sort((a, b) => a - b);
    this.edits.added_rows = this.edits.added_rows.filter((_row, k) => !removeAdded.has(k));
    for (const key of Object.keys(this.edits.edited_rows)) if (deleted.has(Number(key))) delete this.edits.edited_rows[key];
    this.api.setGridOption("rowData", this.rowData());
    this.deleteButton.hidden = true;
    this.commitEdits();
  }

  commitEdits() {
    this.host?.commit(JSON.parse(JSON.stringify(this.edits)));
  }

  // ------------------------------------------------------------ selections

  /** @param {string} suffix */
  hasMode(suffix) {
    return (this.props.selection_mode ?? []).some((/** @type {string} */ m) => m.endsWith(suffix));
  }

  /** @param {any} event */
  rowsSelected(event) {
    if (this.quiet || event.source === "api") return;
    const nodes = this.api.getSelectedNodes();
    if (this.canDelete() && !(this.props.selection_mode ?? []).length) {
      this.deleteButton.hidden = nodes.length === 0;
      return;
    }
    let rows = nodes.map((/** @type {any} */ n) => n.data.__row).filter((/** @type {number} */ r) => r >= 0).sort((/** @type {number} */ a, /** @type {number} */ b) => a - b);
    if (!rows.length && (this.props.selection_mode ?? []).includes("single-row-required") && this.selection.rows.length) {
      rows = this.selection.rows; // a required row cannot be unselected
      this.showSelection();
      return;
    }
    this.selection = { ...this.selection, rows };
    this.commitSelection();
  }

  /** @param {any} event */
  headerClicked(event) {
    if (!this.hasMode("-column")) return;
    const name = event.column?.getColId?.();
    if (!name || name === INDEX || name.startsWith("ag-Grid")) return;
    const multi = (this.props.selection_mode ?? []).includes("multi-column");
    const chosen = this.selection.columns.includes(name)
      ? this.selection.columns.filter((c) => c !== name)
      : multi ? [...this.selection.columns, name] : [name];
    this.selection = { ...this.selection, columns: chosen };
    this.showSelection();
    this.commitSelection();
  }

  /** @param {any} event */
  cellClicked(event) {
    if (!this.hasMode("-cell")) return;
    const name = event.column.getColId();
    const row = event.data?.__row;
    if (name === INDEX || typeof row !== "number" || row < 0 || name.startsWith("ag-Grid")) return;
    const multi = (this.props.selection_mode ?? []).includes("multi-cell");
    const has = this.selection.cells.some(([r, c]) => r === row && c === name);
    /** @type {[number, string][]} */
    const cells = has
      ? this.selection.cells.filter(([r, c]) => !(r === row && c === name))
      : multi ? [...this.selection.cells, [row, name]] : [[row, name]];
    this.selection = { ...this.selection, cells };
    this.api.refreshCells({ force: true });
    this.commitSelection();
  }

  commitSelection() {
    this.host?.commit({ selection: JSON.parse(JSON.stringify(this.selection)) });
  }

  resize() {}

  destroy() {
    this.api?.destroy();
    this.api = null;
  }
}

/**
 * An editor's value as the JSON the grid keeps: numbers as numbers, empty text as null
 * for non-text types.
 * @param {unknown} value @param {Record<string, any>} type
 */
function normalize(value, type) {
  if (value === undefined) return null;
  if (type.type === "number" && typeof value === "string") return value.trim() === "" ? null : Number(value);
  if (value === "" && type.type !== "text" && type.type !== "link" && type.type !== "markdown") return null;
  return value;
}
