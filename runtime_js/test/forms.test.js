// Forms: edits wait in the form's buffer; a submit commits them and sends one run.
import { test } from "node:test";
import assert from "node:assert/strict";
import { WidgetStore } from "../src/widget_store.js";
import { AppTree } from "../src/tree.js";
import { enterSubmits, formParts, lacksSubmitButton, submitForm } from "../src/widgets/form.js";

/** A page with one form: a text input and the given submit buttons. */
function pageWithForm({ props = {}, buttons = [{ label: "Go" }], fragmentId = null } = {}) {
  const tree = new AppTree();
  tree.startRun("run-1", fragmentId ? [fragmentId] : []);
  const deltas = [
    { path: [0, 0], fragment_id: fragmentId, block: { kind: "form", props: { form_id: "f", clear_on_submit: false, enter_to_submit: true, border: true, ...props } } },
    {
      path: [0, 0, 0],
      fragment_id: fragmentId,
      element: { kind: "text_input", props: { label: "Name" }, widget: { id: "name", value: "", form_id: "f", default: "" } },
    },
    ...buttons.map((b, i) => ({
      path: [0, 0, i + 1],
      fragment_id: fragmentId,
      element: { kind: "form_submit_button", props: { label: b.label, disabled: Boolean(b.disabled) }, widget: { id: `submit-${i}`, value: false, form_id: "f", trigger: true } },
    })),
  ];
  const store = new WidgetStore();
  for (const delta of deltas) {
    assert.equal(tree.applyDelta(delta), null);
    if (delta.element) store.sync(delta.element.widget);
  }
  tree.finishRun("finished");
  const runs = [];
  const scheduler = { userEvent: (fragment, triggers) => runs.push({ fragment, triggers, values: store.snapshot() }) };
  const deps = { tree, store, scheduler, render: () => {} };
  return { tree, store, runs, deps };
}

test("a form widget's edit is shown but not sent until the submit", () => {
  const { store } = pageWithForm();
  assert.equal(store.commit("name", "Ada", "f"), true);
  assert.equal(store.get("name"), "Ada");
  assert.deepEqual(store.snapshot(), { name: "" });
  assert.equal(store.commit("name", "Ada", "f"), false, "the same edit again changes nothing");
  store.submitForm("f");
  assert.deepEqual(store.snapshot(), { name: "Ada" });
});

test("a submit sends one run with the clicked button's trigger and the form's values", () => {
  const { store, runs, deps, tree } = pageWithForm({ buttons: [{ label: "Go" }, { label: "Other" }], fragmentId: "frag" });
  store.commit("name", "Ada", "f");
  const other = formParts(tree, "f").submitButtons[1];
  assert.equal(submitForm(deps, "f", other), true);
  assert.deepEqual(runs, [{ fragment: "frag", triggers: { "submit-1": true }, values: { name: "Ada" } }]);
});

test("clear_on_submit shows the defaults and sends them with the next submit", () => {
  const { store, runs, deps } = pageWithForm({ props: { clear_on_submit: true } });
  store.commit("name", "Ada", "f");
  submitForm(deps, "f", null);
  assert.deepEqual(runs[0].values, { name: "Ada" });
  assert.equal(store.get("name"), "", "the input shows its default");
  assert.deepEqual(store.snapshot(), { name: "Ada" }, "Python keeps the submitted value until the next submit");
  assert.equal(store.takeForced("name"), true, "a focused input must adopt it too");
  submitForm(deps, "f", null);
  assert.deepEqual(runs[1].values, { name: "" });
});

test("Python setting a value drops the form's unsubmitted edit", () => {
  const { store } = pageWithForm();
  store.commit("name", "Ada", "f");
  store.sync({ id: "name", value: "Bob", form_id: "f", set_value: true });
  assert.equal(store.get("name"), "Bob");
});

for (const [name, options, expected] of [
  ["enabled first button", {}, true],
  ["enter_to_submit=False", { props: { enter_to_submit: false } }, false],
  ["first button disabled", { buttons: [{ label: "Go", disabled: true }, { label: "Other" }] }, false],
  ["no submit button", { buttons: [] }, false],
]) {
  test(`Enter submits: ${name}`, () => {
    const { tree } = pageWithForm(options);
    assert.equal(enterSubmits(formParts(tree, "f")), expected);
  });
}

test("a form without a submit button is found (Streamlit's Missing Submit Button)", () => {
  assert.equal(lacksSubmitButton(pageWithForm({ buttons: [] }).tree.roots[0].children[0]), true);
  assert.equal(lacksSubmitButton(pageWithForm().tree.roots[0].children[0]), false);
});
