// The node tree: delta application and Streamlit's clearStaleNodes pruning.
import { test } from "node:test";
import assert from "node:assert/strict";
import { AppTree } from "../src/tree.js";

/** @param {string} body */
const md = (body) => ({ kind: "markdown", props: { body } });
const vertical = { kind: "vertical", props: {} };
/** @param {string} key */
const button = (key) => ({ kind: "button", props: { label: key }, key, widget: { id: `w-${key}`, value: false } });

/**
 * Apply one run: start, write the deltas, finish.
 * @param {AppTree} tree @param {string} runId @param {string[]} fragmentIds
 * @param {Array<[number[], any, string | null]>} writes [path, element-or-block, fragment id]
 * @param {string} [status]
 */
function run(tree, runId, fragmentIds, writes, status = fragmentIds.length ? "finished_fragment" : "finished") {
  tree.startRun(runId, fragmentIds);
  for (const [path, thing, fragment_id] of writes) {
    const delta = thing.kind in BLOCK_KINDS ? { path, fragment_id, block: thing } : { path, fragment_id, element: thing };
    assert.equal(tree.applyDelta(delta), null, `delta at ${JSON.stringify(path)}`);
  }
  tree.finishRun(/** @type {any} */ (status));
}
const BLOCK_KINDS = { vertical: 1, horizontal: 1, column: 1, tabs: 1, tab: 1, expander: 1 };

/** Bodies of the markdown elements under a root, in document order. @param {AppTree} tree @param {number} [root] */
function texts(tree, root = 0) {
  const out = [];
  const go = (block) => {
    for (const child of block.children) {
      if (child.type === "element") out.push(child.element.props.body ?? child.element.key);
      else go(child);
    }
  };
  go(tree.roots[root]);
  return out;
}

test("an element replaces the node at its slot", () => {
  const tree = new AppTree();
  run(tree, "r1", [], [[[0, 0], md("a")], [[0, 1], md("b")]].map(([p, e]) => [p, e, null]));
  run(tree, "r2", [], [[[0, 0], md("c"), null], [[0, 1], md("d"), null]]);
  assert.deepEqual(texts(tree), ["c", "d"]);
});

test("a block of the same kind keeps its children; another kind drops them", () => {
  const tree = new AppTree();
  tree.startRun("r1", []);
  tree.applyDelta({ path: [0, 0], fragment_id: null, block: vertical });
  tree.applyDelta({ path: [0, 0, 0], fragment_id: null, element: md("inside") });
  tree.applyDelta({ path: [0, 0], fragment_id: null, block: { kind: "vertical", props: { border: true } } });
  assert.deepEqual(texts(tree), ["inside"]);
  assert.equal(tree.roots[0].children[0].block.props.border, true);
  tree.applyDelta({ path: [0, 0], fragment_id: null, block: { kind: "expander", props: { label: "x" } } });
  assert.deepEqual(texts(tree), []);
});

test("a bad path is reported and changes nothing", () => {
  const tree = new AppTree();
  tree.startRun("r1", []);
  assert.match(tree.applyDelta({ path: [0, 3], fragment_id: null, element: md("x") }) ?? "", /index 3 outside/);
  assert.match(tree.applyDelta({ path: [0, 0, 0], fragment_id: null, element: md("x") }) ?? "", /no block at index 0/);
  assert.match(tree.applyDelta({ path: [7, 0], fragment_id: null, element: md("x") }) ?? "", /no root 7/);
  tree.applyDelta({ path: [0, 0], fragment_id: null, element: md("leaf") });
  assert.match(tree.applyDelta({ path: [0, 0, 0], fragment_id: null, element: md("x") }) ?? "", /no block/);
  assert.deepEqual(texts(tree), ["leaf"]);
});

test("a full run removes every node it did not write", () => {
  const tree = new AppTree();
  run(tree, "r1", [], [
    [[0, 0], md("a"), null],
    [[0, 1], vertical, null],
    [[0, 1, 0], md("in"), null],
    [[0, 2], md("c"), null],
    [[1, 0], md("side"), null],
  ]);
  run(tree, "r2", [], [
    [[0, 0], md("a2"), null],
    [[0, 1], vertical, null],
  ]);
  assert.deepEqual(texts(tree), ["a2"]);
  assert.deepEqual(texts(tree, 1), []);
});

