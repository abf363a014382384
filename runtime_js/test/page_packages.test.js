// The worker's loader of a page's own packages (src/page_packages.js): what Python awaits.
import { test } from "node:test";
import assert from "node:assert/strict";
import { LOADER, offerPagePackages } from "../src/page_packages.js";

/** A Pyodide whose loadPackage reports `errors` (or throws `thrown`) and records the names. */
function fakePyodide({ errors = [], thrown = null } = {}) {
  const asked = [];
  return {
    asked,
    async loadPackage(names, options) {
      asked.push(names);
      if (thrown) throw thrown;
      for (const message of errors) options.errorCallback(message);
    },
  };
}

const cases = [
  { name: "installed", pyodide: fakePyodide(), expected: "" },
  { name: "the loader's errors", pyodide: fakePyodide({ errors: ["404 six.whl", "no six"] }), expected: "404 six.whl\nno six" },
  { name: "a throw", pyodide: fakePyodide({ thrown: new Error("offline") }), expected: "Error: offline" },
];

for (const { name, pyodide, expected } of cases) {
  test(`page packages: ${name}`, async () => {
    const scope = {};
    offerPagePackages(scope, pyodide);
    assert.equal(await scope[LOADER](["six"]), expected);
    assert.deepEqual(pyodide.asked, [["six"]]);
  });
}
