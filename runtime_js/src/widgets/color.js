// @ts-check
/**
 * st.color_picker (`compiler/fragc/shim/widgets/color.py`) as a native
 * `<input type=color>` (its swatch is Streamlit's `stColorPickerBlock`). The committed
 * value is a hex string; the native control only takes "#rrggbb", so "#0fa" is shown
 * expanded. It commits on `change` (fired when the picker closes), not on every `input`
 * while dragging.
 */

import { h } from "../render/dom.js";
import { labelRow } from "../render/parts.js";

/**
 * @typedef {import("../protocol_types").ColorPickerProps} ColorPickerProps
 * @typedef {import("../family.js").ElementView} ElementView
 * @typedef {import("../family.js").EventContext} EventContext
 * @typedef {import("../family.js").Family} Family
 */

/** "#0FA" -> "#00ffaa"; anything that is not a hex colour -> "#000000". @param {unknown} value */
export function nativeColor(value) {
  const text = typeof value === "string" ? value.trim() : "";
  const short = /^#?([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(text);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase();
  const long = /^#?([0-9a-f]{6})$/i.exec(text);
  return long ? `#${long[1]}`.toLowerCase() : "#000000";
}

/** @param {ColorPickerProps} p @param {ElementView} view */
function colorPicker(p, view) {
  const id = `fragc-color-${view.uid}`;
  const value = nativeColor(view.value);
  return h(
    "div",
    { "data-testid": "stColorPicker", class: "stColorPicker" },
    labelRow(p, id),
    h(
      "div",
      { class: "fragc-color-row" },
      h("input", {
        id,
        type: "color",
        "data-testid": "stColorPickerBlock",
        class: "fragc-color-swatch",
        disabled: Boolean(p.disabled),
        value,
        "data-fragc-action": "color-picker",
        props: { value },
      }),
      h("span", { class: "fragc-color-value" }, typeof view.value === "string" ? view.value : value),
    ),
  );
}

/** @param {HTMLElement} control @param {Event} _event @param {EventContext} ctx */
function onChange(control, _event, ctx) {
  const node = ctx.widgetNode(control);
  if (!node) return;
  const input = /** @type {HTMLInputElement} */ (control);
  // The same colour as the committed one (maybe spelled "#0FA") is no change.
  if (nativeColor(ctx.value(node)) === input.value.toLowerCase()) return;
  ctx.commit(node, input.value);
  const shown = input.parentElement?.querySelector(".fragc-color-value");
  if (shown) shown.textContent = input.value;
}

export default /** @satisfies {Family} */ ({
  python: "widgets/color.py",
  elements: { color_picker: colorPicker },
  actions: { "color-picker": { change: onChange } },
});