test("a fragment run prunes only stale children of the fragment's re-sent container", () => {
  const tree = new AppTree();
  // Section 3 of the semantics reference: top, fragment A at [0,1], bottom.
  run(tree, "r1", [], [
    [[0, 0], md("top"), null],
    [[0, 1], vertical, "A"],
    [[0, 1, 0], md("A says hi"), "A"],
    [[0, 1, 1], button("A-button"), "A"],
    [[0, 1, 2], md("A extra"), "A"],
    [[0, 2], md("bottom"), null],
  ]);
  run(tree, "r2", ["A"], [
    [[0, 1], vertical, "A"],
    [[0, 1, 0], md("A again"), "A"],
    [[0, 1, 1], button("A-button"), "A"],
  ]);
  assert.deepEqual(texts(tree), ["top", "A again", "A-button", "bottom"]);
});

test("elements a fragment writes into an outside container accumulate until the next full run", () => {
  const tree = new AppTree();
  run(tree, "r1", [], [
    [[0, 0], vertical, null], // outside = st.container()
    [[0, 1], vertical, "F"],
    [[0, 1, 0], md("fragment body"), "F"],
    [[0, 0, 0], md("out 1"), "F"],
  ]);
  run(tree, "r2", ["F"], [
    [[0, 1], vertical, "F"],
    [[0, 1, 0], md("fragment body 2"), "F"],
    [[0, 0, 1], md("out 2"), "F"],
  ]);
  run(tree, "r3", ["F"], [
    [[0, 1], vertical, "F"],
    [[0, 1, 0], md("fragment body 3"), "F"],
    [[0, 0, 2], md("out 3"), "F"],
  ]);
  assert.deepEqual(texts(tree), ["out 1", "out 2", "out 3", "fragment body 3"]);
  run(tree, "r4", [], [
    [[0, 0], vertical, null],
    [[0, 1], vertical, "F"],
    [[0, 1, 0], md("fragment body 4"), "F"],
    [[0, 0, 0], md("out 1"), "F"],
  ]);
  assert.deepEqual(texts(tree), ["out 1", "fragment body 4"]);
});

test("running an inner fragment leaves the outer fragment's elements alone", () => {
  const tree = new AppTree();
  run(tree, "r1", [], [
    [[0, 0], vertical, "outer"],
    [[0, 0, 0], md("outer uuid"), "outer"],
    [[0, 0, 1], vertical, "inner"],
    [[0, 0, 1, 0], md("inner uuid"), "inner"],
    [[0, 0, 1, 1], md("Counter has value 1"), "inner"],
    [[0, 0, 2], md("after inner"), "outer"],
  ]);
  run(tree, "r2", ["inner"], [
    [[0, 0, 1], vertical, "inner"],
    [[0, 0, 1, 0], md("inner uuid 2"), "inner"],
  ]);
  assert.deepEqual(texts(tree), ["outer uuid", "inner uuid 2", "after inner"]);
});

test("running the outer fragment prunes stale nodes inside the inner one too", () => {
  const tree = new AppTree();
  run(tree, "r1", [], [
    [[0, 0], vertical, "outer"],
    [[0, 0, 0], vertical, "inner"],
    [[0, 0, 0, 0], md("inner 1"), "inner"],
    [[0, 0, 0, 1], md("stale"), "inner"],
  ]);
  run(tree, "r2", ["outer"], [
    [[0, 0], vertical, "outer"],
    [[0, 0, 0], vertical, "inner"],
    [[0, 0, 0, 0], md("inner 2"), "inner"],
  ]);
  assert.deepEqual(texts(tree), ["inner 2"]);
});

