// @ts-check
/**
 * st.pills, st.segmented_control and st.feedback
 * (`compiler/fragc/shim/widgets/button_group.py`): the `button_group` kind, drawn as
 * Streamlit 1.67's (radios in a radio group for one choice, toggle buttons in a toolbar
 * for several; feedback's buttons are radios named "Feedback rating"). The value is an option index or null (single),
 * a list of indexes in the order they were chosen (multi). `props.style` says which:
 * "pills", "segmented_control", or the feedback set "thumbs" / "faces" / "stars".
 * Feedback's buttons are named as in Streamlit 1.67 ("Thumbs up", "3 out of 5 stars").
 */

import { h, cls } from "../render/dom.js";
import { iconHtml, markdownToHtml } from "../render/markdown.js";
import { groupLabel, optionLabels, validIndex } from "../render/parts.js";

/**
 * @typedef {import("../protocol_types").ButtonGroupProps} ButtonGroupProps
 * @typedef {import("../family.js").ElementView} ElementView
 * @typedef {import("../family.js").EventContext} EventContext
 * @typedef {import("../family.js").Family} Family
 * @typedef {{ index: number, name: string, icon: string, text: string }} GroupButton
 * @typedef {Pick<ButtonGroupProps, "selection_mode" | "required">} Toggling
 */

const FEEDBACK_STYLES = new Set(["thumbs", "faces", "stars"]);
const FACES = ["😞", "🙁", "😐", "🙂", "😀"];
const FACE_NAMES = ["Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"];

/**
 * The value after a click on option `index` (Streamlit's toggling rules).
 * @param {Toggling} p @param {unknown} current @param {number} index
 */
export function toggled(p, current, index) {
  if (p.selection_mode === "multi") {
    const chosen = Array.isArray(current) ? current.filter((i) => typeof i === "number") : [];
    return chosen.includes(index) ? chosen.filter((i) => i !== index) : [...chosen, index];
  }
  if (current === index) return p.required ? index : null; // clicking the chosen one clears it
  return index;
}

/** The indexes shown as chosen. @param {ButtonGroupProps} p @param {unknown} value @param {number} count */
function chosenOf(p, value, count) {
  if (p.selection_mode === "multi") return (Array.isArray(value) ? value : []).filter((i) => validIndex(i, count) !== null);
  const single = validIndex(value, count);
  return single === null ? [] : [single];
}

/** Feedback's buttons, in Streamlit's order (thumbs up first). @param {string} style @returns {GroupButton[]} */
function feedbackButtons(style) {
  if (style === "thumbs") {
    return [
      { index: 1, name: "Thumbs up", icon: "👍", text: "" },
      { index: 0, name: "Thumbs down", icon: "👎", text: "" },
    ];
  }
  if (style === "faces") return FACES.map((icon, index) => ({ index, name: FACE_NAMES[index], icon, text: "" }));
  return [0, 1, 2, 3, 4].map((index) => ({ index, name: `${index + 1} out of 5 stars`, icon: "★", text: "" }));
}

/** A pill's leading emoji or :material/icon: moves into its icon, as 1.67 does. @param {string} label @param {number} index @returns {GroupButton} */
function optionButton(label, index) {
  const [first, ...rest] = label.split(" ");
  const isIcon = /^:material\/[a-z0-9_]+:$/.test(first) || /^\p{Extended_Pictographic}[\uFE0F\u200D\p{Extended_Pictographic}]*$/u.test(first);
  return isIcon ? { index, name: label, icon: first, text: rest.join(" ") } : { index, name: label, icon: "", text: label };
}

