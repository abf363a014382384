// @ts-check
/**
 * st.radio, st.selectbox and st.multiselect (`compiler/fragc/shim/widgets/choice.py`).
 * Their values are option INDEXES (an int or null; a list for multiselect, in selection
 * order); `props.options` holds the formatted labels. Radio buttons are native inputs
 * with their labels. The selectbox and the multiselect are Streamlit 1.67's comboboxes
 * (React Aria's markup), so a test written for `streamlit run` drives them the same way:
 * click the `role=combobox` input (or its "Open" button), click the `role=option` in the
 * list that opens (listbox.js), or type to filter and use the arrow keys and Enter.
 * The multiselect's chosen options are tags with "Remove X" buttons and a "Clear all".
 */

import { h, cls } from "../render/dom.js";
import { markdownToHtml } from "../render/markdown.js";
import { groupLabel, labelRow, optionLabels, validIndex } from "../render/parts.js";
import { afterRender, closeList, filterOptions, isOpen, listId, onComboBlur, onComboKey, onOptionClick, openList } from "../render/listbox.js";

/**
 * @typedef {import("../protocol_types").RadioProps} RadioProps
 * @typedef {import("../protocol_types").SelectboxProps} SelectboxProps
 * @typedef {import("../protocol_types").MultiselectProps} MultiselectProps
 * @typedef {import("../family.js").ElementView} ElementView
 * @typedef {import("../family.js").EventContext} EventContext
 * @typedef {import("../family.js").Family} Family
 * @typedef {import("../render/listbox.js").ListSource} ListSource
 * @typedef {import("../tree.js").ElementNode} ElementNode
 */

/** The key "Select all" has in the multiselect's list (never an index). */
const SELECT_ALL = "all";

/** The placeholder text Streamlit 1.67 picks when the app gives none. @param {{ placeholder: string | null, options: string[] }} p @param {boolean} multi */
export function placeholderText(p, multi) {
  if (typeof p.placeholder === "string" && p.placeholder !== "") return p.placeholder.trim() === "" ? "" : p.placeholder;
  if (optionLabels(p).length === 0) return "No options to select";
  return multi ? "Choose options" : "Choose an option";
}

/** @param {RadioProps} p @param {ElementView} view */
function radio(p, view) {
  const labels = optionLabels(p);
  const selected = validIndex(view.value, labels.length);
  const disabled = Boolean(p.disabled) || labels.length === 0;
  const captions = Array.isArray(p.captions) ? p.captions.map(String) : [];
  const name = `fragc-radio-${view.uid}`;
  const shown = labels.length ? labels : ["No options to select."];
  return h(
    "div",
    { "data-testid": "stRadio", class: cls("stRadio", p.horizontal && "fragc-horizontal") },
    groupLabel(p),
    h(
      "div",
      { "data-testid": "stRadioGroup", role: "radiogroup", "aria-label": String(p.label ?? ""), class: "fragc-radio-group" },
      shown.map((label, i) => {
        const id = `${name}-${i}`;
        const checked = selected === i;
        // As Streamlit's: each option a <label> (stRadioOption) around its input and text,
        // its caption (stRadioCaption) beside it. The label is `display: contents`: the
        // input and the text stay the option grid's cells.
        return h(
          "div",
          { class: cls("fragc-radio-option", disabled && "fragc-disabled") },
          h(
            "label",
            { "data-testid": "stRadioOption", class: "fragc-radio-label" },
            h("input", {
            type: "radio",
            id,
            name,
            value: String(i),
            checked,
            disabled,
              "data-fragc-action": "radio",
              props: { checked },
            }),
            h("span", { "data-testid": "stMarkdownContainer", html: markdownToHtml(label, { inline: true }) }),
          ),
          captions[i]
            ? h(
                "div",
                { "data-testid": "stRadioCaption", class: "fragc-radio-caption" },
                h("div", { "data-testid": "stCaptionContainer", class: "fragc-caption", html: markdownToHtml(captions[i], { inline: true }) }),
              )
            : null,
        );
      }),
    ),
  );
}

