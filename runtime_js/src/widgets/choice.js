// @ts-check
/**
 * st.radio, st.selectbox and st.multiselect (`compiler/fragc/shim/widgets/choice.py`).
 * Their values are option INDEXES (an int or null; a list for multiselect, in selection
 * order); `props.options` holds the formatted labels. Controls are native so the
 * browser and Playwright drive them as users do: radio inputs with their labels, a
 * `<select>` (multiselect's picker adds the chosen option and goes back to its
 * placeholder). They commit on `change`; multiselect's tags are removed on `click`.
 */

import { h, cls } from "../render/dom.js";
import { markdownToHtml } from "../render/markdown.js";
import { groupLabel, labelRow, optionLabels, validIndex } from "../render/parts.js";

/**
 * @typedef {import("../protocol_types").RadioProps} RadioProps
 * @typedef {import("../protocol_types").SelectboxProps} SelectboxProps
 * @typedef {import("../protocol_types").MultiselectProps} MultiselectProps
 * @typedef {import("../family.js").ElementView} ElementView
 * @typedef {import("../family.js").EventContext} EventContext
 * @typedef {import("../family.js").Family} Family
 */

/** The value "Select all" has in the multiselect picker (never an index). */
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

/** @param {SelectboxProps} p @param {ElementView} view */
function selectbox(p, view) {
  if (p.accept_new_options) return selectboxTyped(p, view);
  const labels = optionLabels(p);
  const id = `fragc-select-${view.uid}`;
  const selected = validIndex(view.value, labels.length);
  const disabled = Boolean(p.disabled) || labels.length === 0;
  const value = selected === null ? "" : String(selected);
  return h(
    "div",
    { "data-testid": "stSelectbox", class: "stSelectbox" },
    labelRow(p, id),
    h(
      "div",
      { class: "fragc-input-root fragc-select-root" },
      h(
        "select",
        { id, disabled, "data-fragc-action": "select", props: { value } },
        // The empty choice exists while nothing is chosen, or when index=None lets the
        // user go back to nothing (Streamlit's clear button).
        selected === null || (p.index === null && !p.required)
          ? h("option", { value: "", selected: selected === null }, placeholderText(p, false))
          : null,
        labels.map((label, i) => h("option", { value: String(i), selected: selected === i }, label)),
      ),
    ),
  );
}

/** @param {MultiselectProps} p @param {ElementView} view */
function multiselect(p, view) {
  const labels = optionLabels(p);
  const id = `fragc-multi-${view.uid}`;
  const chosen = (Array.isArray(view.value) ? view.value : []).filter((i) => validIndex(i, labels.length) !== null);
  const disabled = Boolean(p.disabled) || labels.length === 0;
  const max = typeof p.max_selections === "number" && p.max_selections > 0 ? p.max_selections : null;
  const full = max !== null && chosen.length >= max;
  const remaining = labels.map((label, i) => ({ label, i })).filter(({ i }) => !chosen.includes(i));
  const prompt = full
    ? `You can only select up to ${max} ${max === 1 ? "option" : "options"}. Remove an option first.`
    : placeholderText(p, true);
  return h(
    "div",
    { "data-testid": "stMultiSelect", class: "stMultiSelect" },
    labelRow(p, id),
    h(
      "div",
      { class: cls("fragc-input-root", "fragc-multiselect-root", disabled && "fragc-disabled") },
      h(
        "div",
        { class: "fragc-tags" },
        chosen.map((index) =>
          h(
            "span",
            { "data-tag": String(index), "data-baseweb": "tag", "aria-label": labels[index], class: "fragc-tag" },
            h("span", { class: "fragc-tag-text", title: labels[index] }, labels[index]),
            h(
              "button",
              {
                type: "button",
                class: "fragc-tag-remove",
                "aria-label": `Remove ${labels[index]}`,
                disabled,
                "data-fragc-action": "multiselect-remove",
                "data-fragc-index": index,
              },
              h("span", { "aria-hidden": "true" }, "×"),
            ),
          ),
        ),
      ),
      h(
        "select",
        {
          id,
          class: "fragc-multiselect-picker",
          disabled: disabled || full || remaining.length === 0,
          "data-fragc-action": "multiselect-pick",
          props: { value: "" },
        },
        h("option", { value: "", selected: true }, prompt),
        p.select_all && max === null && remaining.length >= 2 ? h("option", { value: SELECT_ALL }, "Select all") : null,
        remaining.map(({ label, i }) => h("option", { value: String(i) }, label)),
      ),
      chosen.length && !disabled
        ? h(
            "button",
            { type: "button", class: "fragc-multiselect-clear", "aria-label": "Clear all", "data-fragc-action": "multiselect-clear" },
            h("span", { "aria-hidden": "true" }, "×"),
          )
        : null,
    ),
  );
}

