// @ts-check
/**
 * The page's node tree, a mirror of Streamlit's AppRoot.
 *
 * Four roots (main, sidebar, event, bottom) hold blocks and elements. A delta
 * addresses a slot by path `[root, i, j, ...]`; applying it follows Streamlit's
 * `setIn`: an element replaces the slot, a block at a slot that holds a block of the
 * same kind keeps its children, and every ancestor on the path counts as written by
 * the current run. At the end of a run `finishRun` prunes exactly as Streamlit's
 * `clearStaleNodes` does (see the comments there).
 *
 * The tree knows nothing of the DOM. Each node carries a stable `uid` (kept while a
 * slot holds the same kind of thing, so the renderer can morph instead of re-create)
 * and a `version` (bumped whenever the node or anything under it changes, so the
 * renderer can skip untouched subtrees).
 */

import { ROOT_COUNT } from "./protocol_constants.js";

/**
 * @typedef {import("./protocol_types").Element} Element
 * @typedef {import("./protocol_types").Block} Block
 * @typedef {import("./protocol_types").Delta} Delta
 * @typedef {import("./protocol_types").RunStatus} RunStatus
 * @typedef {{ kind: "root", props: {}, key?: undefined, widget?: undefined }} RootBlock the four roots' own block
 *
 * @typedef {object} NodeBase
 * @property {number} uid stable while the slot holds the same kind of node
 * @property {number} version changes when this node or a descendant changes
 * @property {string | null} runId the run that last wrote (or touched) this node
 * @property {string | null} fragmentId the fragment that wrote it (null outside fragments)
 *
 * @typedef {NodeBase & { type: "element", element: Element }} ElementNode
 * @typedef {NodeBase & { type: "block", block: Block | RootBlock, children: AppNode[] }} BlockNode
 * @typedef {ElementNode | BlockNode} AppNode
 */