test("elements outside any fragment survive a fragment run", () => {
  const tree = new AppTree();
  run(tree, "r1", [], [
    [[0, 0], md("main"), null],
    [[0, 1], vertical, "F"],
    [[0, 1, 0], md("f"), "F"],
    [[1, 0], md("sidebar"), null],
  ]);
  run(tree, "r2", ["F"], [[[0, 1], vertical, "F"]]);
  assert.deepEqual(texts(tree), ["main"]);
  assert.deepEqual(texts(tree, 1), ["sidebar"]);
});

test("early_for_rerun and compile_error prune nothing", () => {
  const tree = new AppTree();
  run(tree, "r1", [], [[[0, 0], md("a"), null], [[0, 1], md("b"), null]]);
  run(tree, "r2", [], [[[0, 0], md("a2"), null]], "early_for_rerun");
  assert.deepEqual(texts(tree), ["a2", "b"]);
  run(tree, "r3", [], [], "compile_error");
  assert.deepEqual(texts(tree), ["a2", "b"]);
});

test("a node keeps its uid while its slot holds the same kind of thing", () => {
  const tree = new AppTree();
  tree.startRun("r1", []);
  tree.applyDelta({ path: [0, 0], fragment_id: null, element: button("k") });
  const uid = tree.roots[0].children[0].uid;
  tree.startRun("r2", []);
  tree.applyDelta({ path: [0, 0], fragment_id: null, element: button("k") });
  assert.equal(tree.roots[0].children[0].uid, uid);
  tree.applyDelta({ path: [0, 0], fragment_id: null, element: button("other") });
  assert.notEqual(tree.roots[0].children[0].uid, uid, "another widget is another node");
  const uid2 = tree.roots[0].children[0].uid;
  tree.applyDelta({ path: [0, 0], fragment_id: null, element: md("x") });
  assert.notEqual(tree.roots[0].children[0].uid, uid2);
});

test("writing a node bumps the versions of its ancestors, not of its siblings", () => {
  const tree = new AppTree();
  tree.startRun("r1", []);
  tree.applyDelta({ path: [0, 0], fragment_id: null, block: vertical });
  tree.applyDelta({ path: [0, 1], fragment_id: null, element: md("sibling") });
  tree.applyDelta({ path: [0, 0, 0], fragment_id: null, element: md("x") });
  const [block, sibling] = tree.roots[0].children;
  const before = { block: block.version, sibling: sibling.version, root: tree.roots[0].version };
  tree.applyDelta({ path: [0, 0, 0], fragment_id: null, element: md("y") });
  assert.ok(block.version > before.block);
  assert.ok(tree.roots[0].version > before.root);
  assert.equal(sibling.version, before.sibling);
});

test("pruning bumps the versions of the blocks it changed", () => {
  const tree = new AppTree();
  run(tree, "r1", [], [[[0, 0], md("a"), null], [[0, 1], md("b"), null]]);
  const before = tree.roots[0].version;
  tree.startRun("r2", []);
  tree.applyDelta({ path: [0, 0], fragment_id: null, element: md("a, changed") });
  const afterWrite = tree.roots[0].version;
  assert.ok(afterWrite > before);
  assert.equal(tree.finishRun("finished"), true);
  assert.ok(tree.roots[0].version > afterWrite);
});

test("widgetIds lists the widgets still in the tree", () => {
  const tree = new AppTree();
  run(tree, "r1", [], [[[0, 0], button("a"), null], [[0, 1], button("b"), null]]);
  assert.deepEqual([...tree.widgetIds()].sort(), ["w-a", "w-b"]);
  run(tree, "r2", [], [[[0, 0], button("a"), null]]);
  assert.deepEqual([...tree.widgetIds()], ["w-a"]);
});

test("staleness while running follows Streamlit's isElementStale", () => {
  const tree = new AppTree();
  run(tree, "r1", [], [[[0, 0], md("main"), null], [[0, 1], vertical, "F"], [[0, 1, 0], md("f"), "F"]]);
  const main = tree.roots[0].children[0];
  const inFragment = tree.roots[0].children[1].children[0];
  assert.equal(tree.isStale(main, "notRunning"), false);
  assert.equal(tree.isStale(main, "rerunRequested"), true);
  tree.startRun("r2", ["F"]);
  assert.equal(tree.isStale(main, "running"), false, "a fragment run leaves main-flow elements fresh");
  assert.equal(tree.isStale(inFragment, "running"), true);
  tree.startRun("r3", []);
  assert.equal(tree.isStale(main, "running"), true);
});

