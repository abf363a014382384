// `fragc dev`'s page client: when a build can be taken in place and when the page must reload.
import { test } from "node:test";
import assert from "node:assert/strict";

import { packageReplaced } from "../src/dev.js";

const cases = [
  { name: "no packages", before: {}, after: {}, replaced: false },
  { name: "a new package installs in place", before: {}, after: { tabulate: "packages/tabulate-0.9.0-py3-none-any.whl" }, replaced: false },
  { name: "a removed package stays installed", before: { tabulate: "packages/tabulate-0.9.0-py3-none-any.whl" }, after: {}, replaced: false },
  {
    name: "another version of an installed package needs a reload",
    before: { tabulate: "packages/tabulate-0.8.10-py3-none-any.whl" },
    after: { tabulate: "packages/tabulate-0.9.0-py3-none-any.whl" },
    replaced: true,
  },
];

for (const { name, before, after, replaced } of cases) {
  test(name, () => assert.equal(packageReplaced(before, after), replaced));
}
