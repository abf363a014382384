// @ts-check
/**
 * The list a combobox opens (st.selectbox, st.multiselect), drawn as Streamlit 1.67 draws
 * it: a floating `stSelectboxVirtualDropdown` / `stMultiSelectDropdown` holding a
 * `role=listbox` of `role=option`s, outside the widget (Streamlit portals it to the end of
 * the page; here it is the last child of `stApp`, so the delegated listeners of events.js
 * still hear its clicks and `data-fragc-owner` leads them to the widget's node).
 *
 * One list is open at a time, held in `current` (page-only state, like a typed text): the
 * renderer reads `isOpen(uid)` for `aria-expanded`, and `afterRender` refreshes or closes
 * the list when a run redraws its widget. The pure parts (which options a typed text
 * keeps, where the arrow keys move) are exported for the unit tests.
 */

import { h } from "./dom.js";

/**
 * @typedef {import("../family.js").EventContext} EventContext
 * @typedef {import("../tree.js").ElementNode} ElementNode
 *
 * @typedef {object} ListItem one row of the list
 * @property {string} key an option's index, "all" (Select all), or "" (a message row)
 * @property {string} label
 * @property {boolean} [selected]
 *
 * @typedef {object} ListSource what a combobox's family tells the list
 * @property {(node: ElementNode, ctx: EventContext, typed: string | null) => ListItem[]} items
 * @property {(node: ElementNode, ctx: EventContext, key: string, typed: string) => boolean} pick
 *   choose a row; true: the list closes (selectbox), false: it stays (multiselect)
 * @property {(node: ElementNode, ctx: EventContext) => string} shown the input's text when
 *   nothing is being typed
 * @property {(node: ElementNode, ctx: EventContext, typed: string) => boolean} [enter] Enter
 *   with no row active (a typed new option); true when it took the text
 * @property {string} testid the popup's test id
 */

/**
 * @typedef {object} OpenList
 * @property {number} uid the widget node's uid
 * @property {HTMLElement} popup
 * @property {number} active the active row (-1: none)
 * @property {string | null} typed what the user typed since opening (null: nothing)
 * @property {ListItem[]} items the rows drawn
 * @property {EventContext} ctx
 * @property {ListSource} source
 */

/** @type {OpenList | null} */
let current = null;

/** Whether the list of node `uid` is open (its combobox's `aria-expanded`). @param {number} uid */
export function isOpen(uid) {
  return current?.uid === uid;
}

/** The ids that tie the input to its list. @param {number} uid */
export const listId = (uid) => `fragc-listbox-${uid}`;
/** @param {number} uid @param {string} key */
export const optionId = (uid, key) => `fragc-listbox-${uid}-option-${key}`;

/**
 * How well `label` matches `needle` in Streamlit's "fuzzy" mode (an in-order subsequence,
 * ignoring case), higher is better; null: no match. Contiguous letters and an early
 * start score higher, so "gre" ranks "Green" above "Purple grey".
 * @param {string} label @param {string} needle lower case @returns {number | null}
 */
export function fuzzyScore(label, needle) {
  const text = label.toLowerCase();
  let score = 0;
  let from = 0;
  let previous = -2;
  for (const char of needle) {
    const at = text.indexOf(char, from);
    if (at < 0) return null;
    score += at === previous + 1 ? 3 : 1;
    if (at === 0) score += 2;
    previous = at;
    from = at + 1;
  }
  return score - text.length / 1000;
}

/**
 * The options a typed text keeps, in the order shown: Streamlit 1.67's `filter_mode`
 * ("fuzzy", the default: in-order subsequence, best match first; "contains"; "prefix";
 * null: no filtering), ignoring case. Nothing typed keeps all, in their order.
 * @param {string[]} labels @param {string | null} typed @param {string | null} [mode]
 * @returns {number[]}
 */
export function filterOptions(labels, typed, mode = "fuzzy") {
  const needle = (typed ?? "").trim().toLowerCase();
  const all = labels.map((_, i) => i);
  if (needle === "" || mode === null) return all;
  if (mode === "contains") return all.filter((i) => labels[i].toLowerCase().includes(needle));
  if (mode === "prefix") return all.filter((i) => labels[i].toLowerCase().startsWith(needle));
  const scored = all.flatMap((i) => {
    const score = fuzzyScore(labels[i], needle);
    return score === null ? [] : [{ i, score }];
  });
  return scored.sort((a, b) => b.score - a.score || a.i - b.i).map(({ i }) => i);
}

/**
 * Where a key moves the active row among `count` rows (clamped, as React Aria's list).
 * @param {number} active @param {number} count @param {string} key @returns {number}
 */
export function moveActive(active, count, key) {
  if (count === 0) return -1;
  if (key === "Home" || key === "PageUp") return 0;
  if (key === "End" || key === "PageDown") return count - 1;
  if (key === "ArrowDown") return active < 0 ? 0 : Math.min(active + 1, count - 1);
  if (key === "ArrowUp") return active < 0 ? count - 1 : Math.max(active - 1, 0);
  return active;
}