/** @param {HTMLElement} control @param {Event} _event @param {EventContext} ctx */
function onRadio(control, _event, ctx) {
  const node = ctx.widgetNode(control);
  if (node) ctx.commitAndShow(node, Number(/** @type {HTMLInputElement} */ (control).value));
}

/** @param {HTMLElement} control @param {Event} _event @param {EventContext} ctx */
function onSelect(control, _event, ctx) {
  const node = ctx.widgetNode(control);
  const { value } = /** @type {HTMLSelectElement} */ (control);
  if (node) ctx.commitAndShow(node, value === "" ? null : Number(value));
}

/** The multiselect's picker: add the chosen option (or all of them). @param {HTMLElement} control @param {Event} _event @param {EventContext} ctx */
function onPick(control, _event, ctx) {
  const node = ctx.widgetNode(control);
  const picker = /** @type {HTMLSelectElement} */ (control);
  if (!node || node.element.kind !== "multiselect" || picker.value === "") return;
  const current = ctx.value(node);
  const chosen = Array.isArray(current) ? [...current] : [];
  const picked =
    picker.value === SELECT_ALL
      ? node.element.props.options.map((_, i) => i).filter((i) => !chosen.includes(i))
      : [Number(picker.value)];
  picker.value = "";
  ctx.commitAndShow(node, [...chosen, ...picked]);
}

/** A tag's ×. @param {HTMLElement} button @param {MouseEvent} _event @param {EventContext} ctx */
function onRemove(button, _event, ctx) {
  const node = ctx.widgetNode(button);
  if (!node) return;
  const index = Number(button.getAttribute("data-fragc-index"));
  const current = ctx.value(node);
  const chosen = Array.isArray(current) ? current : [];
  ctx.commitAndShow(node, chosen.filter((i) => i !== index));
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

/**
 * st.selectbox(accept_new_options=True): a labelled text field with the options as
 * suggestions (`<input list>` + `<datalist>`, the browser's own combobox), so the user can
 * pick an option or type a new one, as Streamlit's combobox allows. Committed on
 * `change` (Enter, leaving the field, picking a suggestion).
 * @param {SelectboxProps} p @param {ElementView} view
 */
function selectboxTyped(p, view) {
  const labels = optionLabels(p);
  const id = `fragc-select-${view.uid}`;
  const text = typedText(view.value, labels);
  const placeholder = typeof p.placeholder === "string" && p.placeholder.trim() ? p.placeholder : "Choose or add an option";
  return h(
    "div",
    { "data-testid": "stSelectbox", class: "stSelectbox" },
    labelRow(p, id),
    h(
      "div",
      { class: "fragc-input-root fragc-select-root" },
      h("input", {
        id,
        type: "text",
        list: `${id}-options`,
        autocomplete: "off",
        placeholder,
        disabled: Boolean(p.disabled),
        value: text,
        "data-fragc-action": "select-new",
        "data-fragc-force": view.forced,
        props: { value: text },
      }),
      h("datalist", { id: `${id}-options` }, labels.map((label) => h("option", { value: label }))),
    ),
  );
}

/** @param {HTMLElement} control @param {Event} _event @param {EventContext} ctx */
function onTyped(control, _event, ctx) {
  const node = ctx.widgetNode(control);
  if (!node) return;
  const props = /** @type {SelectboxProps} */ (node.element.props);
  const value = typedValue(/** @type {HTMLInputElement} */ (control).value.trim(), optionLabels(props));
  if (value !== null || props.index === null) ctx.commit(node, value);
}

export default /** @satisfies {Family} */ ({
  python: "widgets/choice.py",
  elements: { radio, selectbox, multiselect },
  actions: {
    radio: { change: onRadio },
    select: { change: onSelect },
    "select-new": { change: onTyped },
    "multiselect-pick": { change: onPick },
    "multiselect-remove": { click: onRemove },
    "multiselect-clear": { click: onClear },
  },
});
