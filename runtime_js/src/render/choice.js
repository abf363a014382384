// @ts-check
/**
 * st.radio, st.selectbox and st.multiselect. Their values are option INDEXES (an int or
 * null; a list for multiselect, in selection order); `props.options` holds the
 * formatted labels. Controls are native so the browser and Playwright drive them as
 * users do: radio inputs with their labels, a `<select>` (multiselect's picker adds
 * the chosen option and goes back to its placeholder). Events: selection_events.js.
 */

import { h, cls } from "./dom.js";
import { markdownToHtml } from "./markdown.js";
import { helpIcon, labelClass } from "./elements.js";
import { labelRow } from "./input_parts.js";

/**
 * @typedef {Record<string, any>} Props
 * @typedef {import("./inputs.js").WidgetView} WidgetView
 */

/** The `data-fragc-action` of each control (selection_events.js dispatches on them). */
export const CHOICE_ACTIONS = Object.freeze({
  radio: "radio",
  select: "select",
  pick: "multiselect-pick",
  remove: "multiselect-remove",
  clear: "multiselect-clear",
});

/** The value "Select all" has in the multiselect picker (never an index). */
export const SELECT_ALL = "all";

/** @param {Props} p @returns {string[]} */
export function optionLabels(p) {
  return Array.isArray(p.options) ? p.options.map(String) : [];
}

/** An index the widget can show, else null. @param {unknown} value @param {number} count */
export function validIndex(value, count) {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value < count ? value : null;
}

/** The placeholder text Streamlit 1.67 picks when the app gives none. @param {Props} p @param {boolean} multi */
export function placeholderText(p, multi) {
  if (typeof p.placeholder === "string" && p.placeholder !== "") return p.placeholder.trim() === "" ? "" : p.placeholder;
  if (optionLabels(p).length === 0) return "No options to select";
  return multi ? "Choose options" : "Choose an option";
}

/**
 * The label of a group of controls (radio buttons, pills): text only, since the group
 * itself is named by `aria-label`; a `<label>` would name nothing.
 * @param {Props} p
 */
export function groupLabel(p) {
  return h(
    "div",
    { class: "fragc-label-row" },
    h(
      "div",
      { "data-testid": "stWidgetLabel", class: cls("fragc-widget-label", labelClass(p.label_visibility)) },
      h("span", { html: markdownToHtml(String(p.label ?? ""), { inline: true }) }),
    ),
    helpIcon(p.help),
  );
}

/** @param {Props} p @param {WidgetView} view */
export function radio(p, view) {
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
      { role: "radiogroup", "aria-label": String(p.label ?? ""), class: "fragc-radio-group" },
      shown.map((label, i) => {
        const id = `${name}-${i}`;
        const checked = selected === i;
        return h(
          "div",
          { class: "fragc-radio-option" },
          h("input", {
            type: "radio",
            id,
            name,
            value: String(i),
            checked,
            disabled,
            "data-fragc-action": CHOICE_ACTIONS.radio,
            props: { checked },
          }),
          h(
            "label",
            { for: id, class: cls("fragc-radio-label", disabled && "fragc-disabled") },
            h("span", { "data-testid": "stMarkdownContainer", html: markdownToHtml(label, { inline: true }) }),
          ),
          captions[i]
            ? h("div", { "data-testid": "stCaptionContainer", class: "fragc-caption fragc-radio-caption", html: markdownToHtml(captions[i], { inline: true }) })
            : null,
        );
      }),
    ),
  );
}

/** @param {Props} p @param {WidgetView} view */
export function selectbox(p, view) {
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
        { id, disabled, "data-fragc-action": CHOICE_ACTIONS.select, props: { value } },
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

/** @param {Props} p @param {WidgetView} view */
export function multiselect(p, view) {
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
                "data-fragc-action": CHOICE_ACTIONS.remove,
                "data-fragc-index": index,
              },
              "×",
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
          "data-fragc-action": CHOICE_ACTIONS.pick,
          props: { value: "" },
        },
        h("option", { value: "", selected: true }, prompt),
        p.select_all && max === null && remaining.length >= 2 ? h("option", { value: SELECT_ALL }, "Select all") : null,
        remaining.map(({ label, i }) => h("option", { value: String(i) }, label)),
      ),
      chosen.length && !disabled
        ? h(
            "button",
            { type: "button", class: "fragc-multiselect-clear", "aria-label": "Clear all", "data-fragc-action": CHOICE_ACTIONS.clear },
            "×",
          )
        : null,
    ),
  );
}
