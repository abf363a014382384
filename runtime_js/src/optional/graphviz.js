// @ts-check
/**
 * st.graphviz_chart (`compiler/fragc/shim/optional/graphviz.py`), drawn by the `fragc-graphviz` chunk
 * (`chunks/graphviz.js`) that render/lazy.js imports the first time a page needs it: this
 * module, in every page's runtime, holds only the placeholder.
 */

import { lazyElement } from "../render/lazy.js";

export default /** @satisfies {import("../family.js").Family} */ ({
  python: "optional/graphviz.py",
  elements: { graphviz_chart: lazyElement("graphviz_chart") },
});
