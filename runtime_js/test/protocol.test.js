// The page's copies of the protocol (generated from compiler/fragc/protocol/) and its validator.
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

for (const [file, which] of [
  ["protocol.schema.json", "schema"],
  ["protocol_types.d.ts", "types"],
  ["protocol_constants.js", "constants"],
]) {
  test(`the committed ${file} is what compiler/fragc/protocol/ generates`, () => {
    const compiler = fileURLToPath(new URL("../../compiler", import.meta.url));
    const generated = execFileSync("python", ["-m", "fragc.protocol", which], { cwd: compiler, encoding: "utf8" });
    const committed = readFileSync(new URL(`../src/${file}`, import.meta.url), "utf8");
    assert.equal(committed, generated, `${file} is stale: run \`make schema\``);
  });
}

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
        { path: [0, 0], fragment_id: null, element: { kind: "markdown", props: { body: "x", variant: "default", help: null } } },
        { path: [0, 1], fragment_id: "f", block: { kind: "tab", props: { label: "One" } } },
        {
          path: [0, 2],
          fragment_id: "f",
          element: {
            kind: "checkbox",
            props: { label: "On", help: null, disabled: false, label_visibility: "visible", toggle: false },
            widget: { id: "w", value: true },
          },
        },
      ],
    }),
    [],
  );
  const bad = validate("workerToPage", { type: "run:deltas", run_id: "r", deltas: [{ path: ["x"], fragment_id: 3 }] });
  assert.match(formatErrors(bad), /\/deltas\/0\/path\/0: expected integer/);
  assert.match(formatErrors(validate("workerToPage", { type: "run:exploded" })), /unknown message type "run:exploded"/);
  // An element is checked against its own kind's props.
  const element = (/** @type {unknown} */ props) => ({
    type: "run:deltas",
    run_id: "r",
    deltas: [{ path: [0, 0], fragment_id: null, element: { kind: "progress", props } }],
  });
  assert.match(formatErrors(validate("workerToPage", element({ value: "50", text: null }))), /\/deltas\/0\/element\/props\/value: expected integer, got string/);
  assert.match(formatErrors(validate("workerToPage", element({ text: null }))), /\/deltas\/0\/element\/props: missing required field "value"/);
  const unknown = { type: "run:deltas", run_id: "r", deltas: [{ path: [0, 0], fragment_id: null, element: { kind: "sparkle", props: {} } }] };
  assert.match(formatErrors(validate("workerToPage", unknown)), /unknown kind "sparkle"/);
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
