// @ts-check
/**
 * The build-time pre-render (compiler/fragc/site/prerender.py): the messages the shim
 * posted during the app's first run when `fragc build` ran it in CPython, inlined in
 * index.html as `<script type="application/json" id="fragc-prerender">`. The page
 * replays them into its tree before Python has started (Page.showPrerender), so the app's
 * content is on screen at once; the real first run then rewrites the same tree.
 */

import { parseWorkerJson } from "./wire.js";

/**
 * Messages a pre-render may hold. They are not checked against the schema one by one:
 * the same build wrote them and the manifest beside them, whose protocol version the
 * page checked, and the check would cost time before the first paint.
 */
const REPLAYED = new Set(["page:config", "run:started", "run:deltas", "run:finished"]);

/**
 * The pre-rendered messages, or null when the page has none (or a broken one: the page
 * then starts as without, and says why in the console).
 * @param {Document} doc
 * @returns {import("./protocol_types").WorkerToPage[] | null}
 */
export function readPrerender(doc = document) {
  const script = doc.getElementById("fragc-prerender");
  if (!script) return null;
  try {
    // Python's JSON: a NaN in the first run is written as Python writes it (wire.js).
    const data = /** @type {any} */ (parseWorkerJson(script.textContent ?? ""));
    const messages = Array.isArray(data?.messages) ? data.messages : null;
    if (!messages) throw new Error("no messages");
    for (const message of messages) {
      if (!REPLAYED.has(message?.type)) throw new Error(`unexpected message ${String(message?.type)}`);
    }
    return messages;
  } catch (error) {
    console.warn("fragc: ignoring the page's pre-render:", error);
    return null;
  }
}
