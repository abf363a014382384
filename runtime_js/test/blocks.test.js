// Pure helpers of the block renderers (render/blocks.js): the gap sizes of Streamlit 1.67.
import { test } from "node:test";
import assert from "node:assert/strict";

import { gapCss } from "../src/elements/layout.js";

for (const [gap, expected] of [
  ["xxsmall", "0.25rem"],
  ["xsmall", "0.5rem"],
  ["small", "1rem"],
  ["medium", "2rem"],
  ["large", "4rem"],
  ["xlarge", "6rem"],
  ["xxlarge", "8rem"],
  [24, "24px"],
  [0, "0px"],
  [null, "0"], // gap=None: no gap
  [undefined, null], // not given: the stylesheet's 1rem
  ["huge", null], // Python refuses it; the page falls back to the stylesheet
]) {
  test(`gap ${JSON.stringify(gap)} is ${JSON.stringify(expected)}`, () => {
    assert.equal(gapCss(gap), expected);
  });
}
