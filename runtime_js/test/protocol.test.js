// The protocol schema (generated from protocol.py) and the page's validator.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PROTOCOL_VERSION, validate, formatErrors, versionMismatchMessage, parseMessage } from "../src/protocol.js";

const manifest = {
  fragc_version: "0.1.0",
  protocol_version: PROTOCOL_VERSION,
  pyodide_version: "314.0.7",
  entry: "app.py",
  title: "app",
  bundle: "app.zip",
  bundle_sha256: "00",
  files: [{ path: "app.py", sha256: "00" }],
  fragments: [
    { id: "app.py:f", qualname: "f", file: "app.py", line: 3, kind: "fragment", decorator: "st.fragment", run_every: null },
  ],
  packages: [],
};

test("the committed schema is what protocol.py generates", () => {
  const compiler = fileURLToPath(new URL("../../compiler", import.meta.url));
  const generated = execFileSync("python", ["-m", "fragc.protocol"], { cwd: compiler, encoding: "utf8" });
  const committed = readFileSync(new URL("../src/protocol.schema.json", import.meta.url), "utf8");
  assert.equal(committed, generated, "regenerate: cd compiler && python -m fragc.protocol > ../runtime_js/src/protocol.schema.json");
});

test("a good manifest validates", () => {
  assert.deepEqual(validate("manifest", manifest), []);
});

test("a bad manifest says which field is wrong", () => {
  const errors = validate("manifest", { ...manifest, fragments: [{ ...manifest.fragments[0], kind: "widget", line: "3" }] });
  const text = formatErrors(errors);
  assert.match(text, /\/fragments\/0\/kind: expected one of "fragment", "dialog"/);
  assert.match(text, /\/fragments\/0\/line: expected integer, got string/);
  assert.match(formatErrors(validate("manifest", { title: "x" })), /missing required field "entry"/);
});

test("worker messages validate against their own shape", () => {
  assert.deepEqual(validate("workerToPage", { type: "session:idle" }), []);
  assert.deepEqual(
    validate("workerToPage", {
      type: "run:deltas",
      run_id: "r",
      deltas: [
        { path: [0, 0], fragment_id: null, element: { kind: "markdown", props: { body: "x" } } },
        { path: [0, 1], fragment_id: "f", block: { kind: "vertical", props: {} } },
        { path: [0, 2], fragment_id: "f", element: { kind: "checkbox", props: {}, widget: { id: "w", value: true } } },
      ],
    }),
    [],
  );
  const bad = validate("workerToPage", { type: "run:deltas", run_id: "r", deltas: [{ path: ["x"], fragment_id: 3 }] });
  assert.match(formatErrors(bad), /\/deltas\/0\/path\/0: expected integer/);
  assert.match(formatErrors(validate("workerToPage", { type: "run:exploded" })), /unknown message type "run:exploded"/);
  assert.deepEqual(validate("BootReady", { type: "boot:ready", protocol_version: 1, fragc_version: "x", python_version: "3.14" }), []);
});

test("page messages validate", () => {
  const request = { type: "run:request", fragment_ids: [], widget_states: { a: 1 }, trigger_values: {}, is_auto: false, query_string: "" };
  assert.deepEqual(validate("pageToWorker", request), []);
  assert.deepEqual(validate("pageToWorker", { type: "boot:start", protocol_version: 1, manifest, base_url: "http://x/" }), []);
});

test("the version mismatch message names both versions and the fix", () => {
  const text = versionMismatchMessage({ fragc_version: "9.9", protocol_version: 7 }, 1);
  assert.equal(text, "This site was built by fragc 9.9 with protocol 7, but its runtime speaks protocol 1; rebuild the site with `fragc build`.");
});

test("parseMessage reports text that is not a message", () => {
  assert.equal(parseMessage('{"type":"session:idle"}').ok, true);
  assert.equal(parseMessage("nope").ok, false);
  assert.equal(parseMessage("[1]").ok, false);
});
