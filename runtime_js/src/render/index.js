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
 *
 * A render costs what changed, not what the page holds: it redraws only the nodes the
 * tree marked dirty (tree.js `takeDirty`: written, touched, or whose children changed),
 * each the top one of its dirty branch, by morphing that node's own live element. Live
 * elements are found through `#liveByUid` (kept up to date from morphdom's callbacks),
 * never by searching the page; morphdom itself indexes only the subtree it patches. So a
 * fragment run redraws the fragment's block, and a full run the blocks whose children
 * changed, with every unchanged child a placeholder that keeps its DOM node.
 */

import morphdom from "morphdom";
import { h, cls, keyClass } from "./dom.js";
import { ELEMENTS, BLOCKS, FAMILIES } from "../families.js";
import { pageError } from "../elements/alerts.js";
import { vertical } from "../elements/layout.js";
import { DialogState } from "../elements/dialog.js";
import { ROOT_SIDEBAR, ROOT_BOTTOM, ROOT_EVENT } from "../protocol_constants.js";

/**
 * @typedef {import("../tree.js").AppTree} AppTree
 * @typedef {import("../tree.js").AppNode} AppNode
 * @typedef {import("../tree.js").BlockNode} BlockNode
 * @typedef {import("../tree.js").ElementNode} ElementNode
 * @typedef {import("../widget_store.js").WidgetStore} WidgetStore
 * @typedef {import("../family.js").UiState} UiState
 * @typedef {import("../family.js").BlockView} BlockView
 * @typedef {import("../family.js").ElementView} ElementView
 * @typedef {{ full: boolean, fragmentIds: string[] }} RunScope
 *
 * @typedef {object} Mounts where each root's DOM lives (chrome.js builds them)
 * @property {HTMLElement[]} roots one mount per root, index = root number
 * @property {HTMLElement} sidebar hidden while the sidebar root is empty
 * @property {HTMLElement} bottom hidden while the bottom root is empty
 */

/** The families' `afterRender` hooks. */
const AFTER_RENDER = FAMILIES.flatMap((family) => (family.afterRender ? [family.afterRender] : []));

export class Renderer {
  /** stBottom's block container, while it is out of the page. @type {Element | null} */
  #bottomContainer = null;

  /**
   * @param {{ tree: AppTree, store: WidgetStore, mounts: Mounts, scriptState: () => string, runScope?: () => RunScope | null }} deps
   */
  constructor(deps) {
    this.tree = deps.tree;
    this.store = deps.store;
    this.mounts = deps.mounts;
    this.scriptState = deps.scriptState;
    /** What the runs in flight and queued will rerun (scheduler.js `scope`); null: nothing known. */
    this.runScope = deps.runScope ?? (() => null);
    /** @type {UiState} */
    this.ui = { tabs: new Map(), expanders: new Map(), dialogs: new DialogState() };
    /** The live element of each drawn node (its outermost, carrying `data-fragc-uid`). @type {Map<string, Element>} */
    this.#liveByUid = new Map();
    /** Element containers now showing `data-stale="true"`, by uid. @type {Set<number>} */
    this.#staleShown = new Set();
    /** @type {Parameters<typeof morphdom>[2]} */
    this.morphOptions = {
      ...MORPH_OPTIONS,
      // Elements morphed in place (a pre-render Python replaced) are live nodes too.
      onElUpdated: (el) => this.#remember(el),
      onNodeAdded: (node) => {
        if (node.nodeType === 1) this.#remember(/** @type {Element} */ (node));
        return node;
      },
      onNodeDiscarded: (node) => {
        if (node.nodeType !== 1) return;
        const uid = /** @type {Element} */ (node).getAttribute("data-fragc-uid");
        if (uid !== null && this.#liveByUid.get(uid) === node) this.#liveByUid.delete(uid);
      },
    };
  }

  /** @type {Map<string, Element>} */
  #liveByUid;
  /** @type {Set<number>} */
  #staleShown;
  /** The run state while a render draws elements. @type {{ state: string, scope: RunScope | null }} */
  #drawing = { state: "notRunning", scope: null };

  /** Bring the DOM up to date with the tree: redraw what the tree marked dirty. */
  render() {
    // Asked once per render, not once per element drawn (`#element`).
    this.#drawing = { state: this.scriptState(), scope: this.runScope() };
    const dirty = this.tree.takeDirty();
    /** @type {Element[]} the live elements redrawn, for the families' hooks */
    const drawn = [];
    for (const uid of dirty) {
      const node = this.tree.find(uid);
      // Gone from the tree (its parent redraws without it), or inside a dirty block.
      if (!node || this.tree.hasAncestorIn(uid, dirty)) continue;
      const el = this.#redraw(node);
      if (el) drawn.push(el);
    }
    // The sidebar shows for its content, or for a multipage app's navigation (pages.js).
    const sidebarHidden =
      this.tree.roots[ROOT_SIDEBAR].children.length === 0 &&
      !this.mounts.sidebar.querySelector('[data-testid="stSidebarNav"]:not([hidden])');
    this.mounts.sidebar.hidden = sidebarHidden;
    // Streamlit mounts no stSidebar while it has nothing to show: a test counts none.
    if (sidebarHidden) this.mounts.sidebar.removeAttribute("data-testid");
    else this.mounts.sidebar.setAttribute("data-testid", "stSidebar");
    const bottomEmpty = !this.tree.roots[ROOT_BOTTOM].children.some(drawsInFlow);
    this.mounts.bottom.hidden = bottomEmpty;
    // Streamlit draws no stBottomBlockContainer while st.bottom is empty.
    this.#bottomContainer ??= this.mounts.bottom.firstElementChild;
    if (bottomEmpty) this.#bottomContainer?.remove();
    else if (this.#bottomContainer && !this.#bottomContainer.isConnected) this.mounts.bottom.append(this.#bottomContainer);
    this.updateStaleness();
    if (drawn.length) for (const hook of AFTER_RENDER) hook(this, drawn);
  }

  /**
   * Redraw one node in place: a root into its mount, any other node over its own live
   * element (or, never drawn yet, through its parent). Returns the live element.
   * @param {AppNode} node @returns {Element | null}
   */
  #redraw(node) {
    const rootIndex = this.tree.roots.indexOf(/** @type {BlockNode} */ (node));
    if (rootIndex >= 0) {
      const mount = this.mounts.roots[rootIndex];
      if (!mount) return null;
      // Streamlit draws no block for an empty event or bottom container: a test that
      // counts stVerticalBlock (or looks for the chat input's) finds none.
      if ((rootIndex === ROOT_EVENT || rootIndex === ROOT_BOTTOM) && !(/** @type {BlockNode} */ (node)).children.some(drawsInFlow)) {
        mount.replaceChildren();
        return null;
      }
      const fresh = vertical({}, undefined, this.#children(/** @type {BlockNode} */ (node)), nodeAttrs(node));
      const live = mount.firstElementChild;
      if (!live) {
        mount.append(fresh);
        this.#rememberTree(fresh);
        return fresh;
      }
      morphdom(live, fresh, this.morphOptions);
      return live;
    }
    const live = this.#live(node.uid);
    const fresh = live ? this.#node(node, true) : null;
    // Not drawn yet, or drawn inside a wrapper of its parent's (its outermost element is
    // not its own): the parent draws it.
    if (!live || !fresh || fresh.getAttribute("data-fragc-uid") !== String(node.uid)) {
      const parent = this.tree.parent(node.uid);
      return parent ? this.#redraw(parent) : null;
    }
    morphdom(live, fresh, this.morphOptions);
    return live;
  }

  /** The live element drawn for a node, if it is on the page. @param {number | string} uid */
  #live(uid) {
    const el = this.#liveByUid.get(String(uid));
    return el && el.isConnected && el.getAttribute("data-fragc-uid") === String(uid) ? el : null;
  }

  /** Note a node's element that entered the page (the outermost one, if it has several). @param {Element} el */
  #remember(el) {
    const uid = el.getAttribute("data-fragc-uid");
    if (uid === null) return;
    const known = this.#liveByUid.get(uid);
    if (known && known !== el && known.isConnected && known.contains(el)) return;
    this.#liveByUid.set(uid, el);
  }

  /** @param {Element} el a subtree that entered the page whole */
  #rememberTree(el) {
    this.#remember(el);
    for (const inner of el.querySelectorAll("[data-fragc-uid]")) this.#remember(inner);
  }

  /**
   * Is a node stale now (dimmed until its run rewrites or prunes it)? Streamlit's
   * isElementStale, for a run requested or on; when only fragments are about to rerun,
   * only their nodes (Streamlit marks nothing before its server starts the run: a click
   * must not dim the page around a fragment).
   * @param {AppNode} node @param {string} state @param {RunScope | null} scope
   */
  #isStale(node, state, scope) {
    if (state !== "running" && state !== "rerunRequested") return false;
    if (!scope || scope.full) return this.tree.isStale(node, state);
    if (node.fragmentId === null || !scope.fragmentIds.includes(node.fragmentId)) return false;
    if (state === "rerunRequested") return true;
    // Running: stale until this run rewrites it (the tree's run may still be the last one).
    return node.runId !== this.tree.runId || !this.tree.fragmentIds.includes(node.fragmentId);
  }

  /**
   * Write `data-stale` on the element containers whose staleness can have changed: the
   * ones shown stale now, and, while a run is requested or on, what it makes stale: a
   * fragment run the nodes its fragments wrote, a full run the whole page.
   */
  updateStaleness() {
    const state = this.scriptState();
    const scope = this.runScope();
    /** @type {Iterable<AppNode>} */
    let candidates = [];
    if (state === "rerunRequested" || state === "running") {
      if (!scope || scope.full) {
        /** @type {AppNode[]} */
        const all = [];
        this.tree.walk((node) => all.push(node));
        candidates = all;
      } else {
        candidates = scope.fragmentIds.flatMap((id) => [...this.tree.fragmentNodes(id)]);
      }
    }
    /** @type {Set<number>} */
    const seen = new Set();
    const mark = (/** @type {AppNode} */ node) => {
      if (node.type !== "element" || seen.has(node.uid)) return;
      seen.add(node.uid);
      const el = this.#live(node.uid);
      if (!el) return;
      const stale = this.#isStale(node, state, scope);
      if (stale) this.#staleShown.add(node.uid);
      else this.#staleShown.delete(node.uid);
      if (el.getAttribute("data-stale") !== String(stale)) el.setAttribute("data-stale", String(stale));
    };
    for (const node of candidates) mark(node);
    for (const uid of [...this.#staleShown]) {
      const node = this.tree.find(uid);
      if (node) mark(node);
      else this.#staleShown.delete(uid); // left the tree, and the page with it
    }
  }

  /** @param {BlockNode} block */
  #children(block) {
    /** @type {HTMLElement[]} */
    const out = [];
    for (const child of block.children) {
      // A kind whose renderer is null takes its slot but draws nothing in the flow.
      if (!drawsInFlow(child)) continue;
      out.push(this.#node(child));
    }
    return out;
  }

  /**
   * @param {AppNode} node @param {boolean} [force] render even if unchanged
   * @returns {HTMLElement}
   */
  #node(node, force = false) {
    const seen = force ? null : this.#live(node.uid);
    if (seen && seen.getAttribute("data-fragc-v") === String(node.version)) {
      return placeholder(node, seen.tagName.toLowerCase());
    }
    return node.type === "element" ? this.#element(node) : this.#block(node);
  }

  /** @param {ElementNode} node */
  #element(node) {
    const { element } = node;
    const stale = this.#isStale(node, this.#drawing.state, this.#drawing.scope);
    if (stale) this.#staleShown.add(node.uid);
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
        "data-stale": String(stale),
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
    return render(element.props, { uid: node.uid, value, forced, root: this.#rootOf(node) });
  }

  /** The index of the root a node is in. @param {ElementNode} node */
  #rootOf(node) {
    /** @type {AppNode | undefined} */
    let top = node;
    for (let up = this.tree.parent(node.uid); up; up = this.tree.parent(up.uid)) top = up;
    return this.tree.roots.indexOf(/** @type {BlockNode} */ (top));
  }

  /** @param {BlockNode} node @returns {HTMLElement} */
  #block(node) {
    const { block } = node;
    const attrs = nodeAttrs(node);
    const children = () => this.#children(node);
    const renderers = /** @type {Record<string, ((props: unknown, view: BlockView) => HTMLElement) | undefined>} */ (BLOCKS);
    const render = renderers[block.kind];
    if (!render) return unknownBlock(block.kind, children(), attrs);
    /** @type {BlockView} */
    const view = {
      node,
      key: block.key,
      attrs,
      children,
      child: (child) => this.#node(child, true),
      ui: this.ui,
      value: block.widget ? (this.store.has(block.widget.id) ? this.store.get(block.widget.id) : block.widget.value) : undefined,
    };
    const drawn = render(block.props, view);
    return LAYOUT_WRAPPED.has(block.kind) ? layoutWrapper(drawn) : drawn;
  }
}

/**
 * Blocks that Streamlit 1.67 draws inside a `stLayoutWrapper` (every block but tabs and
 * the parts of a block: columns, tab panels). Tests count and nest by it.
 */
const LAYOUT_WRAPPED = new Set(["vertical", "horizontal", "expander", "status", "popover", "form", "chat_message"]);

/**
 * Wrap a drawn block in `stLayoutWrapper`, which takes over the node's key attributes
 * (the morph and `locate` find the node by its outermost element). The wrapper is
 * `display: contents`: the block stays the flex item it was.
 * @param {HTMLElement} drawn
 */
function layoutWrapper(drawn) {
  /** @type {Record<string, string | null>} */
  const attrs = {};
  for (const name of ["data-fragc-uid", "data-fragc-v"]) {
    attrs[name] = drawn.getAttribute(name);
    drawn.removeAttribute(name);
  }
  return h("div", { ...attrs, "data-testid": "stLayoutWrapper", class: "fragc-layout-wrapper" }, drawn);
}

/** Whether a child takes a place in the page (a toast, say, does not). @param {AppNode} child */
function drawsInFlow(child) {
  return !(child.type === "element" && ELEMENTS[child.element.kind] === null);
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
