// @ts-check
/**
 * st.text_input and st.text_area (`compiler/fragc/shim/widgets/text_input.py`). As in
 * Streamlit, a value is committed when the user presses Enter (Ctrl/Cmd+Enter in a text
 * area, where Enter is a new line) or leaves the field, not per keystroke; meanwhile
 * the widget says "Press Enter to apply". Enter in a form's input also submits the form.
 */

import { h } from "../render/dom.js";
import { markdownText, iconHtml } from "../render/markdown.js";
import { instructionsNote, labelRow, markDirty } from "../render/parts.js";
import { submitOnEnter } from "./form.js";

/**
 * @typedef {import("../protocol_types").TextInputProps} TextInputProps
 * @typedef {import("../protocol_types").TextAreaProps} TextAreaProps
 * @typedef {import("../family.js").ElementView} ElementView
 * @typedef {import("../family.js").EventContext} EventContext
 * @typedef {import("../family.js").Family} Family
 */

/** The native input type of each st.text_input type. @type {Record<string, string>} */
const INPUT_TYPES = { password: "password", email: "email", url: "url", phone: "tel", search: "search" };

/** @param {TextInputProps} p @param {ElementView} view */
function textInput(p, view) {
  const id = `fragc-input-${view.uid}`;
  const value = view.value === null || view.value === undefined ? "" : String(view.value);
  return h(
    "div",
    { "data-testid": "stTextInput", class: "stTextInput" },
    labelRow(p, id),
    h(
      "div",
      { "data-testid": "stTextInputRootElement", class: "fragc-input-root" },
      p.icon ? h("div", { "data-testid": "stTextInputIcon", class: "fragc-input-icon", html: iconHtml(String(p.icon)) }) : null,
      h("input", {
        id,
        "data-testid": "stTextInputField",
        type: INPUT_TYPES[String(p.type)] ?? "text",
        maxlength: typeof p.max_chars === "number" ? p.max_chars : null,
        placeholder: p.placeholder ?? null,
        autocomplete: p.autocomplete || null,
        disabled: Boolean(p.disabled),
        value,
        // Named by the label alone, as Streamlit's (the label also holds the help button).
        "aria-label": markdownText(String(p.label ?? "")).trim() || null,
        "data-fragc-action": "text",
        "data-fragc-force": view.forced,
        props: { value },
      }),
    ),
    instructionsNote(id),
  );
}

/** @param {TextAreaProps} p @param {ElementView} view */
function textArea(p, view) {
  const id = `fragc-input-${view.uid}`;
  const value = view.value === null || view.value === undefined ? "" : String(view.value);
  return h(
    "div",
    { "data-testid": "stTextArea", class: "stTextArea" },
    labelRow(p, id),
    h(
      "div",
      { "data-testid": "stTextAreaRootElement", class: "fragc-input-root" },
      h("textarea", {
        id,
        maxlength: typeof p.max_chars === "number" ? p.max_chars : null,
        placeholder: p.placeholder ?? null,
        disabled: Boolean(p.disabled),
        style: typeof p.height === "number" ? `height: ${p.height}px` : null,
        // Named by the label alone, as Streamlit's (the label also holds the help button).
        "aria-label": markdownText(String(p.label ?? "")).trim() || null,
        "data-fragc-action": "text",
        "data-fragc-force": view.forced,
        props: { value },
      }),
    ),
    instructionsNote(id),
  );
}

/** Commit what the field holds. @param {HTMLInputElement | HTMLTextAreaElement} input @param {EventContext} ctx */
function commitText(input, ctx) {
  const node = ctx.widgetNode(input);
  if (!node) return;
  const current = ctx.value(node);
  // An untouched empty input of a `value=None` widget stays None.
  const value = (current === null || current === undefined) && input.value === "" ? current ?? null : input.value;
  ctx.commit(node, value);
  markDirty(input, false);
}

/** @param {HTMLElement} input */
function onInput(input) {
  markDirty(input, true);
}

/** @param {HTMLElement} control @param {KeyboardEvent} event @param {EventContext} ctx */
function onKey(control, event, ctx) {
  if (event.key !== "Enter" || event.isComposing) return;
  const input = /** @type {HTMLInputElement | HTMLTextAreaElement} */ (control);
  // A text area commits on Ctrl/Cmd+Enter (Enter is a new line); a text input on Enter.
  if (input.tagName === "TEXTAREA" && !(event.ctrlKey || event.metaKey)) return;
  event.preventDefault();
  commitText(input, ctx);
  submitOnEnter(input, ctx);
}

/** @param {HTMLElement} input @param {FocusEvent} _event @param {EventContext} ctx */
function onLeave(input, _event, ctx) {
  commitText(/** @type {HTMLInputElement} */ (input), ctx);
  markDirty(input, false, false);
}

/** The focus came: the instructions show (Streamlit's, while focused). @param {HTMLElement} input */
function onFocus(input) {
  markDirty(input, input.closest("[data-dirty]") !== null, true);
}

export default /** @satisfies {Family} */ ({
  python: "widgets/text_input.py",
  elements: { text_input: textInput, text_area: textArea },
  actions: { text: { input: onInput, keydown: onKey, focusin: onFocus, focusout: onLeave } },
});
