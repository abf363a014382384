// @ts-check
/**
 * Renderers of blocks (containers). Each gets its already rendered children and the
 * node attributes (`data-fragc-uid`, `data-fragc-v`) for its outermost element, which
 * the morph uses as the node's key.
 *
 * Markup follows Streamlit: a vertical block is `stVerticalBlockBorderWrapper` > div >
 * `stVerticalBlock` (a keyed container's key class on the latter); columns are
 * `stHorizontalBlock` > `stColumn`; tabs `stTabs` with `role=tab` buttons; an expander
 * `stExpander` > `<details>`; a popover `stPopover` with its button and a panel that
 * uses the browser's popover API (`popover` attribute: top layer, light dismiss, Escape)
 * and is placed under its button by `placePopover`. Tabs, expanders and popovers keep
 * their open/chosen state in the page (`UiState`, or the browser for popovers), never
 * in Python.
 *
 * Sizes arrive as Python wrote them (protocol.py): gaps as size names, pixels or null,
 * widths as "stretch" | "content" | pixels. They become inline styles here.
 */

import { h, cls, keyClass } from "./dom.js";
import { markdownToHtml } from "./markdown.js";
import { pageError } from "./elements.js";

/**
 * @typedef {Record<string, any>} Props
 * @typedef {Record<string, string | number>} NodeAttrs
 * @typedef {import("./dom.js").Child} Child
 */

/** Streamlit's gap sizes in rem (1rem = the base font size). */
const GAP_REM = { xxsmall: 0.25, xsmall: 0.5, small: 1, medium: 2, large: 4, xlarge: 6, xxlarge: 8 };

/** A gap prop as CSS: a size name, pixels, or null (no gap). Undefined: the stylesheet's. @param {unknown} gap */
export function gapCss(gap) {
  if (gap === undefined) return null;
  if (gap === null) return "0";
  if (typeof gap === "number" && gap >= 0) return `${gap}px`;
  const rem = GAP_REM[/** @type {keyof typeof GAP_REM} */ (String(gap))];
  return rem === undefined ? null : `${rem}rem`;
}

/** A width prop as CSS declarations. @param {unknown} width */
function widthCss(width) {
  if (typeof width === "number" && width > 0) return `width: ${width}px; max-width: 100%;`;
  if (width === "content") return "width: fit-content; max-width: 100%;";
  return "";
}

/** @param {string} alignment */
function flexPosition(alignment) {
  return { left: "flex-start", top: "flex-start", center: "center", right: "flex-end", bottom: "flex-end", distribute: "space-between" }[alignment] ?? null;
}

/** Join style declarations, dropping empty ones. @param {...(string | null | false | undefined)} parts */
function style(...parts) {
  const text = parts.filter(Boolean).join(" ");
  return text || null;
}

/**
 * st.container (and every fragment's container, and the inside of columns, tabs...).
 * @param {Props} props @param {string | undefined} key @param {Child[]} children @param {NodeAttrs} attrs
 */
export function vertical(props, key, children, attrs) {
  const height = typeof props.height === "number" && props.height > 0 ? props.height : null;
  const horizontal = Boolean(props.horizontal);
  const gap = gapCss(props.gap);
  const hAlign = typeof props.horizontal_alignment === "string" ? props.horizontal_alignment : "left";
  const vAlign = typeof props.vertical_alignment === "string" ? props.vertical_alignment : "top";
  // Main axis and cross axis swap with the direction, as in Streamlit's FlexContainer.
  const justify = flexPosition(horizontal ? hAlign : vAlign);
  const align = horizontal ? flexPosition(vAlign) : hAlign === "left" ? null : flexPosition(hAlign);
  return h(
    "div",
    {
      ...attrs,
      "data-testid": "stVerticalBlockBorderWrapper",
      class: cls(
        "fragc-vertical-wrapper",
        props.border && "fragc-bordered",
        height !== null && "fragc-scroll",
        props.stretch_height && "fragc-stretch-height",
      ),
      style: style(height !== null && `height: ${height}px;`, widthCss(props.width)),
      // The fragment drawn here, by its manifest id (`file:qualname`); absent elsewhere.
      "data-fragc-fragment": typeof props.fragment === "string" ? props.fragment : null,
      // Read by chrome.js: "true"/"false" as the app said; absent = auto (chat messages).
      "data-fragc-autoscroll": typeof props.autoscroll === "boolean" ? String(props.autoscroll) : null,
    },
    h(
      "div",
      { class: "fragc-vertical-inner" },
      h(
        "div",
        {
          "data-testid": "stVerticalBlock",
          class: cls(
            "stVerticalBlock",
            horizontal && "fragc-horizontal-flow",
            horizontal && props.wrap === false && "fragc-nowrap",
            !horizontal && align && "fragc-aligned",
            key && keyClass(key),
          ),
          style: style(
            gap !== null && `gap: ${gap};`,
            justify && justify !== "flex-start" && `justify-content: ${justify};`,
            align && `align-items: ${align};`,
          ),
        },
        children,
      ),
    ),
  );
}

