// @ts-check
/**
 * Layout (`compiler/fragc/shim/elements/layout.py`): st.container and every fragment's
 * container (`vertical`), st.columns (`horizontal` + `column`), st.tabs (`tabs` + `tab`),
 * st.expander, st.popover, st.empty. Each block renderer gets its children rendered and
 * the node attributes (`data-fragc-uid`, `data-fragc-v`) for its outermost element,
 * which the morph uses as the node's key.
 *
 * Markup follows Streamlit 1.67: a vertical block is div > div > `stVerticalBlock` (a
 * keyed container's key class on the latter), and render/index.js puts st.container,
 * columns' row, expanders, forms... in a `stLayoutWrapper`; columns are
 * `stHorizontalBlock` > `stColumn`; tabs `stTabs` with `role=tab` buttons; an expander
 * `stExpander` > `<details>`; a popover `stPopover` with its button and a panel that
 * uses the browser's popover API (`popover` attribute: top layer, light dismiss, Escape)
 * and is placed under its button by `placePopover`. Tabs, expanders and popovers keep
 * their open/chosen state in the page (`UiState`, or the browser for popovers), never
 * in Python.
 *
 * Sizes arrive as Python wrote them: gaps as size names, pixels or null, widths as
 * "stretch" | "content" | pixels. They become inline styles here.
 */

import { h, cls, keyClass } from "../render/dom.js";
import { markdownToHtml } from "../render/markdown.js";
import { withHelp } from "../render/parts.js";

/**
 * @typedef {import("../protocol_types").VerticalProps} VerticalProps
 * @typedef {import("../protocol_types").HorizontalProps} HorizontalProps
 * @typedef {import("../protocol_types").ColumnProps} ColumnProps
 * @typedef {import("../protocol_types").TabsProps} TabsProps
 * @typedef {import("../protocol_types").TabProps} TabProps
 * @typedef {import("../protocol_types").ExpanderProps} ExpanderProps
 * @typedef {import("../protocol_types").PopoverProps} PopoverProps
 * @typedef {import("../family.js").NodeAttrs} NodeAttrs
 * @typedef {import("../family.js").BlockView} BlockView
 * @typedef {import("../family.js").BlockNode} BlockNode
 * @typedef {import("../family.js").EventContext} EventContext
 * @typedef {import("../family.js").Family} Family
 * @typedef {import("../render/dom.js").Child} Child
 */

/** Streamlit's gap sizes in rem (1rem = the base font size). @type {Record<string, number>} */
const GAP_REM = { xxsmall: 0.25, xsmall: 0.5, small: 1, medium: 2, large: 4, xlarge: 6, xxlarge: 8 };

/** A gap prop as CSS: a size name, pixels, or null (no gap). Undefined: the stylesheet's. @param {unknown} gap */
export function gapCss(gap) {
  if (gap === undefined) return null;
  if (gap === null) return "0";
  if (typeof gap === "number" && gap >= 0) return `${gap}px`;
  const rem = GAP_REM[String(gap)];
  return rem === undefined ? null : `${rem}rem`;
}

/** A width prop as CSS declarations. @param {unknown} width */
function widthCss(width) {
  if (typeof width === "number" && width > 0) return `width: ${width}px; max-width: 100%;`;
  if (width === "content") return "width: fit-content; max-width: 100%;";
  return "";
}

/** @type {Record<string, string>} */
const FLEX_POSITIONS = { left: "flex-start", top: "flex-start", center: "center", right: "flex-end", bottom: "flex-end", distribute: "space-between" };

/** @param {string} alignment */
function flexPosition(alignment) {
  return FLEX_POSITIONS[alignment] ?? null;
}

/** Join style declarations, dropping empty ones. @param {...(string | null | false | undefined)} parts */
function style(...parts) {
  const text = parts.filter(Boolean).join(" ");
  return text || null;
}

