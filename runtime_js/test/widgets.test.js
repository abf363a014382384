// The widget store: Python's value on first appearance or set_value, else the page's.
import { test } from "node:test";
import assert from "node:assert/strict";
import { WidgetStore } from "../src/widget_store.js";

test("a widget's first appearance sets its value; later deltas do not override the page", () => {
  const store = new WidgetStore();
  assert.equal(store.sync({ id: "t", value: "a" }), "a");
  assert.equal(store.commit("t", "typed"), true);
  assert.equal(store.sync({ id: "t", value: "a" }), "typed");
  assert.deepEqual(store.snapshot(), { t: "typed" });
});

test("set_value replaces the page's value and marks it forced once", () => {
  const store = new WidgetStore();
  store.sync({ id: "c", value: false });
  store.commit("c", true);
  assert.equal(store.sync({ id: "c", value: false, set_value: true }), false);
  assert.equal(store.takeForced("c"), true);
  assert.equal(store.takeForced("c"), false);
});

test("committing the same value reports no change", () => {
  const store = new WidgetStore();
  store.sync({ id: "n", value: 1 });
  assert.equal(store.commit("n", 1), false);
  assert.equal(store.commit("n", 2), true);
});

test("trigger widgets are never stored", () => {
  const store = new WidgetStore();
  store.sync({ id: "b", value: false, trigger: true });
  assert.deepEqual(store.snapshot(), {});
});

test("removeInactive forgets widgets that left the page", () => {
  const store = new WidgetStore();
  store.sync({ id: "a", value: true });
  store.sync({ id: "b", value: true });
  store.removeInactive(new Set(["a"]));
  assert.deepEqual(store.snapshot(), { a: true });
});

test("pre-rendered values give way to the real first run's, unless the user changed them", () => {
  const store = new WidgetStore();
  store.sync({ id: "name", value: "built" });
  store.sync({ id: "ok", value: false });
  store.markProvisional();
  assert.equal(store.commit("ok", true), true); // clicked before Python was ready
  store.dropProvisional(); // the real first run starts
  assert.equal(store.sync({ id: "name", value: "in the browser" }), "in the browser");
  assert.equal(store.sync({ id: "ok", value: false }), true);
  assert.deepEqual(store.snapshot(), { name: "in the browser", ok: true });
});
