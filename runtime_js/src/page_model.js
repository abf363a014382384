// @ts-check
/**
 * The page's model: the node tree (tree.js) and the widget values (widget_store.js), updated
 * together as each worker message says. page.js drives it; nothing here touches the DOM.
 *
 * compiler/fragc/page_model.py is the same model in Python (for the shim's tests and
 * fragc.testing). Both replay the golden delta sequences in tests/page_model/fixtures/
 * (runtime_js/test/page_model.test.js here, tests/page_model/test_fixtures.py there), so
 * a rule changed on one side only fails a test.
 */

/**
 * @typedef {import("./tree.js").AppTree} AppTree
 * @typedef {import("./tree.js").Delta} Delta
 * @typedef {import("./tree.js").RunStatus} RunStatus
 * @typedef {import("./widget_store.js").WidgetStore} WidgetStore
 */

/**
 * Write one delta; a widget it brings syncs its value with the store. Returns an error
 * text (the tree unchanged) when the path leads nowhere.
 * @param {AppTree} tree @param {WidgetStore} store @param {Delta} delta
 */
export function applyDelta(tree, store, delta) {
  const error = tree.applyDelta(delta);
  if (!error && delta.element?.widget) store.sync(delta.element.widget);
  // Tabs, an expander or a popover with `on_change` are widgets too (their state).
  if (!error && delta.block?.widget) store.sync(delta.block.widget);
  return error;
}

/**
 * A run finished: prune the tree, then forget the values of widgets that are no longer
 * on the page (Streamlit's removeInactive after every completed run; a widget replaced
 * in place by another element leaves too, though nothing was pruned). Returns whether
 * pruning changed the tree.
 * @param {AppTree} tree @param {WidgetStore} store @param {RunStatus} status
 */
export function finishRun(tree, store, status) {
  const changed = tree.finishRun(status);
  if (status === "finished" || status === "finished_fragment") store.removeInactive(tree.widgetIds());
  return changed;
}
