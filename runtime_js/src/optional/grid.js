// @ts-check
/**
 * st.data_editor and st.dataframe with column types or selections
 * (`compiler/fragc/shim/optional/grid/`), drawn by the `fragc-grid` chunk
 * (`chunks/grid.js`) that render/lazy.js imports the first time a page needs it: this
 * module, in every page's runtime, holds only the placeholder.
 */

import { lazyElement } from "../render/lazy.js";

export default /** @satisfies {import("../family.js").Family} */ ({
  python: "optional/grid/__init__.py",
  elements: { data_grid: lazyElement("data_grid") },
});