test("find and touchUi", () => {
  const tree = new AppTree();
  run(tree, "r1", [], [[[0, 0], { kind: "tabs", props: { labels: ["a"] } }, null], [[0, 0, 0], { kind: "tab", props: { label: "a" } }, null]]);
  const tabs = tree.roots[0].children[0];
  assert.equal(tree.find(tabs.uid), tabs);
  const v = tabs.version;
  tree.touchUi(tabs.uid);
  assert.ok(tabs.version > v);
  assert.equal(tree.roots[0].version, tabs.version);
});

/**
 * A page of `n` lines around a fragment block holding a button and a counter, after one
 * full run; the dirty set handed over.
 * @param {number} n
 */
function pageAroundFragment(n) {
  const tree = new AppTree();
  const writes = [[[0, 0], vertical, "F"], [[0, 0, 0], button("f"), "F"], [[0, 0, 1], md("ran 1"), "F"]];
  for (let i = 0; i < n; i++) writes.push([[0, i + 1], md(`line ${i}`), null]);
  run(tree, "r1", [], /** @type {any} */ (writes));
  tree.takeDirty();
  return tree;
}

/** A fragment run of the page above: its block and two elements again, one text changed. @param {AppTree} tree */
function fragmentRun(tree) {
  run(tree, "r2", ["F"], [[[0, 0], vertical, "F"], [[0, 0, 0], button("f"), "F"], [[0, 0, 1], md("ran 2"), "F"]]);
  return [...tree.takeDirty()].map((uid) => tree.find(uid)?.type === "block" ? "block" : tree.find(uid)?.element.props.body ?? "button");
}

test("a fragment run marks for redrawing only what it wrote, whatever the page holds", () => {
  const small = fragmentRun(pageAroundFragment(10));
  const large = fragmentRun(pageAroundFragment(5000));
  assert.deepEqual(large.sort(), ["block", "ran 2"]);
  assert.deepEqual(small.sort(), large);
});

test("an element re-sent unchanged keeps its version and is not redrawn", () => {
  const tree = pageAroundFragment(3);
  const line = tree.roots[0].children[2];
  const rootVersion = tree.roots[0].version;
  run(tree, "r2", [], [[[0, 0], vertical, "F"], [[0, 0, 0], button("f"), "F"], [[0, 0, 1], md("ran 1"), "F"],
    [[0, 1], md("line 0"), null], [[0, 2], md("line 1"), null], [[0, 3], md("line 2, changed"), null]]);
  const again = tree.roots[0].children[2];
  assert.notEqual(again, line); // written by this run (it is not pruned)...
  assert.equal(again.runId, "r2");
  assert.equal(again.version, line.version); // ...but draws the same
  const dirty = [...tree.takeDirty()].map((uid) => tree.find(uid));
  assert.deepEqual(dirty.map((node) => node?.type === "element" ? node.element.props.body : node?.block.kind), ["vertical", "line 2, changed"]);
  assert.ok(tree.roots[0].version > rootVersion);
});

test("the indexes follow the tree: find, parents, widgets, a fragment's nodes", () => {
  const tree = pageAroundFragment(3);
  const block = tree.roots[0].children[0];
  assert.equal(tree.find(block.uid), block);
  assert.equal(tree.parent(block.uid), tree.roots[0]);
  assert.deepEqual([...tree.fragmentNodes("F")].length, 3);
  // A full run without the fragment: its nodes leave every index.
  run(tree, "r2", [], [[[0, 0], md("line 0"), null]]);
  assert.equal(tree.find(block.uid), undefined);
  assert.deepEqual([...tree.fragmentNodes("F")], []);
  assert.deepEqual([...tree.widgetIds()], []);
});
