// @ts-check
/**
 * st.map and st.pydeck_chart (`compiler/fragc/shim/optional/maps.py`), drawn by the `fragc-deck` chunk
 * (`chunks/deck.js`) that render/lazy.js imports the first time a page needs it: this
 * module, in every page's runtime, holds only the placeholder.
 */

import { lazyElement } from "../render/lazy.js";

export default /** @satisfies {import("../family.js").Family} */ ({
  python: "optional/maps.py",
  elements: { deck_gl_json_chart: lazyElement("deck_gl_json_chart") },
});