/** The chevron of a combobox's Open button (drawing only). */
const chevron = () => h("span", { class: "fragc-combo-chevron", "aria-hidden": "true" }, "expand_more");

/**
 * A combobox as Streamlit 1.67 draws it (React Aria): a group holding a text input with
 * `role=combobox` (typing filters the list) and the "Open" button; the list itself floats
 * outside (listbox.js).
 * @param {{ uid: number, id: string, label: string, value: string, placeholder: string, disabled: boolean, readonly?: boolean, forced?: boolean, before?: import("../render/dom.js").Child, after?: import("../render/dom.js").Child }} c
 */
function combobox(c) {
  const expanded = isOpen(c.uid);
  return h(
    "div",
    { class: cls("fragc-input-root", "fragc-combo", c.disabled && "fragc-disabled") },
    h(
      "div",
      { role: "group", class: "fragc-combo-group" },
      c.before,
      h("input", {
        id: c.id,
        type: "text",
        role: "combobox",
        "aria-label": c.label,
        "aria-autocomplete": "list",
        "aria-expanded": String(expanded),
        "aria-controls": expanded ? listId(c.uid) : null,
        autocomplete: "off",
        autocorrect: "off",
        spellcheck: "false",
        placeholder: c.placeholder,
        disabled: c.disabled,
        // filter_mode=None: "typing is disabled" (Streamlit 1.67); the list still opens.
        readonly: c.readonly,
        value: c.value,
        title: c.value || null,
        class: "fragc-combo-input",
        "data-fragc-action": "combo",
        "data-fragc-force": c.forced,
        props: { value: c.value },
      }),
      c.after,
      h(
        "button",
        {
          type: "button",
          tabindex: "-1",
          "aria-label": "Open",
          "aria-haspopup": "listbox",
          "aria-expanded": String(expanded),
          "aria-controls": expanded ? listId(c.uid) : null,
          disabled: c.disabled,
          class: "fragc-combo-open",
          "data-fragc-action": "combo-open",
        },
        chevron(),
      ),
    ),
  );
}

/** @param {SelectboxProps} p @param {ElementView} view */
function selectbox(p, view) {
  const labels = optionLabels(p);
  const id = `fragc-select-${view.uid}`;
  const typed = Boolean(p.accept_new_options);
  const text = typed ? typedText(view.value, labels) : (labels[validIndex(view.value, labels.length) ?? -1] ?? "");
  const placeholder = typed
    ? typeof p.placeholder === "string" && p.placeholder.trim()
      ? p.placeholder
      : labels.length
        ? "Choose or add an option"
        : "Add an option"
    : placeholderText(p, false);
  return h(
    "div",
    { "data-testid": "stSelectbox", class: "stSelectbox" },
    labelRow(p, id),
    combobox({
      uid: view.uid,
      id,
      label: String(p.label ?? ""),
      value: text,
      placeholder,
      disabled: Boolean(p.disabled) || (labels.length === 0 && !typed),
      readonly: p.filter_mode === null,
      forced: view.forced,
    }),
  );
}