/**
 * st.container (and every fragment's container, and the inside of columns, tabs,
 * expanders, dialogs...: those pass no props).
 * @param {Partial<VerticalProps>} props @param {string | undefined} key @param {Child[]} children @param {NodeAttrs} attrs
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
          // As Streamlit's: what chrome.js's autoscroll does with this block.
          // As Streamlit's, on an app's container only (not on the inside of a column,
          // tab, expander... nor on a root, which pass no props).
          "data-test-scroll-behavior": Object.keys(props).length === 0 ? null : props.autoscroll === true ? "scroll-to-bottom" : "normal",
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

/** The row of st.columns. @param {HorizontalProps} props @param {BlockView} view */
function horizontal(props, { attrs, children }) {
  // null: the app asked for no gap (gap=None); absent: Streamlit's default, small.
  const gap = gapCss(props.gap === undefined ? "small" : props.gap);
  return h(
    "div",
    {
      ...attrs,
      "data-testid": "stHorizontalBlock",
      "data-test-scroll-behavior": "normal",
      class: cls("stHorizontalBlock", props.wrap === false && "fragc-nowrap"),
      style: style(gap !== null && `gap: ${gap};`, widthCss(props.width)),
    },
    children(),
  );
}

/** One column: its share of the row, its content aligned as the row asked. @param {ColumnProps} props @param {BlockView} view */
function column(props, { attrs, children }) {
  const weight = Number(props.weight) > 0 ? Number(props.weight) : 1;
  const align = flexPosition(String(props.vertical_alignment ?? "top"));
  return h(
    "div",
    {
      ...attrs,
      "data-testid": "stColumn",
      class: cls("stColumn", props.border && "fragc-bordered", `fragc-valign-${String(props.vertical_alignment ?? "top")}`),
      style: style(`flex: ${weight} 1 0%;`, align && align !== "flex-start" && `justify-content: ${align};`),
    },
    // The row's gap is between columns; inside a column elements keep the 1rem gap.
    vertical({}, undefined, children(), {}),
  );
}

/**
 * st.tabs: a tablist and one panel per "tab" child; inactive panels are hidden. The
 * chosen tab is page state (`ui.tabs`), the `tab` action below sets it.
 * @param {TabsProps} props @param {BlockView} view
 */
function tabs(props, view) {
  const { node, attrs, key } = view;
  const uid = attrs["data-fragc-uid"];
  const labels = Array.isArray(props.labels) ? props.labels.map(String) : [];
  // A stateful st.tabs (on_change): the chosen label is its widget value (Python may set it).
  const chosenLabel = typeof view.value === "string" && labels.includes(view.value) ? labels.indexOf(view.value) : undefined;
  const selected = selectedTab(node, props, chosenLabel ?? view.ui.tabs.get(blockStateKey(node)));
  const tabs = node.children.map((child, i) => ({
    label: child.type === "block" && child.block.kind === "tab" ? String(child.block.props.label) : labels[i] ?? "",
    // Panels are always drawn: their `hidden` depends on the chosen tab, which lives
    // on this node, not theirs. Their content can still be skipped.
    panel: view.child(child),
  }));
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
    }, h("div", { "data-testid": "stMarkdownContainer", class: "fragc-tab-label", html: markdownToHtml(label, { inline: true }) })),
  );
  tabs.forEach(({ panel }, i) => {
    panel.setAttribute("id", `fragc-tabpanel-${uid}-${i}`);
    // As Streamlit's (baseweb): only the shown panel has the role and the name.
    if (i === selected) {
      panel.removeAttribute("hidden");
      panel.setAttribute("role", "tabpanel");
      panel.setAttribute("aria-labelledby", `fragc-tab-${uid}-${i}`);
    } else {
      panel.setAttribute("hidden", "");
      panel.removeAttribute("role");
      panel.removeAttribute("aria-labelledby");
    }
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
    scrollButtons(TAB_SCROLL.get(String(uid))),
  );
}