/** The live combobox input of node `uid`. @param {EventContext} ctx @param {number} uid */
function inputOf(ctx, uid) {
  return /** @type {HTMLInputElement | null} */ (ctx.app.querySelector(`[data-fragc-uid="${uid}"] input[role="combobox"]`));
}

/** Set `aria-expanded` on the combobox and its Open button (a redraw writes the same). @param {EventContext} ctx @param {number} uid @param {boolean} expanded */
function markExpanded(ctx, uid, expanded) {
  const holder = ctx.app.querySelector(`[data-fragc-uid="${uid}"]`);
  for (const el of holder?.querySelectorAll('input[role="combobox"], button[aria-haspopup="listbox"]') ?? []) {
    el.setAttribute("aria-expanded", String(expanded));
    if (expanded) el.setAttribute("aria-controls", listId(uid));
    else el.removeAttribute("aria-controls");
  }
}

/**
 * Open the list of the combobox `input` (a click, ArrowDown, typing).
 * @param {HTMLElement} input @param {EventContext} ctx @param {ListSource} source
 * @param {{ typed?: string | null, active?: "selected" | "next" | "first" | "last" }} [how]
 */
export function openList(input, ctx, source, how = {}) {
  const node = ctx.widgetNode(input);
  if (!node) return;
  if (current && current.uid !== node.uid) closeList(false);
  if (!current) {
    const popup = h("div", {
      "data-testid": source.testid,
      "data-fragc-owner": node.uid,
      class: "fragc-listbox-popup",
    });
    // A press in the list must not take the focus from the input (its focusout closes
    // the list before the click lands).
    popup.addEventListener("mousedown", (event) => event.preventDefault());
    ctx.app.append(popup);
    current = { uid: node.uid, popup, active: -1, typed: null, items: [], ctx, source };
    place();
    window.addEventListener("scroll", place, true);
    window.addEventListener("resize", place);
  }
  if (how.typed !== undefined) current.typed = how.typed;
  current.items = source.items(node, ctx, current.typed);
  const rows = current.items.filter((item) => item.key !== "");
  const selected = current.items.findIndex((item) => item.selected);
  const where = how.active ?? (current.typed ? "first" : "selected");
  if (where === "first") current.active = rows.length ? current.items.indexOf(rows[0]) : -1;
  else if (where === "last") current.active = rows.length ? current.items.indexOf(rows[rows.length - 1]) : -1;
  else if (where === "next") current.active = moveActive(selected, current.items.length, "ArrowDown");
  else current.active = selected >= 0 ? selected : rows.length ? current.items.indexOf(rows[0]) : -1;
  draw();
  place(); // its height is known now: below or above the input
  markExpanded(ctx, node.uid, true);
}

/** Close the open list; `restore`: the input shows the widget's value again (Escape, leaving). @param {boolean} [restore] */
export function closeList(restore = true) {
  if (!current) return;
  const { uid, popup, ctx, source } = current;
  current = null;
  popup.remove();
  window.removeEventListener("scroll", place, true);
  window.removeEventListener("resize", place);
  markExpanded(ctx, uid, false);
  const input = inputOf(ctx, uid);
  if (input) {
    input.removeAttribute("aria-activedescendant");
    const node = ctx.widgetNode(input);
    if (restore && node) input.value = source.shown(node, ctx);
  }
}

/** Put the popup under its widget's input group. */
function place() {
  if (!current) return;
  const input = inputOf(current.ctx, current.uid);
  const anchor = /** @type {HTMLElement | null} */ (input?.closest('[role="group"]:not([aria-label="Selected values"])') ?? input);
  if (!anchor) return;
  const box = anchor.getBoundingClientRect();
  // Below the input; above it when the list would leave the window there and fits above
  // (as Streamlit's dropdown flips), so its options stay where a user can click them.
  const height = current.popup.offsetHeight;
  const below = box.bottom + 4;
  const top = below + height > window.innerHeight && box.top - 4 - height >= 0 ? box.top - 4 - height : below;
  Object.assign(current.popup.style, { top: `${top}px`, left: `${box.left}px`, width: `${box.width}px` });
}