/** @param {MultiselectProps} p @param {ElementView} view */
function multiselect(p, view) {
  const labels = optionLabels(p);
  const id = `fragc-multi-${view.uid}`;
  const chosen = chosenOf(view.value, labels.length);
  const typed = Boolean(p.accept_new_options);
  const disabled = Boolean(p.disabled) || (labels.length === 0 && !typed);
  // Streamlit shows its placeholder only while nothing is chosen.
  const ownPlaceholder = typeof p.placeholder === "string" && p.placeholder.trim() ? p.placeholder : null;
  const placeholder = chosen.length ? "" : typed ? (ownPlaceholder ?? (labels.length ? "Choose or add options" : "Add options")) : placeholderText(p, true);
  const tags = h(
    "div",
    { "data-testid": "stMultiSelectTagsContainer", class: "fragc-tags" },
    chosen.length
      ? h(
          "span",
          { role: "group", "aria-label": "Selected values", class: "fragc-tag-list" },
          chosen.map((item, position) =>
            h(
              "span",
              { "data-tag": "", "data-tag-index": position, "aria-label": itemLabel(item, labels), tabindex: "0", class: "fragc-tag" },
              h("span", { class: "fragc-tag-text", title: itemLabel(item, labels) }, itemLabel(item, labels)),
              h(
                "button",
                {
                  type: "button",
                  tabindex: "-1",
                  class: "fragc-tag-remove",
                  "aria-label": `Remove ${itemLabel(item, labels)}`,
                  disabled,
                  "data-fragc-action": "multiselect-remove",
                  "data-fragc-position": position,
                },
                h("span", { "aria-hidden": "true" }, "×"),
              ),
            ),
          ),
        )
      : null,
  );
  const expanded = isOpen(view.uid);
  return h(
    "div",
    { "data-testid": "stMultiSelect", class: "stMultiSelect" },
    labelRow(p, id),
    h(
      "div",
      { class: cls("fragc-input-root", "fragc-combo", "fragc-multiselect-root", disabled && "fragc-disabled") },
      h(
        "div",
        { role: "group", class: "fragc-combo-group" },
        // The input sits after the tags, inside their container, as in Streamlit.
        (tags.append(
          h("input", {
            id,
            type: "text",
            role: "combobox",
            "aria-label": String(p.label ?? ""),
            "aria-autocomplete": "list",
            "aria-expanded": String(expanded),
            "aria-controls": expanded ? listId(view.uid) : null,
            autocomplete: "off",
            autocorrect: "off",
            spellcheck: "false",
            placeholder,
            disabled,
            readonly: p.filter_mode === null,
            value: "",
            class: "fragc-combo-input",
            "data-fragc-action": "combo",
          }),
        ),
        tags),
        chosen.length && !disabled
          ? h(
              "button",
              { type: "button", class: "fragc-multiselect-clear", "aria-label": "Clear all", "data-fragc-action": "multiselect-clear" },
              h("span", { "aria-hidden": "true" }, "×"),
            )
          : null,
        h(
          "button",
          {
            type: "button",
            tabindex: "-1",
            "aria-label": "Open",
            "aria-haspopup": "listbox",
            "aria-expanded": String(expanded),
            "aria-controls": expanded ? listId(view.uid) : null,
            disabled,
            class: "fragc-combo-open",
            "data-fragc-action": "combo-open",
          },
          chevron(),
        ),
      ),
    ),
  );
}

/**
 * A multiselect's chosen items, in selection order: option indexes (valid ones) and, with
 * accept_new_options, `{ new: text }` for typed ones.
 * @param {unknown} value @param {number} count @returns {(number | { new: string })[]}
 */
function chosenOf(value, count) {
  return (Array.isArray(value) ? value : []).filter(
    (item) => validIndex(item, count) !== null || (item && typeof item === "object" && typeof item.new === "string"),
  );
}

/** A chosen item's text. @param {number | { new: string }} item @param {string[]} labels */
const itemLabel = (item, labels) => (typeof item === "number" ? labels[item] : item.new);

/** The "Add: text" row a combobox taking new options offers for typed text that is no option. @param {string[]} labels @param {string | null} typed @param {string[]} taken texts already chosen */
function addRow(labels, typed, taken = []) {
  const text = (typed ?? "").trim();
  if (text === "" || labels.includes(text) || taken.includes(text)) return [];
  return [{ key: `new:${text}`, label: `Add: ${text}` }];
}

/** The row shown when typing matched nothing. */
const NO_RESULTS = { key: "", label: "No results" };