/** The row of st.columns. @param {Props} props @param {Child[]} children @param {NodeAttrs} attrs */
export function horizontal(props, children, attrs) {
  const gap = gapCss(props.gap ?? "small");
  return h(
    "div",
    {
      ...attrs,
      "data-testid": "stHorizontalBlock",
      class: cls("stHorizontalBlock", props.wrap === false && "fragc-nowrap"),
      style: style(gap !== null && `gap: ${gap};`, widthCss(props.width)),
    },
    children,
  );
}

/** One column: its share of the row, its content aligned as the row asked. @param {Props} props @param {Child[]} children @param {NodeAttrs} attrs */
export function column(props, children, attrs) {
  const weight = Number(props.weight) > 0 ? Number(props.weight) : 1;
  const align = flexPosition(String(props.vertical_alignment ?? "top"));
  return h(
    "div",
    {
      ...attrs,
      "data-testid": "stColumn",
      class: cls("stColumn", props.border && "fragc-bordered"),
      style: style(`flex: ${weight} 1 0%;`, align && align !== "flex-start" && `justify-content: ${align};`),
    },
    // The row's gap is between columns; inside a column elements keep the 1rem gap.
    vertical({}, undefined, children, {}),
  );
}

/**
 * st.tabs: a tablist and one panel per "tab" child; inactive panels are hidden.
 * @param {Props} props
 * @param {{ label: string, panel: HTMLElement }[]} tabs the rendered tab children
 * @param {number} selected
 * @param {NodeAttrs} attrs
 * @param {string} [key]
 */
export function tabs(props, tabs, selected, attrs, key) {
  const uid = attrs["data-fragc-uid"];
  const tabButtons = tabs.map(({ label }, i) =>
    h("button", {
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
    }),
  );
  tabs.forEach(({ panel }, i) => {
    panel.setAttribute("id", `fragc-tabpanel-${uid}-${i}`);
    panel.setAttribute("aria-labelledby", `fragc-tab-${uid}-${i}`);
    if (i === selected) panel.removeAttribute("hidden");
    else panel.setAttribute("hidden", "");
  });
  const height = typeof props.height === "number" && props.height > 0 ? props.height : null;
  return h(
    "div",
    {
      ...attrs,
      "data-testid": "stTabs",
      class: cls("stTabs", key && keyClass(key), height !== null && "fragc-tabs-fixed"),
      style: style(widthCss(props.width), height !== null && `height: ${height}px;`),
    },
    h("div", { role: "tablist", class: "fragc-tablist", "aria-orientation": "horizontal" }, tabButtons),
    tabs.map((t) => t.panel),
  );
}

/** One tab's panel. @param {Child[]} children @param {NodeAttrs} attrs */
export function tabPanel(children, attrs) {
  return h("div", { ...attrs, role: "tabpanel", class: "fragc-tabpanel" }, vertical({}, undefined, children, {}));
}

/** An icon prop: an emoji as text; ":material/name:" as a ligature-free fallback. @param {unknown} icon */
function iconText(icon) {
  if (typeof icon !== "string" || !icon) return null;
  const material = /^:material\/([a-z0-9_]+):$/.exec(icon);
  return material ? null : icon;
}