/** @param {ButtonGroupProps} p @param {ElementView} view */
function buttonGroup(p, view) {
  const feedback = FEEDBACK_STYLES.has(p.style);
  const labels = optionLabels(p);
  const buttons = feedback ? feedbackButtons(p.style) : labels.map(optionButton);
  const count = feedback ? buttons.length : labels.length;
  const chosen = chosenOf(p, view.value, count);
  const stars = p.style === "stars";
  // Stars light up to the chosen one; the others only the chosen button.
  const lit = (/** @type {number} */ index) => (stars ? chosen.length > 0 && index <= chosen[0] : chosen.includes(index));
  const variant = feedback ? "feedback" : p.style === "segmented_control" ? "segmented_control" : "pills";
  const disabled = Boolean(p.disabled);
  const multi = p.selection_mode === "multi";
  // Streamlit 1.67's roles: one choice is a radio group of radios (aria-checked), several
  // a toolbar of toggle buttons (aria-pressed). Feedback's radios take the focus in turn
  // (one Tab stop; the arrow keys move between them).
  const focusAt = chosen.length ? chosen[0] : buttons[0]?.index;
  const controls = h(
    "div",
    {
      role: multi ? "toolbar" : "radiogroup",
      "aria-label": feedback ? "Feedback rating" : String(p.label ?? ""),
      "aria-disabled": feedback ? null : String(disabled),
      class: "fragc-button-group",
    },
    buttons.map((button) => {
      const pressed = chosen.includes(button.index);
      const on = lit(button.index);
      return h(
        "button",
        {
          type: "button",
          role: multi ? null : "radio",
          "aria-checked": multi ? null : String(pressed),
          "aria-pressed": multi ? String(pressed) : null,
          "data-testid": feedback ? (on ? "stFeedbackButtonActive" : "stFeedbackButton") : null,
          "data-variant": feedback ? null : variant,
          "data-selected": pressed ? "true" : null,
          tabindex: feedback ? (button.index === focusAt ? 0 : -1) : null,
          class: cls("fragc-group-button", on && "fragc-group-button-on"),
          "aria-label": feedback ? button.name : null,
          disabled,
          "data-fragc-action": "button-group",
          "data-fragc-index": button.index,
        },
        button.icon ? iconPart(button.icon, feedback, on && stars) : null,
        button.text ? h("div", { "data-testid": "stMarkdownContainer", class: "fragc-group-text", html: markdownToHtml(button.text, { inline: true }) }) : null,
      );
    }),
  );
  if (feedback) return h("div", { "data-testid": "stFeedback", class: cls("stFeedback", "stButtonGroup", "fragc-group-feedback") }, controls);
  return h("div", { "data-testid": "stButtonGroup", class: cls("stButtonGroup", `fragc-group-${variant}`) }, groupLabel(p), controls);
}

/**
 * An option's icon with Streamlit's test id: a Material icon `stIconMaterial`, an emoji
 * `stIconEmoji` (iconHtml); feedback's are Material icons, a lit star an image (`stImageIcon`).
 * @param {string} icon @param {boolean} feedback @param {boolean} litStar
 */
function iconPart(icon, feedback, litStar) {
  if (!feedback) return h("span", { class: "fragc-group-icon", "aria-hidden": "true", html: iconHtml(icon) });
  // Feedback's glyphs are drawn as text (no icon font here), under Streamlit's test ids.
  // A lit star is Streamlit's image, no text: CSS draws its glyph.
  if (litStar) return h("span", { "data-testid": "stImageIcon", class: "fragc-group-icon fragc-star-lit", "aria-hidden": "true" });
  return h("span", { "data-testid": "stIconMaterial", class: "fragc-group-icon", "aria-hidden": "true" }, icon);
}

/**
 * Feedback's arrow keys: the focus moves to the next or previous button (and wraps).
 * @param {HTMLElement} button @param {KeyboardEvent} event
 */
function onKey(button, event) {
  const group = button.closest('[role="radiogroup"]');
  if (!group || !button.closest('[data-testid="stFeedback"]')) return;
  const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
  if (!step) return;
  event.preventDefault();
  const all = /** @type {HTMLElement[]} */ ([...group.querySelectorAll("button")]);
  const next = all[(all.indexOf(button) + step + all.length) % all.length];
  for (const other of all) other.tabIndex = other === next ? 0 : -1;
  next.focus();
}

/** A click on an option: toggle it, and show the new value at once. @param {HTMLElement} button @param {MouseEvent} _event @param {EventContext} ctx */
function onClick(button, _event, ctx) {
  const node = ctx.widgetNode(button);
  if (!node || node.element.kind !== "button_group") return;
  const index = Number(button.getAttribute("data-fragc-index"));
  ctx.commitAndShow(node, toggled(node.element.props, ctx.value(node), index));
}

export default /** @satisfies {Family} */ ({
  python: "widgets/button_group.py",
  elements: { button_group: buttonGroup },
  actions: { "button-group": { click: onClick, keydown: onKey } },
});