/** Draw the open list's rows. */
function draw() {
  if (!current) return;
  const { uid, popup, items, active, ctx } = current;
  const node = ctx.tree.find(uid);
  const label = node?.type === "element" ? String(/** @type {any} */ (node.element.props).label ?? "") : "";
  const multi = node?.type === "element" && node.element.kind === "multiselect";
  const list = h(
    "div",
    { id: listId(uid), role: "listbox", "aria-label": label, "aria-multiselectable": multi ? "true" : null, class: "fragc-listbox" },
    items.map((item, i) =>
      item.key === ""
        ? h("div", { role: "option", class: "fragc-listbox-message", "aria-disabled": "true" }, item.label)
        : h(
            "div",
            {
              id: optionId(uid, item.key),
              role: "option",
              "aria-selected": String(Boolean(item.selected)),
              "data-fragc-action": "listbox-option",
              "data-fragc-option": item.key,
              "data-focused": i === active ? "true" : null,
              class: "fragc-listbox-option",
            },
            item.label,
          ),
    ),
  );
  popup.replaceChildren(list);
  const input = inputOf(ctx, uid);
  const activeItem = items[active];
  if (input && activeItem && activeItem.key !== "") {
    input.setAttribute("aria-activedescendant", optionId(uid, activeItem.key));
    popup.querySelector('[data-focused="true"]')?.scrollIntoView({ block: "nearest" });
  } else input?.removeAttribute("aria-activedescendant");
}

/** Choose a row. @param {string} key */
function choose(key) {
  if (!current) return;
  const { uid, ctx, source } = current;
  const input = inputOf(ctx, uid);
  const node = input && ctx.widgetNode(input);
  if (!input || !node) return;
  const typed = current.typed ?? "";
  const closes = source.pick(node, ctx, key, typed);
  if (closes) {
    closeList(false);
    input.value = source.shown(node, ctx);
  } else {
    // The multiselect stays open on the options left; the typed filter is spent. Its
    // first tag redraws the tags' container, which can replace the input: the focus and
    // the list go to the one drawn now.
    const now = inputOf(ctx, uid);
    if (!now) return;
    now.value = "";
    if (document.activeElement !== now) now.focus();
    if (current) {
      current.typed = null;
      refresh();
    } else openList(now, ctx, source, { typed: null });
  }
}

/** Redraw the open list from its widget's value now (after a pick or a run). */
function refresh() {
  if (!current) return;
  const { uid, ctx, source } = current;
  const input = inputOf(ctx, uid);
  const node = input && ctx.widgetNode(input);
  if (!input || !node || input.disabled) {
    closeList(false);
    return;
  }
  const activeKey = current.items[current.active]?.key;
  current.items = source.items(node, ctx, current.typed);
  const kept = current.items.findIndex((item) => item.key === activeKey && item.key !== "");
  current.active = kept >= 0 ? kept : current.items.findIndex((item) => item.key !== "");
  draw();
  markExpanded(ctx, uid, true);
  place();
}

/**
 * The combobox's keys: arrows open and move, Enter picks, Escape closes (and puts the
 * value back), Tab leaves. Returns true when it handled the key.
 * @param {HTMLElement} input @param {KeyboardEvent} event @param {EventContext} ctx @param {ListSource} source
 */
export function onComboKey(input, event, ctx, source) {
  const node = ctx.widgetNode(input);
  if (!node) return false;
  const open = isOpen(node.uid);
  const { key } = event;
  if (!open) {
    if (key === "ArrowDown" || key === "ArrowUp") {
      event.preventDefault();
      openList(input, ctx, source, { typed: null, active: key === "ArrowUp" ? "last" : "next" });
      return true;
    }
    if (key === "Enter" && source.enter) {
      const typed = /** @type {HTMLInputElement} */ (input).value;
      if (typed !== source.shown(node, ctx)) return source.enter(node, ctx, typed);
    }
    return false;
  }
  const state = /** @type {OpenList} */ (current);
  if (["ArrowDown", "ArrowUp", "Home", "End", "PageUp", "PageDown"].includes(key)) {
    event.preventDefault();
    let next = moveActive(state.active, state.items.length, key);
    // Message rows are not options: step over them.
    const step = key === "ArrowUp" || key === "Home" || key === "PageUp" ? -1 : 1;
    while (next >= 0 && next < state.items.length && state.items[next].key === "") next += step;
    if (next >= 0 && next < state.items.length) state.active = next;
    draw();
    return true;
  }
  if (key === "Enter") {
    event.preventDefault();
    const item = state.items[state.active];
    if (item && item.key !== "") choose(item.key);
    else if (source.enter && state.typed) {
      source.enter(node, ctx, state.typed);
      closeList(false);
    }
    return true;
  }
  if (key === "Escape") {
    event.preventDefault();
    closeList(true);
    return true;
  }
  if (key === "Tab") closeList(true);
  return false;
}

/** A click on a row (delegated: `data-fragc-action="listbox-option"`). @param {HTMLElement} row */
export function onOptionClick(row) {
  const key = row.getAttribute("data-fragc-option");
  if (key !== null) choose(key);
}

/** The input lost the focus: the list closes unless the focus went into it. @param {FocusEvent} event */
export function onComboBlur(event) {
  if (!current) return;
  const to = /** @type {Node | null} */ (event.relatedTarget);
  if (to && current.popup.contains(to)) return;
  closeList(true);
}

/** After a render: the open list follows its widget's new value, or closes with it. */
export function afterRender() {
  if (current) refresh();
}
