// @ts-check
/**
 * st.echarts_chart (`compiler/fragc/shim/optional/echarts.py`), drawn by the `fragc-echarts` chunk
 * (`chunks/echarts.js`) that render/lazy.js imports the first time a page needs it: this
 * module, in every page's runtime, holds only the placeholder.
 */

import { lazyElement } from "../render/lazy.js";

export default /** @satisfies {import("../family.js").Family} */ ({
  python: "optional/echarts.py",
  elements: { echarts_chart: lazyElement("echarts_chart") },
});
