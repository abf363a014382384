// @ts-check
/**
 * st.color_picker as a native `<input type=color>` (its swatch is Streamlit's
 * `stColorPickerBlock`). The committed value is a hex string; the native control only
 * takes "#rrggbb", so "#0fa" is shown expanded. input_events.js commits on `change`
 * (fired when the picker closes), not on every `input` while dragging.
 */

import { h } from "./dom.js";
import { ACTIONS, labelRow } from "./input_parts.js";

/**
 * @typedef {Record<string, any>} Props
 * @typedef {import("./inputs.js").WidgetView} WidgetView
 */

/** "#0FA" -> "#00ffaa"; anything that is not a hex colour -> "#000000". @param {unknown} value */
export function nativeColor(value) {
  const text = typeof value === "string" ? value.trim() : "";
  const short = /^#?([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(text);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase();
  const long = /^#?([0-9a-f]{6})$/i.exec(text);
  return long ? `#${long[1]}`.toLowerCase() : "#000000";
}

/** @param {Props} p @param {WidgetView} view */
export function colorPicker(p, view) {
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
        "data-fragc-action": ACTIONS.color,
        props: { value },
      }),
      h("span", { class: "fragc-color-value" }, typeof view.value === "string" ? view.value : value),
    ),
  );
}
