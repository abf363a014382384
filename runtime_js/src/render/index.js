// @ts-check
/**
 * The renderer: node tree → DOM, through morphdom.
 *
 * Each render builds fresh DOM only for nodes whose `version` differs from the one the
 * live DOM shows (`data-fragc-v`); an unchanged node becomes an empty placeholder that
 * the morph skips, so its live DOM (and any input being typed in) is left alone.
 * morphdom then patches the live DOM in place, keyed by `data-fragc-uid`: elements
 * keep their identity, a focused text input keeps what the user is typing, and the
 * delegated listeners on the app root (events.js) never need re-attaching.
 *
 * `data-stale` depends on the run state, not on the tree, so it is written in a
 * separate cheap pass (`updateStaleness`) after every render and state change.
 */

import morphdom from "morphdom";
import { h, cls, keyClass } from "./dom.js";
import { ELEMENTS, BLOCKS, FAMILIES } from "../families.js";
import { pageError } from "../elements/alerts.js";
import { vertical } from "../elements/layout.js";
import { DialogState } from "../elements/dialog.js";
import { ROOT_SIDEBAR, ROOT_BOTTOM } from "../protocol_constants.js";

/**
 * @typedef {import("../tree.js").AppTree} AppTree
 * @typedef {import("../tree.js").AppNode} AppNode
 * @typedef {import("../tree.js").BlockNode} BlockNode
 * @typedef {import("../tree.js").ElementNode} ElementNode
 * @typedef {import("../widget_store.js").WidgetStore} WidgetStore
 * @typedef {import("../family.js").UiState} UiState
 * @typedef {import("../family.js").BlockView} BlockView
 * @typedef {import("../family.js").ElementView} ElementView
 * @typedef {Map<string, { version: string, tag: string }>} LiveIndex
 *
 * @typedef {object} Mounts where each root's DOM lives (chrome.js builds them)
 * @property {HTMLElement[]} roots one mount per root, index = root number
 * @property {HTMLElement} sidebar hidden while the sidebar root is empty
 * @property {HTMLElement} bottom hidden while the bottom root is empty
 */

/** The families' `afterRender` hooks. */
const AFTER_RENDER = FAMILIES.flatMap((family) => (family.afterRender ? [family.afterRender] : []));

export class Renderer {
  /**
   * @param {{ tree: AppTree, store: WidgetStore, mounts: Mounts, scriptState: () => string }} deps
   */
  constructor(deps) {
    this.tree = deps.tree;
    this.store = deps.store;
    this.mounts = deps.mounts;
    this.scriptState = deps.scriptState;
    /** @type {UiState} */
    this.ui = { tabs: new Map(), expanders: new Map(), dialogs: new DialogState() };
  }

  /** Bring the DOM up to date with the tree. */
  render() {
    this.tree.roots.forEach((root, index) => {
      const mount = this.mounts.roots[index];
      if (!mount) return;
      const live = mount.firstElementChild;
      const fresh = this.#rootBlock(root, indexLive(mount));
      if (!live) {
        mount.append(fresh);
        return;
      }
      if (fresh.hasAttribute("data-fragc-skip")) return;
      morphdom(live, fresh, MORPH_OPTIONS);
    });
    this.mounts.sidebar.hidden = this.tree.roots[ROOT_SIDEBAR].children.length === 0;
    this.mounts.bottom.hidden = this.tree.roots[ROOT_BOTTOM].children.length === 0;
    this.updateStaleness();
    for (const hook of AFTER_RENDER) hook(this);
  }

  /** Write `data-stale` on every element container from the current run state. */
  updateStaleness() {
    const state = this.scriptState();
    /** @type {Map<string, AppNode>} */
    const nodes = new Map();
    this.tree.walk((node) => nodes.set(String(node.uid), node));
    for (const mount of this.mounts.roots) {
      for (const el of mount.querySelectorAll('[data-testid="stElementContainer"][data-fragc-uid]')) {
        const node = nodes.get(/** @type {string} */ (el.getAttribute("data-fragc-uid")));
        const stale = node ? String(this.tree.isStale(node, state)) : "false";
        if (el.getAttribute("data-stale") !== stale) el.setAttribute("data-stale", stale);
      }
    }
  }

