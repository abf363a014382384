// @ts-check
/**
 * Charts (`compiler/fragc/shim/elements/charts.py`; the `vega_lite_chart` kind:
 * st.vega_lite_chart, st.altair_chart and the built-in line/area/bar/scatter charts, and
 * their selections, `shim/optional/vega.py`). vega, vega-lite and vega-embed are a chunk
 * of their own (`chunks/vega.js`, `assets/fragc-vega.js`) that render/lazy.js imports the
 * first time a page shows a chart, so apps without charts never download it.
 */

import { lazyElement } from "../render/lazy.js";

export default /** @satisfies {import("../family.js").Family} */ ({
  python: "elements/charts.py",
  elements: { vega_lite_chart: lazyElement("vega_lite_chart") },
});