/** The selectbox's list: its options, filtered by what is typed. @type {ListSource} */
const SELECT_LIST = {
  testid: "stSelectboxVirtualDropdown",
  items(node, ctx, typed) {
    const labels = optionLabels(/** @type {SelectboxProps} */ (node.element.props));
    const selected = validIndex(ctx.value(node), labels.length);
    const rows = filterOptions(labels, typed, modeOf(node)).map((i) => ({ key: String(i), label: labels[i], selected: i === selected }));
    const added = /** @type {SelectboxProps} */ (node.element.props).accept_new_options ? addRow(labels, typed) : [];
    return rows.length || added.length ? [...rows, ...added] : [NO_RESULTS];
  },
  pick(node, ctx, key) {
    ctx.commitAndShow(node, key.startsWith("new:") ? { new: key.slice(4) } : Number(key));
    return true;
  },
  shown(node, ctx) {
    const props = /** @type {SelectboxProps} */ (node.element.props);
    const labels = optionLabels(props);
    if (props.accept_new_options) return typedText(ctx.value(node), labels);
    return labels[validIndex(ctx.value(node), labels.length) ?? -1] ?? "";
  },
  enter(node, ctx, typed) {
    const props = /** @type {SelectboxProps} */ (node.element.props);
    if (!props.accept_new_options) return false;
    const value = typedValue(typed.trim(), optionLabels(props));
    if (value === null && props.index !== null) return false;
    ctx.commitAndShow(node, value);
    return true;
  },
};

/** The multiselect's list: the options not chosen yet (or why no more can be). @type {ListSource} */
const MULTI_LIST = {
  testid: "stMultiSelectDropdown",
  items(node, ctx, typed) {
    const props = /** @type {MultiselectProps} */ (node.element.props);
    const labels = optionLabels(props);
    const chosen = chosenOf(ctx.value(node), labels.length);
    const max = maxOf(props);
    if (max !== null && chosen.length >= max) {
      return [{ key: "", label: `You can only select up to ${max} ${max === 1 ? "option" : "options"}. Remove an option first.` }];
    }
    const rows = filterOptions(labels, typed, modeOf(node))
      .filter((i) => !chosen.includes(i))
      .map((i) => ({ key: String(i), label: labels[i] }));
    const taken = chosen.map((item) => itemLabel(item, labels));
    const added = props.accept_new_options ? addRow(labels, typed, taken) : [];
    if (!rows.length && !added.length) return [NO_RESULTS];
    if (!rows.length) return added;
    const all = props.select_all && !typed && rows.length >= 2 ? [{ key: SELECT_ALL, label: "Select all" }, ...rows] : rows;
    return [...all, ...added];
  },
  pick(node, ctx, key) {
    const props = /** @type {MultiselectProps} */ (node.element.props);
    const labels = optionLabels(props);
    const chosen = chosenOf(ctx.value(node), labels.length);
    const picked =
      key === SELECT_ALL
        ? labels.map((_, i) => i).filter((i) => !chosen.includes(i))
        : key.startsWith("new:")
          ? [{ new: key.slice(4) }]
          : [Number(key)];
    const max = maxOf(props);
    const next = [...chosen, ...picked];
    ctx.commitAndShow(node, max === null ? next : next.slice(0, Math.max(max, chosen.length)));
    return false;
  },
  shown: () => "",
};

/** A combobox's filter mode (absent: "fuzzy"). @param {ElementNode} node @returns {string | null} */
function modeOf(node) {
  const mode = /** @type {SelectboxProps | MultiselectProps} */ (node.element.props).filter_mode;
  return mode === undefined ? "fuzzy" : mode;
}

/** @param {MultiselectProps} p */
function maxOf(p) {
  return typeof p.max_selections === "number" && p.max_selections > 0 ? p.max_selections : null;
}

/** The list a combobox input opens. @param {HTMLElement} control @param {EventContext} ctx */
function sourceOf(control, ctx) {
  const node = ctx.widgetNode(control);
  return node?.element.kind === "multiselect" ? MULTI_LIST : SELECT_LIST;
}

/** A click in the combobox's input opens its list, with the text selected (typing replaces it). @param {HTMLElement} control @param {MouseEvent} _event @param {EventContext} ctx */
function onComboClick(control, _event, ctx) {
  const node = ctx.widgetNode(control);
  if (!node || isOpen(node.uid)) return;
  openList(control, ctx, sourceOf(control, ctx), { typed: null });
  /** @type {HTMLInputElement} */ (control).select();
}

/** Typing filters (and opens) the list. @param {HTMLElement} control @param {Event} _event @param {EventContext} ctx */
function onComboInput(control, _event, ctx) {
  const text = /** @type {HTMLInputElement} */ (control).value;
  openList(control, ctx, sourceOf(control, ctx), { typed: text, active: "first" });
}

