// @ts-check
/**
 * st.color_picker (`compiler/fragc/shim/widgets/color.py`): Streamlit's button and
 * swatch, opening a panel with a native `<input type=color>` and a hex field. The committed
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

/**
 * Streamlit 1.67's: a button named "LABEL color picker" holding the swatch
 * (`stColorPickerBlock`), which opens a panel (a native popover: Escape and an outside
 * click close it) with the browser's colour input (the label's control) and a "hex"
 * text field.
 * @param {ColorPickerProps} p @param {ElementView} view
 */
function colorPicker(p, view) {
  const id = `fragc-color-${view.uid}`;
  const panelId = `${id}-panel`;
  const value = nativeColor(view.value);
  const shown = typeof view.value === "string" ? view.value : value;
  const disabled = Boolean(p.disabled);
  const open = typeof document !== "undefined" && Boolean(document.getElementById(panelId)?.matches(":popover-open"));
  return h(
    "div",
    { "data-testid": "stColorPicker", class: "stColorPicker" },
    labelRow(p, id),
    h(
      "button",
      {
        type: "button",
        class: "fragc-color-button",
        "aria-label": `${String(p.label ?? "")} color picker`,
        "aria-expanded": String(open),
        "aria-haspopup": "dialog",
        popovertarget: panelId,
        disabled,
      },
      h("div", { "data-testid": "stColorPickerBlock", class: "fragc-color-swatch", style: `background-color: ${value}` }),
    ),
    h(
      "div",
      { id: panelId, popover: "auto", role: "dialog", "aria-label": `${String(p.label ?? "")} color picker`, class: "fragc-color-panel", "data-fragc-action": "color-panel" },
      h("input", {
        id,
        type: "color",
        class: "fragc-color-native",
        disabled,
        value,
        "data-fragc-action": "color-picker",
        props: { value },
      }),
      h("input", {
        type: "text",
        class: "fragc-color-hex",
        "aria-label": "hex",
        spellcheck: "false",
        disabled,
        value: shown,
        "data-fragc-action": "color-hex",
        props: { value: shown },
      }),
    ),
  );
}

/** Commit a colour (unless it is the committed one). @param {HTMLElement} control @param {string} color @param {EventContext} ctx */
function commitColor(control, color, ctx) {
  const node = ctx.widgetNode(control);
  if (!node) return;
  // The same colour as the committed one (maybe spelled "#0FA") is no change.
  if (nativeColor(ctx.value(node)) === nativeColor(color)) return;
  ctx.commit(node, color);
  const picker = control.closest('[data-testid="stColorPicker"]');
  const swatch = /** @type {HTMLElement | null | undefined} */ (picker?.querySelector('[data-testid="stColorPickerBlock"]'));
  if (swatch) swatch.style.backgroundColor = nativeColor(color);
}

/** The browser's colour input changed. @param {HTMLElement} control @param {Event} _event @param {EventContext} ctx */
function onChange(control, _event, ctx) {
  const input = /** @type {HTMLInputElement} */ (control);
  const hex = /** @type {HTMLInputElement | null | undefined} */ (input.parentElement?.querySelector(".fragc-color-hex"));
  if (hex) hex.value = input.value;
  commitColor(control, input.value, ctx);
}

/** The hex field: a valid colour commits on Enter or when the field is left. @param {HTMLElement} control @param {Event} event @param {EventContext} ctx */
function onHex(control, event, ctx) {
  if (event.type === "keydown" && /** @type {KeyboardEvent} */ (event).key !== "Enter") return;
  const text = /** @type {HTMLInputElement} */ (control).value.trim();
  const color = text.startsWith("#") ? text : `#${text}`;
  if (!/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(color)) return;
  const native = /** @type {HTMLInputElement | null | undefined} */ (control.parentElement?.querySelector(".fragc-color-native"));
  if (native) native.value = nativeColor(color);
  commitColor(control, color, ctx);
}

/**
 * The panel opens under its button; the button's aria-expanded follows it.
 * @param {HTMLElement} panel @param {Event} event
 */
function onToggle(panel, event) {
  const opening = /** @type {Event & { newState?: string }} */ (event).newState === "open";
  const button = panel.parentElement?.querySelector(".fragc-color-button");
  button?.setAttribute("aria-expanded", String(opening));
  if (!opening || !button) return;
  const box = button.getBoundingClientRect();
  // In a style sheet, not on the panel: a redraw (the run a commit starts) morphs the
  // panel's attributes back to what the renderer drew.
  PLACES.set(panel.id, `#${CSS.escape(panel.id)} { left: ${Math.round(box.left)}px; top: ${Math.round(box.bottom + 4)}px; }`);
  let sheet = document.getElementById("fragc-color-places");
  if (!sheet) {
    sheet = document.createElement("style");
    sheet.id = "fragc-color-places";
    document.head.append(sheet);
  }
  sheet.textContent = [...PLACES.values()].join("\n");
}

/** Panel id → its placing rule. @type {Map<string, string>} */
const PLACES = new Map();

export default /** @satisfies {Family} */ ({
  python: "widgets/color.py",
  elements: { color_picker: colorPicker },
  actions: {
    "color-picker": { change: onChange },
    "color-hex": { keydown: onHex, focusout: onHex },
    "color-panel": { beforetoggle: onToggle, toggle: onToggle },
  },
});