/** @param {Props} props @param {boolean} open @param {Child[]} children @param {NodeAttrs} attrs @param {string} [key] */
export function expander(props, open, children, attrs, key) {
  const icon = iconText(props.icon);
  const type = ["compact", "step"].includes(props.type) ? props.type : "default";
  return h(
    "div",
    {
      ...attrs,
      "data-testid": "stExpander",
      class: cls("stExpander", `fragc-expander-${type}`, key && keyClass(key)),
      style: style(widthCss(props.width)),
    },
    h(
      "details",
      { open, "data-fragc-action": "expander" },
      h(
        "summary",
        { class: "fragc-expander-summary" },
        icon ? h("span", { "data-testid": "stExpanderIcon", class: "fragc-expander-icon", "aria-hidden": "true" }, icon) : null,
        h("span", { class: "fragc-expander-label", html: markdownToHtml(String(props.label ?? ""), { inline: true }) }),
        h("span", { "data-testid": "stExpanderToggleIcon", class: "fragc-expander-toggle", "aria-hidden": "true" }),
      ),
      h("div", { "data-testid": "stExpanderDetails", class: "fragc-expander-details" }, vertical({}, undefined, children, {})),
    ),
  );
}

/**
 * st.popover: a button that opens a floating panel holding the block's children. The
 * panel is a native popover, so the browser handles opening, closing on an outside
 * click or Escape, and keeps it open across re-renders (the morph keeps the element).
 * @param {Props} props @param {Child[]} children @param {NodeAttrs} attrs @param {string} [key]
 */
export function popover(props, children, attrs, key) {
  const uid = attrs["data-fragc-uid"];
  const panelId = `fragc-popover-${uid}`;
  const type = ["primary", "secondary", "tertiary"].includes(props.type) ? props.type : "secondary";
  const icon = iconText(props.icon);
  const stretch = props.use_container_width || props.width === "stretch";
  return h(
    "div",
    {
      ...attrs,
      "data-testid": "stPopover",
      class: cls("stPopover", stretch && "fragc-stretch", key && keyClass(key)),
      style: style(typeof props.width === "number" ? widthCss(props.width) : ""),
    },
    h(
      "button",
      {
        type: "button",
        "data-testid": "stPopoverButton",
        class: cls("fragc-button", `fragc-button-${type}`, "fragc-popover-button"),
        popovertarget: panelId,
        "aria-haspopup": "dialog",
        disabled: Boolean(props.disabled),
        title: props.help ? String(props.help) : null,
      },
      icon ? h("span", { class: "fragc-button-icon", "aria-hidden": "true" }, icon) : null,
      h("span", { class: "fragc-button-label", html: markdownToHtml(String(props.label ?? ""), { inline: true }) }),
      h("span", { class: "fragc-popover-chevron", "aria-hidden": "true" }),
    ),
    h(
      "div",
      {
        id: panelId,
        popover: "auto",
        role: "dialog",
        "aria-label": String(props.label ?? ""),
        "data-testid": "stPopoverBody",
        class: "fragc-popover-body",
      },
      vertical({}, undefined, children, {}),
    ),
  );
}

/**
 * Place an opening popover panel under its button (flipped above when there is no
 * room below), inside the viewport. Called from the page's `toggle` listener.
 * @param {HTMLElement} panel the `[popover]` element
 */
export function placePopover(panel) {
  const button = panel.parentElement?.querySelector(".fragc-popover-button");
  if (!button || !panel.id) return;
  const anchor = button.getBoundingClientRect();
  const margin = 8;
  const viewportWidth = document.documentElement.clientWidth;
  const viewportHeight = document.documentElement.clientHeight;
  const box = panel.getBoundingClientRect();
  const left = Math.max(Math.min(anchor.left, viewportWidth - box.width - margin), margin);
  let top = anchor.bottom + 4;
  if (top + box.height > viewportHeight - margin && anchor.top - box.height - 4 >= margin) {
    top = anchor.top - box.height - 4;
  }
  // The place goes in a style sheet of its own, not on the panel: a re-render morphs the
  // panel's attributes back to what the renderer drew, and would move it.
  // The panel is `position: absolute` in the top layer: page coordinates, so it stays
  // under its button when the page scrolls.
  const x = Math.round(left + window.scrollX);
  const y = Math.round(top + window.scrollY);
  POSITIONS.set(panel.id, `#${CSS.escape(panel.id)} { left: ${x}px; top: ${y}px; }`);
  positionSheet().textContent = [...POSITIONS.values()].join("\n");
}

/** Panel id → its placing rule. @type {Map<string, string>} */
const POSITIONS = new Map();

function positionSheet() {
  let sheet = document.getElementById("fragc-popover-positions");
  if (!sheet) {
    sheet = document.createElement("style");
    sheet.id = "fragc-popover-positions";
    document.head.append(sheet);
  }
  return sheet;
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
