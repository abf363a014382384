// The page's own tree.js + widgets.js replay the golden delta sequences of
// tests/page_model/fixtures/, which compiler/fragc/page_model.py replays too
// (tests/page_model/test_fixtures.py): one set of rules, checked on both sides.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { AppTree } from "../src/tree.js";
import { WidgetStore } from "../src/widget_store.js";
import { applyDelta, finishRun } from "../src/page_model.js";

const FIXTURES = new URL("../../tests/page_model/fixtures/", import.meta.url);

/**
 * `kind:name` for an element, `kind[child, ...]` for a block: fragc.page_model.outline_of.
 * @param {import("../src/tree.js").AppNode} node @returns {string}
 */
function outline(node) {
  if (node.type === "element") {
    const props = node.element.props ?? {};
    return `${node.element.kind}:${props.body ?? props.label ?? ""}`;
  }
  return `${node.block.kind}[${node.children.map(outline).join(", ")}]`;
}

const names = readdirSync(FIXTURES).filter((name) => name.endsWith(".json")).sort();

test("there are golden sequences to replay", () => {
  assert.ok(names.length >= 9, `${names.length} fixtures in ${FIXTURES.pathname}`);
});

for (const name of names) {
  test(`page model: ${name.replace(/\.json$/, "")}`, () => {
    const { steps } = JSON.parse(readFileSync(new URL(name, FIXTURES), "utf8"));
    const tree = new AppTree();
    const store = new WidgetStore();
    steps.forEach((/** @type {any} */ step, /** @type {number} */ i) => {
      const where = `step ${i + 1}: ${JSON.stringify(step)}`;
      if (step.start) tree.startRun(step.start.run_id, step.start.fragment_ids);
      else if (step.delta) assert.equal(applyDelta(tree, store, step.delta) !== null, step.error ?? false, where);
      else if (step.commit) assert.equal(store.commit(step.commit.id, step.commit.value), step.changed, where);
      else if (step.finish) finishRun(tree, store, step.finish);
      else if (step.expect) {
        assert.deepEqual(tree.roots.map(outline), step.expect.outline, where);
        if (step.expect.widget_values) assert.deepEqual(store.snapshot(), step.expect.widget_values, where);
      } else assert.fail(`unknown ${where}`);
    });
  });
}
