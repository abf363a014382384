// @ts-check
/**
 * Renderers of blocks (containers). Each gets its already rendered children and the
 * node attributes (`data-fragc-uid`, `data-fragc-v`) for its outermost element, which
 * the morph uses as the node's key.
 *
 * Markup follows Streamlit: a vertical block is `stVerticalBlockBorderWrapper` > div >
 * `stVerticalBlock`; columns are `stHorizontalBlock` > `stColumn`; tabs and expanders
 * keep their open/chosen state in the page (`UiState`), never in Python.
 */

import { h, cls, keyClass } from "./dom.js";
import { markdownToHtml } from "./markdown.js";
import { pageError } from "./elements.js";

/**
 * @typedef {Record<string, any>} Props
 * @typedef {Record<string, string | number>} NodeAttrs
 * @typedef {import("./dom.js").Child} Child
 */

/**
 * @param {Props} props @param {string | undefined} key @param {Child[]} children @param {NodeAttrs} attrs
 */
export function vertical(props, key, children, attrs) {
  const height = typeof props.height === "number" ? props.height : null;
  return h(
    "div",
    {
      ...attrs,
      "data-testid": "stVerticalBlockBorderWrapper",
      class: cls("fragc-vertical-wrapper", props.border && "fragc-bordered", height !== null && "fragc-scroll"),
      style: height !== null ? `height: ${height}px` : null,
    },
    h(
      "div",
      {},
      h(
        "div",
        {
          "data-testid": "stVerticalBlock",
          class: cls("stVerticalBlock", props.horizontal && "fragc-horizontal-flow", key && keyClass(key)),
        },
        children,
      ),
    ),
  );
}

/** The row of st.columns. @param {Props} props @param {Child[]} children @param {NodeAttrs} attrs */
export function horizontal(props, children, attrs) {
  return h(
    "div",
    {
      ...attrs,
      "data-testid": "stHorizontalBlock",
      class: cls("stHorizontalBlock", `fragc-gap-${props.gap ?? "small"}`, `fragc-align-${props.vertical_alignment ?? "top"}`),
    },
    children,
  );
}

/** @param {Props} props @param {Child[]} children @param {NodeAttrs} attrs */
export function column(props, children, attrs) {
  const weight = Number(props.weight) > 0 ? Number(props.weight) : 1;
  return h(
    "div",
    {
      ...attrs,
      "data-testid": "stColumn",
      class: cls("stColumn", props.border && "fragc-bordered"),
      style: `flex: ${weight} 1 0%`,
    },
    vertical({}, undefined, children, {}),
  );
}

/**
 * st.tabs: a tablist and one panel per "tab" child; inactive panels are hidden.
 * @param {Props} props
 * @param {{ label: string, panel: HTMLElement }[]} tabs the rendered tab children
 * @param {number} selected
 * @param {NodeAttrs} attrs
 */
export function tabs(props, tabs, selected, attrs) {
  const uid = attrs["data-fragc-uid"];
  const tabButtons = tabs.map(({ label }, i) =>
    h(
      "button",
      {
        type: "button",
        role: "tab",
        "data-testid": "stTab",
        id: `fragc-tab-${uid}-${i}`,
        "aria-selected": i === selected ? "true" : "false",
        "aria-controls": `fragc-tabpanel-${uid}-${i}`,
        tabindex: i === selected ? 0 : -1,
        class: cls("fragc-tab", i === selected && "fragc-tab-selected"),
        "data-fragc-action": "tab",
        "data-fragc-tab-index": i,
        html: markdownToHtml(label, { inline: true }),
      },
    ),
  );
  tabs.forEach(({ panel }, i) => {
    panel.setAttribute("id", `fragc-tabpanel-${uid}-${i}`);
    panel.setAttribute("aria-labelledby", `fragc-tab-${uid}-${i}`);
    if (i === selected) panel.removeAttribute("hidden");
    else panel.setAttribute("hidden", "");
  });
  return h(
    "div",
    { ...attrs, "data-testid": "stTabs", class: "stTabs" },
    h("div", { role: "tablist", class: "fragc-tablist" }, tabButtons),
    tabs.map((t) => t.panel),
  );
}

/** One tab's panel. @param {Child[]} children @param {NodeAttrs} attrs */
export function tabPanel(children, attrs) {
  return h("div", { ...attrs, role: "tabpanel", class: "fragc-tabpanel" }, vertical({}, undefined, children, {}));
}

/** @param {Props} props @param {boolean} open @param {Child[]} children @param {NodeAttrs} attrs */
export function expander(props, open, children, attrs) {
  return h(
    "div",
    { ...attrs, "data-testid": "stExpander", class: "stExpander" },
    h(
      "details",
      { open, "data-fragc-action": "expander" },
      h(
        "summary",
        { class: "fragc-expander-summary" },
        props.icon ? h("span", { class: "fragc-expander-icon", "aria-hidden": "true" }, String(props.icon)) : null,
        h("span", { html: markdownToHtml(String(props.label ?? ""), { inline: true }) }),
        h("span", { "data-testid": "stExpanderToggleIcon", class: "fragc-expander-toggle", "aria-hidden": "true" }),
      ),
      h("div", { "data-testid": "stExpanderDetails", class: "fragc-expander-details" }, vertical({}, undefined, children, {})),
    ),
  );
}

/** A block kind the page cannot draw yet: say so, and still show what is inside. @param {string} kind @param {Child[]} children @param {NodeAttrs} attrs */
export function unknown(kind, children, attrs) {
  return h(
    "div",
    { ...attrs, class: "fragc-unknown-block" },
    h("div", { "data-testid": "stElementContainer", class: "stElementContainer element-container", "data-stale": "false" }, pageError(`fragc cannot render ${kind} yet`)),
    vertical({}, undefined, children, {}),
  );
}