/**
 * Whether each tablist (by its st.tabs' uid) can scroll left or right: measured after a
 * render, a scroll or a resize (`measureTabLists`), read by the next render.
 * @type {Map<string, { left: boolean, right: boolean }>}
 */
const TAB_SCROLL = new Map();
const CHEVRON = {
  left: '<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" fill="currentColor"><path d="M15.41 7.41 14 6l-6 6 6 6 1.41-1.41L10.83 12z"></path></svg>',
  right: '<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" fill="currentColor"><path d="M10 6 8.59 7.41 13.17 12l-4.58 4.59L10 18l6-6z"></path></svg>',
};

/**
 * Streamlit 1.67's arrows over an overflowing tablist: each drawn only while the list
 * can scroll that way. @param {{ left: boolean, right: boolean } | undefined} can
 */
function scrollButtons(can) {
  return ["left", "right"].map((side) =>
    can?.[/** @type {"left" | "right"} */ (side)]
      ? h("button", {
          type: "button",
          "data-testid": side === "left" ? "stTabsScrollLeft" : "stTabsScrollRight",
          "aria-label": `Scroll tabs ${side}`,
          class: cls("fragc-tabs-scroll", `fragc-tabs-scroll-${side}`),
          "data-fragc-action": "tabs-scroll",
          "data-fragc-side": side,
          html: CHEVRON[/** @type {"left" | "right"} */ (side)],
        })
      : null,
  );
}

/** @param {Element} list a `.fragc-tablist` @returns {{ left: boolean, right: boolean }} */
function canScroll(list) {
  const left = list.scrollLeft > 1;
  const right = list.scrollLeft + list.clientWidth < list.scrollWidth - 1;
  return { left, right };
}

/**
 * Measure tablists and add or remove their arrows in place (the next render draws the
 * same from `TAB_SCROLL`). @param {ParentNode} root
 */
function measureTabLists(root) {
  for (const list of root.querySelectorAll(".stTabs > .fragc-tablist")) {
    const tabsEl = /** @type {HTMLElement} */ (list.parentElement);
    const uid = tabsEl.getAttribute("data-fragc-uid");
    if (!uid) continue;
    const now = canScroll(list);
    const before = TAB_SCROLL.get(uid);
    if (before && before.left === now.left && before.right === now.right) continue;
    TAB_SCROLL.set(uid, now);
    for (const old of tabsEl.querySelectorAll(":scope > .fragc-tabs-scroll")) old.remove();
    for (const button of scrollButtons(now)) {
      if (button) tabsEl.append(button);
    }
  }
}

let tabScrollWatched = false;

/** After a render: measure tablists; from the first one on, also after scrolls, resizes, toggles. */
function afterTabsRender() {
  if (typeof document === "undefined") return;
  measureTabLists(document);
  if (tabScrollWatched) return;
  tabScrollWatched = true;
  /** @param {Event} event */
  const onScroll = (event) => {
    const target = /** @type {Element} */ (event.target);
    if (target instanceof Element && target.matches(".stTabs > .fragc-tablist")) measureTabLists(/** @type {ParentNode} */ (target.parentElement?.parentElement ?? document));
  };
  document.addEventListener("scroll", onScroll, true);
  // An expander opening shows tablists that measured 0 wide while closed.
  document.addEventListener("toggle", () => measureTabLists(document), true);
  window.addEventListener("resize", () => measureTabLists(document));
}

/** A click on a tab arrow: scroll the list by 200px, as Streamlit's. @param {HTMLElement} control */
function scrollTabs(control) {
  const list = control.parentElement?.querySelector(":scope > .fragc-tablist");
  if (!list) return;
  const reduce = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
  list.scrollBy({ left: control.getAttribute("data-fragc-side") === "left" ? -200 : 200, behavior: reduce ? "instant" : "smooth" });
}

