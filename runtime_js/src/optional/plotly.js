// @ts-check
/**
 * st.plotly_chart (`compiler/fragc/shim/optional/plotly.py`), drawn by the `fragc-plotly` chunk
 * (`chunks/plotly.js`) that render/lazy.js imports the first time a page needs it: this
 * module, in every page's runtime, holds only the placeholder.
 */

import { lazyElement } from "../render/lazy.js";

export default /** @satisfies {import("../family.js").Family} */ ({
  python: "optional/plotly.py",
  elements: { plotly_chart: lazyElement("plotly_chart") },
});
