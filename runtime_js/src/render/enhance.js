// @ts-check
/**
 * What renderers leave for later: math placeholders (latex.js), code to highlight
 * (highlight.js) and spinner clocks (elements/status.js).
 *
 * A MutationObserver on the document sees every element the renderer (or morphdom)
 * adds, whoever drew it (a widget label with `$x$` too), and enhances it before the
 * browser paints, so nothing flickers once the libraries are loaded. Renderers call
 * `watch()` when they emit something to enhance; the observer starts on the first call.
 */

import { typesetAll } from "./latex.js";
import { highlightAll } from "./highlight.js";
import { tickSpinners } from "../elements/status.js";

/** @type {MutationObserver | null} */
let observer = null;

/** @param {ParentNode} root */
export function enhance(root) {
  typesetAll(root);
  highlightAll(root);
  tickSpinners(root);
}

/** Start watching the document (idempotent). */
export function watch() {
  if (observer || typeof MutationObserver === "undefined") return;
  observer = new MutationObserver((records) => {
    for (const record of records) {
      // morphdom may reuse an enhanced element and strip its marker attribute: do it again.
      if (record.type === "attributes") enhance(/** @type {Element} */ (record.target));
      for (const node of record.addedNodes) {
        if (node.nodeType === 1) enhance(/** @type {Element} */ (node));
      }
    }
  });
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ["data-rendered", "data-highlighted", "data-started"],
  });
  enhance(document);
}