/**
 * The tab shown: the user's choice, else the app's `default`, else the first.
 * @param {BlockNode} node @param {TabsProps} props @param {number | undefined} chosen
 */
function selectedTab(node, props, chosen) {
  const count = node.children.length;
  let selected = chosen;
  if (selected === undefined) {
    const labels = Array.isArray(props.labels) ? props.labels : [];
    selected = typeof props.default === "string" && labels.includes(props.default) ? labels.indexOf(props.default) : 0;
  }
  return Math.min(Math.max(selected, 0), Math.max(count - 1, 0));
}

/** One tab's panel (a `tab` outside st.tabs, which should not happen, draws as one too). @param {TabProps} _props @param {BlockView} view */
function tab(_props, { attrs, children }) {
  return h("div", { ...attrs, "data-testid": "stTabPanel", role: "tabpanel", class: "fragc-tabpanel" }, vertical({}, undefined, children(), {}));
}

/**
 * A click on a tab: choose it (page state, no run); a stateful st.tabs (on_change) also
 * commits the tab's label, which reruns.
 * @param {HTMLElement} control @param {MouseEvent} _event @param {EventContext} ctx
 */
function chooseTab(control, _event, ctx) {
  const found = ctx.locate(control);
  if (!found) return;
  const index = Number(control.getAttribute("data-fragc-tab-index"));
  ctx.renderer.ui.tabs.set(found.node.type === "block" ? blockStateKey(found.node) : found.uid, index);
  if (found.node.type === "block" && found.node.block.kind === "tabs" && found.node.block.widget) {
    const labels = found.node.block.props.labels;
    if (typeof labels[index] === "string") commitBlock(found.node, labels[index], ctx);
  }
  ctx.tree.touchUi(found.uid);
  ctx.render();
}

/**
 * Commit the state of a block that is a widget (tabs, an expander, a popover with
 * on_change): a run of its fragment, unless unchanged or in a form.
 * @param {BlockNode} node @param {unknown} value @param {EventContext} ctx
 */
function commitBlock(node, value, ctx) {
  const widget = node.block.widget;
  if (!widget || !ctx.store.commit(widget.id, value, widget.form_id)) return;
  if (!widget.form_id) ctx.scheduler.userEvent(node.fragmentId);
}

/**
 * Arrow keys, Home and End move between the tabs of a tablist (WAI-ARIA tabs): the
 * next tab gets the focus and is chosen.
 * @param {HTMLElement} tab @param {KeyboardEvent} event
 */
function onTabKey(tab, event) {
  const tabs = [...(tab.parentElement?.querySelectorAll('[role="tab"]') ?? [])];
  const at = tabs.indexOf(tab);
  /** @type {Record<string, number>} */
  const moves = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 };
  const next = moves[event.key];
  if (next === undefined || tabs.length === 0) return;
  event.preventDefault();
  const target = /** @type {HTMLElement} */ (tabs[(next + tabs.length) % tabs.length]);
  target.click();
  // The click re-renders the tablist: focus the tab that is chosen now.
  const chosen = tab.closest('[data-testid="stTabs"]')?.querySelector('[role="tab"][aria-selected="true"]');
  /** @type {HTMLElement} */ (chosen ?? target).focus();
}

/** An icon prop: an emoji as text; ":material/name:" as a ligature-free fallback. @param {unknown} icon */
function iconText(icon) {
  if (typeof icon !== "string" || !icon) return null;
  const material = /^:material\/([a-z0-9_]+):$/.exec(icon);
  return material ? null : icon;
}

/**
 * Where a block's page state is kept (`ui.expanders`, `ui.tabs`): a keyed one by its key,
 * so an element inserted above it (its place shifts) leaves it as the user left it, as
 * Streamlit 1.67's element states; others by their node. @param {BlockNode} node
 */
function blockStateKey(node) {
  return node.block.key ? `key:${node.block.key}` : node.uid;
}