  /**
   * A root renders as a vertical block, like Streamlit's main, sidebar, event and
   * bottom containers.
   * @param {BlockNode} root @param {LiveIndex} live
   */
  #rootBlock(root, live) {
    const attrs = nodeAttrs(root);
    const seen = live.get(String(root.uid));
    if (seen && seen.version === String(root.version)) return placeholder(root, seen.tag);
    const children = this.#children(root, live);
    return vertical({}, undefined, children, attrs);
  }

  /** @param {BlockNode} block @param {LiveIndex} live */
  #children(block, live) {
    /** @type {HTMLElement[]} */
    const out = [];
    for (const child of block.children) {
      // A kind whose renderer is null takes its slot but draws nothing in the flow.
      if (child.type === "element" && ELEMENTS[child.element.kind] === null) continue;
      out.push(this.#node(child, live));
    }
    return out;
  }

  /**
   * @param {AppNode} node @param {LiveIndex} live @param {boolean} [force] render even if unchanged
   * @returns {HTMLElement}
   */
  #node(node, live, force = false) {
    const seen = live.get(String(node.uid));
    if (!force && seen && seen.version === String(node.version)) return placeholder(node, seen.tag);
    return node.type === "element" ? this.#element(node) : this.#block(node, live);
  }

  /** @param {ElementNode} node */
  #element(node) {
    const { element } = node;
    let inner;
    try {
      inner = this.#elementBody(node);
    } catch (error) {
      // A renderer bug must not take the page down: show it where the element goes.
      console.error("fragc: rendering", element.kind, "failed", error);
      inner = pageError(`fragc failed to render ${element.kind}: ${String(error)}`);
    }
    return h(
      "div",
      {
        ...nodeAttrs(node),
        "data-testid": "stElementContainer",
        class: cls("stElementContainer", "element-container", element.key && keyClass(element.key), `fragc-kind-${element.kind}`),
        "data-stale": String(this.tree.isStale(node, this.scriptState())),
      },
      inner,
    );
  }

  /** @param {ElementNode} node */
  #elementBody(node) {
    const { element } = node;
    const render = /** @type {((props: unknown, view: ElementView) => HTMLElement) | undefined | null} */ (ELEMENTS[element.kind]);
    if (!render) return pageError(`fragc cannot render ${element.kind} yet`);
    const id = element.widget?.id;
    const value = id === undefined ? undefined : this.store.has(id) ? this.store.get(id) : element.widget?.value;
    const forced = id !== undefined && this.store.takeForced(id);
    return render(element.props, { uid: node.uid, value, forced });
  }

  /** @param {BlockNode} node @param {LiveIndex} live @returns {HTMLElement} */
  #block(node, live) {
    const { block } = node;
    const attrs = nodeAttrs(node);
    const children = () => this.#children(node, live);
    const renderers = /** @type {Record<string, ((props: unknown, view: BlockView) => HTMLElement) | undefined>} */ (BLOCKS);
    const render = renderers[block.kind];
    if (!render) return unknownBlock(block.kind, children(), attrs);
    /** @type {BlockView} */
    const view = {
      node,
      key: block.key,
      attrs,
      children,
      child: (child) => this.#node(child, live, true),
      ui: this.ui,
      value: block.widget ? (this.store.has(block.widget.id) ? this.store.get(block.widget.id) : block.widget.value) : undefined,
    };
    return render(block.props, view);
  }
}

/** @param {AppNode} node */
function nodeAttrs(node) {
  return { "data-fragc-uid": node.uid, "data-fragc-v": node.version };
}

/** An unchanged node: same tag and key as the live element, skipped by the morph. @param {AppNode} node @param {string} tag */
function placeholder(node, tag) {
  return h(tag, { "data-fragc-uid": node.uid, "data-fragc-skip": true });
}

/**
 * A block kind this page cannot draw (a worker newer than the page): say so, and still
 * show what is inside.
 * @param {string} kind @param {HTMLElement[]} children @param {Record<string, string | number>} attrs
 */
function unknownBlock(kind, children, attrs) {
  return h(
    "div",
    { ...attrs, class: "fragc-unknown-block" },
    h("div", { "data-testid": "stElementContainer", class: "stElementContainer element-container", "data-stale": "false" }, pageError(`fragc cannot render ${kind} yet`)),
    vertical({}, undefined, children, {}),
  );
}

/** uid → the version and tag the live DOM shows. @param {HTMLElement} mount */
function indexLive(mount) {
  /** @type {LiveIndex} */
  const live = new Map();
  for (const el of mount.querySelectorAll("[data-fragc-uid]")) {
    live.set(/** @type {string} */ (el.getAttribute("data-fragc-uid")), {
      version: el.getAttribute("data-fragc-v") ?? "",
      tag: el.tagName.toLowerCase(),
    });
  }
  return live;
}

/** Text-like controls whose typed value must survive a re-render while focused. */
const EDITABLE = new Set(["text", "password", "number", "search", "email", "url", "tel"]);

/** @type {Parameters<typeof morphdom>[2]} */
const MORPH_OPTIONS = {
  getNodeKey(node) {
    return node.nodeType === 1 ? /** @type {Element} */ (node).getAttribute("data-fragc-uid") ?? undefined : undefined;
  },
  onBeforeElUpdated(fromEl, toEl) {
    if (toEl.hasAttribute("data-fragc-skip")) return false;
    if (fromEl === document.activeElement && !toEl.hasAttribute("data-fragc-force")) {
      const editable =
        fromEl.tagName === "TEXTAREA" || (fromEl.tagName === "INPUT" && EDITABLE.has(/** @type {HTMLInputElement} */ (fromEl).type));
      // Keep what the user is typing; Python's value wins only when it set it (set_value).
      if (editable) /** @type {HTMLInputElement} */ (toEl).value = /** @type {HTMLInputElement} */ (fromEl).value;
    }
    return true;
  },
};
