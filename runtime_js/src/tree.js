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
 *
 * A fragment run must cost what the fragment writes, not what the page holds (a page of
 * 10,000 lines around a fragment of two elements): so the tree keeps indexes instead of
 * walking itself. `nodes` (uid → node) and `parentOf` (uid → parent uid) answer `find`
 * and walks up; `widgetCount` lists the widgets on the page; `byFragment` the nodes each
 * fragment wrote (a fragment run's pruning and stale marking start there); `dirty` the
 * nodes the renderer must redraw (written, or whose children changed), which
 * `takeDirty` hands over. Only a full run walks the whole tree, as it rewrites it all.
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
    /** Every node in the tree, roots too, by uid. @type {Map<number, AppNode>} */
    this.nodes = new Map();
    /** The uid of each node's parent block (absent for roots). @type {Map<number, number>} */
    this.parentOf = new Map();
    /** How many nodes on the page carry each widget id. @type {Map<string, number>} */
    this.widgetCount = new Map();
    /** The uids of the nodes each fragment wrote that are still in the tree. @type {Map<string, Set<number>>} */
    this.byFragment = new Map();
    /** Nodes to redraw: written, touched, or whose list of children changed. @type {Set<number>} */
    this.dirty = new Set();
    /** @type {BlockNode[]} */
    this.roots = [];
    for (let i = 0; i < ROOT_COUNT; i++) {
      const root = this.#block({ kind: "root", props: {} }, null, null, []);
      this.#adopt(root, null);
      this.dirty.add(root.uid);
      this.roots.push(root);
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
    let sameUid = false;
    if (delta.block) {
      // Same block kind at the slot: keep its children (and their widgets' state);
      // they stay visible until pruning decides about them.
      const keep = old && old.type === "block" && old.block.kind === delta.block.kind;
      node = this.#block(delta.block, this.runId, fragmentId, keep ? old.children : []);
      if (keep) sameUid = true;
    } else {
      const element = /** @type {Element} */ (delta.element);
      node = this.#element(element, this.runId, fragmentId);
      if (old && old.type === "element" && sameIdentity(old.element, element)) sameUid = true;
    }
    // The same element again (a full run re-sends the whole page): the node is written
    // by this run, but its version, and so its DOM, stay.
    const unchanged = sameUid && old?.type === "element" && node.type === "element" && sameContent(old, node);
    if (old) this.#forget(old, !sameUid);
    if (sameUid) node.uid = /** @type {AppNode} */ (old).uid;
    else this.dirty.add(parent.uid); // a new node in the slot: the parent's children changed
    if (unchanged) node.version = /** @type {AppNode} */ (old).version;
    else this.dirty.add(node.uid);
    parent.children[index] = node;
    this.#adopt(node, parent.uid);
    // Every ancestor counts as written by this run (Streamlit rebuilds them in setIn).
    for (const block of chain) {
      block.runId = this.runId;
      if (!unchanged) block.version = node.version;
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
    if (status === "finished_fragment") return this.#pruneFragments(this.fragmentIds);
    let changed = false;
    for (const root of this.roots) {
      if (this.#pruneChildren(root, [], null)) changed = true;
    }
    return changed;
  }

  /**
   * A fragment run prunes only inside its "fragment blocks" (below), which are among the
   * nodes its fragments wrote: start from those instead of walking the page. A fragment
   * block inside another one is pruned as part of the outer one, as in the walk.
   * @param {string[]} fragmentIds
   */
  #pruneFragments(fragmentIds) {
    /** @type {BlockNode[]} */
    const blocks = [];
    for (const id of fragmentIds) {
      for (const uid of this.byFragment.get(id) ?? []) {
        const node = this.nodes.get(uid);
        if (node && node.type === "block" && node.runId === this.runId) blocks.push(node);
      }
    }
    const isFragmentBlock = new Set(blocks.map((block) => block.uid));
    let changed = false;
    for (const block of blocks) {
      if (this.#ancestors(block.uid).some((uid) => isFragmentBlock.has(uid))) continue;
      if (!this.nodes.has(block.uid)) continue; // pruned with an earlier one
      if (this.#pruneChildren(block, fragmentIds, block.fragmentId)) {
        changed = true;
        const version = ++this.clock;
        for (const uid of this.#ancestors(block.uid)) /** @type {AppNode} */ (this.nodes.get(uid)).version = version;
      }
    }
    return changed;
  }

  /** The uids above a node, its parent first. @param {number} uid */
  #ancestors(uid) {
    const out = [];
    for (let up = this.parentOf.get(uid); up !== undefined; up = this.parentOf.get(up)) out.push(up);
    return out;
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
        this.#forget(child, true);
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
      if (kept.length !== block.children.length) this.dirty.add(block.uid);
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
    return new Set(this.widgetCount.keys());
  }

  /** The nodes to redraw since the last call (render/index.js takes them). */
  takeDirty() {
    const dirty = this.dirty;
    this.dirty = new Set();
    return dirty;
  }

  /** Is any block above this node in `uids`? @param {number} uid @param {Set<number>} uids */
  hasAncestorIn(uid, uids) {
    for (let up = this.parentOf.get(uid); up !== undefined; up = this.parentOf.get(up)) if (uids.has(up)) return true;
    return false;
  }

  /** The parent block of a node (undefined for a root or a node not in the tree). @param {number} uid */
  parent(uid) {
    const up = this.parentOf.get(uid);
    return up === undefined ? undefined : /** @type {BlockNode | undefined} */ (this.nodes.get(up));
  }

  /** The element nodes a fragment wrote that are still in the tree. @param {string} fragmentId */
  *fragmentNodes(fragmentId) {
    for (const uid of this.byFragment.get(fragmentId) ?? []) {
      const node = this.nodes.get(uid);
      if (node) yield node;
    }
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
    return this.nodes.get(uid);
  }

  /**
   * Mark a node (and its ancestors) changed without a delta: a page-only change such
   * as the chosen tab, so the renderer redraws it.
   * @param {number} uid
   */
  touchUi(uid) {
    const node = this.nodes.get(uid);
    if (!node || this.roots.includes(/** @type {BlockNode} */ (node))) return;
    const version = ++this.clock;
    node.version = version;
    for (const up of this.#ancestors(uid)) /** @type {AppNode} */ (this.nodes.get(up)).version = version;
    this.dirty.add(uid);
  }

  /** Index a node that enters the tree (its children are indexed already, or empty). @param {AppNode} node @param {number | null} parentUid */
  #adopt(node, parentUid) {
    this.nodes.set(node.uid, node);
    if (parentUid !== null) this.parentOf.set(node.uid, parentUid);
    const widget = node.type === "element" ? node.element.widget : node.block.widget;
    if (widget) this.widgetCount.set(widget.id, (this.widgetCount.get(widget.id) ?? 0) + 1);
    if (node.fragmentId !== null) {
      let uids = this.byFragment.get(node.fragmentId);
      if (!uids) this.byFragment.set(node.fragmentId, (uids = new Set()));
      uids.add(node.uid);
    }
  }

  /**
   * Drop a node that leaves the tree from the indexes; `deep`: its children leave with
   * it (not when a re-sent block keeps them).
   * @param {AppNode} node @param {boolean} deep
   */
  #forget(node, deep) {
    if (this.nodes.get(node.uid) === node) {
      this.nodes.delete(node.uid);
      this.parentOf.delete(node.uid);
    }
    const widget = node.type === "element" ? node.element.widget : node.block.widget;
    if (widget) {
      const count = (this.widgetCount.get(widget.id) ?? 1) - 1;
      if (count > 0) this.widgetCount.set(widget.id, count);
      else this.widgetCount.delete(widget.id);
    }
    if (node.fragmentId !== null) this.byFragment.get(node.fragmentId)?.delete(node.uid);
    if (deep && node.type === "block") for (const child of node.children) this.#forget(child, true);
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

/**
 * Would the new node draw exactly what the old one drew? Not for a widget whose value
 * Python set (`set_value`): that value must replace what the user has in the control.
 * @param {ElementNode} a @param {ElementNode} b
 */
function sameContent(a, b) {
  if (a.fragmentId !== b.fragmentId || a.element.widget?.set_value || b.element.widget?.set_value) return false;
  return JSON.stringify(a.element) === JSON.stringify(b.element);
}