/**
 * An expander's icon as Streamlit 1.67 draws it: the icon element itself carries the
 * `stExpanderIcon` test id, a Material Symbols name as its text (the font's ligature) or
 * the emoji. @param {unknown} icon
 */
function expanderIcon(icon) {
  if (typeof icon !== "string" || !icon) return null;
  const material = /^:material\/([a-z0-9_]+):$/.exec(icon);
  if (material) {
    return h(
      "span",
      { "data-testid": "stExpanderIcon", class: "fragc-expander-icon fragc-material-icon", "data-icon": material[1], translate: "no", "aria-hidden": "true" },
      material[1],
    );
  }
  return h("span", { "data-testid": "stExpanderIcon", class: "fragc-expander-icon", "aria-hidden": "true" }, icon);
}

/** st.expander: open or closed is page state (`ui.expanders`) once drawn. @param {ExpanderProps} props @param {BlockView} view */
function expander(props, { node, attrs, key, children, ui, value }) {
  const open = node.block.widget ? Boolean(value) : (ui.expanders.get(blockStateKey(node)) ?? Boolean(props.expanded));
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
        // As Streamlit 1.67: the arrow (an stIconMaterial, drawn last by the stylesheet's
        // `order`), then the label as markdown.
        h("span", { "data-testid": "stIconMaterial", class: "fragc-expander-toggle", "aria-hidden": "true" }),
        expanderIcon(props.icon),
        h("div", { "data-testid": "stMarkdownContainer", class: "fragc-expander-label", html: markdownToHtml(String(props.label ?? ""), { inline: true }) }),
      ),
      h("div", { "data-testid": "stExpanderDetails", class: "fragc-expander-details" }, vertical({}, undefined, children(), {})),
    ),
  );
}

/**
 * An expander (or st.status) opened or closed by the user: remember it, so a redraw
 * keeps it. @param {HTMLElement} details @param {Event} _event @param {EventContext} ctx
 */
function toggleExpander(details, _event, ctx) {
  const found = ctx.locate(details);
  if (!found) return;
  const open = /** @type {HTMLDetailsElement} */ (details).open;
  const stateKey = found.node.type === "block" && found.node.block.kind === "expander" ? blockStateKey(found.node) : found.uid;
  ctx.renderer.ui.expanders.set(stateKey, open);
  // A stateful expander (on_change): the user's change reruns (a redraw to the same state does not).
  if (found.node.type === "block" && found.node.block.kind === "expander") commitBlock(found.node, open, ctx);
}

/**
 * st.popover: a button that opens a floating panel holding the block's children. The
 * panel is a native popover, so the browser handles opening, closing on an outside
 * click or Escape, and keeps it open across re-renders (the morph keeps the element).
 * @param {PopoverProps} props @param {BlockView} view
 */
function popover(props, { node, attrs, key, children, value }) {
  const uid = attrs["data-fragc-uid"];
  const panelId = `fragc-popover-${uid}`;
  const type = ["primary", "secondary", "tertiary"].includes(props.type) ? props.type : "secondary";
  const icon = iconText(props.icon);
  const stretch = props.use_container_width || props.width === "stretch";
  // Whether it is open is the browser's (the panel is a native popover): a redraw keeps
  // the button's aria-expanded to what the panel shows.
  const open = typeof document !== "undefined" && Boolean(document.getElementById(panelId)?.matches(":popover-open"));
  return h(
    "div",
    {
      ...attrs,
      "data-testid": "stPopover",
      class: cls("stPopover", stretch && "fragc-stretch", key && keyClass(key)),
      style: style(typeof props.width === "number" ? widthCss(props.width) : ""),
    },
    // As Streamlit 1.67 (and st.button): a help wraps the button in its tooltip target.
    withHelp(props.help ? String(props.help) : null, h(
      "button",
      {
        type: "button",
        "data-testid": "stPopoverButton",
        class: cls("fragc-button", `fragc-button-${type}`, "fragc-popover-button"),
        popovertarget: panelId,
        "aria-haspopup": "dialog",
        "aria-expanded": String(open),
        disabled: Boolean(props.disabled),
      },
      icon ? h("span", { class: "fragc-button-icon", "aria-hidden": "true" }, icon) : null,
      h("span", { "data-testid": "stMarkdownContainer", class: "fragc-button-label", html: markdownToHtml(String(props.label ?? ""), { inline: true }) }),
      h("span", { "data-testid": "stIconMaterial", class: "fragc-popover-chevron", "aria-hidden": "true" }),
    )),
    h(
      "div",
      {
        id: panelId,
        popover: "auto",
        role: "dialog",
        "aria-label": String(props.label ?? ""),
        "data-testid": "stPopoverBody",
        class: "fragc-popover-body",
        "data-fragc-action": "popover-panel",
        // A stateful popover (on_change): whether Python says it is open (afterRender follows).
        "data-fragc-open": node.block.widget ? String(Boolean(value)) : null,
      },
      vertical({}, undefined, children(), {}),
    ),
  );
}

