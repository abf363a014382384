// @ts-check
/**
 * The data grid's own cell editors (AG Grid components): dates, times and datetimes with
 * the browser's pickers, and list / multiselect cells. Their values are the JSON the grid
 * keeps: ISO text ("2024-01-31", "13:45:00", "2024-01-31T13:45:00") and lists of text.
 */

/** @typedef {{ value: any, eventKey?: string | null, colDef?: any, kind?: string, type?: Record<string, any> }} EditorParams */

const INPUT_TYPES = { date: "date", time: "time", datetime: "datetime-local" };

export class TemporalEditor {
  /** @param {EditorParams} params */
  init(params) {
    const kind = /** @type {"date" | "time" | "datetime"} */ (params.kind ?? "date");
    const type = params.type ?? {};
    this.kind = kind;
    this.input = document.createElement("input");
    this.input.type = INPUT_TYPES[kind];
    this.input.className = "ag-input-field-input fragc-grid-temporal";
    this.input.style.width = "100%";
    const value = typeof params.value === "string" ? params.value : "";
    this.input.value = toInputValue(value, kind);
    if (kind !== "date") this.input.step = String(type.step ?? 1);
    else if (type.step) this.input.step = String(type.step);
    if (type.min_value) this.input.min = toInputValue(String(type.min_value), kind);
    if (type.max_value) this.input.max = toInputValue(String(type.max_value), kind);
  }

  getGui() {
    return /** @type {HTMLInputElement} */ (this.input);
  }

  afterGuiAttached() {
    this.input?.focus();
  }

  getValue() {
    const text = this.input?.value ?? "";
    if (!text) return null;
    if (this.kind === "time") return text.length === 5 ? `${text}:00` : text;
    if (this.kind === "datetime") return text.length === 16 ? `${text}:00` : text;
    return text;
  }
}

/** ISO text as an `<input>` of this kind wants it. @param {string} value @param {string} kind */
function toInputValue(value, kind) {
  if (!value) return "";
  if (kind === "date") return value.slice(0, 10);
  if (kind === "time") return (value.includes("T") ? value.split("T")[1] : value).slice(0, 8);
  return value.replace(" ", "T").slice(0, 19);
}

export class ListEditor {
  /** @param {EditorParams} params */
  init(params) {
    const type = params.type ?? {};
    this.type = type;
    const current = Array.isArray(params.value) ? params.value.map(String) : params.value ? [String(params.value)] : [];
    this.gui = document.createElement("div");
    this.gui.className = "fragc-grid-list-editor";
    if (type.type === "multiselect" && Array.isArray(type.options)) {
      /** @type {HTMLInputElement[]} */
      this.boxes = [];
      for (const option of type.options) {
        const value = String(option?.value ?? option);
        const label = document.createElement("label");
        label.style.display = "block";
        label.style.padding = "2px 8px";
        const box = document.createElement("input");
        box.type = "checkbox";
        box.value = value;
        box.checked = current.includes(value);
        label.append(box, ` ${option?.label ?? value}`);
        this.gui.append(label);
        this.boxes.push(box);
      }
      if (type.accept_new_options) {
        this.extra = document.createElement("input");
        this.extra.className = "ag-input-field-input";
        this.extra.placeholder = "Add options (comma-separated)";
        this.extra.value = current.filter((v) => !type.options.some((/** @type {any} */ o) => String(o?.value ?? o) === v)).join(", ");
        this.gui.append(this.extra);
      }
    } else {
      this.text = document.createElement("input");
      this.text.className = "ag-input-field-input";
      this.text.style.width = "100%";
      this.text.value = current.join(", ");
      this.gui.append(this.text);
    }
  }

  getGui() {
    return /** @type {HTMLElement} */ (this.gui);
  }

  afterGuiAttached() {
    (this.text ?? this.boxes?.[0])?.focus();
  }

  getValue() {
    const split = (/** @type {string} */ text) => text.split(",").map((s) => s.trim()).filter(Boolean);
    if (this.text) return split(this.text.value);
    const chosen = (this.boxes ?? []).filter((box) => box.checked).map((box) => box.value);
    return this.extra ? [...chosen, ...split(this.extra.value)] : chosen;
  }
}