export class AppTree {
  constructor() {
    this.clock = 0;
    this.nextUid = 1;
    /** @type {BlockNode[]} */
    this.roots = [];
    for (let i = 0; i < ROOT_COUNT; i++) {
      this.roots.push(this.#block({ kind: "root", props: {} }, null, null, []));
    }
    /** The run whose deltas are being applied (null before the first run). */
    /** @type {string | null} */
    this.runId = null;
    /** Fragments of the current run; empty for a full run. */
    /** @type {string[]} */
    this.fragmentIds = [];
  }

  /**
   * A run started: deltas from now on are written with its id.
   * @param {string} runId @param {string[]} fragmentIds
   */
  startRun(runId, fragmentIds) {
    this.runId = runId;
    this.fragmentIds = [...fragmentIds];
  }

  get isFragmentRun() {
    return this.fragmentIds.length > 0;
  }

  /**
   * Write one delta. Returns an error text (and changes nothing) when the path does
   * not lead to a slot; Streamlit throws "Bad delta path" there, the page logs it.
   * @param {Delta} delta
   * @returns {string | null}
   */
  applyDelta(delta) {
    const { path } = delta;
    if (!Array.isArray(path) || path.length < 2) return `bad delta path ${JSON.stringify(path)}`;
    const root = this.roots[path[0]];
    if (!root) return `bad delta path ${JSON.stringify(path)}: no root ${path[0]}`;
    if (!delta.element === !delta.block) return `delta at ${JSON.stringify(path)} needs exactly one of element and block`;

    /** @type {BlockNode[]} the blocks from the root down to the slot's parent */
    const chain = [root];
    let parent = root;
    for (const index of path.slice(1, -1)) {
      const child = parent.children[index];
      if (!child || child.type !== "block") {
        return `bad delta path ${JSON.stringify(path)}: no block at index ${index}`;
      }
      parent = child;
      chain.push(parent);
    }
    const index = /** @type {number} */ (path[path.length - 1]);
    if (!Number.isInteger(index) || index < 0 || index > parent.children.length) {
      return `bad delta path ${JSON.stringify(path)}: index ${index} outside [0, ${parent.children.length}]`;
    }

    const old = parent.children[index];
    const fragmentId = delta.fragment_id || null;
    /** @type {AppNode} */
    let node;
    if (delta.block) {
      // Same block kind at the slot: keep its children (and their widgets' state);
      // they stay visible until pruning decides about them.
      const keep = old && old.type === "block" && old.block.kind === delta.block.kind;
      node = this.#block(delta.block, this.runId, fragmentId, keep ? old.children : []);
      if (keep) node.uid = old.uid;
    } else {
      const element = /** @type {Element} */ (delta.element);
      node = this.#element(element, this.runId, fragmentId);
      if (old && old.type === "element" && sameIdentity(old.element, element)) node.uid = old.uid;
    }
    parent.children[index] = node;
    // Every ancestor counts as written by this run (Streamlit rebuilds them in setIn).
    for (const block of chain) {
      block.runId = this.runId;
      block.version = node.version;
    }
    return null;
  }

  /**
   * Prune what the finished run did not write. Returns true when anything changed.
   *
   * - `finished` (a full run): every node whose runId is not this run's goes.
   * - `finished_fragment`: only inside "fragment blocks", blocks of a fragment that ran
   *   and that this run re-sent, do children with an old runId go (recursively).
   *   Elements a fragment wrote into outside containers stay until the next full run.
   * - `early_for_rerun` (st.rerun) and `compile_error`: nothing is pruned.
   * @param {RunStatus} status
   */
  finishRun(status) {
    if (status !== "finished" && status !== "finished_fragment") return false;
    const fragmentIds = status === "finished_fragment" ? this.fragmentIds : [];
    let changed = false;
    for (const root of this.roots) {
      if (this.#pruneChildren(root, fragmentIds, null)) changed = true;
    }
    return changed;
  }

  /**
   * Streamlit's BlockNode.clearStaleNodes on the children of `block`. Returns true
   * when a child was removed anywhere below, and bumps versions on the way up.
   * @param {BlockNode} block @param {string[]} fragmentIds @param {string | null} fragmentOfBlock
   */
  #pruneChildren(block, fragmentIds, fragmentOfBlock) {
    const kept = [];
    let changed = false;
    for (const child of block.children) {
      if (this.#isStaleForPruning(child, fragmentIds, fragmentOfBlock)) {
        changed = true;
        continue;
      }
      if (child.type === "block") {
        // A block of a fragment that ran, re-sent by this run: its old children go.
        const isFragmentBlock =
          fragmentIds.length > 0 &&
          child.fragmentId !== null &&
          fragmentIds.includes(child.fragmentId) &&
          child.runId === this.runId;
        const inner = isFragmentBlock ? child.fragmentId : fragmentOfBlock;
        if (this.#pruneChildren(child, fragmentIds, inner)) changed = true;
      }
      kept.push(child);
    }
    if (changed) {
      block.children = kept;
      block.version = ++this.clock;
    }
    return changed;
  }

  /** @param {AppNode} node @param {string[]} fragmentIds @param {string | null} fragmentOfBlock */
  #isStaleForPruning(node, fragmentIds, fragmentOfBlock) {
    const old = node.runId !== this.runId;
    if (fragmentIds.length === 0) return old; // full run
    if (node.type === "block") return fragmentOfBlock !== null && old;
    // Element in a fragment run: only a fragment's element inside a fragment block goes.
    return node.fragmentId !== null && fragmentOfBlock !== null && old;
  }

  /**
   * Is this node stale while the current run is in progress? (Streamlit's
   * isElementStale: dimmed until the run rewrites or prunes it.)
   * @param {AppNode} node @param {"running" | "rerunRequested" | string} scriptState
   */
  isStale(node, scriptState) {
    if (scriptState === "rerunRequested") return true;
    if (scriptState !== "running") return false;
    if (node.runId === this.runId) return false;
    if (!this.isFragmentRun) return true;
    return node.fragmentId !== null && this.fragmentIds.includes(node.fragmentId);
  }

  /** Ids of every widget still in the tree (what the widget store keeps). */
  widgetIds() {
    /** @type {Set<string>} */
    const ids = new Set();
    this.walk((node) => {
      if (node.type === "element" && node.element.widget) ids.add(node.element.widget.id);
      if (node.type === "block" && node.block.widget) ids.add(node.block.widget.id);
    });
    return ids;
  }

  /**
   * Visit every node, depth first, parents before children.
   * @param {(node: AppNode, parent: BlockNode) => void} visit
   */
  walk(visit) {
    /** @param {BlockNode} block */
    const go = (block) => {
      for (const child of block.children) {
        visit(child, block);
        if (child.type === "block") go(child);
      }
    };
    this.roots.forEach(go);
  }

  /** @param {number} uid @returns {AppNode | undefined} */
  find(uid) {
    /** @type {AppNode | undefined} */
    let found;
    this.walk((node) => {
      if (node.uid === uid) found = node;
    });
    return found;
  }

  /**
   * Mark a node (and its ancestors) changed without a delta: a page-only change such
   * as the chosen tab, so the renderer redraws it.
   * @param {number} uid
   */
  touchUi(uid) {
    const version = ++this.clock;
    /** @param {BlockNode} block @returns {boolean} */
    const go = (block) => {
      for (const child of block.children) {
        if (child.uid === uid || (child.type === "block" && go(child))) {
          child.version = version;
          block.version = version;
          return true;
        }
      }
      return false;
    };
    this.roots.some(go);
  }

  /** @param {Element} element @param {string | null} runId @param {string | null} fragmentId */
  #element(element, runId, fragmentId) {
    /** @type {ElementNode} */
    const node = { type: "element", uid: this.nextUid++, version: ++this.clock, runId, fragmentId, element };
    return node;
  }

  /** @param {Block | RootBlock} block @param {string | null} runId @param {string | null} fragmentId @param {AppNode[]} children */
  #block(block, runId, fragmentId, children) {
    /** @type {BlockNode} */
    const node = { type: "block", uid: this.nextUid++, version: ++this.clock, runId, fragmentId, block, children };
    return node;
  }
}

/**
 * Does a new element continue the old one in its slot? Then it keeps the uid, so the
 * renderer morphs the existing DOM (an input keeps focus and what is being typed).
 * @param {Element} a @param {Element} b
 */
function sameIdentity(a, b) {
  return a.kind === b.kind && (a.widget?.id ?? null) === (b.widget?.id ?? null);
}