/**
 * A popover panel opens in the top layer: place it under its button. `beforetoggle`
 * places it before the first paint; `toggle` corrects the place once its size is known.
 * A stateful popover (on_change) also commits its new state.
 * @param {HTMLElement} panel @param {Event} event @param {EventContext} ctx
 */
function onPopoverToggle(panel, event, ctx) {
  const opening = /** @type {Event & { newState?: string }} */ (event).newState === "open";
  if (opening) placePopover(panel);
  // At `beforetoggle` (synchronous with the click or the key), so no one sees it stale.
  panel.parentElement?.querySelector(".fragc-popover-button")?.setAttribute("aria-expanded", String(opening));
  if (event.type !== "toggle") return;
  // A stateful popover (on_change): opening and closing are commits (and runs).
  const found = ctx.locate(panel);
  if (found?.node.type === "block" && found.node.block.kind === "popover" && found.node.block.widget) {
    panel.setAttribute("data-fragc-open", String(opening));
    commitBlock(found.node, opening, ctx);
  }
}

/**
 * Python opened or closed a stateful popover (st.session_state): follow `data-fragc-open`.
 * @param {import("../render/index.js").Renderer} _renderer @param {Element[]} drawn
 */
function followPopovers(_renderer, drawn) {
  for (const panel of drawn.flatMap((el) => [...el.querySelectorAll(".fragc-popover-body[data-fragc-open]")])) {
    const wanted = panel.getAttribute("data-fragc-open") === "true";
    const shown = panel.matches(":popover-open");
    if (wanted && !shown) /** @type {HTMLElement} */ (panel).showPopover();
    else if (!wanted && shown) /** @type {HTMLElement} */ (panel).hidePopover();
  }
}

/**
 * Place an opening popover panel under its button (flipped above when there is no
 * room below), inside the viewport.
 * @param {HTMLElement} panel the `[popover]` element
 */
function placePopover(panel) {
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

/** st.empty: a placeholder each write replaces. */
function empty() {
  return h("div", { "data-testid": "stEmpty", class: "stEmpty" });
}

/** @param {VerticalProps} props @param {BlockView} view */
function container(props, { key, attrs, children }) {
  return vertical(props, key, children(), attrs);
}

export default /** @satisfies {Family} */ ({
  python: "elements/layout.py",
  elements: { empty },
  blocks: { vertical: container, horizontal, column, tabs, tab, expander, popover },
  actions: {
    tab: { click: chooseTab, keydown: onTabKey },
    "tabs-scroll": { click: scrollTabs },
    expander: { toggle: toggleExpander },
    "popover-panel": { beforetoggle: onPopoverToggle, toggle: onPopoverToggle },
  },
  afterRender: (renderer, drawn) => {
    followPopovers(renderer, drawn);
    afterTabsRender();
  },
});