/** @param {HTMLElement} control @param {KeyboardEvent} event @param {EventContext} ctx */
function onComboKeydown(control, event, ctx) {
  onComboKey(control, event, ctx, sourceOf(control, ctx));
}

/**
 * Leaving the input closes its list; a selectbox taking new options keeps what was typed
 * (Streamlit commits it), any other puts its value back.
 * @param {HTMLElement} control @param {FocusEvent} event @param {EventContext} ctx
 */
function onComboFocusout(control, event, ctx) {
  const node = ctx.widgetNode(control);
  const typed = /** @type {HTMLInputElement} */ (control).value;
  const into = /** @type {Node | null} */ (event.relatedTarget);
  if (into && document.querySelector(".fragc-listbox-popup")?.contains(into)) return;
  if (node && SELECT_LIST.enter && typed !== SELECT_LIST.shown(node, ctx) && node.element.kind === "selectbox") {
    if (SELECT_LIST.enter(node, ctx, typed)) {
      closeList(false);
      return;
    }
  }
  onComboBlur(event);
}

/** The Open button: the list opens (or closes), the focus goes to the input. @param {HTMLElement} button @param {MouseEvent} _event @param {EventContext} ctx */
function onOpenClick(button, _event, ctx) {
  const input = /** @type {HTMLInputElement | null} */ (button.closest(".fragc-combo")?.querySelector('input[role="combobox"]') ?? null);
  const node = ctx.widgetNode(button);
  if (!input || !node) return;
  if (isOpen(node.uid)) {
    closeList(true);
    return;
  }
  input.focus();
  openList(input, ctx, sourceOf(input, ctx), { typed: null });
}

/** @param {HTMLElement} control @param {Event} _event @param {EventContext} ctx */
function onRadio(control, _event, ctx) {
  const node = ctx.widgetNode(control);
  if (node) ctx.commitAndShow(node, Number(/** @type {HTMLInputElement} */ (control).value));
}

/** A tag's ×. @param {HTMLElement} button @param {MouseEvent} _event @param {EventContext} ctx */
function onRemove(button, _event, ctx) {
  const node = ctx.widgetNode(button);
  if (!node) return;
  const position = Number(button.getAttribute("data-fragc-position"));
  const props = /** @type {MultiselectProps} */ (node.element.props);
  const chosen = chosenOf(ctx.value(node), optionLabels(props).length);
  ctx.commitAndShow(node, chosen.filter((_, i) => i !== position));
}

/** "Clear all". @param {HTMLElement} button @param {MouseEvent} _event @param {EventContext} ctx */
function onClear(button, _event, ctx) {
  const node = ctx.widgetNode(button);
  if (node) ctx.commitAndShow(node, []);
}

// ---------------------------------------------------- a selectbox taking typed options

/** The text the typed selectbox shows for a wire value. @param {unknown} value @param {string[]} labels */
export function typedText(value, labels) {
  if (value && typeof value === "object" && typeof (/** @type {any} */ (value).new) === "string") return /** @type {any} */ (value).new;
  const index = validIndex(value, labels.length);
  return index === null ? "" : labels[index];
}

/** The wire value for what the typed selectbox holds: an option's index, or `{ new: text }`. @param {string} text @param {string[]} labels */
export function typedValue(text, labels) {
  if (text === "") return null;
  const index = labels.indexOf(text);
  return index >= 0 ? index : { new: text };
}

export default /** @satisfies {Family} */ ({
  python: "widgets/choice.py",
  afterRender: () => afterRender(),
  elements: { radio, selectbox, multiselect },
  actions: {
    radio: { change: onRadio },
    combo: { click: onComboClick, input: onComboInput, keydown: onComboKeydown, focusout: onComboFocusout },
    "combo-open": { click: onOpenClick },
    "listbox-option": { click: (row) => onOptionClick(row) },
    "multiselect-remove": { click: onRemove },
    "multiselect-clear": { click: onClear },
  },
});
