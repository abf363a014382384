// @ts-check
/**
 * THE table of element families: one line per family module, the page's mirror of the
 * shim's `compiler/fragc/shim/elements/`, `widgets/` and `optional/` (ARCHITECTURE.md maps
 * them; an `optional/` module holds only placeholders: its library is a lazy chunk).
 * Adding an element kind: its props in `compiler/fragc/protocol/elements.py` (then
 * `make schema`), its Python in the shim's family module, its renderer (and events) in
 * the family module here; a new family is one more import and line below.
 *
 * What the renderer (render/index.js) and the event dispatcher (events.js) look up is
 * derived from these lines. runtime_js/test/families.test.js holds them to the protocol:
 * every element and block kind has exactly one renderer, and no action is claimed twice.
 */

import text from "./elements/text.js";
import alerts from "./elements/alerts.js";
import metric from "./elements/metric.js";
import status from "./elements/status.js";
import layout from "./elements/layout.js";
import dialog from "./elements/dialog.js";
import image from "./elements/image.js";
import data from "./elements/data.js";
import charts from "./elements/charts.js";
import plotly from "./optional/plotly.js";
import echartsChart from "./optional/echarts.js";
import graphviz from "./optional/graphviz.js";
import maps from "./optional/maps.js";
import dataGrid from "./optional/grid.js";
import button from "./widgets/button.js";
import form from "./widgets/form.js";
import checkbox from "./widgets/checkbox.js";
import textInput from "./widgets/text_input.js";
import numberInput from "./widgets/number_input.js";
import choice from "./widgets/choice.js";
import slider from "./widgets/slider.js";
import dates from "./widgets/dates.js";
import color from "./widgets/color.js";
import files from "./widgets/files.js";
import buttonGroup from "./widgets/button_group.js";
import chat from "./widgets/chat.js";
import media from "./elements/media.js";
import iframe from "./elements/iframe.js";
import placeholders from "./elements/placeholders.js";
import help from "./elements/help.js";
import gridLayout from "./elements/grid.js";
import customComponent from "./widgets/custom_component.js";
import capture from "./widgets/capture.js";
import datetimeInput from "./widgets/datetime_input.js";
import menuButton from "./widgets/menu_button.js";
import pagination from "./widgets/pagination.js";
import pageLink from "./elements/page_link.js";

/**
 * @typedef {import("./family.js").Family} Family
 * @typedef {import("./family.js").ElementRenderers} ElementRenderers
 * @typedef {import("./family.js").BlockRenderers} BlockRenderers
 * @typedef {import("./family.js").ActionHandlers} ActionHandlers
 */

/** @type {readonly Family[]} */
export const FAMILIES = [
  text,
  alerts,
  metric,
  status,
  layout,
  dialog,
  image,
  data,
  charts,
  plotly,
  echartsChart,
  graphviz,
  maps,
  dataGrid,
  button,
  form,
  checkbox,
  textInput,
  numberInput,
  choice,
  slider,
  dates,
  color,
  files,
  buttonGroup,
  chat,
  media,
  iframe,
  placeholders,
  help,
  gridLayout,
  customComponent,
  capture,
  datetimeInput,
  menuButton,
  pagination,
  pageLink,
];

/** Every element renderer, by kind. @type {ElementRenderers} */
export const ELEMENTS = merge("elements");

/** Every block renderer, by kind. @type {BlockRenderers} */
export const BLOCKS = merge("blocks");

/** Every `data-fragc-action`'s handlers. @type {Readonly<Record<string, ActionHandlers>>} */
export const ACTIONS = merge("actions");

/**
 * One table made of a part of every family; a key two families claim is a bug that
 * must not depend on the order of the lines above.
 * @param {"elements" | "blocks" | "actions"} part
 * @returns {any}
 */
function merge(part) {
  /** @type {Record<string, unknown>} */
  const table = {};
  for (const family of FAMILIES) {
    for (const [key, value] of Object.entries(family[part] ?? {})) {
      if (key in table) throw new Error(`fragc: ${part} "${key}" is claimed twice (${family.python})`);
      table[key] = value;
    }
  }
  return Object.freeze(table);
}
